// swift-tools-version:6.0
import PackageDescription

// One target per pipeline stage: ingest → model → analysis → compose → document → layout → render.
// Only HuizongRender (through CPangoCairo), HuizongPDFText (through CPoppler) and HuizongInflate (through CZlibInflate) touch C.
let package = Package(
    name: "huizong",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "huizong", targets: ["huizong"]),
        .library(name: "HuizongDocument", targets: ["HuizongDocument"]),
        .library(name: "HuizongLayout", targets: ["HuizongLayout"]),
        .library(name: "HuizongRender", targets: ["HuizongRender"]),
        .library(name: "HuizongDocx", targets: ["HuizongDocx"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CPangoCairo",
            pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev", "libcairo2-dev", "libfontconfig-dev"])]
        ),
        .target(name: "HuizongModel"),
        .target(name: "HuizongDocument", dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(name: "HuizongLayout", dependencies: ["HuizongDocument", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "HuizongRender",
            dependencies: ["CPangoCairo", "HuizongLayout", "HuizongDocument"],
            linkerSettings: [.linkedLibrary("fontconfig"), .linkedLibrary("pangoft2-1.0")]
        ),
        // The word lists, aspect sets, activities and ledger names as data files (Data/*.yaml), with their reader.
        .target(name: "HuizongKnowledge", dependencies: ["HuizongModel", "HuizongDocument"], resources: [.copy("Data")]),
        // PDF text through poppler's C library; only HuizongPDFText sees it.
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        .target(name: "HuizongPDFText", dependencies: ["CPoppler"]),
        // zlib's inflate for the ZIP reader; only HuizongInflate sees it. (Not "CZlib": ZIPFoundation, which the
        // .xlsx writer uses, already declares a module of that name.)
        .systemLibrary(name: "CZlibInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "HuizongInflate", dependencies: ["CZlibInflate"]),
        .target(name: "HuizongIngest", dependencies: [
            "HuizongModel", "HuizongKnowledge", "HuizongDocument", "HuizongPDFText",
            "HuizongInflate",
            .product(name: "Yams", package: "Yams"),
        ]),
        // Every file written for a clerk beside the PDF: summary.json, the CSV tables, the .xlsx workbook.
        .target(name: "HuizongExport", dependencies: ["HuizongModel", "HuizongAnalysis", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "HuizongSynth", dependencies: ["HuizongExport"]),
        // The document tree as a .docx; charts come in as pictures, so no C here.
        .target(name: "HuizongDocx", dependencies: ["HuizongDocument", "HuizongExport"]),
        .target(name: "HuizongValidate", dependencies: ["HuizongModel"]),
        .target(name: "HuizongAnalysis", dependencies: ["HuizongModel", "HuizongKnowledge"]),
        .target(name: "HuizongCompose", dependencies: ["HuizongModel", "HuizongAnalysis", "HuizongDocument"]),
        // The pipeline as a library: the command line, the benchmark and the tests run the same build.
        .target(name: "HuizongBuild", dependencies: [
            "HuizongModel", "HuizongIngest", "HuizongValidate", "HuizongAnalysis", "HuizongCompose", "HuizongExport",
            "HuizongDocument", "HuizongLayout", "HuizongRender", "HuizongDocx",
        ]),
        // The clerk's workbench in a browser: routes, token and Host checks, path safety, the build queue.
        // Its pages are plain files served from the package (Web/), no front-end build step.
        .target(name: "HuizongServe", dependencies: [
            "HuizongBuild", "HuizongModel", "HuizongIngest", "HuizongAnalysis", "HuizongCompose", "HuizongValidate", "HuizongLayout",
            "HuizongDocument",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ], resources: [.copy("Web")]),
        .executableTarget(name: "huizong", dependencies: [
            "HuizongBuild", "HuizongServe",
            "HuizongModel", "HuizongIngest", "HuizongValidate", "HuizongAnalysis", "HuizongCompose", "HuizongSynth", "HuizongExport",
            "HuizongDocument", "HuizongLayout", "HuizongRender", "HuizongKnowledge", "HuizongDocx",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .executableTarget(name: "huizong-bench", dependencies: [
            "HuizongBuild", "HuizongDocument", "HuizongLayout", "HuizongRender", "HuizongIngest", "HuizongAnalysis", "HuizongCompose",
            "HuizongSynth", "HuizongModel", "HuizongDocx", "HuizongExport",
        ]),
        // libFuzzer targets: built only by scripts/fuzz with -sanitize=fuzzer (libFuzzer supplies main).
        .executableTarget(name: "huizong-fuzz", dependencies: ["HuizongIngest", "HuizongDocument", "HuizongLayout", "HuizongKnowledge", "HuizongModel"],
                          swiftSettings: [.unsafeFlags(["-parse-as-library"])]),
        .testTarget(name: "HuizongLayoutTests", dependencies: ["HuizongLayout", "HuizongDocument", "HuizongTestSupport"]),
        .testTarget(name: "HuizongRenderTests", dependencies: ["HuizongRender", "HuizongLayout", "HuizongDocument", "HuizongTestSupport"]),
        .testTarget(name: "HuizongIngestTests", dependencies: ["HuizongIngest", "HuizongPDFText", "HuizongValidate", "HuizongModel", "HuizongDocument", "HuizongKnowledge",
                                                            .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "HuizongAnalysisTests", dependencies: ["HuizongAnalysis", "HuizongIngest", "HuizongModel", "HuizongSynth", "HuizongCompose",
                                                              "HuizongExport",
                                                              "HuizongKnowledge"]),
        .testTarget(name: "HuizongKnowledgeTests", dependencies: ["HuizongKnowledge", "HuizongDocument", "HuizongModel"]),
        // What every test target shares: paths of the checkout, scratch folders, the record switch.
        .target(name: "HuizongTestSupport", path: "Tests/Support"),
        .testTarget(name: "HuizongModelTests", dependencies: ["HuizongModel"]),
        .testTarget(name: "HuizongDocumentTests", dependencies: ["HuizongDocument", "HuizongTestSupport"]),
        .testTarget(name: "HuizongValidateTests", dependencies: ["HuizongValidate", "HuizongModel", "HuizongTestSupport"]),
        .testTarget(name: "HuizongComposeTests", dependencies: ["HuizongCompose", "HuizongAnalysis", "HuizongIngest", "HuizongModel",
                                                             "HuizongValidate", "HuizongDocument", "HuizongTestSupport"]),
        .testTarget(name: "HuizongExportTests", dependencies: ["HuizongExport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "HuizongPDFTextTests", dependencies: ["HuizongPDFText", "HuizongTestSupport"]),
        .testTarget(name: "HuizongSynthTests", dependencies: ["HuizongSynth", "HuizongTestSupport"]),
        .testTarget(name: "HuizongInflateTests", dependencies: ["HuizongInflate"]),
        .testTarget(name: "HuizongBuildTests", dependencies: ["HuizongBuild", "HuizongLayout", "HuizongModel", "HuizongDocument"]),
        .testTarget(name: "HuizongDocxTests", dependencies: ["HuizongDocx", "HuizongDocument", "HuizongIngest", "HuizongAnalysis",
                                                          "HuizongCompose", "HuizongModel", "HuizongLayout", "HuizongRender",
                                                          "HuizongTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["HuizongTestSupport"]),
        .testTarget(name: "HuizongServeTests", dependencies: [
            "HuizongServe", "HuizongBuild", "HuizongModel", "HuizongIngest", "HuizongLayout", "HuizongTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
        ]),
    ]
)

import Foundation
import HuizongAnalysis
import HuizongCompose
import HuizongDocument
import HuizongDocx
import HuizongIngest
import HuizongLayout
import HuizongModel
import HuizongRender

/// The .docx of a document file or of a committee folder's report, in stages: the layout that gives the contents
/// their page numbers, the charts drawn as PNGs, and the package written with and without them.
///
///   huizong-bench docx samples/documents/demo.yaml [--runs 5] [--home DIR]
///   huizong-bench docx samples/committee [--appendix] [--runs 5] [--home DIR]
func runDocxBenchmark(_ args: [String]) {
    func option(_ name: String) -> String? {
        guard let i = args.firstIndex(of: name), i + 1 < args.count else { return nil }
        return args[i + 1]
    }
    guard args.count >= 2 else {
        print("usage: huizong-bench docx DOC.yaml|COMMITTEE_DIR [--appendix] [--runs N] [--home DIR]")
        return
    }
    let runs = max(1, Int(option("--runs") ?? "5") ?? 5)
    let home = URL(fileURLWithPath: option("--home") ?? FileManager.default.currentDirectoryPath)
    let input = URL(fileURLWithPath: args[1])
    do throws(any Error) {
        let doc: Document
        if ["yaml", "yml", "json"].contains(input.pathExtension) {
            doc = try DocumentReader.read(contentsOf: input)
        } else {
            let read = Ingest().readFolder(input)
            let previous = Ingest().readFolder(input.appendingPathComponent("previous"))
            guard let day = read.committee.asOf else {
                print("huizong-bench: \(input.path)/committee.yaml gives no as_of date")
                return
            }
            doc = CommitteeReport.document(Analysis(asOf: day).run(read, previous: previous), appendix: args.contains("--appendix"))
        }
        let spec = try LayoutSpecReader.read(contentsOf: home.appendingPathComponent("Layouts/gbt9704.yaml"))
        let typesetter = try Typesetter(spec: spec, fontDirectory: home.appendingPathComponent("Fonts"))
        var layout: [Double] = [], charts: [Double] = [], bare: [Double] = [], whole: [Double] = []
        var size = 0, bareSize = 0, pages = 0
        for _ in 0..<runs {
            let t0 = now()
            let presented = DocxWriter.presented(doc)
            let laid = typesetter.layout(presented)
            let numbers = laid.headingPageNumbers(of: presented)
            let t1 = now()
            var pictures: [ChartPicture] = []
            for case let .chart(c) in presented.blocks {
                var untitled = c
                untitled.title = nil
                let image = try typesetter.chartPNG(untitled)
                pictures.append(ChartPicture(png: image.png, width: image.width, height: image.height))
            }
            let t2 = now()
            let plain = try DocxWriter.write(doc, options: DocxOptions(pageNumbers: numbers))
            let t3 = now()
            let full = try DocxWriter.write(doc, options: DocxOptions(pageNumbers: numbers, chartPicture: { chart in
                let image = try typesetter.chartPNG(chart)
                return ChartPicture(png: image.png, width: image.width, height: image.height)
            }))
            let t4 = now()
            layout.append(t1 - t0); charts.append(t2 - t1); bare.append(t3 - t2); whole.append((t1 - t0) + (t4 - t3))
            size = full.count
            bareSize = plain.count
            pages = laid.pages.count
        }
        func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }
        print(String(format: "%@: %d pages laid out; median of %d runs: layout %.3f s, top-level charts as PNG %.3f s, package without pictures %.3f s (%d bytes), whole .docx %.3f s (%d bytes), peak %.0f MB",
                     input.lastPathComponent, pages, runs, median(layout), median(charts), median(bare), bareSize, median(whole), size, peakMemoryMB()))
    } catch {
        print("huizong-bench: \(error)")
    }
}

import Foundation
import Testing

@Suite struct RenderCommandTests {
    @Test func rendersTheDemoDocument() throws {
        let dir = temporaryDirectory()
        let pdf = dir.appendingPathComponent("demo.pdf").path
        let r = try huizong(["render", Repo.root.appendingPathComponent("samples/documents/demo.yaml").path, "-o", pdf])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("pages"))
        let text = try tool("pdftotext", [pdf, "-"]).stdout
        #expect(text.contains("基本情况"))
        #expect(try tool("qpdf", ["--check", pdf]).status == 0)
        // No temporary file is left beside the output.
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["demo.pdf"])
    }

    @Test func aLayoutMistakeNamesItsLineAndExitsTwo() throws {
        let dir = temporaryDirectory()
        let layout = dir.appendingPathComponent("bad.yaml")
        let good = try String(contentsOf: Repo.root.appendingPathComponent("Layouts/gbt9704.yaml"), encoding: .utf8)
        let lines = good.components(separatedBy: "\n")
        let target = try #require(lines.firstIndex { $0.hasPrefix("margins:") })
        var broken = lines
        broken[target] = "margins: {top: 37 millimetres, bottom: 35mm, left: 28mm, right: 26mm}"
        try broken.joined(separator: "\n").write(to: layout, atomically: true, encoding: .utf8)
        let r = try huizong(["render", Repo.root.appendingPathComponent("samples/documents/demo.yaml").path,
                             "-o", dir.appendingPathComponent("x.pdf").path, "--layout", layout.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bad.yaml:\(target + 1):"), "\(r.stderr)")
        #expect(r.stderr.contains("top margin"))
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("x.pdf").path))
    }

    @Test func anUnknownLayoutNameListsTheShippedOnes() throws {
        let r = try huizong(["render", Repo.root.appendingPathComponent("samples/documents/demo.yaml").path,
                             "-o", "/tmp/never.pdf", "--layout", "nosuch"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("gbt9704") && r.stderr.contains("handout"))
    }

    @Test func garbageDocumentsAreErrorsNotCrashes() throws {
        let dir = temporaryDirectory()
        for (name, content) in [("empty.yaml", ""), ("bin.yaml", "\u{0}\u{1}\u{2}garbage: ["), ("list.json", "[1,2,3]"),
                                ("bad.json", "{\"title\": \"t\", \"blocks\": [{\"table\": {\"columns\": [\"a\"], \"rows\": [[1, 2]]}}]}")] {
            let f = dir.appendingPathComponent(name)
            try content.write(to: f, atomically: true, encoding: .utf8)
            let r = try huizong(["render", f.path, "-o", dir.appendingPathComponent("o.pdf").path])
            #expect(r.status == 2, "\(name): \(r.status) \(r.stderr)")
            #expect(r.stderr.contains(name), "\(name): \(r.stderr)")
        }
    }

    @Test func fontsReportsFilesAndFallbacks() throws {
        let r = try huizong(["fonts", "--text", "刘镕同志和王堃同志"])
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(r.stdout.contains("fangsong: HZ Work Fang → HZ Work Fang [ok]"))
        #expect(r.stdout.contains("HZWorkFang-Regular.ttf"))
        #expect(r.stdout.contains("镕→Noto Serif CJK SC"))
        #expect(!r.stdout.contains("in no fallback"))
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        for cmd in [[], ["render"], ["fonts"]] {
            let r = try huizong(cmd + ["--help"])
            #expect(r.status == 0)
            #expect(r.stdout.contains("Example"), "\(cmd)")
        }
    }
}

import Foundation
import Testing

/// The .docx from the command line: `render -o X.docx`, and the .docx `build` writes beside the PDF.
@Suite(.serialized) struct DocxWriterCommandTests {
    static let demo = Repo.root.appendingPathComponent("samples/documents/demo.yaml").path

    /// A part of a written package, through unzip.
    func part(_ path: String, of docx: URL) throws -> String {
        let r = try tool("unzip", ["-p", docx.path, path])
        #expect(r.status == 0, "\(path)")
        return r.stdout
    }

    @Test func renderWritesADocxWhenTheOutputEndsInDocx() throws {
        let dir = temporaryDirectory()
        let docx = dir.appendingPathComponent("demo.docx")
        let r = try huizong(["render", Self.demo, "-o", docx.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("demo.docx") && r.stdout.contains(".docx"))
        let data = try Data(contentsOf: docx)
        #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a ZIP package, not a PDF")
        let body = try part("word/document.xml", of: docx)
        #expect(body.contains("一、基本情况") && body.contains("TOC \\o"))
        #expect(body.contains("<w:tblHeader/>") && body.contains("w:orient=\"landscape\""))
        #expect(try !part("word/_rels/document.xml.rels", of: docx).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["demo.docx"], "no temporary file is left")
        // Same input, same bytes; another name ending still gives a PDF.
        let again = dir.appendingPathComponent("again.DOCX")
        #expect(try huizong(["render", Self.demo, "-o", again.path]).status == 0)
        #expect(try Data(contentsOf: again) == data)
        let pdf = dir.appendingPathComponent("demo.pdf")
        #expect(try huizong(["render", Self.demo, "-o", pdf.path]).status == 0)
        #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
    }

    @Test func aDocxThatCannotBeWrittenIsAnOutputError() throws {
        let r = try huizong(["render", Self.demo, "-o", "/proc/huizong-cannot-be-here/demo.docx"])
        #expect(r.status == 4, "\(r.status) \(r.stderr)")
        #expect(r.stderr.contains("huizong:"))
    }

    @Test func buildWritesTheDocxBesideThePDF() throws {
        let out = temporaryDirectory()
        let r = try huizong(["build", Repo.root.appendingPathComponent("samples/committee").path, "-o", out.path, "--lang", "zh"])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let title = "某某机关党委2025年度组织生活会情况汇总报告"
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains(title + ".pdf") && names.contains(title + ".docx") && names.contains(title + "统计表.xlsx"))
        #expect(!names.contains { $0.hasSuffix(".tmp") })
        let docx = out.appendingPathComponent(title + ".docx")
        let body = try part("word/document.xml", of: docx)
        // The headings the PDF has, and contents with page numbers (the layout's), so Word need not refresh.
        let pdfText = try tool("pdftotext", [out.appendingPathComponent(title + ".pdf").path, "-"]).stdout
        for heading in ["一、基本情况", "二、查摆问题情况", "三、整改落实情况"] {
            #expect(pdfText.contains(heading) && body.contains(heading), "\(heading)")
        }
        #expect(body.contains("PAGEREF _Toc_h1"))
        #expect(try !part("word/settings.xml", of: docx).contains("updateFields"))
        #expect(try part("docProps/core.xml", of: docx).contains("2026-03-31T00:00:00Z"), "the as-of date, not the clock")
    }
}

import Foundation
import Testing

/// `build` and `check --feedback` write the letters back to branches and the overview, as PDFs a clerk can send.
@Suite struct FeedbackCommandTests {
    func text(_ pdf: URL) throws -> String {
        try tool("pdftotext", ["-layout", pdf.path, "-"]).stdout.replacingOccurrences(of: " ", with: "")
    }

    @Test func buildWritesALetterPerBranchWithSomethingToFixAndRemovesStaleOnes() throws {
        let base = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        let folder = base.appendingPathComponent("in")
        try FileManager.default.copyItem(at: Repo.root.appendingPathComponent("samples/committee"), to: folder)
        let out = base.appendingPathComponent("out")
        let r = try huizong(["build", folder.path, "-o", out.path], environment: ["HUIZONG_TODAY": "2026-04-02"])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let letters = out.appendingPathComponent("审核意见")
        let names = Set(try FileManager.default.contentsOfDirectory(atPath: letters.path))
        #expect(names.contains("报送情况.pdf") && names.contains("党建办党支部.pdf"))
        let letter = try text(letters.appendingPathComponent("党建办党支部.pdf"))
        #expect(letter.contains("关于党建办党支部2025年度"))
        #expect(letter.contains("日期“2026年2月30日”不存在"))
        #expect(letter.contains("2026年4月2日"))
        // The same letter as a .docx the clerk can edit first.
        let xml = try tool("unzip", ["-p", letters.appendingPathComponent("党建办党支部.docx").path, "word/document.xml"]).stdout
        #expect(xml.contains("2026年2月30日") && xml.contains("审核意见"))
        #expect(names.contains("报送情况.docx"))
        let overview = try text(letters.appendingPathComponent("报送情况.pdf"))
        #expect(overview.contains("机关第一党支部") && overview.contains("026-会议通知.txt"))

        // The branch's file is withdrawn: its letter goes, the others stay.
        #expect(names.contains("机关第二党支部.pdf"))
        try FileManager.default.removeItem(at: folder.appendingPathComponent("025-党建办党支部.txt"))
        _ = try huizong(["build", folder.path, "-o", out.path], environment: ["HUIZONG_TODAY": "2026-04-03"])
        let after = Set(try FileManager.default.contentsOfDirectory(atPath: letters.path))
        #expect(!after.contains("党建办党支部.pdf"))
        #expect(after.contains("机关第二党支部.pdf"))
        #expect(!after.contains { $0.hasSuffix(".tmp") })
    }

    @Test func checkWritesTheSameLettersWhereItIsTold() throws {
        let out = temporaryDirectory().appendingPathComponent("letters")
        defer { try? FileManager.default.removeItem(at: out.deletingLastPathComponent()) }
        let r = try huizong(["check", Repo.root.appendingPathComponent("samples/committee").path, "--feedback", out.path, "--lang", "en"],
                            environment: ["HUIZONG_TODAY": "2026-04-02"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("letters and the overview written"))
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        #expect(names.contains("报送情况.pdf") && names.contains("党建办党支部.pdf"))
    }

    @Test func noFeedbackWritesNone() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: out) }
        let r = try huizong(["build", Repo.root.appendingPathComponent("samples/committee").path, "-o", out.path, "--no-feedback"])
        #expect(r.status == BuildStatus.builtPartly)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("审核意见").path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).contains { $0.hasSuffix(".docx") })
    }
}

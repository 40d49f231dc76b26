import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import HuizongIngest
import HuizongModel
@testable import HuizongServe
import Testing

/// 报送情况, one file, its correction, and the page's own files.
@Suite struct PagesTests {
    /// The sample folder without one roster branch's report, so someone has not reported.
    static func withoutBranch(_ folder: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.contains("青年干部党支部") {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    @Test func theOverviewSetsTheRosterAgainstWhatArrived() async throws {
        let f = try ServeFixture(prepare: Self.withoutBranch)
        try await f.run { client in
            let r = try await client.execute(uri: "/api/overview", method: .get, headers: ServeFixture.auth)
            #expect(r.status == .ok)
            let o = r.object
            let rows = o["rows"] as? [[String: Any]] ?? []
            func status(_ branch: String) -> String? { rows.first { $0["branch"] as? String == branch }?["status"] as? String }
            #expect(status("青年干部党支部") == "missing")
            #expect(status("办公室党支部") == "included")
            #expect(status("机关第一党支部") == "returned")
            #expect(rows.contains { $0["status"] as? String == "not_branch" && ($0["files"] as? [String])?.first == "026-会议通知.txt" })
            #expect(rows.contains { $0["status"] as? String == "excluded" })
            #expect(rows.contains { $0["status"] as? String == "unknown" })
            #expect(o["missing"] as? [String] == ["青年干部党支部"])
            let totals = o["totals"] as? [String: Any] ?? [:]
            #expect(totals["missing"] as? Int == 1 && (totals["problems"] as? Int ?? 0) > 100)
            let list = try await client.execute(uri: "/api/missing.txt", method: .get, headers: ServeFixture.auth)
            #expect(list.text.contains("1. 青年干部党支部"))
            #expect(list.headers[.contentDisposition]?.contains("attachment") == true)
        }
    }

    @Test func oneFileShowsItsTextBesideWhatWasReadWithFindingsAtTheirLines() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            let r = try await client.execute(uri: "/api/file?path=001-%E6%9C%BA%E5%85%B3%E7%AC%AC%E4%B8%80%E5%85%9A%E6%94%AF%E9%83%A8.txt",
                                             method: .get, headers: ServeFixture.auth)
            #expect(r.status == .ok)
            let o = r.object
            let paragraphs = o["paragraphs"] as? [[String: Any]] ?? []
            #expect(paragraphs.count > 10)
            #expect((paragraphs.first?["location"] as? String)?.hasPrefix("第") == true)
            let flagged = paragraphs.filter { !($0["findings"] as? [Any] ?? []).isEmpty }
            #expect(!flagged.isEmpty)
            let report = (o["reports"] as? [[String: Any]])?.first ?? [:]
            #expect((report["branch"] as? [String: Any])?["name"] as? String == "机关第一党支部")
            #expect(!(report["aspects"] as? [Any] ?? []).isEmpty && !(report["measures"] as? [Any] ?? []).isEmpty)
            #expect(report["source"] as? String == "001-机关第一党支部.txt", "the page is told no absolute path")
            #expect(!r.text.contains(f.folder.path))
            let docx = try await client.execute(uri: "/api/file?path=004-%E8%B4%A2%E5%8A%A1%E7%A7%91%E5%85%9A%E6%94%AF%E9%83%A8.docx",
                                                method: .get, headers: ServeFixture.auth)
            #expect(((docx.object["paragraphs"] as? [[String: Any]])?.first?["location"] as? String)?.hasSuffix("段") == true)
        }
    }

    @Test func aCorrectionIsStoredInTheFolderAndUsedByEveryLaterRead() async throws {
        let f = try ServeFixture()
        let folder = f.folder
        try await f.run { client in
            let body = #"{"file":"026-会议通知.txt","kind":"report","branch":"档案室党支部","year":2025}"#
            let r = try await client.execute(uri: "/api/corrections", method: .post, headers: ServeFixture.auth, body: ServeFixture.json(body))
            #expect(r.status == .ok)
            #expect((r.object["correction"] as? [String: Any])?["branch"] as? String == "档案室党支部")
            let text = try String(contentsOf: folder.appendingPathComponent("corrections.yaml"), encoding: .utf8)
            let read = try CorrectionsFile.read(text, file: "corrections.yaml")
            #expect(read.map(\.file) == ["026-会议通知.txt"] && read.first?.kind == .report && read.first?.year == 2025)
            // What build and check read: Ingest's folder, with the correction applied.
            let again = Ingest().readFolder(folder)
            let notice = again.reports.first { $0.source.hasSuffix("026-会议通知.txt") }
            #expect(notice?.kind == .report && notice?.branch == "档案室党支部")
            #expect(notice?.diagnostics.contains { $0.id == .notBranchReport } == false)
            let overview = try await client.execute(uri: "/api/overview", method: .get, headers: ServeFixture.auth)
            let rows = overview.object["rows"] as? [[String: Any]] ?? []
            #expect(!rows.contains { $0["status"] as? String == "not_branch" && ($0["files"] as? [String])?.first == "026-会议通知.txt" })
            // All fields empty: the correction goes.
            let clear = try await client.execute(uri: "/api/corrections", method: .post, headers: ServeFixture.auth,
                                                 body: ServeFixture.json(#"{"file":"026-会议通知.txt"}"#))
            #expect(clear.status == .ok)
            #expect(try CorrectionsFile.read(String(contentsOf: folder.appendingPathComponent("corrections.yaml"), encoding: .utf8),
                                             file: "c").isEmpty)
        }
    }

    /// A branch's .zip: an entry is shown by what was read from it, and can be corrected like any file.
    @Test func anArchiveEntryIsShownAndCorrected() async throws {
        let f = try ServeFixture { folder in
            let zip = Process()
            zip.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            zip.arguments = ["python3", "-c", "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1], 'w'); z.write(sys.argv[2], 'report.txt'); z.close()",
                             folder.appendingPathComponent("040-打包.zip").path, folder.appendingPathComponent("019-青年干部党支部.txt").path]
            try zip.run()
            zip.waitUntilExit()
            try FileManager.default.removeItem(at: folder.appendingPathComponent("019-青年干部党支部.txt"))
        }
        let folder = f.folder
        try await f.run { client in
            let path = "040-%E6%89%93%E5%8C%85.zip/report.txt"
            let r = try await client.execute(uri: "/api/file?path=\(path)", method: .get, headers: ServeFixture.auth)
            #expect(r.status == .ok, "\(r.text)")
            let report = (r.object["reports"] as? [[String: Any]])?.first
            #expect((report?["branch"] as? [String: Any])?["name"] as? String == "青年干部党支部")
            let body = #"{"file":"040-打包.zip/report.txt","year":2024}"#
            let c = try await client.execute(uri: "/api/corrections", method: .post, headers: ServeFixture.auth, body: ServeFixture.json(body))
            #expect(c.status == .ok, "\(c.text)")
            let again = Ingest().readFolder(folder).reports.first { $0.source.hasSuffix("040-打包.zip/report.txt") }
            #expect(again?.year == 2024)
            for bad in ["040-%E6%89%93%E5%8C%85.zip/other.txt", "040-%E6%89%93%E5%8C%85.zip/../../outside.txt", "none.zip/report.txt"] {
                let b = try await client.execute(uri: "/api/file?path=\(bad)", method: .get, headers: ServeFixture.auth)
                #expect(b.status == .notFound || b.status == .forbidden, "\(bad)")
            }
        }
    }

    @Test func aWrongCorrectionIsRefusedAndNothingIsWritten() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            for body in [#"{"file":"026-会议通知.txt","kind":"poem"}"#, #"{"file":"026-会议通知.txt","year":12}"#,
                         #"{"file":"../outside.txt","branch":"甲"}"#, #"{"file":"没有的文件.txt","branch":"甲"}"#, #"{"branch":"甲"}"#] {
                let r = try await client.execute(uri: "/api/corrections", method: .post, headers: ServeFixture.auth, body: ServeFixture.json(body))
                #expect([.badRequest, .forbidden, .notFound].contains(r.status), "\(body)")
            }
        }
        #expect(f.bytes("corrections.yaml") == nil)
    }

    @Test func thePageAndItsFilesAreServedFromThePackage() async throws {
        let f = try ServeFixture()
        try await f.run { client in
            for (path, type) in [("/assets/app.js", "text/javascript"), ("/assets/app.css", "text/css"), ("/assets/groups.js", "text/javascript")] {
                let r = try await client.execute(uri: path, method: .get, headers: ServeFixture.auth)
                #expect(r.status == .ok && r.headers[.contentType]?.hasPrefix(type) == true, "\(path)")
                #expect(!r.text.contains("http://") && !r.text.contains("https://"), "\(path) loads nothing from elsewhere")
            }
            let page = try await client.execute(uri: "/", method: .get, headers: ServeFixture.auth)
            #expect(page.text.contains("报送情况") && !page.text.contains("https://"))
            let info = try await client.execute(uri: "/api/info", method: .get, headers: ServeFixture.auth)
            #expect(info.object["committee"] as? String == "某某机关党委")
            #expect(try await client.execute(uri: "/assets/nothing.js", method: .get, headers: ServeFixture.auth).status == .notFound)
        }
    }

    @Test func aFileChangedOnDiskIsSeenByTheNextRequest() async throws {
        let f = try ServeFixture()
        let folder = f.folder
        try await f.run { client in
            _ = try await client.execute(uri: "/api/overview", method: .get, headers: ServeFixture.auth)
            try FileManager.default.removeItem(at: folder.appendingPathComponent("019-青年干部党支部.txt"))
            let r = try await client.execute(uri: "/api/overview", method: .get, headers: ServeFixture.auth)
            #expect(r.object["missing"] as? [String] == ["青年干部党支部"])
        }
    }
}

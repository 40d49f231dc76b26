import Foundation
import Testing

/// An interrupted or failing run leaves the previous outputs intact and says what happened; huizong never
/// opens a network connection. These tests need root for tmpfs (CI and the set-up run as root).
@Suite(.serialized) struct OutputSafetyTests {
    static let samples = Repo.root.appendingPathComponent("samples/committee").path
    static let pdfName = "某某机关党委2025年度组织生活会情况汇总报告.pdf"


    /// Mounts a tmpfs of `size` on a new folder, runs `body`, unmounts.
    func withTmpfs(_ size: String, _ body: (URL) throws -> Void) throws {
        let mount = temporaryDirectory()
        guard try tool("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=\(size)", "tmpfs", mount.path]).status == 0 else {
            Issue.record("cannot mount a tmpfs (root needed)")
            return
        }
        defer { _ = try? tool("/usr/bin/umount", [mount.path]) }
        try body(mount)
    }

    /// Fills the disk of `dir` until `bytes` are left.
    func fill(_ dir: URL, leaving bytes: Int) throws {
        let free = try #require(try FileManager.default.attributesOfFileSystem(forPath: dir.path)[.systemFreeSize] as? NSNumber).intValue
        let blocks = max(0, (free - bytes) / 4096)
        _ = try tool("/usr/bin/dd", ["if=/dev/zero", "of=\(dir.path)/filler", "bs=4k", "count=\(blocks)"])
    }

    /// Builds again into `dir` (filled up): exit 4, every file of `before` byte-identical, no temporary file left.
    func buildFailsReplacingNothing(in dir: URL, before: [String: Data], extra: [String]) throws {
        let second = try huizong(["build", Self.samples, "-o", dir.path] + extra)
        #expect(second.status == 4, "\(second.status) \(second.stderr)")
        #expect(second.stderr.contains("huizong:"))
        var after = try snapshot(dir)
        after.removeValue(forKey: "filler")
        #expect(after.keys.sorted() == before.keys.sorted(), "no temporary file is left: \(after.keys.sorted())")
        for (name, data) in before { #expect(after[name] == data, "\(name) changed") }
    }

    /// The disk fills while the PDF is written, after summary.json, the CSVs and the .xlsx fitted: Cairo 1.16
    /// does not report the short write, and the new tables were already in place beside the old PDF. Nothing
    /// may be replaced: every previous file byte-identical, no temporary file left, exit 4.
    @Test func aDiskThatFillsDuringThePDFReplacesNothing() throws {
        try withTmpfs("6000k") { mount in
            let first = try huizong(["build", Self.samples, "-o", mount.path])
            #expect(first.status == BuildStatus.builtPartly, "\(first.stderr)")
            let before = try snapshot(mount)
            // Room for new tables (4 KB blocks) and a little more, not for the PDF (nor the .docx written after it);
            // a later as-of changes the tables.
            let tables = before.filter { !$0.key.hasSuffix(".pdf") && !$0.key.hasSuffix(".docx") }.values
                .reduce(0) { $0 + ($1.count + 4095) / 4096 * 4096 }
            let pdf = try #require(before[Self.pdfName]).count
            #expect(tables + 128 * 1024 < pdf, "the test needs a PDF larger than the room left")
            try fill(mount, leaving: tables + 128 * 1024)
            try buildFailsReplacingNothing(in: mount, before: before, extra: ["--appendix", "--as-of", "2026-06-30"])
        }
    }

    /// A full disk before anything fits: the same guarantee when the first output already fails.
    @Test func aFullDiskLeavesThePreviousReportIntact() throws {
        try withTmpfs("6000k") { mount in
            let first = try huizong(["build", Self.samples, "-o", mount.path])
            #expect(first.status == BuildStatus.builtPartly, "\(first.stderr)")
            let before = try snapshot(mount)
            try fill(mount, leaving: 0)
            try buildFailsReplacingNothing(in: mount, before: before, extra: ["--appendix"])
        }
    }

    /// `render` straight onto a disk too small for the PDF: Cairo's silent short write gave "9 pages", exit 0 and
    /// a PDF without a trailer.
    @Test func renderingOntoAFullDiskIsAnError() throws {
        try withTmpfs("200k") { mount in
            let out = mount.appendingPathComponent("demo.pdf")
            let r = try huizong(["render", Repo.root.appendingPathComponent("samples/documents/demo.yaml").path, "-o", out.path])
            #expect(r.status == 4, "\(r.status) \(r.stdout) \(r.stderr)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path).isEmpty, "no file, whole or partial, is left")
        }
    }

    @Test func killDashNineLeavesThePreviousReportIntact() throws {
        let big = temporaryDirectory()
        #expect(try huizong(["generate", "--branches", "400", "--seed", "3", "-o", big.path]).status == 0)
        let out = temporaryDirectory()
        #expect(try huizong(["build", big.path, "-o", out.path, "--appendix"]).status == 0)
        let before = try snapshot(out)
        // Start again and kill it while the PDF is being written: a temporary PDF with bytes in it must be seen
        // first, or the test proves nothing (it used to kill before anything was written).
        let p = Process()
        p.executableURL = Repo.binary
        p.arguments = ["build", big.path, "-o", out.path, "--appendix", "--lang", "en"]
        p.standardError = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        let deadline = Date().addingTimeInterval(120)
        var writing = false
        while !writing, p.isRunning, Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            writing = names.contains { name in
                name.contains(".pdf.") && name.hasSuffix(".tmp")
                    && ((try? FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.size] as? Int) ?? 0) > 0
            }
            if !writing { usleep(2_000) }
        }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        try #require(writing, "the run was not caught while writing its PDF")
        #expect(p.terminationReason == .uncaughtSignal)
        var after = try snapshot(out)
        let stale = after.keys.filter { $0.hasSuffix(".tmp") }
        #expect(!stale.isEmpty, "a killed run leaves its temporary files")
        for s in stale { after.removeValue(forKey: s) }
        #expect(after.keys.sorted() == before.keys.sorted())
        for (name, data) in before { #expect(after[name] == data, "\(name) changed") }
        // The next run removes what the killed one left and says so.
        let again = try huizong(["build", big.path, "-o", out.path, "--lang", "en"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("removed a half-written file"), "\(again.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
    }

    @Test func anUnwritableFolderIsAClearError() throws {
        let r = try huizong(["build", Self.samples, "-o", "/proc/huizong-cannot-be-here"])
        #expect(r.status == 4)
        #expect(r.stderr.contains("cannot create"))
    }

    @Test func noNetworkConnectionIsEverOpened() throws {
        let out = temporaryDirectory()
        let log = out.appendingPathComponent("strace.log")
        let r = try tool("strace", ["-f", "-qq", "-e", "trace=socket,connect", "-o", log.path, Repo.binary.path,
                                    "build", Self.samples, "-o", out.appendingPathComponent("o").path])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        let calls = try String(contentsOf: log, encoding: .utf8)
        #expect(!calls.contains("AF_INET"), "\(calls)")
        #expect(!calls.contains("AF_INET6"))
    }
}

/// Reading runs on all cores and shaping on two threads: the output must equal a single-threaded run's.
@Suite struct ThreadingTests {
    /// A document without a contents page is drawn page by page on the writer thread while layout goes on;
    /// the bytes must not depend on that.
    @Test func pagesStreamedToTheWriterThreadGiveTheSameBytes() throws {
        let dir = temporaryDirectory()
        var yaml = "version: 1\ntitle: 分页写出测试\nblocks:\n"
        for i in 1...12 {
            yaml += "  - heading: 第\(i)部分\n"
            for j in 1...6 { yaml += "  - paragraph: \"第\(i)部分第\(j)段：支部按照要求开展学习研讨和谈心谈话，逐条对照检查，形成问题清单和整改措施，明确责任人和完成时限，按月跟踪进度并向党员通报。\"\n" }
            yaml += "  - table:\n      caption: 表\(i)\n      columns: [支部, 问题, 已整改]\n      rows:\n"
            for r in 1...30 { yaml += "        - [\"第\(r)党支部\", \"\(r % 9 + 1)\", \"\(r % 5)\"]\n" }
        }
        let doc = dir.appendingPathComponent("long.yaml")
        try yaml.write(to: doc, atomically: true, encoding: .utf8)
        let a = dir.appendingPathComponent("a.pdf"), b = dir.appendingPathComponent("b.pdf")
        #expect(try huizong(["render", doc.path, "-o", a.path]).status == 0)
        #expect(try huizong(["render", doc.path, "-o", b.path], environment: ["HUIZONG_THREADS": "1"]).status == 0)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
        let text = try tool("pdftotext", [a.path, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(text.contains("第12部分第6段"))
        #expect(text.contains("第30党支部"))
    }

    @Test func oneThreadAndManyGiveTheSameBytes() throws {
        let a = temporaryDirectory(), b = temporaryDirectory()
        let samples = Repo.root.appendingPathComponent("samples/committee").path
        #expect(try huizong(["build", samples, "-o", a.path, "--appendix"]).status == BuildStatus.builtPartly)
        #expect(try huizong(["build", samples, "-o", b.path, "--appendix"], environment: ["HUIZONG_THREADS": "1"]).status == BuildStatus.builtPartly)
        let files = try snapshot(a)
        #expect(files.keys.contains { $0.hasPrefix("审核意见/") })
        for (name, data) in files.sorted(by: { $0.key < $1.key }) {
            #expect(data == (try? Data(contentsOf: b.appendingPathComponent(name))), "\(name)")
        }
    }
}

/// Every file under `dir` (the letters in 审核意见/ too), by its path relative to `dir`.
func snapshot(_ dir: URL) throws -> [String: Data] {
    var out: [String: Data] = [:]
    for name in try FileManager.default.subpathsOfDirectory(atPath: dir.path) {
        var isDir: ObjCBool = false
        let url = dir.appendingPathComponent(name)
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDir), !isDir.boolValue else { continue }
        out[name] = try Data(contentsOf: url)
    }
    return out
}

import Foundation
import Testing

/// A folder with no committee.yaml, as a clerk first tries it: the committee's name from the folder, the year
/// from the reports, today's date for overdue, each said on stderr; the exit status tells a script whether every
/// file made it into the report.
@Suite struct NoSettingsTests {
    static func report(_ branch: String) -> String {
        """
        \(branch)2025年度组织生活会对照检查材料
        一、存在的问题
        1.学习计划执行不到位。
        2.联系群众不够经常。
        二、原因剖析
        1.思想上有所放松。
        三、整改措施
        1.每月督促学习。责任人：王某，完成时限：2026年3月31日。
        """
    }

    func folder(withNotice: Bool) throws -> URL {
        let dir = temporaryDirectory().appendingPathComponent("城关镇机关党委")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Self.report("财政所党支部").write(to: dir.appendingPathComponent("01.txt"), atomically: true, encoding: .utf8)
        try Self.report("农业站党支部").write(to: dir.appendingPathComponent("02.txt"), atomically: true, encoding: .utf8)
        if withNotice {
            try "关于召开2025年度组织生活会的通知\n各党支部：现将有关事项通知如下。\n"
                .write(to: dir.appendingPathComponent("03-通知.txt"), atomically: true, encoding: .utf8)
        }
        return dir
    }

    @Test func everythingMissingIsTakenFromTheFolderAndSaid() throws {
        let out = temporaryDirectory()
        let r = try huizong(["build", folder(withNotice: true).path, "-o", out.path, "--lang", "zh"], environment: ["HUIZONG_TODAY": "2026-04-15"])
        #expect(r.status == BuildStatus.builtPartly, "\(r.stderr)")
        #expect(r.stderr.contains("按文件夹名取为“城关镇机关党委”"), "\(r.stderr)")
        #expect(r.stderr.contains("按多数材料取为2025年度"))
        #expect(r.stderr.contains("逾期按今天 2026-04-15 计算"))
        #expect(r.stderr.contains("未纳入："), "the notice is listed")
        #expect(r.stdout.contains("纳入 2 个文件，未纳入 1 份"), "\(r.stdout)")
        let pdf = out.appendingPathComponent("城关镇机关党委2025年度组织生活会情况汇总报告.pdf")
        #expect(FileManager.default.fileExists(atPath: pdf.path))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("summary.json"))) as? [String: Any])
        #expect(json["as_of"] as? String == "2026-04-15")
        #expect((json["rectification"] as? [String: Any])?["overdue"] as? Int == 2)
    }

    @Test func everyFileIncludedIsExitZero() throws {
        let r = try huizong(["build", folder(withNotice: false).path, "-o", temporaryDirectory().path, "--as-of", "2026-03-01", "--lang", "zh"])
        #expect(r.status == BuildStatus.complete, "\(r.stderr)")
        #expect(r.stdout.contains("未纳入 0 份"), "\(r.stdout)")
    }
}

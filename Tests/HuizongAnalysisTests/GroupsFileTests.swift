import Foundation
import HuizongIngest
import HuizongModel
import HuizongValidate
import Testing
@testable import HuizongAnalysis

/// groups.yaml, the clerk's corrections, read as YAML by the typed reader: every way of writing a pin works, and
/// what cannot be used is an error with its line, never a silently lost pin.
@Suite struct GroupsFileTests {
    static let report = """
    version: 1
    branch: {name: 甲党支部}
    year: 2025
    aspects:
      - title: 政治纪律方面
        problems:
          - 网上学习平台使用不充分。
          - 智慧党建平台登录次数少。
          - 数字化工具运用不熟练。
          - 理论学习不够深入。
    """

    func folder(groups: String) throws -> Ingest.Folder {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hz-groups-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data(Self.report.utf8).write(to: dir.appendingPathComponent("001-甲党支部.yaml"))
        try Data(groups.utf8).write(to: dir.appendingPathComponent("groups.yaml"))
        return Ingest().readFolder(dir)
    }

    func pinned(_ groups: String) throws -> [String] {
        let s = Analysis(asOf: Day(year: 2026, month: 3, day: 31)!).run(try folder(groups: groups))
        return s.problemGroups.first { $0.label == "平台" && $0.pinned }?.members.map(\.text).sorted() ?? []
    }

    static let forms = [
        "groups:\n  - label: 平台\n    words: [\"网上学习平台\", '智慧党建平台', 数字化工具]\n",
        "groups:\n  - label: 平台\n    words:\n      - 网上学习平台\n      - 智慧党建平台\n      - 数字化工具\n",
        "groups:\n  - words: [网上学习平台, 智慧党建平台, 数字化工具]\n    label: 平台\n",
        "groups:\n  - {label: 平台, words: [网上学习平台, 智慧党建平台, 数字化工具]}\n",
        "groups:\n  - label: 平台   # 类名\n    words: [网上学习平台, 智慧党建平台, 数字化工具]  # 三个词\n",
        "groups:\r\n  - label: 平台\r\n    words: [网上学习平台, 智慧党建平台, 数字化工具]\r\n",
    ]

    @Test(arguments: forms)
    func everyWayOfWritingAPinIsRead(_ groups: String) throws {
        #expect(try pinned(groups).count == 3, "\(groups)")
    }

    @Test(arguments: [("groups:\n  - label: 平台\n    word: [网上学习平台]\n", 3), ("group:\n  - label: 平台\n", 1),
                      ("groups:\n  - label: 平台\n    words: []\n", 3), ("groups:\n  - words: [网上学习平台]\n", 2),
                      ("groups:\n  - label: 平台\n    words: [网上学习平台, [x]]\n", 3), ("groups: [\n", 2)])
    func whatCannotBeUsedIsAnErrorWithItsLine(_ groups: String, line: Int) throws {
        let f = try folder(groups: groups)
        let d = Validation.run(f).filter { $0.code == "groups-config" }
        #expect(d.count == 1, "\(groups)")
        #expect(d.first?.severity == .error)
        #expect(d.first?.location?.description.hasSuffix("groups.yaml:\(line)") == true, "\(d.first?.location?.description ?? "-")")
    }
}

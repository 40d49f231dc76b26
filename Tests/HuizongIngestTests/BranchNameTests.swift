import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Where a branch's text names it other than in its title: after 我们 with a class code in front, only once its
/// account has begun, or only as "社区党支部" in a folder that names it. Fixtures in this project's own words.
@Suite struct BranchNameTests {
    func ingest(_ text: String) throws -> BranchReport {
        try #require(Ingest().read(data: Data(text.utf8), path: "总结.txt").first)
    }

    static let sections = """
    一、存在的问题
    1.理论学习不够系统。
    二、原因分析
    1.学习的自觉性不强。
    三、整改措施
    1.每月集中学习一次。
    """

    /// "我们07园艺党支部……": the branch speaking of itself names itself, class code and all; "我们社区党支部" and
    /// "我们各支部" name none.
    @Test func theBranchNamingItselfAfterWeKeepsItsClassCode() throws {
        let r = try ingest("今年秋季学期，我们07园艺党支部按照学院党总支的安排开展对照检查。\n" + Self.sections)
        #expect(r.branch == "07园艺党支部")
        #expect(ProseFacts.branchName(title: nil, opening: ["本学期我们2023级护理党支部完成了换届。"]) == "2023级护理党支部")
        #expect(ProseFacts.branchName(title: nil, opening: ["一年来，我们社区党支部认真开展工作。"]) == nil)
        #expect(ProseFacts.branchName(title: nil, opening: ["今年我们各支部都开展了对照检查。"]) == nil)
        #expect(ProseFacts.branchName(title: nil, opening: ["一年来，我们始终坚持党支部的领导核心作用。"]) == nil)
        #expect(ProseFacts.branchName(title: nil, opening: ["一年来，我们积极配合社区党支部开展工作。"]) == nil)
        // A figure and a counter count branches: "亲自带队走访辖属12个社区党支部" names none.
        #expect(ProseFacts.branchName(title: nil, opening: ["街道党工委书记亲自带队走访辖属12个社区党支部。"]) == nil)
        #expect(ProseFacts.branchName(title: nil, opening: ["镇里共有十二个村党支部。"]) == nil)
        #expect(ProseFacts.branchName(title: "业务一处党支部2025年度组织生活会对照检查材料", opening: []) == "业务一处党支部")
        // A numbering mark in front is still no part of a name.
        #expect(ProseFacts.branchName(title: nil, opening: ["1.1背景河湾站党支部现有党员9名。"]) == "河湾站党支部")
    }

    /// "……巡察组对柳溪三社区进行了巡察。" at the top and "柳溪三社区党总支高度重视" in the account: the unit the
    /// opening named, now with its branch's suffix, names the branch. A sentence's words run into a suffix further
    /// down ("积极推进楼栋党支部建设", "以社区党支部为基础") name none.
    @Test func aBranchNamedOnlyOnceItsAccountHasBegunByTheUnitTheOpeningNamed() throws {
        let r = try ingest("""
        根据区委统一部署，区委第三巡察组对柳溪三社区进行了为期一个月的巡察，现将整改进展情况公布如下。
        一、加强组织领导，压实整改责任
        （一）召开整改专题会议。反馈会后，柳溪三社区党总支召开专题会议，逐条研究反馈问题。
        二、存在的问题
        1.理论学习不够系统。
        三、整改措施
        1.每月集中学习一次。
        """)
        #expect(r.branch == "柳溪三社区党总支")
        // Named below in full ("中共青禾市园林管理处总支部委员会"), above by the end of its unit ("市园林管理处").
        #expect(ProseFacts.branchName(title: nil, opening: ["市委第一巡察组对市园林管理处开展了巡察。现将整改情况予以公布。"],
                                      further: ["（一）加强领导。成立中共青禾市园林管理处总支部委员会整改工作领导小组。"])
                == "青禾市园林管理处总支部委员会")
        let unnamed = try ingest("""
        坚持以社区党建为核心，我们全力推动各项工作。
        一、主要做法
        （一）以社区党支部为基础，积极推进楼栋党支部建设，增强党支部的凝聚力。
        \(Self.sections)
        """)
        #expect(unnamed.branch == nil)
        // A branch speaking as its own ("我支部与柳溪社区结对") names others further on; a problem names no author.
        let partner = try ingest("""
        2025年度组织生活会对照检查材料
        今年以来，我支部与柳溪社区开展结对共建，现将对照检查情况报告如下。
        一、存在的问题
        1.理论学习不够系统，柳溪社区党总支多次邀请我们参加联学，参加次数偏少。
        二、整改措施
        1.每月集中学习一次。
        """)
        #expect(partner.branch == nil)
    }

    /// A text that says only "社区党支部" in a folder named "05-柳溪社区党支部": the folder says which branch.
    @Test func aGenericNameGivesWayToTheFolder() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("names-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("05-柳溪社区党支部")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try ("社区党支部2025年度组织生活会对照检查材料\n" + Self.sections).write(to: sub.appendingPathComponent("材料.txt"),
                                                                          atomically: true, encoding: .utf8)
        let folder = Ingest().readFolder(dir)
        let r = try #require(folder.reports.first)
        #expect(r.branch == "柳溪社区党支部")
        #expect(r.diagnostics.contains { $0.code == "branch-from-folder" && $0.zh.contains("只写了“社区党支部”") })
    }
}

import Foundation
import HuizongModel
import Yams

/// The prescribed aspects of each year's meeting, shipped as data (below, YAML) and matched fuzzily.
public struct AspectSet: Sendable {
    public struct Entry: Sendable {
        public var id: String
        public var name: String
        public var aliases: [String]
        public var keywords: [String]
        /// The stable general category, for comparing years with different sets.
        public var taxonomy: String
        /// Character pairs of the name and aliases, normalised once.
        var pairSets: [Set<String>] = []
    }
    public var id: String
    public var title: String
    public var aspects: [Entry]

    /// The set's best aspect for a heading, or nil when none is close enough (the heading stays its own aspect).
    public func match(_ heading: String) -> Entry? {
        let h = Self.normalise(heading)
        var best: (Entry, Double)?
        for a in aspects {
            let hp = Self.bigrams(h)
            var score = a.pairSets.map { Self.dice(hp, $0) }.max() ?? 0
            let hits = a.keywords.filter { h.includes($0) }.count
            score += Double(hits) * 0.25
            if score > (best?.1 ?? 0) { best = (a, score) }
        }
        guard let b = best, b.1 >= 0.45 else { return nil }
        return b.0
    }

    static func normalise(_ s: String) -> String {
        s.removing(["对照", "方面", "在", "情况", "主要是", "：", ":", "。", "，", "“", "”", "\"", " "])
    }

    static func bigrams(_ s: String) -> Set<String> {
        let c = Array(s.unicodeScalars).map(String.init)
        guard c.count > 1 else { return Set(c) }
        return Set((0..<(c.count - 1)).map { c[$0] + c[$0 + 1] })
    }

    static func dice(_ x: Set<String>, _ y: Set<String>) -> Double {
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    public static let all: [AspectSet] = load(builtinYAML)

    public static func named(_ id: String) -> AspectSet? { all.first { $0.id == id } }

    /// The set a meeting of this year and kind prescribed (domain notes §3); editable in committee.yaml.
    public static func forYear(_ year: Int?, kind: String?) -> AspectSet? {
        guard let year else { return nil }
        if kind?.contains("专题") == true {
            if year == 2021 { return named("2021-dangshi") }
            if year == 2023 { return named("2023-zhutijiaoyu") }
        }
        switch year {
        case 2017: return named("2017")
        case 2018, 2020, 2022: return named("2018")
        case 2019: return named("2019-zhutijiaoyu")
        case 2021: return named("2021")
        case 2023: return named("2023-zhutijiaoyu")
        case 2024...: return named("2024-jilv")
        default: return nil
        }
    }

    static func load(_ text: String) -> [AspectSet] {
        guard let root = (try? PlainYAML.load(text)) as? [[String: Any]] else { return [] }
        return root.compactMap { set in
            guard let id = set["id"] as? String, let title = set["title"] as? String,
                  let aspects = set["aspects"] as? [[String: Any]] else { return nil }
            return AspectSet(id: id, title: title, aspects: aspects.compactMap { a in
                guard let aid = a["id"] as? String, let name = a["name"] as? String else { return nil }
                let aliases = a["aliases"] as? [String] ?? []
                return Entry(id: aid, name: name, aliases: aliases, keywords: a["keywords"] as? [String] ?? [],
                             taxonomy: a["taxonomy"] as? String ?? "其他",
                             pairSets: ([name] + aliases).map { bigrams(normalise($0)) })
            })
        }
    }

    /// Taxonomy: 理论学习与政治建设 · 贯彻落实部署 · 组织生活与制度执行 · 党员教育管理监督 · 联系服务群众 ·
    /// 作风纪律廉洁 · 担当作为与创新 · 整改落实.
    static let builtinYAML = """
    - id: "2017"
      title: 2017年度组织生活会
      aspects:
        - {id: political-function, name: 政治功能强不强, keywords: [政治功能, 政治], taxonomy: 理论学习与政治建设}
        - {id: four-consciousness, name: 四个意识牢不牢, keywords: [四个意识], taxonomy: 理论学习与政治建设}
        - {id: four-confidence, name: 四个自信有没有, keywords: [四个自信], taxonomy: 理论学习与政治建设}
        - {id: work-style, name: 工作作风实不实, keywords: [作风], taxonomy: 作风纪律廉洁}
        - {id: role, name: 作用发挥好不好, keywords: [作用发挥, 先锋模范], taxonomy: 担当作为与创新}
        - {id: self-discipline, name: 自我要求严不严, keywords: [自我要求, 严格], taxonomy: 作风纪律廉洁}
    - id: "2018"
      title: 2018/2020/2022年度组织生活会
      aspects:
        - {id: political-lead, name: 发挥政治引领作用, aliases: [政治引领, 发挥政治功能和组织力], keywords: [政治引领, 政治功能, 组织力], taxonomy: 理论学习与政治建设}
        - {id: deploy, name: 贯彻落实上级党组织工作部署, aliases: [落实党中央和上级党组织部署要求, 贯彻落实上级部署], keywords: [部署, 贯彻落实], taxonomy: 贯彻落实部署}
        - {id: org-life, name: 定期开展党的组织生活, aliases: [开展组织生活, 三会一课], keywords: [组织生活, 三会一课], taxonomy: 组织生活与制度执行}
        - {id: member-mgmt, name: 严格党员日常教育管理监督, aliases: [党员教育管理监督, 党员日常教育管理], keywords: [教育管理, 监督], taxonomy: 党员教育管理监督}
        - {id: serve-masses, name: 联系服务群众, aliases: [联系服务党员群众, 人民群众的新期待], keywords: [群众, 服务], taxonomy: 联系服务群众}
        - {id: work-style, name: 改进工作作风, aliases: [工作作风], keywords: [作风], taxonomy: 作风纪律廉洁}
    - id: "2019-zhutijiaoyu"
      title: 2019年主题教育专题民主生活会/组织生活会
      aspects:
        - {id: thought, name: 对照习近平新时代中国特色社会主义思想和党中央决策部署, aliases: [对照党的创新理论], keywords: [新时代, 决策部署, 创新理论], taxonomy: 理论学习与政治建设}
        - {id: charter, name: 对照党章党规, aliases: [履行党章规定的职责任务, 党章党规], keywords: [党章, 党规], taxonomy: 组织生活与制度执行}
        - {id: expectations, name: 对照人民群众新期待, aliases: [人民群众的新期待], keywords: [群众, 期待], taxonomy: 联系服务群众}
        - {id: models, name: 对照先进典型身边榜样, aliases: [先进典型, 身边榜样], keywords: [典型, 榜样], taxonomy: 担当作为与创新}
    - id: "2021-dangshi"
      title: 2021年党史学习教育专题组织生活会
      aspects:
        - {id: history-study, name: 组织开展党史学习教育, aliases: [党史学习教育], keywords: [党史], taxonomy: 理论学习与政治建设}
        - {id: serve, name: 联系服务党员群众, aliases: [联系服务群众], keywords: [群众, 服务], taxonomy: 联系服务群众}
        - {id: formalism, name: 力戒形式主义官僚主义, aliases: [形式主义官僚主义], keywords: [形式主义, 官僚主义], taxonomy: 作风纪律廉洁}
    - id: "2021"
      title: 2021年度组织生活会
      aspects:
        - {id: call, name: 对照党中央号召和要求, aliases: [落实党中央和上级党组织部署要求, 党中央号召], keywords: [号召, 部署, 党中央], taxonomy: 贯彻落实部署}
        - {id: standard, name: 对照合格党员标准, aliases: [履行党章规定的职责任务, 合格党员标准], keywords: [合格党员, 党章], taxonomy: 党员教育管理监督}
        - {id: oath, name: 对照入党誓词, aliases: [入党誓词], keywords: [誓词, 初心], taxonomy: 理论学习与政治建设}
        - {id: models, name: 对照革命先辈和先进典型, aliases: [先进典型, 革命先辈, 人民群众的新期待], keywords: [先辈, 典型, 期待], taxonomy: 担当作为与创新}
        - {id: rectification, name: 对照党史学习教育专项整治巡视巡察及以往整改情况, aliases: [完成党史学习教育、专项整治、巡视巡察以及以往组织生活会问题整改情况], keywords: [整改, 巡视, 专项整治], taxonomy: 整改落实}
        - {id: political-function, name: 发挥政治功能和组织力, aliases: [政治功能, 组织力], keywords: [政治功能, 组织力], taxonomy: 理论学习与政治建设}
    - id: "2023-zhutijiaoyu"
      title: 2023年主题教育专题组织生活会
      aspects:
        - {id: campaign, name: 组织开展主题教育, aliases: [主题教育], keywords: [主题教育], taxonomy: 理论学习与政治建设}
        - {id: decisions, name: 执行上级组织决定, aliases: [贯彻落实上级部署], keywords: [上级, 决定, 部署], taxonomy: 贯彻落实部署}
        - {id: org-life, name: 严格组织生活, aliases: [组织生活], keywords: [组织生活, 三会一课], taxonomy: 组织生活与制度执行}
        - {id: member-mgmt, name: 加强党员教育管理监督, aliases: [党员教育管理监督], keywords: [教育管理, 监督], taxonomy: 党员教育管理监督}
        - {id: serve-masses, name: 联系服务群众, aliases: [服务群众], keywords: [群众], taxonomy: 联系服务群众}
        - {id: self-building, name: 抓好自身建设, aliases: [自身建设, 班子建设], keywords: [自身建设, 班子], taxonomy: 担当作为与创新}
    - id: "2024-jilv"
      title: 2024/2025年度组织生活会（六项纪律）
      aspects:
        - {id: political, name: 政治纪律, aliases: [遵守政治纪律], keywords: [政治纪律], taxonomy: 理论学习与政治建设}
        - {id: organisational, name: 组织纪律, aliases: [遵守组织纪律], keywords: [组织纪律], taxonomy: 组织生活与制度执行}
        - {id: integrity, name: 廉洁纪律, aliases: [遵守廉洁纪律], keywords: [廉洁], taxonomy: 作风纪律廉洁}
        - {id: masses, name: 群众纪律, aliases: [遵守群众纪律], keywords: [群众纪律, 群众], taxonomy: 联系服务群众}
        - {id: work, name: 工作纪律, aliases: [遵守工作纪律], keywords: [工作纪律], taxonomy: 担当作为与创新}
        - {id: life, name: 生活纪律, aliases: [遵守生活纪律], keywords: [生活纪律], taxonomy: 作风纪律廉洁}
    """
}

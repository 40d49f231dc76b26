import Foundation
import HuizongDocument
import HuizongModel
import Testing
@testable import HuizongKnowledge

@Suite struct ShippedKnowledgeTests {
    /// Words per concept (counted 2026-12-03, after the words checked against five sets of real headlines filed by category). A lost or
    /// doubled word changes a figure; an intended edit of the lists updates it here.
    static let wordsPerConcept: KeyValuePairs<String, Int> = [
        "理论学习": 169, "学用结合": 94, "组织生活": 92, "形式化": 14, "落实不力": 9, "批评和自我批评": 111, "联系群众": 127, "监督管理": 122,
        "创新": 102, "担当作为": 193, "形式主义": 163, "纪律规矩": 113, "廉洁": 136, "先锋模范": 90, "班子建设": 96, "整改": 73,
        "节约": 100, "信息化": 70, "青年培养": 71, "谈心谈话": 84, "服务效率": 99, "安全": 98, "党性修养": 50, "党费": 35, "意识形态": 74,
        "档案资料": 89, "党建业务融合": 68, "工作作风": 79, "保密": 44, "群团工作": 31, "政治建设": 55, "战斗堡垒作用": 25, "组织设置": 36,
    ]

    @Test func everyWordOfEveryConceptIsThereInItsOrder() throws {
        let k = try Knowledge.loadShipped()
        #expect(k.concepts.map(\.id) == Self.wordsPerConcept.map(\.key))
        #expect(k.concepts.map(\.words.count) == Self.wordsPerConcept.map(\.value))
        #expect(k.concepts.reduce(0) { $0 + $1.words.count } == 2812)
        #expect(k.concepts.first?.words.prefix(3) == ["理论学习", "中国特色社会主义", "新时代中国特色"])
        #expect(k.concepts.filter(\.modifier).map(\.id) == ["形式化", "落实不力"])
        #expect(k.concepts.filter(\.modifier).map(\.alone) == ["形式主义", "担当作为"])
        #expect(k.concepts.filter { $0.broad && !$0.modifier }.map(\.id).sorted()
                == ["理论学习", "组织生活", "联系群众", "党性修养", "政治建设", "担当作为", "监督管理", "班子建设", "整改", "纪律规矩"].sorted())
        #expect(k.concepts.flatMap(\.headWords).count == 10)
        #expect(k.localFiles.isEmpty)
    }

    @Test func aspectSetsActivitiesLedgerColumnsAndStatusWords() throws {
        let k = try Knowledge.loadShipped()
        #expect(k.aspectSets.map(\.id) == ["2017", "2018", "2019-zhutijiaoyu", "2021-dangshi", "2021", "2023-zhutijiaoyu", "2024-jilv"])
        #expect(k.aspectSets.map(\.aspects.count) == [6, 6, 4, 3, 6, 6, 6])
        // The year switch that the data replaced.
        let expected: [(Int, String?, String?)] = [
            (2016, nil, nil), (2017, nil, "2017"), (2018, nil, "2018"), (2020, "组织生活会", "2018"), (2022, nil, "2018"),
            (2019, nil, "2019-zhutijiaoyu"), (2021, "组织生活会", "2021"), (2021, "专题组织生活会", "2021-dangshi"),
            (2023, nil, "2023-zhutijiaoyu"), (2023, "专题组织生活会", "2023-zhutijiaoyu"), (2024, nil, "2024-jilv"), (2031, nil, "2024-jilv"),
        ]
        for (year, kind, id) in expected { #expect(k.aspectSet(forYear: year, kind: kind)?.id == id, "\(year) \(kind ?? "")") }
        #expect(k.aspectSet(forYear: nil, kind: nil) == nil)
        #expect(k.activities.count == 16)
        #expect(k.activityName(in: "党员之间提出批评意见26条") == "批评意见")
        #expect(k.regulationMinimums.map { "\($0.0)\($0.1)" } == ["支委会12", "党员大会4", "党小组会12", "党课1", "主题党日12", "组织生活会1"])
        #expect(k.activityName(in: "召开支部委员会会议") == "支委会")
        #expect(k.ledgerColumns.map(\.column) == Knowledge.LedgerColumn.allCases)
        #expect(k.statusWords.map(\.status) == [.notStarted, .partial, .ongoing, .inProgress, .done])
        #expect(k.statusWords.reduce(0) { $0 + $1.words.count } == 32)
    }

    /// A clerk edits these files: every line stays short enough to read (a CJK character counts two columns).
    @Test func dataLinesAreShort() throws {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/HuizongKnowledge/Data")
        for name in Knowledge.shippedFiles {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            for (i, line) in text.split(separator: "\n").enumerated() where !line.hasPrefix("#") {
                let width = line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
                #expect(width <= 100, "\(name):\(i + 1) is \(width) columns")
            }
        }
    }
}

@Suite struct LocalKnowledgeTests {
    func extend(_ text: String) throws(DataFileError) -> Knowledge {
        try Knowledge.shipped.extended(withText: text, file: "knowledge.yaml")
    }

    func error(_ text: String) -> DataFileError? {
        do { _ = try extend(text); return nil } catch { return error }
    }

    @Test func anUnknownKeyIsAnErrorWithItsLine() {
        let e = error("concepts:\n  理论学习:\n    wrods: [读报]\n")
        #expect(e?.line == 3)
        #expect(e?.message.contains("unknown key 'wrods'") == true)
        #expect(e?.description.hasPrefix("knowledge.yaml:3: ") == true)
        #expect(error("concept:\n  理论学习: {words: [读报]}\n")?.line == 1)
    }

    @Test func otherMistakesNameTheirLines() throws {
        #expect(error("concepts:\n  新概念: {broad: true}\n")?.message.contains("needs 'words'") == true)
        #expect(error("concepts:\n  党费:\n    words: [补交, 补交]\n")?.line == 3)
        #expect(error("activities:\n  支委会: {minimum: 6}\n")?.line == 2)
        #expect(error("ledger_columns:\n  note: [附注]\n")?.line == 1)
        #expect(error("aspect_sets:\n  x:\n    title: t\n    applies_to:\n      - years: [20x4]\n    aspects:\n      - {id: a, name: b}\n")?.line == 5)
        #expect(error("concepts:\n  党费: {words: [补交]}\n  党费: {words: [欠交]}\n")?.line == 3)
        #expect(error("concepts: [")?.line != nil)
        // alone: only on a modifier, and naming a concept of a topic.
        #expect(error("concepts:\n  党费:\n    alone: 廉洁\n")?.line == 3)
        #expect(error("concepts:\n  形式化:\n    alone: 落实不力\n")?.message.contains("'落实不力' is not a concept") == true)
        #expect(error("concepts:\n  形式化: {alone: 作风问题}\n")?.line == 2)
        #expect(try extend("concepts:\n  形式化: {alone: 工作作风}\n").concepts.first { $0.id == "形式化" }?.alone == "工作作风")
    }

    @Test func wordsJoinAConceptAndANewConceptComesLast() throws {
        let k = try extend("concepts:\n  党费: {words: [欠交, 补交]}\n  驻村工作: {words: [驻村工作, 驻村干部, 第一书记]}\n")
        let shipped = Knowledge.shipped
        let fee = try #require(k.concepts.first { $0.id == "党费" })
        #expect(fee.words == shipped.concepts.first { $0.id == "党费" }!.words + ["欠交"])
        #expect(k.concepts.dropLast().map(\.id) == shipped.concepts.map(\.id))
        #expect(k.concepts.last == Knowledge.Concept(id: "驻村工作", words: ["驻村工作", "驻村干部", "第一书记"]))
        #expect(k.localFiles == ["knowledge.yaml"])
    }

    @Test func aLocalAspectSetIsTriedFirstAndAReplacementKeepsItsYears() throws {
        let k = try extend("""
            aspect_sets:
              本党委2025:
                title: 本党委2025年度组织生活会
                applies_to:
                  - years: [2025]
                aspects:
                  - {id: a, name: 学习贯彻, keywords: [学习]}
              2024-jilv:
                aspects:
                  - {id: political, name: 政治纪律, taxonomy: 理论学习与政治建设}
            activities:
              支委会: {aliases: [支委例会]}
              读书会: {aliases: [读书会, 读书分享会]}
            """)
        #expect(k.aspectSet(forYear: 2025, kind: nil)?.id == "本党委2025")
        #expect(k.aspectSet(forYear: 2026, kind: nil)?.id == "2024-jilv")
        #expect(k.aspectSet(named: "2024-jilv")?.aspects.map(\.name) == ["政治纪律"])
        #expect(k.aspectSet(named: "2024-jilv")?.title == Knowledge.shipped.aspectSet(named: "2024-jilv")?.title)
        #expect(k.activityName(in: "召开支委例会") == "支委会")
        #expect(k.activityName(in: "读书分享会") == "读书会")
        #expect(k.regulationMinimums.count == 6)
    }

    /// A title naming a campaign picks its set: the longest campaign word wins, the set listed first on a tie
    /// (不忘初心、牢记使命主题教育 is 2019's, not 2023's 主题教育); a committee may name its own campaign.
    @Test func aCampaignNamedInATitlePicksItsSet() throws {
        let shipped = Knowledge.shipped
        #expect(shipped.campaignSet(named: "“不忘初心、牢记使命”主题教育专题组织生活会")?.singleYear == 2019)
        #expect(shipped.campaignSet(named: "主题教育专题组织生活会检视剖析材料")?.singleYear == 2023)
        #expect(shipped.campaignSet(named: "党史学习教育专题组织生活会")?.singleYear == 2021)
        #expect(shipped.campaignSet(named: "2024年度组织生活会") == nil)
        let k = try extend("""
            aspect_sets:
              本党委专题:
                title: 本党委专题组织生活会
                campaign: [作风建设年]
                applies_to:
                  - years: [2022]
                aspects:
                  - {id: a, name: 作风建设}
            """)
        #expect(k.campaignSet(named: "作风建设年专题组织生活会")?.id == "本党委专题")
        #expect(error("aspect_sets:\n  x:\n    title: t\n    campaign: 不是列表\n    aspects:\n      - {id: a, name: b}\n") != nil)
    }

    @Test func yearsAreSingleOpenOrClosed() throws {
        func years(_ y: String) throws -> [ClosedRange<Int>]? {
            try extend("aspect_sets:\n  x:\n    title: t\n    applies_to:\n      - years: [\(y)]\n    aspects:\n      - {id: a, name: b}\n")
                .aspectSet(named: "x")?.appliesTo.first?.years
        }
        #expect(try years("2025") == [2025...2025])
        #expect(try years("2018-2020, 2023") == [2018...2020, 2023...2023])
        #expect(try years("2030-")?.first?.contains(2099) == true)
        #expect(throws: DataFileError.self) { try years("2020-2018") }
    }
}

@Suite struct ReadingKnowledgeTests {
    @Test func everyReadingListIsShippedAndNamed() throws {
        let k = try Knowledge.loadShipped()
        for (key, path) in ReadingWords.fields {
            #expect(!k.reading[keyPath: path].isEmpty, "reading \(key) is empty")
        }
        #expect(k.reading.problemsHeadings.contains("存在的主要问题") || k.reading.problemsHeadings.contains("主要问题"))
        #expect(k.reading.ownerLabels.first == "责任人")
    }

    @Test func aCommitteeAddsHeadingWordingsAfterTheShippedOnes() throws {
        let k = try Knowledge.shipped.extended(withText: "reading:\n  problems_headings: [短板弱项盘点]\n", file: "knowledge.yaml")
        #expect(k.reading.problemsHeadings.last == "短板弱项盘点")
        #expect(k.reading.problemsHeadings.count == Knowledge.shipped.reading.problemsHeadings.count + 1)
    }

    @Test func anUnknownReadingListIsAnErrorWithItsLine() {
        do {
            _ = try Knowledge.shipped.extended(withText: "reading:\n  problem_headings: [盘点]\n", file: "knowledge.yaml")
            Issue.record("no error")
        } catch {
            #expect(error.line == 2)
            #expect(error.message.contains("problem_headings"))
        }
    }
}

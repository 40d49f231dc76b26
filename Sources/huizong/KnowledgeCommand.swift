import ArgumentParser
import Foundation
import HuizongDocument
import HuizongIngest
import HuizongKnowledge
import HuizongModel

struct KnowledgeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "knowledge",
        abstract: L("Print the knowledge in force (concepts, aspect sets by year, activities), or check a knowledge.yaml.", "列出正在使用的知识（概念、各年度的方面、活动及最低次数），或检查一个 knowledge.yaml。"),
        discussion: """
        With DIR, the shipped knowledge extended by DIR/knowledge.yaml (docs/knowledge.md).
        --check FILE: every mistake as FILE:LINE: message; exit 0 clean, 1 errors, 2 unusable invocation.
        Example:
          huizong knowledge samples/committee
          huizong knowledge --check samples/committee/knowledge.yaml
        """
    ) }
    @Argument(help: H("A committee folder whose knowledge.yaml extends the shipped knowledge.", "党委文件夹，其中的 knowledge.yaml 补充内置知识。")) var folder: String?
    @Option(help: H("Validate this knowledge file instead of printing.", "检查这个知识文件，而不是列出知识。")) var check: String?
    @Option(help: H("Message language: zh or en (default: from the locale).", "提示语言：zh 或 en（默认按系统语言）。")) var lang: String?

    func run() throws {
        let chinese = Language.chinese(override: lang)
        if let check {
            guard folder == nil else { throw fail("give either DIR or --check FILE, not both", ExitStatus.usage) }
            guard FileManager.default.isReadableFile(atPath: check) else { throw fail("no such file: \(check)", ExitStatus.usage) }
            do { _ = try Knowledge.shipped.extended(with: URL(fileURLWithPath: check)) } catch {
                print(error.description)
                throw ExitStatus.findings
            }
            print(chinese ? "\(check)：无误" : "\(check): no mistakes")
            return
        }
        var knowledge = Knowledge.shipped
        if let folder {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
                throw fail("not a folder: \(folder)", ExitStatus.usage)
            }
            for name in Ingest.knowledgeFiles {
                let url = URL(fileURLWithPath: folder).appendingPathComponent(name)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                do { knowledge = try knowledge.extended(with: url) } catch {
                    print(error.description)
                    throw ExitStatus.findings
                }
            }
        }
        print(Self.describe(knowledge, chinese: chinese), terminator: "")
    }

    static func describe(_ k: Knowledge, chinese: Bool) -> String {
        var out = (chinese ? "知识来源：随程序发布的数据" : "knowledge: shipped data")
            + k.localFiles.map { " + \($0)" }.joined() + "\n"
        let words = k.concepts.reduce(0) { $0 + $1.words.count }
        out += chinese ? "\n概念 \(k.concepts.count) 个，词 \(words) 个：\n" : "\nconcepts (\(k.concepts.count), \(words) words):\n"
        for c in k.concepts {
            var flags: [String] = []
            if c.modifier { flags.append(chinese ? "修饰" : "modifier") } else if c.broad { flags.append(chinese ? "宽泛" : "broad") }
            if let alone = c.alone { flags.append((chinese ? "单独出现时归入 " : "alone counts as ") + alone) }
            if !c.headWords.isEmpty { flags.append((chinese ? "宽泛词 " : "head words ") + c.headWords.joined(separator: "、")) }
            out += "  \(c.id)  \(c.words.count)" + (chinese ? " 个词" : " words") + (flags.isEmpty ? "" : "  (\(flags.joined(separator: "; ")))") + "\n"
        }
        out += chinese ? "\n对照方面（按年度）：\n" : "\naspect sets by year:\n"
        for s in k.aspectSets {
            let rules = s.appliesTo.map { r in
                let years = r.years.map { $0.lowerBound == $0.upperBound ? "\($0.lowerBound)" : $0.upperBound >= 2200 ? "\($0.lowerBound)-" : "\($0.lowerBound)-\($0.upperBound)" }
                return years.joined(separator: ",") + (r.kinds.isEmpty ? "" : (chinese ? "（会议含“" : " (meeting kind with ") + r.kinds.joined(separator: "/") + (chinese ? "”）" : ")"))
            }
            let when = rules.isEmpty ? (chinese ? "仅在 committee.yaml 中指定时" : "only when committee.yaml names it") : rules.joined(separator: "; ")
            out += "  \(when)  \(s.id)  \(s.title)  " + (chinese ? "\(s.aspects.count) 个方面" : "\(s.aspects.count) aspects") + "\n"
        }
        out += chinese ? "\n活动 \(k.activities.count) 项：\n" : "\nactivities (\(k.activities.count)):\n"
        for a in k.activities {
            let minimum = a.minimum.map { chinese ? "  条例每年不少于 \($0) \(a.unit)" : "  条例 minimum \($0) \(a.unit) a year" } ?? ""
            out += "  \(a.name)\(minimum)  (\(a.aliases.joined(separator: "、")))\n"
        }
        out += chinese ? "\n台账列名 \(k.ledgerColumns.count) 列，整改状态用语 \(k.statusWords.reduce(0) { $0 + $1.words.count }) 个\n"
                       : "\nledger columns: \(k.ledgerColumns.count); status words: \(k.statusWords.reduce(0) { $0 + $1.words.count })\n"
        return out
    }
}

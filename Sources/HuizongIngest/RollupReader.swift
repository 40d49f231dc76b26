import Foundation
import HuizongModel

/// A committee's summary.json read as the branch reports it summarises, so a higher committee runs the same
/// analysis one level up without the original files. Branches are named "委员会·党支部".
enum RollupReader {
    static func isSummary(_ data: Data) -> Bool {
        guard data.count < 200_000_000 else { return false }
        // Decoded leniently: 400 bytes often end inside a Chinese character, and a strict decode then fails.
        let head = String(decoding: data.prefix(400), as: UTF8.self)
        return head.contains("\"committee\"") && head.contains("\"as_of\"")
    }

    static func read(_ data: Data, file: String) -> [BranchReport] {
        let fileLoc = SourceLocation(file: file, .file)
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            var r = BranchReport(source: file, kind: .canonical)
            r.diagnostics.append(Diagnostic(.error, "canonical-syntax", zh: "summary.json 无法解析", en: "summary.json cannot be read", at: fileLoc))
            return [r]
        }
        let committee = root["committee"] as? String ?? "党委"
        let year = root["year"] as? Int
        func name(_ branch: String) -> String { committee + "·" + branch }
        var reports: [String: BranchReport] = [:]
        var order: [String] = []
        func report(_ branch: String) -> BranchReport {
            if let r = reports[branch] { return r }
            var r = BranchReport(source: file, kind: .canonical)
            r.branch = name(branch)
            r.year = year
            order.append(branch)
            return r
        }
        for b in root["branches"] as? [[String: Any]] ?? [] {
            guard let n = b["name"] as? String else { continue }
            var r = report(n)
            r.members = b["members"] as? Int
            for (k, v) in (b["stats"] as? [String: Any] ?? [:]).sorted(by: { $0.key < $1.key }) { r.stats.append((k, v as? Int)) }
            reports[n] = r
        }
        for g in root["problem_groups"] as? [[String: Any]] ?? [] {
            for st in g["statements"] as? [[String: Any]] ?? [] {
                guard let b = st["branch"] as? String, let text = st["text"] as? String else { continue }
                var r = report(b)
                let s = Statement(headline: text, detail: "", location: SourceLocation(file: st["location"] as? String ?? file, .file))
                let aspect = st["aspect"] as? String ?? "（未分方面）"
                if let i = r.aspects.firstIndex(where: { $0.title == aspect }) { r.aspects[i].problems.append(s) }
                else { r.aspects.append(Aspect(title: aspect, matched: nil, problems: [s], location: fileLoc)) }
                reports[b] = r
            }
        }
        for g in root["cause_groups"] as? [[String: Any]] ?? [] {
            for st in g["statements"] as? [[String: Any]] ?? [] {
                guard let b = st["branch"] as? String, let text = st["text"] as? String else { continue }
                var r = report(b)
                r.causes.append(Statement(headline: text, detail: "", location: SourceLocation(file: st["location"] as? String ?? file, .file)))
                reports[b] = r
            }
        }
        for m in root["measures"] as? [[String: Any]] ?? [] {
            guard let b = m["branch"] as? String, let h = m["headline"] as? String else { continue }
            var r = report(b)
            var measure = Measure(headline: h, detail: m["detail"] as? String ?? "", owner: m["owner"] as? String, branch: name(b),
                                  location: SourceLocation(file: m["location"] as? String ?? file, .file))
            if let d = m["deadline"] as? String { measure.deadline = d == "ongoing" ? .ongoing : Day.parseISO(d).map(Deadline.date) }
            measure.status = (m["status"] as? String).flatMap(RectificationStatus.init(rawValue:))
            measure.statusText = m["status_text"] as? String
            r.measures.append(measure)
            reports[b] = r
        }
        return order.compactMap { key -> BranchReport? in
            guard var r = reports[key] else { return nil }
            r.emitted = ItemCounts(problems: r.problems.count, causes: r.causes.count, measures: r.measures.count)
            let n = r.emitted.problems + r.emitted.causes + r.emitted.measures
            r.paragraphsRead = n
            r.paragraphsPlaced = n
            return r
        }
    }
}

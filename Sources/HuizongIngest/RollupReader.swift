import Foundation
import HuizongModel

/// A committee's summary.json read as the branch reports it summarises, so a higher committee runs the same
/// analysis one level up without the original files. Branches are named "委员会·党支部".
enum RollupReader {
    /// The reports a summary.json holds, or nil when the file is not one (it is then read as a canonical report).
    /// A file is a summary when it decodes as `SummaryFile`; one that has a summary's keys but not its shape is
    /// an error that says where, never a canonical report of nothing.
    static func read(_ data: Data, file: String) -> [BranchReport]? {
        guard data.count < 200_000_000 else { return nil }
        do {
            return reports(try SummaryFile.decode(data), file: file)
        } catch let error as DecodingError where hasSummaryKeys(data) {
            var r = BranchReport(source: file, kind: .canonical)
            let at = Self.describe(error)
            r.diagnostics.append(Diagnostic(.canonicalSyntax, zh: "summary.json 的内容不符合格式：\(at)",
                                            en: "summary.json does not have the documented shape: \(at)", at: SourceLocation(file: file, .file)))
            return [r]
        } catch {
            return nil
        }
    }

    static func hasSummaryKeys(_ data: Data) -> Bool {
        guard let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { return false }
        return root["schema_version"] != nil || (root["committee"] != nil && root["as_of"] != nil)
    }

    static func describe(_ error: DecodingError) -> String {
        let (path, what): ([CodingKey], String)
        switch error {
        case let .keyNotFound(key, c): (path, what) = (c.codingPath + [key], "missing")
        case let .typeMismatch(_, c), let .valueNotFound(_, c): (path, what) = (c.codingPath, "wrong type")
        case let .dataCorrupted(c): (path, what) = (c.codingPath, "unreadable")
        @unknown default: (path, what) = ([], "unreadable")
        }
        let shown = path.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
        return (shown.isEmpty ? "(top)" : String(shown.drop { $0 == "." })) + " " + what
    }

    static func reports(_ summary: SummaryFile, file: String) -> [BranchReport] {
        let fileLoc = SourceLocation(file: file, .file)
        func name(_ branch: String) -> String { summary.committee + "·" + branch }
        func location(_ shown: String) -> SourceLocation { SourceLocation(file: shown.isEmpty ? file : shown, .file) }
        var reports: [String: BranchReport] = [:]
        var order: [String] = []
        func report(_ branch: String) -> BranchReport {
            if let r = reports[branch] { return r }
            var r = BranchReport(source: file, kind: .canonical)
            r.branch = name(branch)
            r.year = summary.year
            order.append(branch)
            return r
        }
        for b in summary.branches {
            var r = report(b.name)
            r.members = b.members
            for (k, v) in b.stats.pairs.sorted(by: { $0.key < $1.key }) { r.stats.append((k, v)) }
            reports[b.name] = r
        }
        for g in summary.problemGroups {
            for st in g.statements {
                var r = report(st.branch)
                let s = Statement(headline: st.text, detail: "", location: location(st.location))
                let aspect = st.aspect ?? "（未分方面）"
                if let i = r.aspects.firstIndex(where: { $0.title == aspect }) { r.aspects[i].problems.append(s) }
                else { r.aspects.append(Aspect(title: aspect, matched: nil, problems: [s], location: fileLoc)) }
                reports[st.branch] = r
            }
        }
        for g in summary.causeGroups {
            for st in g.statements {
                var r = report(st.branch)
                r.causes.append(Statement(headline: st.text, detail: "", location: location(st.location)))
                reports[st.branch] = r
            }
        }
        for m in summary.measures {
            var r = report(m.branch)
            var measure = Measure(headline: m.headline, detail: m.detail, owner: m.owner, branch: name(m.branch), location: location(m.location))
            if let d = m.deadline { measure.deadline = d == "ongoing" ? .ongoing : Day.parseISO(d).map(Deadline.date) }
            measure.status = m.status.flatMap(RectificationStatus.init(rawValue:))
            measure.statusText = m.statusText
            r.measures.append(measure)
            reports[m.branch] = r
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

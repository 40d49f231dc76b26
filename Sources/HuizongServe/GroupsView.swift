import Foundation
import HuizongAnalysis
import HuizongIngest
import HuizongModel

/// 共性问题: every group with its statements, the pinned (confirmed) ones apart from those found anew.
enum GroupsView {
    static func value(_ s: FolderState, paths: FolderPath) -> JSONValue {
        .object([
            ("groups", .array(s.summary.problemGroups.map { g in
                .object([("label", .string(g.label)), ("pinned", .bool(g.pinned)), ("branches", .int(g.branches.count)),
                         ("keywords", .array(g.keywords.map(JSONValue.string))),
                         ("statements", .array(g.members.map { statement($0, paths: paths) }))])
            })),
            ("settings_errors", .array(s.settingsErrors.map { .string($0.zh) })),
        ])
    }

    static func statement(_ m: GroupInput, paths: FolderPath) -> JSONValue {
        .object([("id", .string(id(m, paths: paths))), ("branch", .string(m.branch)), ("text", .string(m.text)),
                 ("location", .string(location(m, paths: paths)))])
    }

    /// The statement's place, relative to the folder: what the page sends back to name it.
    static func id(_ m: GroupInput, paths: FolderPath) -> String { location(m, paths: paths) }

    static func location(_ m: GroupInput, paths: FolderPath) -> String {
        let root = paths.root.path + "/"
        return m.location.hasPrefix(root) ? String(m.location.dropFirst(root.count)) : m.location
    }
}

/// Why a groups edit was not saved; groups.yaml is left as it was.
public struct GroupEditError: Error, Sendable, Equatable {
    public var message: String
    init(_ message: String) { self.message = message }
}

/// An edit of the 共性问题 page, turned into groups.yaml's pins. A pin takes every statement containing one
/// of its words, the first pin first; a statement is pinned by its own first clause, which it always contains.
public struct GroupEdit: Sendable {
    public enum Op: Sendable {
        case rename(group: String, to: String)
        case move(statement: String, to: String)
        case merge(groups: [String], into: String)
        case split(group: String, statements: [String], as: String)
    }

    var pins: [GroupPin]
    let groups: [StatementGroup]
    let paths: FolderPath

    /// The pins after the edit; what cannot be done is an error with its reason.
    func applying(_ op: Op) throws(GroupEditError) -> [GroupPin] {
        switch op {
        case let .rename(group, to):
            let g = try find(group)
            let name = try newLabel(to, except: group)
            return replacing([group], with: GroupPin(label: name, words: words(of: g)))
        case let .move(statement, to):
            let (member, from) = try findStatement(statement)
            let target = try find(to)
            guard from.label != target.label else { throw GroupEditError("该问题已在“\(to)”中") }
            let word = Self.word(member)
            var out = pins.compactMap { removing(word, from: $0) }
            let pin = GroupPin(label: target.label, words: Self.unique(words(of: target) + [word]))
            // Before every other pin, so no shorter word of another takes the statement first.
            out.removeAll { $0.label == target.label }
            out.insert(pin, at: 0)
            return out
        case let .merge(names, into):
            guard Set(names).count >= 2 else { throw GroupEditError("合并需要选择至少两类") }
            let gs = try names.map { n throws(GroupEditError) in try find(n) }
            let name = try newLabel(into, except: names)
            return replacing(names, with: GroupPin(label: name, words: Self.unique(gs.flatMap(words(of:)))))
        case let .split(group, ids, name):
            let g = try find(group)
            guard !ids.isEmpty else { throw GroupEditError("拆分需要选择至少一个问题") }
            let chosen = try ids.map { id throws(GroupEditError) in try findStatement(id) }
            guard chosen.allSatisfy({ $0.1.label == g.label }) else { throw GroupEditError("所选问题不都在“\(group)”中") }
            guard chosen.count < g.members.count else { throw GroupEditError("不能把全部问题拆出：请改用重命名") }
            let label = try newLabel(name, except: [])
            let words = Self.unique(chosen.map { Self.word($0.0) })
            var out = pins.compactMap { p in without(words, from: p) }
            out.insert(GroupPin(label: label, words: words), at: 0)
            return out
        }
    }

    func find(_ label: String) throws(GroupEditError) -> StatementGroup {
        guard let g = groups.first(where: { $0.label == label }) else { throw GroupEditError("没有名为“\(label)”的一类（页面可能已过期，请刷新）") }
        return g
    }

    func findStatement(_ id: String) throws(GroupEditError) -> (GroupInput, StatementGroup) {
        for g in groups { if let m = g.members.first(where: { GroupsView.id($0, paths: paths) == id }) { return (m, g) } }
        throw GroupEditError("找不到该问题（\(id)），页面可能已过期，请刷新")
    }

    /// A label: not empty, one line, not long, not another group's.
    func newLabel(_ raw: String, except: [String]) throws(GroupEditError) -> String {
        let label = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !label.isEmpty else { throw GroupEditError("名称不能为空") }
        guard label.count <= 60, !label.contains(where: \.isNewline) else { throw GroupEditError("名称须为一行，不超过 60 字") }
        let others = Set(groups.map(\.label) + pins.map(\.label)).subtracting(except)
        guard !others.contains(label) else { throw GroupEditError("已有名为“\(label)”的一类：要合在一起请用“合并”") }
        return label
    }

    func newLabel(_ raw: String, except one: String) throws(GroupEditError) -> String { try newLabel(raw, except: [one]) }

    /// The words that keep a group's statements together: its pin's, else each member's first clause.
    func words(of g: StatementGroup) -> [String] {
        if g.pinned, let p = pins.first(where: { $0.label == g.label }) { return p.words }
        return Self.unique(g.members.map(Self.word))
    }

    /// The pins with those of `labels` replaced by `pin`, where the first of them stood (else first of all).
    func replacing(_ labels: [String], with pin: GroupPin) -> [GroupPin] {
        let at = pins.firstIndex { labels.contains($0.label) } ?? 0
        var out = pins
        out.removeAll { labels.contains($0.label) }
        out.insert(pin, at: min(at, out.count))
        return out
    }

    func without(_ words: [String], from pin: GroupPin) -> GroupPin? {
        var p = pin
        p.words.removeAll { words.contains($0) }
        return p.words.isEmpty ? nil : p
    }

    func removing(_ word: String, from pin: GroupPin) -> GroupPin? {
        var p = pin
        p.words.removeAll { $0 == word }
        return p.words.isEmpty ? nil : p
    }

    static func word(_ m: GroupInput) -> String {
        let core = Grouper.core(m.text).trimmingCharacters(in: .whitespacesAndNewlines)
        return core.isEmpty ? m.text.trimmingCharacters(in: .whitespacesAndNewlines) : core
    }

    static func unique(_ words: [String]) -> [String] {
        var seen: Set<String> = []
        return words.filter { !$0.isEmpty && seen.insert($0).inserted }
    }
}

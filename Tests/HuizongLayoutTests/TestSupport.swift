import Foundation
import HuizongTestSupport
import HuizongDocument
import HuizongLayout

enum Repo {
    static let root = TestSupport.root
    static func layout(_ name: String) throws -> LayoutSpec {
        try LayoutSpecReader.read(contentsOf: root.appendingPathComponent("Layouts/\(name).yaml"))
    }
}

extension LaidOutDocument {
    /// Text lines per page, for structural assertions.
    func lines(onPage i: Int, style: StyleName? = nil) -> [String] {
        pages[i].items.flatMap { item -> [String] in
            guard case let .text(t) = item, style == nil || t.style == style else { return [] }
            return t.lines.map { t.text(ofLine: $0) }
        }
    }
}

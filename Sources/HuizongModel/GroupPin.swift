/// A group the clerk named in groups.yaml: any statement containing one of its words goes into it.
public struct GroupPin: Sendable, Equatable {
    public var label: String
    public var words: [String]
    public var line: Int?
    public init(label: String, words: [String], line: Int? = nil) {
        self.label = label
        self.words = words
        self.line = line
    }
}

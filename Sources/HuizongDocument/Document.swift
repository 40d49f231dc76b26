/// A format-neutral document: what is said, never how it is placed on a page.
/// It knows nothing of party reports; `HuizongCompose` builds it, `HuizongLayout` places it.
public struct Document: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    public var author: String?
    public var subject: String?
    /// Printed date line, as written (e.g. "2022年1月10日").
    public var date: String?
    /// Lines printed under the title (e.g. a recipient line); kept as given.
    public var blocks: [Block]

    public init(title: String, subtitle: String? = nil, author: String? = nil, subject: String? = nil,
                date: String? = nil, blocks: [Block]) {
        self.title = title
        self.subtitle = subtitle
        self.author = author
        self.subject = subject
        self.date = date
        self.blocks = blocks
    }
}

public indirect enum Block: Sendable, Equatable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(Table)
    case chart(Chart)
    case caption(String)
    case pageBreak
    case contents
    /// Right-aligned closing lines (issuer and date).
    case signature([String])
    case attachment(Attachment)
}

public struct Heading: Sendable, Equatable {
    /// 1…4, numbered 一、 （一） 1. （1） by default.
    public var level: Int
    public var text: String
    /// An explicit number ("三、") replaces the automatic one; "" means unnumbered.
    public var number: String?
    /// Whether the heading is listed in the contents and the bookmarks.
    public var inContents: Bool

    public init(level: Int, text: String, number: String? = nil, inContents: Bool = true) {
        self.level = level
        self.text = text
        self.number = number
        self.inContents = inContents
    }
}

public struct Span: Sendable, Hashable {
    public enum Emphasis: String, Sendable, Hashable { case none, bold, leadIn = "lead_in" }
    public var text: String
    public var emphasis: Emphasis
    public init(_ text: String, _ emphasis: Emphasis = .none) {
        self.text = text
        self.emphasis = emphasis
    }
}

public struct Paragraph: Sendable, Equatable {
    public enum Alignment: String, Sendable, Hashable { case justified, left, center, right }
    public var spans: [Span]
    public var alignment: Alignment
    /// First-line indent in characters; nil takes the layout's default (2 for body text).
    public var indent: Double?

    public init(_ spans: [Span], alignment: Alignment = .justified, indent: Double? = nil) {
        self.spans = spans
        self.alignment = alignment
        self.indent = indent
    }
    public init(text: String) { self.init(InlineMarkup.parse(text)) }

    public var plainText: String { spans.map(\.text).joined() }
}

public struct ListBlock: Sendable, Equatable {
    public enum Style: String, Sendable, Equatable {
        /// 一是……二是…… run-in inside one paragraph per item.
        case runIn = "run_in"
        /// 1. 2. 3.
        case numbered
        /// （1）（2）
        case parenthesized
        case bullet
    }
    public var style: Style
    public var items: [[Span]]
    public init(style: Style, items: [[Span]]) {
        self.style = style
        self.items = items
    }
}

public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public enum Alignment: String, Sendable, Equatable { case auto, left, center, right }
        public var title: String
        public var alignment: Alignment
        /// Relative width; nil lets the layout size the column from its content.
        public var width: Double?
        public init(_ title: String, alignment: Alignment = .auto, width: Double? = nil) {
            self.title = title
            self.alignment = alignment
            self.width = width
        }
    }
    public struct Row: Sendable, Equatable {
        /// Rows are styled by what they are, never by their index, so a split table keeps its look.
        public enum Role: String, Sendable, Equatable { case body, total, emphasis }
        public var cells: [String]
        public var role: Role
        public init(_ cells: [String], role: Role = .body) {
            self.cells = cells
            self.role = role
        }
    }
    public var caption: String?
    public var columns: [Column]
    public var rows: [Row]
    /// Wide tables ask for a landscape page of the current layout.
    public var landscape: Bool
    public var note: String?

    public init(caption: String? = nil, columns: [Column], rows: [Row], landscape: Bool = false, note: String? = nil) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.landscape = landscape
        self.note = note
    }
}

public struct Chart: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case horizontalBar = "hbar", verticalBar = "vbar", stackedBar = "stacked", line
    }
    public struct Series: Sendable, Equatable {
        public var name: String
        public var values: [Double]
        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }
    public var kind: Kind
    public var title: String?
    public var categories: [String]
    public var series: [Series]
    public var unit: String?

    public init(kind: Kind, title: String? = nil, categories: [String], series: [Series], unit: String? = nil) {
        self.kind = kind
        self.title = title
        self.categories = categories
        self.series = series
        self.unit = unit
    }
}

public struct Attachment: Sendable, Equatable {
    /// nil numbers attachments 附件1, 附件2 … in order.
    public var number: Int?
    public var title: String
    public var blocks: [Block]
    public var landscape: Bool
    public init(number: Int? = nil, title: String, blocks: [Block], landscape: Bool = false) {
        self.number = number
        self.title = title
        self.blocks = blocks
        self.landscape = landscape
    }
}

/// `**bold**` inside a string, the one inline markup the data format allows.
public enum InlineMarkup {
    public static func parse(_ text: String) -> [Span] {
        guard text.contains("**") else { return [Span(text)] }
        var spans: [Span] = []
        var bold = false
        for (i, part) in text.components(separatedBy: "**").enumerated() {
            if i > 0 { bold.toggle() }
            if !part.isEmpty { spans.append(Span(part, bold ? .bold : .none)) }
        }
        return spans
    }
}

import HuizongDocument
@testable import HuizongLayout

/// Every character is one em (plus letter spacing) wide, ASCII half an em: pagination can be tested without Pango.
final class FakeShaped: ShapedText, @unchecked Sendable {
    let lineTexts: [String]
    let widths: [Double]
    let offsets: [Double]
    init(lines: [String], widths: [Double], offsets: [Double]) {
        lineTexts = lines
        self.widths = widths
        self.offsets = offsets
    }
    var lineCount: Int { lineTexts.count }
    func text(ofLine i: Int) -> String { lineTexts[i] }
    func xOffset(ofLine i: Int) -> Double { offsets[i] }
    var width: Double { widths.max() ?? 0 }
}

struct FakeShaper: TextShaper {
    static func advance(_ c: Character, _ style: TextStyle) -> Double {
        (c.isASCII ? style.size / 2 : style.size) + style.letterSpacing
    }

    func shape(_ request: ShapeRequest) -> ShapedText {
        let text = request.spans.map(\.text).joined()
        var lines: [String] = []
        var widths: [Double] = []
        var current = ""
        var w = request.indent
        let limit = request.width > 0 ? request.width + 0.01 : .infinity
        for c in text {
            let a = Self.advance(c, request.style)
            if w + a > limit, !current.isEmpty {
                lines.append(current)
                widths.append(w)
                current = ""
                w = 0
            }
            current.append(c)
            w += a
        }
        if !current.isEmpty || lines.isEmpty {
            lines.append(current)
            widths.append(w)
        }
        let offsets = widths.enumerated().map { i, lw -> Double in
            let indent = i == 0 ? request.indent : 0
            switch request.alignment {
            case .center: return (request.width - lw) / 2 + indent
            case .right: return request.width - lw
            default: return indent
            }
        }
        return FakeShaped(lines: lines, widths: widths, offsets: offsets)
    }

    func naturalWidth(_ text: String, style: TextStyle) -> Double {
        text.reduce(0) { $0 + Self.advance($1, style) }
    }
}

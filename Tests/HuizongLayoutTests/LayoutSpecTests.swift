import Foundation
import HuizongDocument
import Testing
@testable import HuizongLayout

@Suite struct LayoutSpecTests {
    @Test func gbt9704CarriesTheStandardNumbers() throws {
        let spec = try Repo.layout("gbt9704")
        let mm = Length.pointsPerMillimetre
        #expect(abs(spec.marginTop - 37 * mm) < 0.01)
        #expect(abs(spec.marginBottom - 35 * mm) < 0.01)
        #expect(abs(spec.marginLeft - 28 * mm) < 0.01)
        #expect(abs(spec.marginRight - 26 * mm) < 0.01)
        #expect(abs(spec.blockWidth - 156 * mm) < 0.01)
        #expect(abs(spec.blockHeight - 225 * mm) < 0.01)
        let body = spec.style(.body)
        #expect(body.size == 16)
        #expect(abs(body.linePitch * 22 - spec.blockHeight) < 0.01)
        #expect(abs((body.size + body.letterSpacing) * 28 - spec.blockWidth) < 0.01)
        #expect(abs(body.indent - 2 * (body.size + body.letterSpacing)) < 0.01)
        #expect(spec.style(.title).size == 22)
        #expect(spec.style(.pageNumber).size == 14)
        #expect(spec.fonts[spec.style(.heading1).font]?.family == "HZ Work Hei")
        #expect(spec.fonts[spec.style(.heading2).font]?.family == "HZ Work Kai")
        #expect(spec.pageNumber.format == "— {n} —")
    }

    @Test func everyShippedLayoutReads() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Repo.root.appendingPathComponent("Layouts").path)
            .filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 3)
        for f in files {
            let spec = try LayoutSpecReader.read(contentsOf: Repo.root.appendingPathComponent("Layouts/\(f)"))
            #expect(spec.blockWidth > 200, "\(f)")
        }
    }

    @Test func sizesInHaoPointsAndMillimetres() {
        #expect(Length.parse("三号") == .points(16))
        #expect(Length.parse("小四") == .points(12))
        #expect(Length.parse("12pt") == .points(12))
        #expect(Length.parse("2 chars") == .chars(2))
        #expect(Length.parse("1 line") == .lines(1))
        #expect(Length.parse("banana") == nil)
        if case let .points(p)? = Length.parse("25.4mm") { #expect(abs(p - 72) < 1e-9) } else { Issue.record("mm") }
    }

    static let minimal = """
    version: 1
    fonts:
      body: Serif
    styles:
      body: {font: body, size: 12pt}

    """

    @Test(arguments: [
        ("styles:\n  body: {font: nope, size: 12pt}\n", 2, "no font role 'nope'"),
        ("margins: {top: 37 mm, left: lots}\n", 1, "left margin"),
        ("grid: {lines: 500}\n", 1, "grid lines must be"),
        ("styles:\n  body: {font: body, size: huge}\n", 2, "size"),
        ("styles:\n  body: {font: body}\n  bogus: {size: 12pt}\n", 3, "unknown style 'bogus'"),
        ("page_number: {format: \"page\"}\n", 1, "{n}"),
        ("colour: red\n", 1, "unknown key 'colour'"),
        ("fonts: [a, b\n", 2, "not valid YAML"),
    ])
    func mistakesNameTheirLine(_ snippet: String, _ line: Int, _ words: String) {
        // The snippet's keys replace the minimal layout's where they overlap.
        var text = Self.minimal
        if snippet.hasPrefix("styles:") { text = "version: 1\nfonts:\n  body: Serif\n" } else if snippet.hasPrefix("fonts:") { text = "version: 1\n" }
        let offset = text.split(separator: "\n", omittingEmptySubsequences: false).count - 1
        text += snippet
        do {
            _ = try LayoutSpecReader.read(text, file: "bad.yaml")
            Issue.record("expected an error for \(snippet)")
        } catch {
            #expect(error.file == "bad.yaml")
            #expect(error.line == line + offset, "\(error)")
            #expect(error.message.contains(words), "\(error)")
        }
    }
}

@Suite struct TitleBreakWordsTests {
    @Test func theShippedLayoutsListTheStandardBreaksAndAMistakeNamesItsLine() throws {
        for name in ["gbt9704", "handout", "gbt9704-landscape"] {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .appendingPathComponent("Layouts/\(name).yaml")
            #expect(try LayoutSpecReader.read(contentsOf: url).titleBreakAfter == LayoutSpec.standardTitleBreaks)
        }
        let text = "fonts: {a: X}\nstyles:\n  body: {font: a}\ntitle_break_after: [年度, {x: 1}]\n"
        #expect(throws: DataFileError.self) { try LayoutSpecReader.read(text) }
        do { _ = try LayoutSpecReader.read(text) } catch { #expect(error.line == 4) }
        #expect(try LayoutSpecReader.read("fonts: {a: X}\nstyles:\n  body: {font: a}\ntitle_break_after: [汇总]\n").titleBreakAfter == ["汇总"])
    }
}

import Foundation
import HuizongDocument
import HuizongLayout
import Testing
@testable import HuizongRender

/// Renders with the real fonts and checks the PDF with poppler and qpdf.
@Suite(.serialized) struct RenderTests {
    static let demo = Repo.root.appendingPathComponent("samples/documents/demo.yaml")

    func render(_ doc: Document, layout: String = "gbt9704", name: String = "t.pdf") throws -> (URL, LaidOutDocument) {
        let typesetter = try Typesetter(spec: try Repo.layout(layout), fontDirectory: Repo.fonts)
        let url = temporaryDirectory().appendingPathComponent(name)
        let laid = try typesetter.render(doc, to: url, date: "2026-01-15T00:00:00")
        return (url, laid)
    }

    @Test func textComesBackAndFontsAreEmbedded() throws {
        let doc = try DocumentReader.read(contentsOf: Self.demo)
        let (url, laid) = try render(doc)
        let text = try run("pdftotext", [url.path, "-"]).text
        let compact = text.filter { !$0.isWhitespace }
        #expect(compact.contains("某某机关党委2025年度组织生活会情况汇总"))
        #expect(compact.contains("刘镕、王堃、李喆等同志"))
        #expect(compact.contains("一是理论学习不够深入，学用结合不够紧密。"))
        #expect(compact.contains("附件1"))
        for n in 1...laid.pages.count { #expect(compact.contains("—\(n)—"), "page number \(n)") }
        // Every row of the long table, once.
        #expect(compact.components(separatedBy: "机关第一党支部").count - 1 >= 2)

        let fonts = try run("pdffonts", [url.path]).text.split(separator: "\n").dropFirst(2)
        #expect(fonts.count >= 5)
        for line in fonts {
            let cols = line.split(separator: " ", omittingEmptySubsequences: true)
            // name type encoding emb sub uni …: emb and uni must be yes.
            #expect(cols.count >= 7 && cols[cols.count - 5] == "yes" && cols[cols.count - 3] == "yes", "\(line)")
        }
        let check = try run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.text)\(check.stderr)")
        let info = try run("pdfinfo", [url.path]).text
        #expect(info.contains("Title:           某某机关党委2025年度组织生活会情况汇总报告"))
        #expect(info.contains("Author:          某某机关党委"))
        #expect(info.contains("Creator:         huizong"))
        #expect(info.contains("Tagged:          yes"))
    }

    @Test func twoRunsAreByteIdentical() throws {
        let doc = try DocumentReader.read(contentsOf: Self.demo)
        let (a, _) = try render(doc, name: "a.pdf")
        let (b, _) = try render(doc, name: "b.pdf")
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func bookmarksAndContentsLinks() throws {
        let doc = try DocumentReader.read(contentsOf: Self.demo)
        let (url, laid) = try render(doc)
        #expect(laid.outline.map(\.title).contains("一、基本情况"))
        #expect(laid.outline.map(\.title).contains("附件1　各党支部基本情况统计表"))
        let qdf = try run("qpdf", ["--qdf", "--object-streams=disable", url.path, "-"])
        let raw = String(decoding: qdf.stdout, as: UTF8.self)
        #expect(raw.contains("/Outlines"))
        #expect(raw.components(separatedBy: "/Subtype /Link").count - 1 >= 6)
    }

    /// The 22 × 28 grid, measured from glyph positions in the PDF.
    @Test func aFullPageIsTwentyTwoLinesOfTwentyEightCharacters() throws {
        let sentence = "各党支部认真对照检查，逐条查摆问题，深入剖析根源，明确整改措施和完成时限，确保问题见底、措施管用、整改到位"
        let text = String(repeating: sentence, count: 30)
        let doc = Document(title: "网格", blocks: [.paragraph(Paragraph([Span(text)], indent: 0))])
        let (url, _) = try render(doc)
        let xml = try run("pdftotext", ["-f", "2", "-l", "2", "-bbox-layout", url.path, "-"]).text
        // Each <line> of body text: count the characters of its words.
        var lines: [(y: Double, chars: Int)] = []
        var edges: [(Double, Double)] = []
        for block in xml.components(separatedBy: "<line ").dropFirst() {
            let yMin = Double(block.slice(from: "yMin=\"", to: "\"") ?? "") ?? 0
            let words = block.components(separatedBy: "<word ").dropFirst().compactMap { $0.slice(from: ">", to: "</word>") }
            let chars = words.joined().count
            let xMin = Double(block.slice(from: "xMin=\"", to: "\"") ?? "") ?? 0
            let xMax = Double(block.slice(from: "xMax=\"", to: "\"") ?? "") ?? 0
            // Text block only: the page number sits below 742 pt.
            if yMin < 742 { lines.append((yMin, chars)); edges.append((xMin, xMax)) }
        }
        #expect(lines.count == 22, "\(lines)")
        // Pango keeps a closing mark off the line start by carrying the character before it over, which
        // leaves that line at 27 characters stretched to the full measure; it never packs more than 28.
        let full = lines.filter { $0.chars == 28 }.count
        #expect(lines.allSatisfy { $0.chars == 28 || $0.chars == 27 }, "\(lines.map(\.chars))")
        #expect(full >= 15, "lines of exactly 28 characters: \(full) of \(lines.count): \(lines.map(\.chars))")
        // Every line is flush with both edges of the 156 mm block (mirrored margins: page 2 is even).
        let left = 26 * 72 / 25.4, right = left + 156 * 72 / 25.4
        for (a, b) in edges {
            #expect(abs(a - left) < 0.6, "left edge \(a)")
            #expect(abs(b - right) < 0.6, "right edge \(b)")
        }
        let ys = lines.map(\.y).sorted()
        let pitch = (ys.last! - ys.first!) / Double(ys.count - 1)
        #expect(abs(pitch - 225 * 72 / 25.4 / 22) < 0.35)
    }

    @Test func noLineStartsWithClosingPunctuation() throws {
        let doc = try DocumentReader.read(contentsOf: Self.demo)
        let seedLike = "支部班子注重加强理论学习，个别党员在思想上存在畏难情绪，被动接受学习多，主动学习少，存在“实用主义”思想——与业务工作关系密切的就学得多……关系不大的就学得不够深入。"
        var blocks = doc.blocks
        for k in 0..<40 { blocks.append(.paragraph(Paragraph(text: String(seedLike.dropFirst(k % 9))))) }
        let typesetter = try Typesetter(spec: try Repo.layout("gbt9704"), fontDirectory: Repo.fonts)
        let laid = typesetter.layout(Document(title: doc.title, blocks: blocks))
        let closing = Set("，。、；：？！）》”’」』】…·")
        let opening = Set("（《“‘「『【")
        var checked = 0
        for page in laid.pages {
            for item in page.items {
                guard case let .text(t) = item, t.style == .body else { continue }
                for l in t.lines where l > 0 {
                    let line = t.text(ofLine: l)
                    checked += 1
                    #expect(!(line.first.map { closing.contains($0) } ?? false), "line starts with punctuation: \(line)")
                    let previous = t.text(ofLine: l - 1)
                    #expect(!(previous.last.map { opening.contains($0) } ?? false), "line ends with opening punctuation: \(previous)")
                    // —— and …… are never split across lines.
                    #expect(!(previous.hasSuffix("—") && line.hasPrefix("—")), "—— split: \(previous) | \(line)")
                    #expect(!(previous.hasSuffix("…") && line.hasPrefix("…")), "…… split: \(previous) | \(line)")
                }
            }
        }
        #expect(checked > 100)
    }

    /// The page frame carries values: each line's glyph runs name their font by file and size, so a frame can be
    /// dumped, compared and drawn without the shaper (the PDF is drawn from these alone).
    @Test func framesCarryGlyphRunsAsValues() throws {
        let typesetter = try Typesetter(spec: try Repo.layout("gbt9704"), fontDirectory: Repo.fonts)
        let laid = typesetter.layout(Document(title: "标题", blocks: [.paragraph(Paragraph(text: "刘镕同志整改到位\u{E000}。"))]))
        let lines = laid.pages.flatMap(\.items).compactMap { item -> TextLines? in
            if case let .text(t) = item, t.style == .body { return t } else { return nil }
        }
        let line = try #require(lines.first?.shown.first)
        #expect(line.text.hasPrefix("刘镕同志整改到位"))
        let files = line.runs.map { URL(fileURLWithPath: $0.font.file).lastPathComponent }
        // 镕 is outside the working face: its run comes from the fallback file.
        #expect(files.first == "HZWorkFang-Regular.ttf" && files.contains { $0.hasPrefix("NotoSerifCJK") })
        #expect(line.runs.allSatisfy { $0.size == 16 })
        #expect(line.runs.reduce(0) { $0 + $1.glyphs.count } == 9)
        #expect(line.runs.reduce(0) { $0 + $1.utf8.count } >= "刘镕同志整改到位。".utf8.count)
        // A character no font has is kept as a box where it stands.
        #expect(line.missing.count == 1)
        let dump = laid.glyphDump()
        #expect(dump.contains("HZWorkFang-Regular.ttf#0 16.0pt: ") && dump.contains("missing @"))
    }

    @Test func namesOutsideGB2312HaveAFace() throws {
        let spec = try Repo.layout("gbt9704")
        let library = try FontLibrary(directory: Repo.fonts)
        let names = "镕堃喆赟玥昇祎珺"
        for role in spec.fonts.values {
            let r = library.resolve(role, text: names + "党支部整改")
            #expect(r.familyFound.caseInsensitiveCompare(role.family) == .orderedSame)
            for (ch, fallback) in r.missing { #expect(fallback != nil, "\(role.name) has no face for \(ch)") }
        }
        // FandolFang lacks 镕, so the fallback must actually serve it.
        let fang = library.resolve(spec.fonts["fangsong"]!, text: "镕")
        #expect(fang.missing.first?.1 == "Noto Serif CJK SC")
    }

    @Test func aRoleThatResolvesElsewhereIsAnError() throws {
        var spec = try Repo.layout("gbt9704")
        spec.fonts["fangsong"]?.family = "仿宋_GB2312"
        do {
            _ = try Typesetter(spec: spec, fontDirectory: Repo.fonts)
            Issue.record("expected a font error")
        } catch {
            #expect(error.message.contains("fangsong"))
            #expect(error.message.contains("仿宋_GB2312"))
        }
    }

    @Test func aFailedWriteLeavesNoFile() throws {
        let doc = Document(title: "t", blocks: [.paragraph(Paragraph(text: "正文"))])
        let typesetter = try Typesetter(spec: try Repo.layout("gbt9704"), fontDirectory: Repo.fonts)
        // The folder exists and the PDF is written whole; only putting it in place fails (the name is a folder's),
        // so the clean-up of the finished temporary file is what is tested.
        let dir = temporaryDirectory()
        let url = dir.appendingPathComponent("x.pdf")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("occupied"), withIntermediateDirectories: true)
        #expect(throws: RenderError.self) { try typesetter.render(doc, to: url, date: "2026-01-01T00:00:00") }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["x.pdf"], "no temporary file is left")
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.path) == ["occupied"], "what was there is untouched")
    }

    /// Small reference images, compared with a tolerance; RECORD_SNAPSHOTS=1 re-records them.
    @Test(arguments: [("gbt9704", 3), ("gbt9704", 4), ("gbt9704", 9), ("handout", 1)])
    func pagesLookAsRecorded(_ layout: String, _ page: Int) throws {
        let doc = try DocumentReader.read(contentsOf: Self.demo)
        let (url, _) = try render(doc, layout: layout)
        let ppm = try run("pdftoppm", ["-r", "20", "-gray", "-f", "\(page)", "-l", "\(page)", url.path])
        let reference = Repo.root.appendingPathComponent("Tests/HuizongRenderTests/References/demo-\(layout)-p\(page).pgm")
        if Repo.record {
            try FileManager.default.createDirectory(at: reference.deletingLastPathComponent(), withIntermediateDirectories: true)
            try ppm.stdout.write(to: reference)
            return
        }
        // A missing reference is a failure: recording it here would pass whatever the page looks like.
        try #require(FileManager.default.fileExists(atPath: reference.path), "no reference \(reference.lastPathComponent); record with RECORD_SNAPSHOTS=1")
        guard let now = Graymap(ppm.stdout), let then = Graymap(try Data(contentsOf: reference)) else {
            Issue.record("cannot read the graymaps")
            return
        }
        #expect(now.difference(then) < 1.5, "page \(page) of \(layout) differs from its reference by \(now.difference(then))")
        // Every 8×8-pixel square (about 10 mm at 20 dpi) on its own: changed figures in a table fail (7.6–12).
        #expect(now.largestTileDifference(then) < 4, "a part of page \(page) of \(layout) differs by \(now.largestTileDifference(then))")
    }
}

extension String {
    func slice(from: String, to: String) -> String? {
        guard let a = range(of: from), let b = self[a.upperBound...].range(of: to) else { return nil }
        return String(self[a.upperBound..<b.lowerBound])
    }
}

import Foundation
import HuizongDocument
import HuizongDocx
import HuizongLayout
import HuizongRender
import HuizongTestSupport
import Testing

/// LibreOffice opens the samples' .docx and sets the same headings, captions and chart titles as huizong's own
/// PDF, on A4 pages with 28 characters a line, and landscape pages where the document turns. Skipped, with a
/// note, where soffice or pdftotext is not on PATH.
@Suite(.serialized) struct DocxWriterLibreOfficeTests {
    static var available: Bool {
        guard onPath("soffice"), onPath("pdftotext"), onPath("pdfinfo") else {
            print("note: soffice, pdftotext or pdfinfo is not on PATH: the LibreOffice check of the .docx is skipped")
            return false
        }
        return true
    }

    /// Headings (twice where the contents list them), attachment labels and titles, table captions, chart titles.
    static func landmarks(_ doc: Document) -> [(text: String, times: Int)] {
        var out: [(String, Int)] = []
        let entries = DocumentOutline(doc).entries
        var next = 0
        func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading:
                    if next < entries.count { out.append((entries[next].display, entries[next].inContents ? 2 : 1)) }
                    next += 1
                case let .table(t): if let c = t.caption { out.append((c, 1)) }
                case let .chart(c): if let t = c.title { out.append((t, 1)) }
                case let .caption(text): out.append((text, 1))
                case let .attachment(a):
                    if next < entries.count { out.append(("附件\(entries[next].attachmentNumber ?? 0)", 1)) }
                    next += 1
                    out.append((a.title, 1))
                    walk(a.blocks)
                default: break
                }
            }
        }
        walk(doc.blocks)
        return out
    }

    static func occurrences(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    /// The samples as huizong writes them: charts drawn by the renderer, page numbers from the layout.
    func writeBoth(_ doc: Document, name: String, in dir: URL) throws -> (docx: URL, pdf: URL) {
        let spec = try LayoutSpecReader.read(contentsOf: TestSupport.layoutFile("gbt9704"))
        let typesetter = try Typesetter(spec: spec, fontDirectory: TestSupport.fonts)
        let presented = DocxWriter.presented(doc)
        let options = DocxOptions(pageNumbers: typesetter.layout(presented).headingPageNumbers(of: presented), chartPicture: { chart in
            let image = try typesetter.chartPNG(chart)
            return ChartPicture(png: image.png, width: image.width, height: image.height)
        })
        let docx = dir.appendingPathComponent("\(name).docx")
        try DocxWriter.write(doc, options: options).write(to: docx)
        let pdf = dir.appendingPathComponent("\(name)-huizong.pdf")
        _ = try typesetter.render(doc, to: pdf, date: "2000-01-01T00:00:00")
        return (docx, pdf)
    }

    func check(_ doc: Document, name: String) throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let (docx, ours) = try writeBoth(doc, name: name, in: dir)
        // A profile of its own, so a LibreOffice already running elsewhere is neither used nor disturbed.
        let convert = try tool("soffice", ["-env:UserInstallation=file://\(dir.path)/profile", "--headless", "--convert-to", "pdf",
                                           "--outdir", dir.path, docx.path])
        #expect(convert.status == 0)
        let theirs = dir.appendingPathComponent("\(name).pdf")
        try #require(FileManager.default.fileExists(atPath: theirs.path), "\(name): LibreOffice wrote no PDF")
        let libre = squeezed(try tool("pdftotext", [theirs.path, "-"]).stdout)
        let huizong = squeezed(try tool("pdftotext", [ours.path, "-"]).stdout)
        for (text, times) in Self.landmarks(doc) {
            // A caption's number and words ("表1　…") may come out of pdftotext apart: each part is looked for.
            for part in text.split(whereSeparator: \.isWhitespace).map(String.init) {
                #expect(Self.occurrences(part, in: libre) >= times, "\(name): LibreOffice's PDF lacks \(part) of \(text)")
                #expect(Self.occurrences(part, in: huizong) >= times, "\(name): huizong's PDF lacks \(part) of \(text)")
            }
        }
        // Full lines of body text hold 28 characters (a character grid LibreOffice misreads gave 14).
        let lines = try tool("pdftotext", ["-f", "2", "-l", "3", theirs.path, "-"]).stdout.split(separator: "\n").map { squeezed(String($0)) }
        #expect((lines.map(\.count).max() ?? 0) >= 26, "\(name): longest line \(lines.max { $0.count < $1.count } ?? "")")
        // A4, turned for the landscape parts.
        let info = try tool("pdfinfo", ["-f", "1", "-l", "999", theirs.path]).stdout
        #expect(info.contains("595.3") && info.contains("841.8"))
        let turns = doc.blocks.contains { block in
            switch block {
            case let .table(t): return t.landscape
            case let .attachment(a): return a.landscape
            default: return false
            }
        }
        #expect(info.contains("size:  841.8") == turns, "\(name): landscape pages where the document turns")
    }

    @Test func libreOfficeSetsTheSampleDocuments() throws {
        guard Self.available else { return }
        for (name, doc) in try Samples.documents() { try check(doc, name: (name as NSString).deletingPathExtension) }
    }

    @Test func libreOfficeSetsTheCommitteeReport() throws {
        guard Self.available else { return }
        try check(try Samples.committeeReport(appendix: true), name: "committee")
    }
}

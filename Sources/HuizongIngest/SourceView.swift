import Foundation
import HuizongModel

extension Ingest {
    /// A file's text as the reader saw it, paragraph by paragraph (a sheet or CSV row per row), with the
    /// locations findings name, for a person to read beside what was read. Empty for what cannot be read
    /// (the findings say why) and for a .zip, whose entries are files of their own.
    public func sourceParagraphs(_ url: URL) -> [SourceParagraph] {
        let path = url.path
        guard let data = FileManager.default.contents(atPath: path), !data.isEmpty, data.count <= limits.maxFileBytes else { return [] }
        let ext = url.pathExtension.lowercased()
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return ext == "zip" ? [] : packageParagraphs(data, path: path) }
        if LegacyDocuments.isPDF(data) || ((ext == "doc" || ext == "wps") && LegacyDocuments.isOLE(data)) {
            let pdf = LegacyDocuments.isPDF(data)
            let text = try? (pdf ? LegacyDocuments.pdfText(data, limits: limits) : LegacyDocuments.wordText(data, limits: limits))
            return text.map { TextReader.paragraphs(TextDecoding.normalisingLineEnds($0), file: path) } ?? []
        }
        guard !TextDecoding.looksBinary(data), let (text, _) = TextDecoding.decode(data) else { return [] }
        if ext == "csv" {
            return CSVReader.rows(text, limits: limits).enumerated().compactMap { i, row in
                Self.row(row, at: SourceLocation(file: path, .line(i + 1)))
            }
        }
        return TextReader.paragraphs(text, file: path)
    }

    func packageParagraphs(_ data: Data, path: String) -> [SourceParagraph] {
        guard let probe = try? ZipPackage(data: data, limits: limits) else { return [] }
        if probe.has("word/document.xml"), let out = try? DocxReader.read(data, file: path, limits: limits) {
            return out.paragraphs
        }
        if probe.has("xl/workbook.xml"), let sheets = try? XlsxReader.read(data, limits: limits) {
            return sheets.flatMap { sheet in
                sheet.rows.enumerated().compactMap { i, row in
                    Self.row(row, at: SourceLocation(file: path, .cell(sheet: sheet.name, ref: "A\(i + 1)")))
                }
            }
        }
        return []
    }

    /// A table row as one line, its cells apart; nil for an empty row.
    static func row(_ cells: [String], at location: SourceLocation) -> SourceParagraph? {
        let kept = cells.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        guard kept.contains(where: { !$0.isEmpty }) else { return nil }
        return SourceParagraph(text: kept.joined(separator: " ｜ "), location: location)
    }
}

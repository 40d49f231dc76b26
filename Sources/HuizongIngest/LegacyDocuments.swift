import Foundation
import HuizongModel
import HuizongPDFText

/// Formats huizong reads through something made for them: text PDFs through poppler (HuizongPDFText), and
/// Word 97–2003 .doc and WPS .wps files through catdoc, a Debian tool found on the PATH at run time and run
/// with a time and output limit. Each gives plain text, which is then read like a .txt file.
enum LegacyDocuments {
    enum Failure: Error, Equatable {
        /// A PDF with no text layer: a scan.
        case scanned
        case unreadable(String)
        /// The tool that reads this format is not installed.
        case missingTool(String)
        case tooSlow
    }

    static func isPDF(_ data: Data) -> Bool { data.starts(with: Array("%PDF".utf8)) }
    /// The OLE compound file of Word 97–2003, WPS and old Excel.
    static func isOLE(_ data: Data) -> Bool { data.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) }

    /// The text of a PDF, pages one after another. Fewer than 20 letters in all is a scan, not a report.
    static func pdfText(_ data: Data, limits: IngestLimits) throws(Failure) -> String {
        let pages: [String]
        do { pages = try PDFText.pages(data, maxPages: limits.maxPages) } catch { throw .unreadable(describe(error)) }
        let text = pages.joined(separator: "\n")
        guard text.filter({ $0.isLetter }).count >= 20 else { throw .scanned }
        return text
    }

    static func describe(_ error: PDFText.Failure) -> String {
        switch error { case let .unreadable(m): return m }
    }

    /// The text of a .doc or .wps file through `catdoc -d utf-8`.
    static func wordText(_ data: Data, limits: IngestLimits) throws(Failure) -> String {
        // An OLE compound file is at least its 512-byte header and one sector; less is a damaged file.
        guard data.count >= 1024 else { throw .unreadable("the file is truncated (\(data.count) bytes)") }
        guard let tool = which("catdoc") else { throw .missingTool("catdoc") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        } catch { throw .unreadable("cannot make a temporary folder: \(error.localizedDescription)") }
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("input.doc")
        do { try data.write(to: input) } catch { throw .unreadable("cannot write a temporary file: \(error.localizedDescription)") }
        let output = try run(tool, ["-d", "utf-8", "-w", input.path], seconds: 20, maxBytes: limits.maxFileBytes)
        let text = String(decoding: output, as: UTF8.self)
        guard text.contains(where: { $0.isLetter }) else { throw .unreadable("catdoc found no text") }
        return text
    }

    /// Set once by the watchdog, read after the process has ended.
    final class Flag: @unchecked Sendable {
        private var value = false
        private let lock = NSLock()
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }

    static func which(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs a tool, reading its output as it comes (a full pipe would block it), killing it past the limits.
    static func run(_ tool: String, _ arguments: [String], seconds: Double, maxBytes: Int) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw .unreadable("cannot run \(tool): \(error.localizedDescription)") }
        // A watchdog ends a tool that hangs without writing anything.
        let timedOut = Flag()
        let watchdog = DispatchWorkItem { if process.isRunning { timedOut.set(); process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds, execute: watchdog)
        defer { watchdog.cancel() }
        let reader = pipe.fileHandleForReading
        var out = Data()
        while true {
            let chunk = reader.availableData
            if chunk.isEmpty { break }
            out.append(chunk)
            if out.count > maxBytes {
                process.terminate()
                process.waitUntilExit()
                throw .unreadable("\(tool) wrote more than \(maxBytes) bytes")
            }
        }
        process.waitUntilExit()
        if timedOut.isSet { throw .tooSlow }
        if process.terminationReason == .uncaughtSignal { throw .unreadable("\(tool) crashed (signal \(process.terminationStatus))") }
        guard process.terminationStatus == 0 else { throw .unreadable("\(tool) failed (exit \(process.terminationStatus))") }
        return out
    }
}

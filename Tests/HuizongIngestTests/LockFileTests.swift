import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Word and WPS leave `~$NAME.docx` lock files beside an open document: they are not reports, and are skipped with
/// a note instead of listed as corrupt.
@Suite struct LockFileTests {
    @Test func anOfficeLockFileIsSkippedWithANote() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hz-lock-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.samples.appendingPathComponent("004-财务科党支部.docx"), to: dir.appendingPathComponent("004-财务科党支部.docx"))
        // What Word writes: the user's name in a 162-byte binary file.
        var lock = Data([0x05]) + Data("张三".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        lock += Data(repeating: 0x20, count: 162 - lock.count)
        try lock.write(to: dir.appendingPathComponent("~$4-财务科党支部.docx"))
        let folder = Ingest().readFolder(dir)
        #expect(Set(folder.reports.map(\.source)).count == 1, "\(folder.reports.map(\.source))")
        let all = folder.diagnostics + folder.reports.flatMap(\.diagnostics)
        #expect(!all.contains { $0.severity == .error }, "\(all.map(\.code))")
        #expect(all.contains { $0.code == "office-lock-file" && $0.severity == .note && $0.zh.contains("~$4-财务科党支部.docx") })
    }
}

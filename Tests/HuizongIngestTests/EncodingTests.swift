import Foundation
import HuizongModel
import Testing
@testable import HuizongIngest

/// Encodings clerks' files really come in: UTF-16 saved without a BOM was called binary, and one stray byte made
/// a UTF-8 report unreadable (or mojibake).
@Suite struct EncodingTests {
    static let sample = Repo.samples.appendingPathComponent("001-机关第一党支部.txt")

    func reference() throws -> BranchReport { Ingest().read(Self.sample)[0] }

    @Test(arguments: [String.Encoding.utf16LittleEndian, .utf16BigEndian])
    func utf16WithoutABOMIsText(_ encoding: String.Encoding) throws {
        let text = try String(contentsOf: Self.sample, encoding: .utf8)
        let data = try #require(text.data(using: encoding))
        #expect(!data.starts(with: [0xFF, 0xFE]) && !data.starts(with: [0xFE, 0xFF]))
        let r = Ingest().read(data: data, path: "001.txt")[0]
        #expect(!r.diagnostics.contains { $0.severity == .error }, "\(r.diagnostics.map(\.code))")
        #expect(r.problems.map(\.headline) == (try reference()).problems.map(\.headline))
    }

    @Test func aStrayByteInUTF8IsReplacedWithAWarning() throws {
        var bytes = [UInt8](try Data(contentsOf: Self.sample))
        let at = try #require(bytes.indices.dropFirst(bytes.count / 2).first { bytes[$0] == 0x0A })
        bytes.insert(0xFF, at: at)
        let r = Ingest().read(data: Data(bytes), path: "001.txt")[0]
        #expect(!r.diagnostics.contains { $0.severity == .error }, "\(r.diagnostics.map(\.code))")
        let w = r.diagnostics.first { $0.code == "invalid-utf8" }
        #expect(w?.severity == .warning)
        #expect(w?.en.contains("1 ") == true, "\(w?.en ?? "-")")
        #expect(r.problems.map(\.headline) == (try reference()).problems.map(\.headline))
    }

    @Test func gbkIsStillGBK() throws {
        let text = try String(contentsOf: Self.sample, encoding: .utf8)
        let gbk = try #require(text.data(using: String.Encoding(rawValue: 0x8000_0632)))
        let decoded = try #require(TextDecoding.decode(gbk))
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == text)
    }

    @Test func bytesThatAreNoTextAreAnEncodingError() {
        let junk = Data([0xFF, 0xFF, 0xFF, 0xFE, 0x80, 0x81, 0xFE, 0xFF, 0x20] + Array(repeating: 0x41, count: 10))
        let codes = Ingest().read(data: junk, path: "bad.txt").flatMap(\.diagnostics).map(\.code)
        #expect(codes.contains("unknown-encoding"), "\(codes)")
    }
}

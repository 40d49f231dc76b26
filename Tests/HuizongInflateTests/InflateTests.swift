import HuizongInflate
import Testing

/// zlib's raw inflate as the ZIP reader uses it: exactly the declared size, or an error.
@Suite struct InflateTests {
    /// "汇总" fifty times (300 bytes of UTF-8), raw-deflated by zlib at level 9.
    static let stream: [UInt8] = [123, 182, 177, 253, 89, 195, 238, 103, 163, 36, 17, 36, 0]
    static let text = String(repeating: "汇总", count: 50)

    @Test func aStreamInflatesToItsDeclaredBytes() throws {
        #expect(try Inflate.raw(Self.stream, size: 300) == Array(Self.text.utf8))
    }

    @Test func aStreamLongerThanDeclaredIsAnError() {
        #expect(throws: Inflate.Failure.sizeDiffers(declared: 299, found: 300)) { try Inflate.raw(Self.stream, size: 299) }
    }

    @Test func aStreamShorterThanDeclaredIsAnError() {
        #expect(throws: Inflate.Failure.sizeDiffers(declared: 301, found: 300)) { try Inflate.raw(Self.stream, size: 301) }
    }

    @Test func aTruncatedOrDamagedStreamIsAnErrorNotAHang() {
        #expect(throws: Inflate.Failure.self) { try Inflate.raw(Array(Self.stream.prefix(6)), size: 300) }
        #expect(throws: Inflate.Failure.self) { try Inflate.raw([0xFF, 0xFF, 0xFF, 0xFF], size: 10) }
        #expect(throws: Inflate.Failure.self) { try Inflate.raw([], size: 0) }
    }

    @Test func theChecksumIsZlibsCRC32() {
        #expect(Inflate.crc32(Array(Self.text.utf8)) == 3_933_077_657)
        #expect(Inflate.crc32([]) == 0)
    }
}

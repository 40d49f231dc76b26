import CZlibInflate

/// Raw deflate streams (ZIP method 8) inflated with zlib into a buffer of the size the archive declares.
public enum Inflate {
    public enum Failure: Error, Equatable, CustomStringConvertible {
        /// zlib's own message, or what was wrong with the stream.
        case damaged(String)
        /// The stream holds more or less than the declared size.
        case sizeDiffers(declared: Int, found: Int)

        public var description: String {
            switch self {
            case let .damaged(m): return "the deflate stream is damaged (\(m))"
            case let .sizeDiffers(d, f): return "inflated size \(f) differs from the declared \(d)"
            }
        }
    }

    /// Inflates `input` (raw deflate, no zlib header) that must give exactly `size` bytes. One byte more is
    /// room for: a stream that inflates past its declared size is damaged, and is caught without writing past it.
    public static func raw(_ input: [UInt8], size: Int) throws(Failure) -> [UInt8] {
        var output = [UInt8](repeating: 0, count: size + 1)
        var stream = z_stream()
        // -15: raw deflate with a 32 KB window, as ZIP stores it.
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw .damaged("inflateInit2 failed")
        }
        defer { inflateEnd(&stream) }
        let status: Int32 = input.withUnsafeBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = UnsafeMutablePointer(mutating: inBuf.baseAddress)
                stream.avail_in = uInt(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = uInt(outBuf.count)
                return inflate(&stream, Z_FINISH)
            }
        }
        let produced = Int(stream.total_out)
        guard status == Z_STREAM_END else {
            if status == Z_BUF_ERROR, produced > size { throw .sizeDiffers(declared: size, found: produced) }
            let message = stream.msg.map { String(cString: $0) } ?? "zlib status \(status)"
            throw .damaged(message)
        }
        guard produced == size else { throw .sizeDiffers(declared: size, found: produced) }
        output.removeLast()
        return output
    }

    /// zlib's CRC-32 of `bytes`, as ZIP stores it for every entry.
    public static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buf in
            UInt32(truncatingIfNeeded: CZlibInflate.crc32(0, buf.baseAddress, uInt(buf.count)))
        }
    }
}

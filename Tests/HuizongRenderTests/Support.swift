import Foundation
import HuizongTestSupport
import HuizongDocument
import HuizongLayout
import HuizongRender

enum Repo {
    static let root = TestSupport.root
    static var fonts: URL { root.appendingPathComponent("Fonts") }
    static func layout(_ name: String) throws -> LayoutSpec {
        try LayoutSpecReader.read(contentsOf: root.appendingPathComponent("Layouts/\(name).yaml"))
    }
    static var record: Bool { TestSupport.recording }
}

struct CommandResult {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
}

/// Runs a tool (pdftotext, qpdf …) and captures what it prints.
func run(_ tool: String, _ args: [String]) throws -> CommandResult {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = [tool] + args
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return CommandResult(status: p.terminationStatus, stdout: data, stderr: String(decoding: errData, as: UTF8.self))
}

func temporaryDirectory() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("huizong-test-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A small portable graymap, what `pdftoppm -gray` writes; enough to compare pages with a tolerance.
struct Graymap: Equatable {
    var width: Int, height: Int, pixels: [UInt8]

    init?(_ data: Data) {
        // P5\n<w> <h>\n255\n<bytes>
        var fields: [String] = []
        var i = data.startIndex
        var current = ""
        while fields.count < 4, i < data.endIndex {
            let c = data[i]
            if c == 0x20 || c == 0x0a || c == 0x0d || c == 0x09 {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(Character(UnicodeScalar(c)))
            }
            i += 1
        }
        guard fields.count == 4, fields[0] == "P5", let w = Int(fields[1]), let h = Int(fields[2]) else { return nil }
        let bytes = Array(data[i...])
        guard bytes.count >= w * h else { return nil }
        width = w
        height = h
        pixels = Array(bytes.prefix(w * h))
    }

    /// The largest mean absolute difference of any `tile`×`tile` square, 0…255: a changed figure in a table
    /// moves a few pixels of a page, which the page's mean hides (0.25–0.73 when every number changed).
    func largestTileDifference(_ other: Graymap, tile: Int = 8) -> Double {
        guard width == other.width, height == other.height else { return 255 }
        var worst = 0.0
        for ty in stride(from: 0, to: height, by: tile) {
            for tx in stride(from: 0, to: width, by: tile) {
                var sum = 0, n = 0
                for y in ty..<min(ty + tile, height) {
                    for x in tx..<min(tx + tile, width) {
                        sum += abs(Int(pixels[y * width + x]) - Int(other.pixels[y * width + x]))
                        n += 1
                    }
                }
                worst = max(worst, Double(sum) / Double(n))
            }
        }
        return worst
    }

    /// Mean absolute difference per pixel, 0…255.
    func difference(_ other: Graymap) -> Double {
        guard width == other.width, height == other.height else { return 255 }
        var sum = 0
        for k in pixels.indices { sum += abs(Int(pixels[k]) - Int(other.pixels[k])) }
        return Double(sum) / Double(pixels.count)
    }
}

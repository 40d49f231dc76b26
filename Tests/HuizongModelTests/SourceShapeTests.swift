import Foundation
import Testing

/// The shape the code keeps: a function does one thing, so none runs past ~80 lines (split it by what it does).
@Suite struct SourceShapeTests {
    static let longest = 85

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources")
    }

    /// The line count of each function or initialiser body in `text`, by its first line's number.
    static func functionLengths(_ text: String) -> [(line: Int, length: Int)] {
        let lines = text.components(separatedBy: "\n")
        let declaration = try? NSRegularExpression(pattern: #"^\s*(?:(?:public|private|fileprivate|internal|static|mutating|override|nonisolated|@\w+)\s+)*(?:func\s|init[(<?])"#)
        var found: [(Int, Int)] = []
        for (i, line) in lines.enumerated()
        where declaration?.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
            var depth = 0, opened = false
            for j in i..<lines.count {
                // Braces inside string literals are not the code's.
                let code = lines[j].replacingOccurrences(of: #""(?:\\.|[^"\\])*""#, with: "", options: .regularExpression)
                depth += code.filter { $0 == "{" }.count - code.filter { $0 == "}" }.count
                opened = opened || code.contains("{")
                if opened, depth <= 0 { found.append((i + 1, j - i + 1)); break }
                // A protocol requirement has no body.
                if !opened, j > i + 6 { break }
            }
        }
        return found
    }

    @Test func theCounterSeesALongFunction() {
        let long = "struct S {\n    func f() {\n" + String(repeating: "        let x = \"{\"\n", count: 90) + "    }\n}\n"
        #expect(Self.functionLengths(long).map(\.length) == [92])
        #expect(Self.functionLengths("protocol P {\n    func f()\n}\n").isEmpty)
    }

    @Test func noFunctionRunsPastEightyLines() throws {
        let files = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        #expect(files.count > 50)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for (line, length) in Self.functionLengths(text) where length > Self.longest {
                Issue.record("\(file.lastPathComponent):\(line) is \(length) lines")
            }
        }
    }
}

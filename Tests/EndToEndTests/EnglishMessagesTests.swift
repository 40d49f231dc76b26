import Foundation
import Testing

/// Under `--lang en` every reason and message is English: Chinese appears only where the input is quoted
/// (a file's name, a branch's words in quotes).
@Suite struct EnglishMessagesTests {
    /// A line with the input it quotes taken out: the leading file location, quoted text, and file names.
    static func ownWords(_ line: String) -> String {
        var l = line.replacingOccurrences(of: #"^(not included: )?/\S+?(:\S*)?:? "#, with: "", options: .regularExpression)
        l = l.replacingOccurrences(of: #"'[^']*'|“[^”]*”|\S+\.(txt|md|docx|yaml|csv|xlsx|json|pdf|doc|wps|zip)\b"#, with: "",
                                   options: .regularExpression)
        return l
    }

    static func chineseLines(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { ownWords($0).range(of: #"\p{Han}"#, options: .regularExpression) != nil }
    }

    @Test func checkAndBuildSpeakEnglishOnTheSamplesAndAFolderWithoutSettings() throws {
        let base = temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: base) }
        // No committee.yaml and a folder name that names no committee: the defaults are told too.
        let bare = base.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: bare, withIntermediateDirectories: true)
        try NoSettingsTests.report("财政所党支部").write(to: bare.appendingPathComponent("01.txt"), atomically: true, encoding: .utf8)
        let samples = Repo.root.appendingPathComponent("samples/committee").path
        let runs = [
            try huizong(["check", samples, "--lang", "en"]),
            try huizong(["build", samples, "-o", base.appendingPathComponent("a").path, "--lang", "en"]),
            try huizong(["build", bare.path, "-o", base.appendingPathComponent("b").path, "--lang", "en"],
                        environment: ["HUIZONG_TODAY": "2026-12-01"]),
        ]
        for r in runs {
            #expect(!r.stdout.isEmpty)
            #expect(Self.chineseLines(r.stdout + "\n" + r.stderr) == [])
        }
    }
}

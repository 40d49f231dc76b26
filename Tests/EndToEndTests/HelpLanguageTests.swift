import Foundation
import Testing

/// The commands' help follows the locale: Chinese under zh, English otherwise.
@Suite struct HelpLanguageTests {
    @Test(arguments: ["build", "check", "parse", "render", "generate", "template", "fonts", "knowledge"])
    func helpIsChineseUnderAChineseLocale(_ command: String) throws {
        let zh = try huizong([command, "--help"], environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        let en = try huizong([command, "--help"], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""])
        #expect(zh.status == 0 && en.status == 0)
        let overview = { (text: String) in text.split(separator: "\n").first.map(String.init) ?? "" }
        #expect(overview(zh.stdout).range(of: #"\p{Han}"#, options: .regularExpression) != nil, "\(overview(zh.stdout))")
        #expect(overview(en.stdout).range(of: #"\p{Han}"#, options: .regularExpression) == nil, "\(overview(en.stdout))")
    }
}

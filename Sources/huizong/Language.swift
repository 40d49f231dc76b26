import Foundation

/// Messages in Chinese under a zh locale (LANG/LC_ALL/LC_MESSAGES), English otherwise; --lang overrides.
enum Language {
    static func chinese(override: String?) -> Bool {
        if let o = override { return o.lowercased().hasPrefix("zh") }
        let env = ProcessInfo.processInfo.environment
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = env[key], !v.isEmpty { return v.lowercased().hasPrefix("zh") }
        }
        return false
    }
}

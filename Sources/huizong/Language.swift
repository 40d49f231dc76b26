import ArgumentParser
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

/// A help text in the language of the locale: the commands' help is Chinese under a zh locale. (`--lang` cannot
/// choose it: help is printed before the options are read.)
func L(_ en: String, _ zh: String) -> String { Language.chinese(override: nil) ? zh : en }

/// The same, as ArgumentParser's help value.
func H(_ en: String, _ zh: String) -> ArgumentHelp { ArgumentHelp(L(en, zh)) }

import CPangoCairo
import Foundation
import HuizongLayout

/// A font problem found at start-up: a role that resolved to another family, or no fonts at all.
public struct FontError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// Which file serves a role, and what it lacks of a given text.
public struct RoleResolution: Sendable {
    public var role: String
    public var familyAsked: String
    public var familyFound: String
    public var file: String
    /// Characters the role's own face lacks, each with the fallback family that has it (nil: none has it).
    public var missing: [(Character, String?)]
}

/// The fonts of Fonts/, registered privately: system fonts are never seen, so output is the same everywhere.
public final class FontLibrary: @unchecked Sendable {
    let config: OpaquePointer
    public let files: [String]

    /// Synthetic bold for faces that only come in one weight (FandolFang for bold lead-ins).
    static let rules = """
    <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>
    <match target="font"><test name="weight" compare="less_eq"><const>medium</const></test>
    <test target="pattern" name="weight" compare="more_eq"><const>bold</const></test>
    <edit name="embolden" mode="assign"><bool>true</bool></edit>
    <edit name="weight" mode="assign"><const>bold</const></edit></match></fontconfig>
    """

    public init(directory: URL) throws(FontError) {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw FontError(message: "cannot read the font folder \(directory.path): run the set-up command in README.md first")
        }
        let fontFiles = names.filter { ["otf", "ttf", "ttc"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
        guard !fontFiles.isEmpty else {
            throw FontError(message: "no font files in \(directory.path): run the set-up command in README.md (scripts/setup) first")
        }
        guard let config = FcConfigCreate() else { throw FontError(message: "fontconfig could not create a configuration") }
        self.config = config
        // A private cache beside the fonts: scanning the Noto collections takes ~90 ms, reading the cache ~1 ms.
        // fontconfig re-scans when the folder's modification time changes (a font added or removed).
        let cacheDir = directory.appendingPathComponent(".fontconfig-cache").path
        let rules = Self.rules.replacingOccurrences(of: "</fontconfig>", with: "<cachedir>\(Self.escape(cacheDir))</cachedir></fontconfig>")
        rules.withCString { p in
            _ = FcConfigParseAndLoadFromMemory(config, UnsafeRawPointer(p).assumingMemoryBound(to: FcChar8.self), 0)
        }
        let ok = directory.path.withCString { p in
            FcConfigAppFontAddDir(config, UnsafeRawPointer(p).assumingMemoryBound(to: FcChar8.self))
        }
        guard ok != 0, let set = FcConfigGetFonts(config, FcSetApplication), set.pointee.nfont > 0 else {
            throw FontError(message: "none of the font files in \(directory.path) could be read")
        }
        files = fontFiles.map { directory.appendingPathComponent($0).path }
    }

    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    deinit { FcConfigDestroy(config) }

    /// Finds the face fontconfig picks for a family, as Pango will.
    func match(family: String, bold: Bool) -> (pattern: OpaquePointer, families: [String], file: String)? {
        guard let pat = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pat) }
        family.withCString { f in
            _ = FcPatternAddString(pat, hz_fc_family(), UnsafeRawPointer(f).assumingMemoryBound(to: FcChar8.self))
        }
        _ = FcPatternAddInteger(pat, hz_fc_weight(), bold ? 200 : 80)
        _ = FcConfigSubstitute(config, pat, FcMatchPattern)
        FcDefaultSubstitute(pat)
        var result = FcResultMatch
        guard let matched = FcFontMatch(config, pat, &result) else { return nil }
        var families: [String] = []
        var i: Int32 = 0
        var value: UnsafeMutablePointer<FcChar8>?
        while FcPatternGetString(matched, hz_fc_family(), i, &value) == FcResultMatch, let v = value {
            families.append(String(cString: v))
            i += 1
        }
        var fileValue: UnsafeMutablePointer<FcChar8>?
        let file = FcPatternGetString(matched, hz_fc_file(), 0, &fileValue) == FcResultMatch ? fileValue.map { String(cString: $0) } ?? "" : ""
        return (matched, families, file)
    }

    func has(_ pattern: OpaquePointer, _ scalar: Unicode.Scalar) -> Bool {
        var charset: OpaquePointer?
        guard FcPatternGetCharSet(pattern, hz_fc_charset(), 0, &charset) == FcResultMatch, let cs = charset else { return false }
        return FcCharSetHasChar(cs, FcChar32(scalar.value)) != 0
    }

    /// Resolves every role of a layout; `text` lists the characters to check.
    public func resolve(_ role: FontRole, text: String = "") -> RoleResolution {
        guard let m = match(family: role.family, bold: role.bold) else {
            return RoleResolution(role: role.name, familyAsked: role.family, familyFound: "(nothing)", file: "", missing: [])
        }
        defer { FcPatternDestroy(m.pattern) }
        let found = m.families.first { $0.caseInsensitiveCompare(role.family) == .orderedSame } ?? m.families.first ?? "(unnamed)"
        var fallbacks: [(String, OpaquePointer)] = []
        for f in role.fallback {
            if let fm = match(family: f, bold: role.bold), fm.families.contains(where: { $0.caseInsensitiveCompare(f) == .orderedSame }) {
                fallbacks.append((f, fm.pattern))
            }
        }
        defer { for f in fallbacks { FcPatternDestroy(f.1) } }
        var missing: [(Character, String?)] = []
        var seen = Set<Character>()
        for ch in text where !ch.isWhitespace && seen.insert(ch).inserted {
            guard let scalar = ch.unicodeScalars.first else { continue }
            if scalar.properties.isDefaultIgnorableCodePoint || scalar.value < 0x20 { continue }
            if !has(m.pattern, scalar) {
                missing.append((ch, fallbacks.first { has($0.1, scalar) }?.0))
            }
        }
        return RoleResolution(role: role.name, familyAsked: role.family, familyFound: found, file: m.file, missing: missing)
    }

    /// Checks that every role of the layout found the family it asked for.
    public func check(_ spec: LayoutSpec) throws(FontError) -> [RoleResolution] {
        var out: [RoleResolution] = []
        for name in spec.fonts.keys.sorted() {
            guard let role = spec.fonts[name] else { continue }
            let r = resolve(role)
            guard r.familyFound.caseInsensitiveCompare(role.family) == .orderedSame else {
                throw FontError(message: "font role '\(name)' asked for '\(role.family)' but got '\(r.familyFound)' (\(r.file)); put the font in Fonts/ (scripts/setup) or change the layout")
            }
            for f in role.fallback {
                guard let fm = match(family: f, bold: role.bold) else { continue }
                defer { FcPatternDestroy(fm.pattern) }
                guard fm.families.contains(where: { $0.caseInsensitiveCompare(f) == .orderedSame }) else {
                    throw FontError(message: "font role '\(name)': fallback family '\(f)' is not in Fonts/ (got '\(fm.families.first ?? "?")')")
                }
            }
            out.append(r)
        }
        return out
    }
}

import ArgumentParser
import Foundation
import HuizongLayout
import HuizongRender

struct FontsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "fonts",
        abstract: L("Show, per font role of a layout, the file that serves it and which characters of a text it lacks.", "按版式中的字体用途，列出所用字体文件及其缺少的字。"),
        discussion: "Example:\n  huizong fonts --text \"刘镕同志 王堃 李喆\"\n  huizong fonts --file report.txt --layout handout"
    ) }

    @Option(help: H("Layout name in Layouts/ or a path to a layout file.", "Layouts/ 中的版式名称，或版式文件的路径。")) var layout: String = "gbt9704"
    @Option(help: H("Characters to check.", "要检查的文字。")) var text: String?
    @Option(help: H("A UTF-8 text file whose characters to check.", "要检查其中文字的 UTF-8 文本文件。")) var file: String?

    func run() throws {
        let spec: LayoutSpec
        do { spec = try ProjectPaths.layout(layout) } catch { throw fail("\(error)", ExitStatus.usage) }
        var sample = text ?? ""
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else { throw fail("cannot read \(file)", ExitStatus.usage) }
            sample += String(decoding: data, as: UTF8.self)
        }
        let library: FontLibrary
        do { library = try FontLibrary(directory: ProjectPaths.fonts) } catch { throw fail("\(error)", ExitStatus.environment) }
        var ok = true
        for name in spec.fonts.keys.sorted() {
            guard let role = spec.fonts[name] else { continue }
            let r = library.resolve(role, text: sample)
            let status = r.familyFound.caseInsensitiveCompare(role.family) == .orderedSame ? "ok" : "WRONG FAMILY"
            if status != "ok" { ok = false }
            print("\(name): \(role.family)\(role.bold ? " Bold" : "") → \(r.familyFound) [\(status)]")
            print("  file: \(r.file)")
            if !role.fallback.isEmpty { print("  fallback: \(role.fallback.joined(separator: ", "))") }
            if !sample.isEmpty {
                if r.missing.isEmpty {
                    print("  lacks: nothing of the given text")
                } else {
                    let covered = r.missing.filter { $0.1 != nil }
                    let uncovered = r.missing.filter { $0.1 == nil }
                    if !covered.isEmpty {
                        print("  lacks \(covered.count), served by fallback: " + covered.map { "\($0.0)→\($0.1 ?? "")" }.joined(separator: " "))
                    }
                    if !uncovered.isEmpty {
                        ok = false
                        print("  lacks \(uncovered.count), in no fallback (would print as a box): " + String(uncovered.map(\.0)))
                    }
                }
            }
        }
        if !ok { throw ExitStatus.findings }
    }
}

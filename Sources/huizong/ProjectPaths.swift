import Foundation
import HuizongDocument
import HuizongLayout

/// Where Fonts/ and Layouts/ are: $HUIZONG_HOME, else the checkout the binary was built in, else the working folder.
enum ProjectPaths {
    static func home() -> URL {
        if let env = ProcessInfo.processInfo.environment["HUIZONG_HOME"], !env.isEmpty {
            return URL(fileURLWithPath: env)
        }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Layouts").path) { return dir }
            dir.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }

    static var fonts: URL { home().appendingPathComponent("Fonts") }
    static var layouts: URL { home().appendingPathComponent("Layouts") }

    /// A layout by name (Layouts/NAME.yaml) or by path.
    static func layout(_ nameOrPath: String) throws(DataFileError) -> LayoutSpec {
        let url: URL
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".yaml") || nameOrPath.hasSuffix(".yml") {
            url = URL(fileURLWithPath: nameOrPath)
        } else {
            url = layouts.appendingPathComponent(nameOrPath + ".yaml")
            guard FileManager.default.fileExists(atPath: url.path) else {
                let names = ((try? FileManager.default.contentsOfDirectory(atPath: layouts.path)) ?? [])
                    .filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
                throw DataFileError(file: nameOrPath, line: nil,
                                    message: "no layout named '\(nameOrPath)'; available: \(names.joined(separator: ", "))")
            }
        }
        return try LayoutSpecReader.read(contentsOf: url)
    }
}

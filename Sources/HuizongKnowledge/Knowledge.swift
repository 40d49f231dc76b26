import Foundation
import HuizongDocument
import HuizongModel

extension Knowledge {
    /// The shipped data files, in the order they are applied.
    public static let shippedFiles = ["concepts.yaml", "aspect-sets.yaml", "activities.yaml", "ledger-columns.yaml", "status-words.yaml",
                                      "reading.yaml"]

    /// The data shipped with huizong, read once. Its files are part of the program, so a mistake in them is a
    /// defect of the build (the tests read them), not of the input.
    public static let shipped: Knowledge = {
        do { return try loadShipped() } catch { fatalError("the knowledge data shipped with huizong is damaged: \(error)") }
    }()

    public static func loadShipped() throws(DataFileError) -> Knowledge {
        var k = Knowledge()
        for name in shippedFiles {
            let base = (name as NSString).deletingPathExtension
            guard let url = Bundle.module.url(forResource: base, withExtension: "yaml", subdirectory: "Data") else {
                throw DataFileError(file: name, line: nil, message: "missing from the resources of huizong")
            }
            k = try KnowledgeReader.apply(DataNode.load(contentsOf: url), to: k, local: false)
        }
        return k
    }

    /// This knowledge extended by a local file (knowledge.yaml); its path is remembered in `localFiles`.
    public func extended(with url: URL) throws(DataFileError) -> Knowledge {
        var k = try KnowledgeReader.apply(DataNode.load(contentsOf: url), to: self, local: true)
        k.localFiles.append(url.path)
        return k
    }

    public func extended(withText text: String, file: String) throws(DataFileError) -> Knowledge {
        var k = try KnowledgeReader.apply(DataNode.load(text, file: file), to: self, local: true)
        k.localFiles.append(file)
        return k
    }
}

import Foundation
import HuizongDocument
import HuizongLayout

/// Document tree + layout → PDF, in one call. The one place the CLI and the benchmark use.
public final class Typesetter {
    public let spec: LayoutSpec
    public let fonts: FontLibrary
    public let resolutions: [RoleResolution]
    let shaper: PangoShaper

    /// Fails when a role of the layout did not resolve to the family it names.
    public init(spec: LayoutSpec, fontDirectory: URL) throws(FontError) {
        self.spec = spec
        fonts = try FontLibrary(directory: fontDirectory)
        resolutions = try fonts.check(spec)
        shaper = PangoShaper(fonts: fonts, spec: spec)
    }

    public func layout(_ document: Document) -> LaidOutDocument {
        Paginator(spec: spec, shaper: shaper).layout(document)
    }

    public func render(_ document: Document, to url: URL, date: String) throws(RenderError) -> LaidOutDocument {
        let laid = layout(document)
        try PDFWriter.write(laid, to: url, metadata: PDFMetadata(title: document.title, author: document.author,
                                                                subject: document.subject, date: date))
        return laid
    }
}

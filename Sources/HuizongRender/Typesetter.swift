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

    /// See `PangoShaper.reusesIdenticalText`.
    public var reusesIdenticalText: Bool {
        get { shaper.reusesIdenticalText }
        set { shaper.reusesIdenticalText = newValue }
    }

    public func layout(_ document: Document) -> LaidOutDocument {
        Paginator(spec: spec, shaper: shaper).layout(document)
    }

    /// `syncs`: the PDF is on disk before it replaces the file at `url`; false where the caller syncs many
    /// files at once before moving them into place.
    /// `drawsBeside`: pages are drawn on a thread of their own while the next are laid out (worth it for a long
    /// report; a caller that already keeps every core busy with short documents says false).
    public func render(_ document: Document, to url: URL, date: String, syncs: Bool = true, drawsBeside: Bool = true) throws(RenderError)
        -> LaidOutDocument {
        let metadata = PDFMetadata(title: document.title, author: document.author, subject: document.subject, date: date)
        let writer = PDFWriterThread(stream: PDFPageStream(url: url, metadata: metadata, syncs: syncs),
                                     threaded: drawsBeside && ProcessInfo.processInfo.environment["HUIZONG_THREADS"] != "1")
        writer.start()
        let laid = Paginator(spec: spec, shaper: shaper).layout(document) { writer.add($0) }
        try writer.finish(outline: laid.outline)
        return laid
    }
}

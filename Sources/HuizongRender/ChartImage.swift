import CPangoCairo
import Foundation
import HuizongDocument
import HuizongLayout

/// A chart drawn as a PNG by the PDF's own chart code, with its size on the page.
public struct ChartImage: Sendable {
    public var png: Data
    /// Size on the page in points; the pixels are this times dpi / 72.
    public var width: Double
    public var height: Double
}

extension Typesetter {
    /// Draws `chart` alone, as wide as the layout's text block, on a white PNG at `dpi`.
    public func chartPNG(_ chart: Chart, dpi: Double = 300) throws(RenderError) -> ChartImage {
        let frame = Paginator(spec: spec, shaper: shaper).chartFrame(chart)
        let scale = dpi / 72
        let w = Int32((frame.width * scale).rounded(.up)), h = Int32((frame.height * scale).rounded(.up))
        guard w > 0, h > 0, let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h) else {
            throw RenderError(message: "cannot draw a chart of \(w)×\(h) pixels")
        }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { throw RenderError(message: "cannot draw a chart") }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        PDFWriter.drawItems(frame.items, page: frame, cr, fonts: FontCache())
        cairo_destroy(cr)
        cairo_surface_flush(surface)
        let sink = PNGSink()
        let status = cairo_surface_write_to_png_stream(surface, PNGSink.write, Unmanaged.passUnretained(sink).toOpaque())
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError(message: "cannot encode a chart as PNG: \(String(cString: cairo_status_to_string(status)))")
        }
        return ChartImage(png: sink.data, width: frame.width, height: frame.height)
    }
}

/// Collects the bytes Cairo's PNG encoder hands over.
final class PNGSink {
    var data = Data()

    static let write: cairo_write_func_t = { closure, bytes, length in
        guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
        Unmanaged<PNGSink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
        return CAIRO_STATUS_SUCCESS
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HuizongModel

/// Responses in the few shapes the pages use: JSON, an error with a message in Chinese, a file.
enum Reply {
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        body(Data(value.render(pretty: false).utf8), type: "application/json; charset=utf-8", status: status)
    }

    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(.object([("error", .string(message))]), status: status)
    }

    static func text(_ text: String, type: String = "text/plain; charset=utf-8") -> Response {
        body(Data(text.utf8), type: type)
    }

    static func body(_ data: Data, type: String, status: HTTPResponse.Status = .ok) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = type
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// A file to download (or, `inline`, to show in the page), named in UTF-8 so Chinese names survive.
    static func file(_ url: URL, type: String, inline: Bool) -> Response {
        guard let data = FileManager.default.contents(atPath: url.path) else { return error(.notFound, "文件尚未生成：请先在“生成”页生成报告") }
        var response = body(data, type: type)
        let name = url.lastPathComponent.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "report"
        response.headers[.contentDisposition] = "\(inline ? "inline" : "attachment"); filename*=UTF-8''\(name)"
        return response
    }

    static func contentType(_ ext: String) -> String {
        switch ext.lowercased() {
        case "html": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "svg": return "image/svg+xml"
        case "png": return "image/png"
        case "pdf": return "application/pdf"
        case "json": return "application/json; charset=utf-8"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "zip": return "application/zip"
        default: return "application/octet-stream"
        }
    }
}

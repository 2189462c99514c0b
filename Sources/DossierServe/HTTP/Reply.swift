import DossierOutput
import Hummingbird
import NIOCore

/// Responses of the app: HTML, JSON and downloads, all with their charset and no-sniff header.
enum Reply {
    static let html = "text/html; charset=utf-8"
    static let json = "application/json; charset=utf-8"

    static func bytes(
        _ body: [UInt8], contentType: String, status: HTTPResponse.Status = .ok,
        extra: HTTPFields = [:]
    ) -> Response {
        var headers: HTTPFields = [.contentType: contentType, .contentLength: String(body.count)]
        headers[.init("X-Content-Type-Options")!] = "nosniff"
        if contentType == html {
            // No scripts at all: a stored `<script>` that escaped escaping still could not run.
            headers[.init("Content-Security-Policy")!] =
                "default-src 'self'; script-src 'none'; object-src 'none'; "
                + "style-src 'self'; img-src 'self' data:; frame-ancestors 'none'"
            headers[.init("Referrer-Policy")!] = "same-origin"
        }
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    static func page(_ h: HTML, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(h.rendered.utf8), contentType: html, status: status)
    }

    static func document(_ v: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(v.rendered().utf8), contentType: json, status: status)
    }

    static func download(_ text: String, contentType: String, filename: String) -> Response {
        bytes(
            Array(text.utf8), contentType: contentType,
            extra: [.contentDisposition: "attachment; filename=\"\(filename)\""])
    }
}

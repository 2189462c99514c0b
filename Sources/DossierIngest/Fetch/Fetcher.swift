import CCurl
import DossierModel
import DossierText
import Foundation

/// Fetches a page or feed over http(s) with libcurl (through the small C file in `CCurl`):
/// redirects followed (at most 10, http and https only), an overall timeout, and a size cap.
///
/// Why not URLSession: on Linux it hands the body to its delegate asynchronously while curl goes
/// on reading, and a cancel lands late, so a fast server pushing an endless body had it hold
/// gigabytes (8.9 GB measured against a 32 MiB cap). Here the body is taken in curl's own write
/// callback, which stops the transfer the moment the cap is passed: memory stays at the cap.
public enum Fetcher {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    public static let userAgent = "Dossier/1.0 (news reader)"
    static let accept =
        "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        + "application/feed+json,application/xml;q=0.9,*/*;q=0.8"

    /// Blocks until the body is in, or throws: a bad URL, a network error, a non-2xx status, the
    /// timeout (seconds, for the whole exchange), or a body larger than `maxBytes`.
    public static func fetch(
        _ url: String, timeout: Double = 30, maxBytes: Int = 32 << 20
    ) throws
        -> (body: [UInt8], finalURL: String, contentType: String?)
    {
        let r = try request(url, timeout: timeout, maxBytes: maxBytes)
        guard (200..<300).contains(r.status) else { throw Failure(description: "HTTP status \(r.status)") }
        return (r.body, r.finalURL, r.contentType)
    }

    /// The curl codes told apart here (curl.h's numbering).
    enum CURLcodeName: Int32 {
        case ok = 0, unsupportedProtocol = 1, writeError = 23, timedOut = 28, tooManyRedirects = 47, fileSizeExceeded =
            63
    }
}

/// An http(s) input: fetched, then read as a feed or as a page by what the server and the bytes say.
public enum RemoteInput {
    public static func isURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://")
    }

    /// The documents behind `url`: a feed's items, or the page itself; failures as one `InputError`.
    public static func documents(
        _ url: String, timeout: Double = 30, maxBytes: Int = 32 << 20
    ) -> [Result<RawDocument, InputError>] {
        let fetched: (body: [UInt8], finalURL: String, contentType: String?)
        do { fetched = try Fetcher.fetch(url, timeout: timeout, maxBytes: maxBytes) } catch {
            return [.failure(InputError(input: url, problem: "fetch failed: \(error)"))]
        }
        let ct = fetched.contentType?.lowercased() ?? ""
        if let kind = NotText.kind(contentType: ct, body: fetched.body) {
            return [.failure(InputError(input: url, problem: "serves \(kind), not a page or a feed; skipped"))]
        }
        let charset = Charset.fromContentType(fetched.contentType)
        let feedType = ct.contains("rss") || ct.contains("atom") || ct.contains("feed+json") || ct.contains("rdf")
        if feedType || (!ct.contains("html") && FeedReader.looksLikeFeed(fetched.body)) {
            return FeedReader.documents(fetched.body, source: url, contentTypeCharset: charset)
        }
        let id = ContentID.make(fetched.finalURL)
        let article = Article(
            id: id, source: url, url: fetched.finalURL, outlet: Outlet.fromURL(fetched.finalURL), text: "")
        return [.success(RawDocument(article: article, body: .html(fetched.body, charset: charset)))]
    }
}

/// What a server sends that is no article: images, PDFs, audio, video, archives. Told by the
/// Content-Type, and by the first bytes when the type is missing or generic.
public enum NotText {
    public static func kind(contentType ct: String, body: [UInt8]) -> String? {
        let type = ct.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        for prefix in ["image/", "audio/", "video/", "font/"] where type.hasPrefix(prefix) { return "\(type) data" }
        let binaryTypes: Set<String> = [
            "application/pdf", "application/zip", "application/gzip", "application/x-gzip", "application/msword",
            "application/vnd.ms-excel", "application/x-tar", "application/x-7z-compressed", "application/wasm",
        ]
        if binaryTypes.contains(type) || type.hasPrefix("application/vnd.openxmlformats") { return "\(type) data" }
        let magic: [(bytes: [UInt8], name: String)] = [
            (Array("%PDF-".utf8), "a PDF"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
            ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"), (Array("PK\u{3}\u{4}".utf8), "a ZIP archive"),
            (Array("RIFF".utf8), "RIFF media (WebP, WAV or AVI)"), (Array("ID3".utf8), "MP3 audio"),
        ]
        for m in magic where body.starts(with: m.bytes) { return m.name }
        return nil
    }
}

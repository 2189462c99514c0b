import CCurl
import DossierClean
import DossierModel
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
    static let accept = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
        + "application/feed+json,application/xml;q=0.9,*/*;q=0.8"

    /// Blocks until the body is in, or throws: a bad URL, a network error, a non-2xx status, the
    /// timeout (seconds, for the whole exchange), or a body larger than `maxBytes`.
    public static func fetch(_ url: String, timeout: Double = 30, maxBytes: Int = 32 << 20) throws
        -> (body: [UInt8], finalURL: String, contentType: String?)
    {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https",
              u.host != nil else {
            throw Failure(description: "not an http(s) URL")
        }
        let sink = BodySink(maxBytes: maxBytes)
        var result = dossier_fetch_result()
        let seconds = max(1, Int(timeout.rounded(.up)))
        let code = withExtendedLifetime(sink) {
            dossier_fetch(url, seconds, 10, Int64(maxBytes), userAgent, accept, { data, size, context in
                guard let data, let context else { return 0 }
                let sink = Unmanaged<BodySink>.fromOpaque(context).takeUnretainedValue()
                return sink.take(UnsafeRawBufferPointer(start: data, count: size)) ? size : 0
            }, Unmanaged.passUnretained(sink).toOpaque(), &result)
        }
        let contentType = string(&result.content_type)
        let finalURL = string(&result.final_url)
        switch CURLcodeName(rawValue: code) {
        case .ok:
            break
        case .writeError where sink.overflowed, .fileSizeExceeded:
            throw Failure(description: "body exceeds the \(maxBytes)-byte limit")
        case .timedOut:
            throw Failure(description: "timed out after \(Int(timeout)) s")
        case .tooManyRedirects:
            throw Failure(description: "more than 10 redirects")
        case .unsupportedProtocol:
            throw Failure(description: "redirect to a non-http(s) URL")
        default:
            throw Failure(description: string(&result.error))
        }
        guard (200..<300).contains(result.status) else { throw Failure(description: "HTTP status \(result.status)") }
        return (sink.body, finalURL.isEmpty ? url : finalURL, contentType.isEmpty ? nil : contentType)
    }

    /// The curl codes told apart here (curl.h's numbering).
    enum CURLcodeName: Int32 {
        case ok = 0, unsupportedProtocol = 1, writeError = 23, timedOut = 28, tooManyRedirects = 47, fileSizeExceeded = 63
    }

    private static func string<T>(_ tuple: inout T) -> String {
        withUnsafeBytes(of: &tuple) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// The body as it arrives, refused past the cap (which ends the transfer at once).
    private final class BodySink {
        let maxBytes: Int
        var body: [UInt8] = []
        var overflowed = false

        init(maxBytes: Int) { self.maxBytes = maxBytes }

        func take(_ bytes: UnsafeRawBufferPointer) -> Bool {
            guard body.count + bytes.count <= maxBytes else {
                overflowed = true
                return false
            }
            body.append(contentsOf: bytes)
            return true
        }
    }
}

/// An http(s) input: fetched, then read as a feed or as a page by what the server and the bytes say.
public enum RemoteInput {
    public static func isURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://")
    }

    /// The documents behind `url`: a feed's items, or the page itself; failures as one `InputError`.
    public static func documents(_ url: String, timeout: Double = 30, maxBytes: Int = 32 << 20) -> [Result<RawDocument, InputError>] {
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
        let article = Article(id: id, source: url, url: fetched.finalURL, outlet: Outlet.fromURL(fetched.finalURL), text: "")
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
            (Array("%PDF-".utf8), "a PDF"), ([0x89, 0x50, 0x4E, 0x47], "a PNG image"), ([0xFF, 0xD8, 0xFF], "a JPEG image"),
            (Array("GIF8".utf8), "a GIF image"), (Array("PK\u{3}\u{4}".utf8), "a ZIP archive"),
            (Array("RIFF".utf8), "RIFF media (WebP, WAV or AVI)"), (Array("ID3".utf8), "MP3 audio"),
        ]
        for m in magic where body.starts(with: m.bytes) { return m.name }
        return nil
    }
}

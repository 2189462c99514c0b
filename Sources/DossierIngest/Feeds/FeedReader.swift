import CLibXML2
import DossierModel
import DossierText
import Foundation

/// One item of a feed, before it becomes an article.
public struct FeedItem: Sendable, Equatable {
    public var title: String?
    public var link: String?
    /// guid / Atom id / JSON Feed id.
    public var guid: String?
    public var published: Timestamp?
    public var author: String?
    /// Plain text, HTML reduced by `HTMLFragment` (the page walker, as for pages).
    public var summary: String?
    public var content: String?
    public var language: String?
}

/// RSS 0.9x / 1.0 / 2.0, Atom 0.3 / 1.0 and JSON Feed, read best-effort as feedparser does:
/// ill-formed XML goes through libxml2's recovering parser, undeclared HTML entities are resolved,
/// and the bytes are decoded by `Charset` (BOM, HTTP charset, XML declaration, guess).
public enum FeedReader {
    /// Every item of the feed as an article (text = content, else summary, else title), and the
    /// problems met. Ids come from each item's link (else its guid) through `ContentID`;
    /// `source` is `source#N`, N counting items from 1.
    public static func read(
        _ data: [UInt8], source: String, contentTypeCharset: String? = nil
    ) -> (items: [Article], errors: [InputError]) {
        let parsed = parse(data, contentTypeCharset: contentTypeCharset)
        guard case .success(let feed) = parsed else {
            if case .failure(let why) = parsed { return ([], [InputError(input: source, problem: why.description)]) }
            return ([], [])
        }
        if feed.items.isEmpty {
            return ([], [InputError(input: source, problem: "feed holds no items (nothing to read)")])
        }
        var items: [Article] = []
        for (n, item) in feed.items.enumerated() {
            let body = item.content ?? item.summary ?? item.title ?? ""
            var article = Article(
                id: ContentID.make(item.link ?? item.guid ?? "\(source)#\(n + 1)"), source: "\(source)#\(n + 1)",
                url: item.link, outlet: feed.title ?? item.link.flatMap(Outlet.fromURL), title: item.title,
                byline: item.author,
                published: item.published, language: item.language ?? feed.language, text: body)
            article.paragraphs = paragraphs(of: body)
            items.append(article)
        }
        return (items, [])
    }

    /// The items as raw documents for the ingest stream (body = the item's text, cleaned later like any text).
    public static func documents(
        _ data: [UInt8], source: String, contentTypeCharset: String? = nil
    ) -> [Result<RawDocument, InputError>] {
        let (items, errors) = read(data, source: source, contentTypeCharset: contentTypeCharset)
        var out: [Result<RawDocument, InputError>] = errors.map { .failure($0) }
        for var a in items {
            let body = a.text
            a.text = ""
            a.paragraphs = []
            out.append(.success(RawDocument(article: a, body: .plainText(body))))
        }
        return out
    }

    /// Whether the bytes look like a feed (RSS, RDF, Atom or JSON Feed) rather than a page.
    public static func looksLikeFeed(_ data: [UInt8]) -> Bool {
        // Bytes, ASCII case folded: a Foundation search over a lowered String cost more than
        // extracting the page.
        // One pass over the head, the marks compared only where one could start ('<' or 'j').
        data.withUnsafeBufferPointer { all in
            let head = UnsafeBufferPointer(rebasing: all.prefix(2048))
            for i in head.indices where head[i] == 0x3C || head[i] == 0x6A || head[i] == 0x4A {
                for mark in feedMarks where i + mark.count <= head.count {
                    var k = 0
                    while k < mark.count,
                        (head[i + k] >= 65 && head[i + k] <= 90 ? head[i + k] | 0x20 : head[i + k]) == mark[k]
                    {
                        k += 1
                    }
                    if k == mark.count { return true }
                }
            }
            return false
        }
    }

    /// What only a feed's first bytes hold, lowercase.
    private static let feedMarks: [[UInt8]] = ["jsonfeed.org", "<rss", "<rdf:rdf", "<feed", "<channel"].map {
        Array($0.utf8)
    }

    public struct Feed: Sendable {
        public var title: String?
        public var link: String?
        public var language: String?
        public var items: [FeedItem]
        /// RSS `<ttl>`: minutes the publisher asks readers to wait between polls.
        public var ttlMinutes: Int?
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Parses a feed document.
    public static func parse(_ data: [UInt8], contentTypeCharset: String? = nil) -> Result<Feed, Failure> {
        let first = data.first {
            $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
        }
        if first == nil { return .failure(Failure(description: "empty file")) }
        if first == UInt8(ascii: "{") { return JSONFeedReader.parse(data) }
        return XMLFeedReader.parse(data, contentTypeCharset: contentTypeCharset)
    }

    static func paragraphs(of text: String) -> [Span] {
        var spans: [Span] = []
        var pos = 0
        var start = 0
        var newlines = 0
        var lastNonSpace = -1
        for s in text.unicodeScalars {
            if s == "\n" {
                newlines += 1
            } else {
                if newlines >= 2, lastNonSpace >= start { spans.append(Span(start, lastNonSpace + 1)); start = pos }
                newlines = 0
                if s != " " { lastNonSpace = pos }
            }
            pos += 1
        }
        if lastNonSpace >= start { spans.append(Span(start, lastNonSpace + 1)) }
        return spans
    }

    /// Feed text that may be HTML (escaped markup, CDATA) reduced to plain text.
    static func plain(_ s: String) -> String {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        guard t.contains("<") || t.contains("&") else { return t }
        return HTMLFragment.text(t).text
    }
}

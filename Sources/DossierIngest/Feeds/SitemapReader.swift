import CLibXML2
import DossierModel
import DossierText
import Foundation

/// XML sitemaps (sitemaps.org), news sitemaps (`news:` elements) included: the page URLs a site
/// lists, each with what the sitemap says of it, or the child sitemaps of a sitemap index.
public enum SitemapReader {
    public struct Entry: Sendable, Equatable {
        public var url: String
        public var modified: Timestamp?
        /// `news:title` and `news:publication_date`, when a news sitemap gives them.
        public var title: String?
        public var published: Timestamp?
        public var language: String?
    }

    public struct Sitemap: Sendable {
        /// Pages (`<urlset>`).
        public var entries: [Entry]
        /// Child sitemaps (`<sitemapindex>`).
        public var children: [String]
    }

    /// Whether the bytes open like a sitemap (an `<urlset` or `<sitemapindex` root near the start).
    public static func looksLikeSitemap(_ data: [UInt8]) -> Bool {
        let head = String(decoding: data.prefix(2048), as: UTF8.self).lowercased()
        return head.contains("<urlset") || head.contains("<sitemapindex")
    }

    /// Entries past this are ignored: a bound on work per poll (sitemaps.org allows 50,000).
    public static let maxEntries = 50_000

    public static func parse(_ data: [UInt8]) -> Sitemap? {
        _ = LibXML2Setup.ready
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { c in
                xmlReadMemory(c.baseAddress, Int32(clamping: c.count), nil, nil, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else { return nil }
        switch XMLFeedReader.localName(root).lowercased() {
        case "urlset":
            var entries: [Entry] = []
            for node in XMLFeedReader.children(root, "url").prefix(maxEntries) {
                guard let loc = XMLFeedReader.child(node, "loc").map(XMLFeedReader.text).flatMap(XMLFeedReader.nonEmpty)
                else { continue }
                var e = Entry(url: loc)
                e.modified = XMLFeedReader.child(node, "lastmod").flatMap { DateParsing.parse(XMLFeedReader.text($0)) }
                if let news = XMLFeedReader.child(node, "news") {
                    e.title = XMLFeedReader.child(news, "title").map(XMLFeedReader.text).flatMap(XMLFeedReader.nonEmpty)
                    e.published = XMLFeedReader.child(news, "publication_date")
                        .flatMap { DateParsing.parse(XMLFeedReader.text($0)) }
                    if let pub = XMLFeedReader.child(news, "publication") {
                        e.language = XMLFeedReader.child(pub, "language").map(XMLFeedReader.text)
                            .flatMap(XMLFeedReader.nonEmpty).map(XMLFeedReader.languageTag)
                    }
                }
                entries.append(e)
            }
            return Sitemap(entries: entries, children: [])
        case "sitemapindex":
            let children = XMLFeedReader.children(root, "sitemap").prefix(maxEntries).compactMap {
                XMLFeedReader.child($0, "loc").map(XMLFeedReader.text).flatMap(XMLFeedReader.nonEmpty)
            }
            return Sitemap(entries: [], children: Array(children))
        default:
            return nil
        }
    }
}

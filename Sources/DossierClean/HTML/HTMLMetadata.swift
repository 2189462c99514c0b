import DossierModel
import DossierText
import Foundation

/// Title, byline, site name, date and language from the page's own declarations, strongest first:
/// Open Graph / article:*, JSON-LD (NewsArticle, Article, ...), Dublin Core, Parse.ly, Sailthru,
/// microdata, `<time datetime>`, a date in the URL, and finally a visible date line.
struct HTMLMetadata {
    var title: String?
    var byline: String?
    var siteName: String?
    var published: Timestamp?
    var language: String?
    var url: String?

    init(signals: PageSignals, blocks: [TextBlock], pageURL: String?) {
        var meta: [String: String] = [:]
        for (k, v) in signals.meta where meta[k] == nil { meta[k] = Self.trimmed(v) }
        let ld = JSONLDArticle(scripts: signals.jsonLD)
        let parsely = Self.parselyPage(meta["parsely-page"])

        func first(_ keys: [String]) -> String? {
            for k in keys { if let v = meta[k], !v.isEmpty { return v } }
            return nil
        }

        title =
            first(["og:title", "twitter:title"]) ?? ld.headline ?? first([
                "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title", "headline",
            ])
            ?? parsely?["title"] as? String ?? signals.itemprops.first { $0.prop == "headline" }?.value
            ?? signals.title.map(Self.stripSiteSuffix)

        let authorMeta = first([
            "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl",
            "byline",
        ])
        .flatMap { $0.hasPrefix("http") ? nil : $0 }
        byline =
            authorMeta ?? ld.author ?? (parsely?["author"] as? String)
            ?? signals.itemprops.first { $0.prop == "author" && !$0.value.isEmpty }?.value
            ?? signals.authorLinks.first { !$0.isEmpty }
            ?? Self.visibleByline(blocks)
        if let b = byline { byline = Self.cleanByline(b) }

        siteName =
            first(["og:site_name", "application-name", "publisher", "dc.publisher", "dcterms.publisher"])
            ?? ld.publisher

        let dateKeys = [
            "article:published_time", "og:published_time", "published_time", "article:published", "datepublished",
            "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
            "parsely-pub-date", "sailthru.date", "pubdate", "publishdate", "publish-date", "publish_date",
            "date", "article.published", "original-publish-date", "og:article:published_time",
            "citation_publication_date",
        ]
        published = nil
        for k in dateKeys { if let v = meta[k], let t = DateParsing.parse(v) { published = t; break } }
        if published == nil, let v = ld.datePublished { published = DateParsing.parse(v) }
        if published == nil, let v = parsely?["pub_date"] as? String { published = DateParsing.parse(v) }
        if published == nil {
            for (p, v) in signals.itemprops where p == "datepublished" || p == "datecreated" {
                if let t = DateParsing.parse(v) { published = t; break }
            }
        }
        if published == nil {
            for t in signals.times {
                if let ts = DateParsing.parse(t.datetime) ?? DateParsing.parse(t.text) { published = ts; break }
            }
        }
        let resolvedURL = signals.canonical.flatMap { $0.hasPrefix("http") ? $0 : nil } ?? meta["og:url"] ?? pageURL
        url = resolvedURL
        if published == nil, let u = resolvedURL ?? pageURL { published = DateParsing.fromURL(u) }
        if published == nil { published = Self.visibleDate(blocks) }

        var lang =
            signals.htmlLang ?? first(["content-language", "og:locale", "dc.language", "dcterms.language", "language"])
            ?? ld.inLanguage
        if let l = lang {
            let primary = l.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " }).first.map {
                String($0).lowercased()
            }
            lang = primary.flatMap { (2...3).contains($0.count) && $0.allSatisfy({ $0.isLetter }) ? $0 : nil }
        }
        language = lang
    }

    static func stripSiteSuffix(_ t: String) -> String {
        // "Headline - Site", "Headline | Site": keep the longest part, which is the headline on news pages.
        for sep in [" | ", " - ", " – ", " — ", " :: ", " » "] where t.contains(sep) {
            let parts = t.components(separatedBy: sep)
            if let best = parts.max(by: { $0.count < $1.count }), best.count >= 15 {
                return best.trimmingCharacters(in: .whitespaces)
            }
        }
        return t
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` (the Unicode White_Space set) without the
    /// round trip through NSString, which cost more than the rest of the metadata pass on pages
    /// with many meta tags; most values need no trimming at all.
    static func trimmed(_ s: String) -> String {
        func white(_ c: Unicode.Scalar) -> Bool {
            c.value < 0x80 ? c.value == 0x20 || (0x09...0x0D).contains(c.value) : c.properties.isWhitespace
        }
        let u = s.unicodeScalars
        guard let f = u.first, let l = u.last, white(f) || white(l) else { return s }
        var a = u.startIndex, b = u.endIndex
        while a < b && white(u[a]) { a = u.index(after: a) }
        while b > a && white(u[u.index(before: b)]) { b = u.index(before: b) }
        return String(u[a..<b])
    }

    static func cleanByline(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        for p in ["By ", "by ", "BY "] where t.hasPrefix(p) { t = String(t.dropFirst(p.count)) }
        return t.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A short "By Jane Doe" block.
    static func visibleByline(_ blocks: [TextBlock]) -> String? {
        for b in blocks.prefix(400) where b.chars < 80 && b.chars > 5 {
            let t = b.text
            if t.hasPrefix("By ") || t.hasPrefix("BY ") {
                let name = t.dropFirst(3).prefix { $0 != "," && $0 != "|" && $0 != "\n" }
                let words = name.split(separator: " ")
                if (1...5).contains(words.count),
                    words.allSatisfy({ $0.first?.isUppercase ?? false || $0 == "and" || $0 == "de" || $0 == "van" })
                {
                    return String(name).trimmingCharacters(in: .whitespaces)
                }
            }
        }
        return nil
    }

    /// A short block that is mostly a date ("Published March 5, 2024 9:14 AM").
    static func visibleDate(_ blocks: [TextBlock]) -> Timestamp? {
        for b in blocks where b.chars <= 80 && b.chars >= 8 {
            if let t = DateParsing.parse(b.text) { return t }
        }
        return nil
    }

    static func parselyPage(_ s: String?) -> [String: Any]? {
        guard let s, let d = s.data(using: .utf8) else { return nil }
        return (try? JSONSerialization.jsonObject(with: d)) as? [String: Any]
    }
}

/// The fields of the first Article-like object in the page's JSON-LD.
struct JSONLDArticle {
    var headline: String?
    var author: String?
    var datePublished: String?
    var publisher: String?
    var inLanguage: String?

    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle",
        "reviewnewsarticle", "blogposting", "socialmediaposting", "liveblogposting", "techarticle", "scholarlyarticle",
        "report",
    ]

    init(scripts: [String]) {
        var fallback: [String: Any]?
        for s in scripts {
            guard let d = s.data(using: .utf8),
                let obj = try? JSONSerialization.jsonObject(with: d, options: [.fragmentsAllowed])
            else { continue }
            var found: [String: Any]?
            Self.visit(obj) { dict in
                guard found == nil else { return }
                let types: [String]
                if let t = dict["@type"] as? String { types = [t] } else { types = (dict["@type"] as? [String]) ?? [] }
                if types.contains(where: { Self.articleTypes.contains($0.lowercased()) }) {
                    found = dict
                } else if fallback == nil, dict["datePublished"] != nil {
                    fallback = dict
                }
            }
            if let f = found { fill(f); return }
        }
        if let f = fallback { fill(f) }
    }

    private mutating func fill(_ d: [String: Any]) {
        headline = (d["headline"] as? String) ?? (d["name"] as? String)
        datePublished = (d["datePublished"] as? String) ?? (d["dateCreated"] as? String)
        author = Self.names(d["author"] ?? d["creator"])
        publisher = Self.names(d["publisher"])
        inLanguage = (d["inLanguage"] as? String) ?? ((d["inLanguage"] as? [String: Any])?["name"] as? String)
    }

    static func names(_ v: Any?) -> String? {
        if let s = v as? String { return s.isEmpty || s.hasPrefix("http") ? nil : s }
        if let d = v as? [String: Any] { return d["name"] as? String }
        if let a = v as? [Any] {
            let all = a.compactMap { names($0) }
            return all.isEmpty ? nil : all.joined(separator: ", ")
        }
        return nil
    }

    static func visit(_ v: Any, _ f: ([String: Any]) -> Void) {
        if let d = v as? [String: Any] {
            f(d)
            if let g = d["@graph"] { visit(g, f) }
            if let m = d["mainEntity"] { visit(m, f) }
        } else if let a = v as? [Any] {
            for x in a { visit(x, f) }
        }
    }
}

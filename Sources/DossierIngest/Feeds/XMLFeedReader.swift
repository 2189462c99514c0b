import CLibXML2
import DossierModel
import DossierText
import Foundation

/// RSS and Atom through libxml2's recovering XML parser, by element local names so that
/// namespace prefixes (or their absence in ill-formed feeds) do not matter.
enum XMLFeedReader {
    static func parse(_ data: [UInt8], contentTypeCharset: String?) -> Result<FeedReader.Feed, FeedReader.Failure> {
        _ = LibXML2Setup.ready
        let charset = Charset.detect(data, declared: contentTypeCharset, xml: true)
        var text = resolveHTMLEntities(Charset.decode(data, charset: charset))
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_IGNORE_ENC.rawValue)
        // Not XML_PARSE_HUGE: its absence keeps libxml2's own limits (nesting depth 256, text node
        // and name sizes, entity amplification). Not XML_PARSE_NOENT or DTD loading: entities
        // declared in the feed are never expanded (see `text`), so "billion laughs" costs nothing.
        let doc: xmlDocPtr? = text.withUTF8 { buf in
            buf.withMemoryRebound(to: CChar.self) { c in
                xmlReadMemory(c.baseAddress, Int32(c.count), nil, "UTF-8", options)
            }
        }
        guard let doc else {
            return .failure(FeedReader.Failure(description: "not XML (unparseable even in recovery mode)"))
        }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc) else {
            return .failure(FeedReader.Failure(description: "XML without a root element"))
        }
        switch localName(root).lowercased() {
        case "rss", "rdf", "channel":
            return .success(rss(root))
        case "feed":
            return .success(atom(root))
        case let other:
            return .failure(FeedReader.Failure(description: "not a feed (root element <\(other)>)"))
        }
    }

    // MARK: - RSS 0.9x / 1.0 / 2.0

    private static func rss(_ root: xmlNodePtr) -> FeedReader.Feed {
        let lang = attribute(root, "lang")
        var channel: xmlNodePtr? = localName(root).lowercased() == "channel" ? root : child(root, "channel")
        if channel == nil { channel = root }
        var feed = FeedReader.Feed(
            title: child(channel!, "title").map(text), link: child(channel!, "link").map(text),
            language: (child(channel!, "language").map(text) ?? lang).map(languageTag), items: [])
        if let ttl = child(channel!, "ttl").map(text).flatMap({ Int($0.prefix(9)) }), ttl > 0 { feed.ttlMinutes = ttl }
        // RSS 2.0 nests items in the channel; RSS 1.0 / 0.90 put them beside it.
        var itemNodes = children(channel!, "item")
        if channel! != root { itemNodes += children(root, "item") }
        for node in itemNodes {
            var item = FeedItem()
            item.title = child(node, "title").map { FeedReader.plain(text($0)) }.flatMap(nonEmpty)
            item.link = child(node, "link").map(text).flatMap(nonEmpty)
            if let g = child(node, "guid") {
                let guid = text(g)
                item.guid = nonEmpty(guid)
                let permalink = attribute(g, "isPermaLink")?.lowercased() != "false"
                if item.link == nil, permalink, guid.hasPrefix("http") { item.link = guid }
            }
            if item.link == nil, let about = attribute(node, "about") { item.link = about }
            for name in ["pubdate", "date", "published", "issued", "created", "updated", "modified", "lastbuilddate"] {
                if let d = child(node, name), let t = DateParsing.parse(text(d)) { item.published = t; break }
            }
            item.author = (child(node, "creator") ?? child(node, "author")).map { FeedReader.plain(text($0)) }.flatMap(
                nonEmpty)
            item.summary = child(node, "description").map(markup).flatMap(nonEmpty)
            item.content = child(node, "encoded").map(markup).flatMap(nonEmpty)
            item.language = attribute(node, "lang").map(languageTag)
            feed.items.append(item)
        }
        return feed
    }

    // MARK: - Atom 0.3 / 1.0

    private static func atom(_ root: xmlNodePtr) -> FeedReader.Feed {
        let lang = attribute(root, "lang").map(languageTag)
        var feed = FeedReader.Feed(
            title: child(root, "title").map(atomText).flatMap(nonEmpty), link: atomLink(root), language: lang, items: []
        )
        let feedAuthor = child(root, "author").flatMap { child($0, "name") }.map(text)
        for node in children(root, "entry") {
            var item = FeedItem()
            item.title = child(node, "title").map(atomText).flatMap(nonEmpty)
            item.link = atomLink(node)
            item.guid = child(node, "id").map(text).flatMap(nonEmpty)
            for name in ["published", "issued", "created", "updated", "modified"] {
                if let d = child(node, name), let t = DateParsing.parse(text(d)) { item.published = t; break }
            }
            let authors = children(node, "author").compactMap { a in
                (child(a, "name").map(text) ?? nonEmpty(text(a))).flatMap(nonEmpty)
            }
            item.author = authors.isEmpty ? feedAuthor : authors.joined(separator: ", ")
            item.summary = child(node, "summary").map(atomText).flatMap(nonEmpty)
            item.content = child(node, "content").map(atomText).flatMap(nonEmpty)
            item.language = attribute(node, "lang").map(languageTag) ?? lang
            feed.items.append(item)
        }
        return feed
    }

    /// rel="alternate" (or no rel) first, then any link; Atom 0.3 and 1.0 alike.
    private static func atomLink(_ node: xmlNodePtr) -> String? {
        let links = children(node, "link")
        for l in links {
            let rel = attribute(l, "rel")?.lowercased() ?? "alternate"
            if rel == "alternate", let h = attribute(l, "href"), !h.isEmpty { return h }
        }
        for l in links { if let h = attribute(l, "href"), !h.isEmpty { return h } }
        return links.first.map(text).flatMap(nonEmpty)
    }

    /// Atom text constructs: type text / html / xhtml (and Atom 0.3's mode="escaped").
    private static func atomText(_ node: xmlNodePtr) -> String {
        let declared = attribute(node, "type")?.lowercased()
        let type = declared ?? "text"
        let mode = attribute(node, "mode")?.lowercased()
        if mode == "base64", let d = Data(base64Encoded: text(node), options: .ignoreUnknownCharacters) {
            let decoded = String(decoding: d, as: UTF8.self)
            return type.contains("html") ? FeedReader.plain(decoded) : decoded
        }
        if type.contains("xhtml") || hasElementChildren(node) { return FeedReader.plain(innerXML(node)) }
        if type.contains("html") || mode == "escaped" { return FeedReader.plain(text(node)) }
        // type="text" means the characters as given, "<" included.
        return text(node)
    }

    /// RSS description / content:encoded: escaped HTML, CDATA, or (ill-formed) raw markup.
    private static func markup(_ node: xmlNodePtr) -> String {
        hasElementChildren(node) ? FeedReader.plain(innerXML(node)) : FeedReader.plain(text(node))
    }

    // MARK: - libxml2 tree helpers

    static func localName(_ n: xmlNodePtr) -> String {
        guard let name = n.pointee.name else { return "" }
        let s = String(cString: name)
        // Without namespace processing an ill-formed feed keeps "dc:date" as the name.
        if let colon = s.lastIndex(of: ":") { return String(s[s.index(after: colon)...]) }
        return s
    }

    static func children(_ n: xmlNodePtr, _ name: String) -> [xmlNodePtr] {
        var out: [xmlNodePtr] = []
        var c = n.pointee.children
        while let x = c {
            if x.pointee.type == XML_ELEMENT_NODE, localName(x).lowercased() == name { out.append(x) }
            c = x.pointee.next
        }
        return out
    }

    static func child(_ n: xmlNodePtr, _ name: String) -> xmlNodePtr? {
        var c = n.pointee.children
        while let x = c {
            if x.pointee.type == XML_ELEMENT_NODE, localName(x).lowercased() == name { return x }
            c = x.pointee.next
        }
        return nil
    }

    static func hasElementChildren(_ n: xmlNodePtr) -> Bool {
        var c = n.pointee.children
        while let x = c {
            if x.pointee.type == XML_ELEMENT_NODE { return true }
            c = x.pointee.next
        }
        return false
    }

    static func attribute(_ n: xmlNodePtr, _ name: String) -> String? {
        var a = n.pointee.properties
        while let attr = a {
            if let an = attr.pointee.name {
                var s = String(cString: an)
                if let colon = s.lastIndex(of: ":") { s = String(s[s.index(after: colon)...]) }
                if s.caseInsensitiveCompare(name) == .orderedSame {
                    if let c = attr.pointee.children?.pointee.content { return String(cString: c) }
                    return ""
                }
            }
            a = attr.pointee.next
        }
        return nil
    }

    /// The text and CDATA of `n`'s subtree in document order. Unlike `xmlNodeGetContent`, entity
    /// references are left out rather than expanded: a feed's own entity declarations are never
    /// trusted, since nested ones expand exponentially. (HTML named entities were resolved to
    /// characters before parsing, and XML's predefined ones are parsed as text.)
    static func text(_ n: xmlNodePtr) -> String {
        var bytes: [UInt8] = []
        if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE {
            appendContent(n, to: &bytes)
        }
        // Iterative preorder walk; libxml2 already bounds the depth (256 without XML_PARSE_HUGE).
        var node = n.pointee.children
        var depth = 0
        while let x = node {
            switch x.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendContent(x, to: &bytes)
            case XML_ELEMENT_NODE where x.pointee.children != nil:
                node = x.pointee.children
                depth += 1
                continue
            default:
                break
            }
            var next = x
            while next.pointee.next == nil {
                guard depth > 0, let up = next.pointee.parent else { return trimmed(bytes) }
                depth -= 1
                next = up
            }
            node = next.pointee.next
        }
        return trimmed(bytes)
    }

    private static func appendContent(_ n: xmlNodePtr, to bytes: inout [UInt8]) {
        guard let c = n.pointee.content else { return }
        bytes.append(contentsOf: UnsafeBufferPointer(start: c, count: strlen(c)))
    }

    private static func trimmed(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func innerXML(_ n: xmlNodePtr) -> String {
        guard let buf = xmlBufferCreate() else { return text(n) }
        defer { xmlBufferFree(buf) }
        var c = n.pointee.children
        while let x = c {
            xmlNodeDump(buf, n.pointee.doc, x, 0, 0)
            c = x.pointee.next
        }
        guard let content = xmlBufferContent(buf) else { return "" }
        return String(cString: content)
    }

    static func nonEmpty(_ s: String) -> String? {
        let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }

    static func languageTag(_ s: String) -> String {
        String(s.lowercased().prefix { $0.isLetter })
    }

    /// HTML named entities (`&nbsp;`, `&eacute;`) are undefined in XML and would be dropped by the
    /// parser; feeds use them all the time, so they become numeric references first.
    static func resolveHTMLEntities(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "&" {
                var j = i + 1
                var name = ""
                while j < scalars.count, j - i <= 10,
                    scalars[j].properties.isAlphabetic || ("0"..."9").contains(scalars[j])
                {
                    name.unicodeScalars.append(scalars[j])
                    j += 1
                }
                if j < scalars.count, scalars[j] == ";", !name.isEmpty,
                    !["amp", "lt", "gt", "quot", "apos"].contains(name),
                    let desc = htmlEntityLookup(name), let v = Unicode.Scalar(desc.pointee.value)
                {
                    out.append(contentsOf: "&#\(v.value);".unicodeScalars)
                    i = j + 1
                    continue
                }
            }
            out.append(c)
            i += 1
        }
        return String(out)
    }
}

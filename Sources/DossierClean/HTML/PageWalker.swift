import CLibXML2

/// A block-level element of the page, as the content scorer sees it.
struct PageElement {
    var tag: HTMLTag
    var parent: Int32
    var depth: Int16
    var classWeight: Int16
    /// Itself or an ancestor is page furniture by name, role, semantics or visibility (settled after the walk).
    var boiler: Bool
    /// Hidden, or furniture by ARIA role or element semantics (nav, aside, footer).
    var hardBoiler = false
    /// Furniture by class/id naming alone, which a wrapper of most of the page overrides.
    var nameBoiler = false
    var discussion = false
    var contentLike: Bool
    /// Text of the subtree, in scalars, and how much of it sits inside links.
    var chars: Int32 = 0
    var linkChars: Int32 = 0
    /// The subtree's blocks are `blocks[firstBlock..<endBlock]` (document order keeps them contiguous).
    var firstBlock: Int32 = 0
    var endBlock: Int32 = 0
    /// The subtree's elements are `elements[self+1..<endElement]` (preorder).
    var endElement: Int32 = 0
    var score: Double = 0
    /// class and id, kept only when tracing.
    var label: String? = nil
    var scored = false
}

/// A run of text between block boundaries: one candidate paragraph.
struct TextBlock {
    var text: String
    var chars: Int
    var linkChars: Int
    var commas: Int
    /// Innermost block-level element holding the text.
    var owner: Int32
    var ownerTag: HTMLTag
    var boiler: Bool
    var headingLevel: Int8
    var inList: Bool
    var inQuote: Bool
    /// Looks like serialized data or code (JSON left in the markup), not prose.
    var codeLike = false
    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

/// Raw metadata signals gathered in the same pass as the text.
struct PageSignals {
    var meta: [(key: String, value: String)] = []
    var jsonLD: [String] = []
    var title: String?
    var htmlLang: String?
    var canonical: String?
    /// `<time datetime>` values (and their text), in document order with the block index they precede.
    var times: [(datetime: String, text: String, block: Int)] = []
    /// `itemprop` values seen on elements: ("datePublished", value) ...
    var itemprops: [(prop: String, value: String)] = []
    /// Text of links marked `rel=author`.
    var authorLinks: [String] = []
}

/// One depth-first pass over libxml2's tree: splits the text into blocks, records block-level
/// elements with their text and link totals, and collects metadata tags on the way.
struct PageWalker {
    var elements: [PageElement] = []
    var blocks: [TextBlock] = []
    var signals = PageSignals()

    /// Keep class/id labels on elements for `HTMLExtractor.trace`.
    var keepLabels = false
    private var stack: [Int32] = []
    private var buffer: [UInt8] = []
    private var bufferChars = 0
    private var bufferLinkChars = 0
    private var bufferCommas = 0
    private var pendingSpace = false
    private var linkDepth = 0
    private var listDepth = 0
    private var quoteDepth = 0
    private var tagCache: [UnsafeRawPointer: HTMLTag] = [:]
    private var classBuffer: [UInt8] = []

    init() {
        elements.reserveCapacity(1024)
        blocks.reserveCapacity(512)
        buffer.reserveCapacity(4096)
    }

    mutating func walk(document root: xmlNodePtr) {
        // A virtual root so that every block has an owner.
        elements.append(PageElement(tag: .html, parent: -1, depth: 0, classWeight: 0, boiler: false, contentLike: false))
        stack.append(0)
        visit(root)
        flush()
        elements[0].endBlock = Int32(blocks.count)
        elements[0].endElement = Int32(elements.count)
        settleBoilerplate()
    }

    /// Inherits furniture marks down the tree. A class name alone does not condemn the page's
    /// main wrappers: `<body class="... sidebar-left">` or a div holding most of the text.
    private mutating func settleBoilerplate() {
        let total = max(1, Int(elements[0].chars))
        for i in 1..<elements.count {
            if elements[i].nameBoiler, !elements[i].discussion, holdsArticleProse(elements[i]) { elements[i].nameBoiler = false }
            let e = elements[i]
            var own = e.hardBoiler
            if e.nameBoiler, e.tag != .body, e.tag != .html, e.discussion || Int(e.chars) * 5 < total * 2 { own = true }
            elements[i].boiler = own || elements[Int(e.parent)].boiler
        }
        for i in blocks.indices { blocks[i].boiler = elements[Int(blocks[i].owner)].boiler }
    }

    private mutating func tag(of node: xmlNodePtr) -> HTMLTag {
        guard let name = node.pointee.name else { return .other }
        let key = UnsafeRawPointer(name)
        if let t = tagCache[key] { return t }
        let s = String(cString: name).lowercased()
        let t = HTMLTag.byName[s] ?? .other
        tagCache[key] = t
        return t
    }

    private mutating func visit(_ first: xmlNodePtr) {
        var node: xmlNodePtr? = first
        while let n = node {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let c = n.pointee.content { appendText(c) }
            case XML_ELEMENT_NODE:
                element(n)
            default:
                break
            }
            node = n.pointee.next
        }
    }

    private static func attrValue(_ a: UnsafeMutablePointer<xmlAttr>) -> UnsafeMutablePointer<xmlChar>? {
        a.pointee.children?.pointee.content
    }

    private static func equalsLower(_ p: UnsafePointer<xmlChar>, _ s: StaticString) -> Bool {
        let b = s.utf8Start
        var i = 0
        while i < s.utf8CodeUnitCount {
            var c = p[i]
            if c >= 65 && c <= 90 { c |= 0x20 }
            if c != b[i] { return false }
            i += 1
        }
        return p[i] == 0
    }

    private static func string(_ p: UnsafeMutablePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: UnsafePointer(p))
    }

    private mutating func element(_ n: xmlNodePtr) {
        let t = tag(of: n)
        switch t {
        case .meta:
            recordMeta(n); return
        case .script:
            recordScript(n); return
        case .title:
            if signals.title == nil { signals.title = Self.textContent(n) }
            return
        case .link:
            recordLink(n); return
        case .br:
            flush(); return
        case .img, .wbr:
            return
        case .head:
            // Metadata lives here; nothing of the body does.
            if let c = n.pointee.children { visitHead(c) }
            return
        default:
            break
        }
        if t.isDropped { return }

        // Attributes: class/id naming, visibility, ARIA role, microdata.
        classBuffer.removeAll(keepingCapacity: true)
        var hidden = false
        var roleBoiler = false
        var a = n.pointee.properties
        while let attr = a {
            if let name = attr.pointee.name, let v = Self.attrValue(attr) {
                if Self.equalsLower(name, "class") || Self.equalsLower(name, "id") {
                    var p = v
                    while p.pointee != 0 {
                        let c = p.pointee
                        classBuffer.append(c >= 65 && c <= 90 ? c | 0x20 : c)
                        p += 1
                    }
                    classBuffer.append(0x20)
                } else if Self.equalsLower(name, "style") {
                    let s = Self.string(v).lowercased().filter { $0 != " " }
                    if s.contains("display:none") || s.contains("visibility:hidden") { hidden = true }
                } else if Self.equalsLower(name, "hidden") {
                    hidden = true
                } else if Self.equalsLower(name, "aria-hidden") {
                    if Self.string(v).lowercased() == "true" { hidden = true }
                } else if Self.equalsLower(name, "role") {
                    switch Self.string(v).lowercased() {
                    case "navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar", "dialog", "alert", "toolbar":
                        roleBoiler = true
                    default: break
                    }
                } else if Self.equalsLower(name, "itemprop") {
                    recordItemprop(n, Self.string(v))
                } else if t == .html, Self.equalsLower(name, "lang") || Self.equalsLower(name, "xml:lang") {
                    if signals.htmlLang == nil { signals.htmlLang = Self.string(v) }
                } else if t == .time, Self.equalsLower(name, "datetime") {
                    signals.times.append((Self.string(v), Self.textContent(n), blocks.count))
                } else if t == .a, Self.equalsLower(name, "rel") {
                    if Self.string(v).lowercased().contains("author") { signals.authorLinks.append(Self.textContent(n)) }
                }
            }
            a = attr.pointee.next
        }
        let sig = classBuffer.isEmpty ? ClassSignals() : ClassSignals(lowercased: classBuffer)
        let semanticBoiler: Bool
        switch t {
        case .nav, .aside, .footer, .menu: semanticBoiler = true
        default: semanticBoiler = false
        }

        if t.isInline {
            // Furniture inside a line (a share link, a "hidden" label) is dropped from the line.
            if hidden || roleBoiler || sig.boilerplate && t != .a { return }
            if t == .a { linkDepth += 1 }
            if let c = n.pointee.children { visit(c) }
            if t == .a { linkDepth -= 1 }
            return
        }

        flush()
        let parent = stack.last!
        elements.append(PageElement(
            tag: t, parent: parent, depth: elements[Int(parent)].depth + 1, classWeight: Int16(sig.weight),
            boiler: false, hardBoiler: hidden || roleBoiler || semanticBoiler, nameBoiler: sig.boilerplate, discussion: sig.discussion,
            contentLike: sig.contentLike, firstBlock: Int32(blocks.count)))
        let idx = Int32(elements.count - 1)
        if keepLabels { elements[Int(idx)].label = String(decoding: classBuffer, as: UTF8.self) }
        stack.append(idx)
        if t == .li || t == .dd || t == .dt { listDepth += 1 }
        if t == .blockquote { quoteDepth += 1 }
        if let c = n.pointee.children { visit(c) }
        flush()
        if t == .blockquote { quoteDepth -= 1 }
        if t == .li || t == .dd || t == .dt { listDepth -= 1 }
        stack.removeLast()
        elements[Int(idx)].endBlock = Int32(blocks.count)
        elements[Int(idx)].endElement = Int32(elements.count)
    }

    private mutating func visitHead(_ first: xmlNodePtr) {
        var node: xmlNodePtr? = first
        while let n = node {
            if n.pointee.type == XML_ELEMENT_NODE {
                switch tag(of: n) {
                case .meta: recordMeta(n)
                case .script: recordScript(n)
                case .title: if signals.title == nil { signals.title = Self.textContent(n) }
                case .link: recordLink(n)
                default: if let c = n.pointee.children { visitHead(c) }
                }
            }
            node = n.pointee.next
        }
    }

    /// Three or more paragraphs of linkless running prose making most of the element's text: an
    /// article body inside a wrapper whose name matches furniture ("outbrain-readmore", "paywall").
    private func holdsArticleProse(_ e: PageElement) -> Bool {
        guard e.endBlock - e.firstBlock >= 3, e.linkChars * 5 < e.chars else { return false }
        var prose = 0, proseChars = 0
        for b in blocks[Int(e.firstBlock)..<Int(e.endBlock)] where b.chars >= 100 && b.linkChars * 5 < b.chars {
            guard let last = b.text.unicodeScalars.last else { continue }
            if last == "." || last == "\"" || last == "?" || last == "!" || last == "”" || last == "’" {
                prose += 1
                proseChars += b.chars
            }
        }
        return prose >= 3 && proseChars * 2 >= Int(e.chars)
    }

    // MARK: - Text

    private mutating func appendText(_ c: UnsafeMutablePointer<xmlChar>) {
        var p = c
        let inLink = linkDepth > 0
        while true {
            let b = p.pointee
            if b == 0 { break }
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = !buffer.isEmpty
                p += 1
                continue
            }
            if b == 0xC2 {
                let b1 = p[1]
                if b1 == 0xA0 { pendingSpace = !buffer.isEmpty; p += 2; continue }  // no-break space
                if b1 == 0xAD { p += 2; continue }  // soft hyphen
            } else if b == 0xE2, p[1] == 0x80 {
                let b2 = p[2]
                if b2 == 0x8B || b2 == 0x8C || b2 == 0x8D { p += 3; continue }  // zero-width space/joiners
                if b2 >= 0x80 && b2 <= 0x8A || b2 == 0xAF { pendingSpace = !buffer.isEmpty; p += 3; continue }  // en/em/thin spaces
            } else if b == 0xEF, p[1] == 0xBB, p[2] == 0xBF {
                p += 3; continue  // stray BOM
            }
            if pendingSpace {
                buffer.append(0x20)
                bufferChars += 1
                if inLink { bufferLinkChars += 1 }
                pendingSpace = false
            }
            buffer.append(b)
            if b & 0xC0 != 0x80 {
                bufferChars += 1
                if inLink { bufferLinkChars += 1 }
            }
            if b == 0x2C { bufferCommas += 1 }
            p += 1
        }
    }

    private mutating func flush() {
        defer {
            buffer.removeAll(keepingCapacity: true)
            bufferChars = 0
            bufferLinkChars = 0
            bufferCommas = 0
            pendingSpace = false
        }
        guard !buffer.isEmpty else { return }
        let owner = stack.last!
        let ownerTag = elements[Int(owner)].tag
        var heading = Int8(ownerTag.headingLevel)
        if heading == 0 {
            // A heading that wraps its text in a block child (<h2><div>...</div></h2>) is still a heading.
            var e = elements[Int(owner)].parent
            var hops = 0
            while e >= 0 && hops < 3 {
                let l = elements[Int(e)].tag.headingLevel
                if l > 0 { heading = Int8(l); break }
                e = elements[Int(e)].parent
                hops += 1
            }
        }
        var syntax = 0
        for b in buffer where b == 0x7B || b == 0x7D || b == 0x22 || b == 0x3A || b == 0x5B || b == 0x5D || b == 0x3B || b == 0x3D { syntax += 1 }
        blocks.append(TextBlock(
            text: String(decoding: buffer, as: UTF8.self), chars: bufferChars, linkChars: bufferLinkChars, commas: bufferCommas,
            owner: owner, ownerTag: ownerTag, boiler: false, headingLevel: heading,
            inList: listDepth > 0, inQuote: quoteDepth > 0, codeLike: bufferChars >= 40 && syntax * 12 > bufferChars))
        var e = owner
        while e >= 0 {
            elements[Int(e)].chars += Int32(bufferChars)
            elements[Int(e)].linkChars += Int32(bufferLinkChars)
            e = elements[Int(e)].parent
        }
    }

    // MARK: - Metadata

    static func textContent(_ n: xmlNodePtr) -> String {
        guard let c = xmlNodeGetContent(n) else { return "" }
        defer { free(c) }
        return String(cString: UnsafePointer(c)).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }).joined(separator: " ")
    }

    private mutating func recordMeta(_ n: xmlNodePtr) {
        var key: String?
        var content: String?
        var a = n.pointee.properties
        while let attr = a {
            if let name = attr.pointee.name, let v = Self.attrValue(attr) {
                if Self.equalsLower(name, "property") || Self.equalsLower(name, "name") || Self.equalsLower(name, "itemprop") || Self.equalsLower(name, "http-equiv") {
                    if key == nil { key = Self.string(v).lowercased() }
                } else if Self.equalsLower(name, "content") {
                    content = Self.string(v)
                }
            }
            a = attr.pointee.next
        }
        if let key, let content, !content.isEmpty { signals.meta.append((key, content)) }
    }

    private mutating func recordScript(_ n: xmlNodePtr) {
        var a = n.pointee.properties
        while let attr = a {
            if let name = attr.pointee.name, Self.equalsLower(name, "type"), let v = Self.attrValue(attr) {
                if Self.string(v).lowercased().contains("ld+json"), let c = xmlNodeGetContent(n) {
                    signals.jsonLD.append(String(cString: UnsafePointer(c)))
                    free(c)
                }
                return
            }
            a = attr.pointee.next
        }
    }

    private mutating func recordLink(_ n: xmlNodePtr) {
        var rel = "", href: String?
        var a = n.pointee.properties
        while let attr = a {
            if let name = attr.pointee.name, let v = Self.attrValue(attr) {
                if Self.equalsLower(name, "rel") { rel = Self.string(v).lowercased() }
                if Self.equalsLower(name, "href") { href = Self.string(v) }
            }
            a = attr.pointee.next
        }
        if rel == "canonical", let href, signals.canonical == nil { signals.canonical = href }
    }

    private mutating func recordItemprop(_ n: xmlNodePtr, _ prop: String) {
        let p = prop.lowercased()
        guard p.contains("date") || p == "author" || p == "headline" || p == "inlanguage" else { return }
        var value: String?
        var a = n.pointee.properties
        while let attr = a {
            if let name = attr.pointee.name, let v = Self.attrValue(attr) {
                if Self.equalsLower(name, "content") || Self.equalsLower(name, "datetime") { value = Self.string(v) }
            }
            a = attr.pointee.next
        }
        signals.itemprops.append((p, value ?? Self.textContent(n)))
    }
}

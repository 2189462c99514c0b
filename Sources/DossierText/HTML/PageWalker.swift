import CLibXML2
import DossierModel
import Glibc

/// A block-level element of the page, as the content scorer sees it.
package struct PageElement {
    package var tag: HTMLTag
    package var parent: Int32
    package var depth: Int16
    package var classWeight: Int16
    /// Itself or an ancestor is page furniture by name, role, semantics or visibility (settled after the walk).
    package var boiler: Bool
    /// Hidden, or furniture by ARIA role or element semantics (nav, aside, footer).
    package var hardBoiler = false
    /// Furniture by class/id naming alone, which a wrapper of most of the page overrides.
    package var nameBoiler = false
    /// The furniture name is a strong one, which no placement redeems.
    package var strongName = false
    package var discussion = false
    /// An <aside> or <footer>: furniture unless it holds the page's h1 (some sites put the whole article in one).
    package var asideOrFooter = false
    package var contentLike: Bool
    /// Text of the subtree, in scalars, and how much of it sits inside links (complete once the element has closed).
    package var chars: Int32 = 0
    package var linkChars: Int32 = 0
    /// The subtree's blocks are `blocks[firstBlock..<endBlock]` (document order keeps them contiguous).
    package var firstBlock: Int32 = 0
    package var endBlock: Int32 = 0
    /// The subtree's elements are `elements[self+1..<endElement]` (preorder).
    package var endElement: Int32 = 0
    package var score: Double = 0
    package var scored = false
}

/// A run of text between block boundaries: one candidate paragraph.
package struct TextBlock {
    package var text: String
    package var chars: Int
    package var linkChars: Int
    package var commas: Int
    /// Innermost block-level element holding the text.
    package var owner: Int32
    package var ownerTag: HTMLTag
    package var boiler: Bool
    package var headingLevel: Int8
    package var inList: Bool
    package var inQuote: Bool
    /// Looks like serialized data or code (JSON left in the markup), not prose.
    package var codeLike = false
    package var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}

/// Raw metadata signals gathered in the same pass as the text.
package struct PageSignals {
    package var meta: [(key: String, value: String)] = []
    package var jsonLD: [String] = []
    package var title: String?
    package var htmlLang: String?
    package var canonical: String?
    /// `<time datetime>` values (and their text), in document order with the block index they precede.
    package var times: [(datetime: String, text: String, block: Int)] = []
    /// `itemprop` values seen on elements: ("datePublished", value) ...
    package var itemprops: [(prop: String, value: String)] = []
    /// Text of links marked `rel=author`.
    package var authorLinks: [String] = []
}

/// One pass of libxml2's HTML parser in SAX mode (no tree is built): splits the text into blocks,
/// records block-level elements with their text and link totals, and collects metadata tags on the way.
package struct PageWalker {
    package var elements: [PageElement] = []
    package var blocks: [TextBlock] = []
    package var signals = PageSignals()
    /// Keep class/id labels on elements for `HTMLExtractor.trace`.
    package var keepLabels = false
    /// Each element's class and id, when `keepLabels` (outside `PageElement`, which stays plain data).
    package var labels: [String] = []
    /// Whether a <noscript> was seen, and whether its content is read as page text.
    package private(set) var sawNoscript = false
    private var noscriptIsText = false

    /// What an open element changed, undone when it closes.
    private struct Open {
        var block: Int32 = -1
        var link = false
        var skip = false
        var capture = false
        var list = false
        var quote = false
        var head = false
    }

    private enum Capture {
        case title, jsonLD, time(String), authorLink, itemprop(String)
    }

    private var open: [Open] = []
    private var stack: [Int32] = []
    /// The text of the block being read.
    private var buffer = TextBuffer(capacity: 4096)
    private var bufferChars = 0
    private var bufferLinkChars = 0
    private var bufferCommas = 0
    private var pendingSpace = false
    private var linkDepth = 0
    private var skipDepth = 0
    private var headDepth = 0
    private var listDepth = 0
    private var quoteDepth = 0
    private var capture: Capture?
    private var captureBuffer: [UInt8] = []
    /// Tag and attribute kinds by the parser's interned name pointers.
    private var tagCache = HashSlots(capacity: 64)
    private var attributeCache = HashSlots(capacity: 64)
    /// The page's class/id readings: the reducer's, on a reduced page, whose `dn` attributes index them.
    private var names = ClassNamings()
    private var readsNamingIndex = false

    /// Block elements nested deeper than this read as part of their ancestor at this depth (their
    /// text kept, their structure not): real pages stay far below it, and `depth` (an Int16) and
    /// the content scorer's per-element work stay bounded on a hostile page nested 40,000 deep.
    package static let maxBlockDepth = 512

    package init() {
        elements.reserveCapacity(1024)
        blocks.reserveCapacity(512)
        open.reserveCapacity(256)
    }

    /// Parses UTF-8 HTML and walks it.
    /// - Parameter noscriptAsText: read <noscript> content as page text (the page as it reads
    ///   without scripts), for pages that put the article there.
    package static func walk(
        utf8 page: UnsafeBufferPointer<UInt8>, keepLabels: Bool, noscriptAsText: Bool = false
    ) -> PageWalker {
        // Labels show every element's names, neutral ones included.
        let reduced = MarkupReducer.reduce(page, dropsNeutralNames: !keepLabels)
        return reduced.bytes.withUnsafeBufferPointer {
            parse($0, keepLabels: keepLabels, noscriptIsText: noscriptAsText, reduced: reduced)
        }
    }

    /// Parses and walks the page as it is, without `MarkupReducer` (which `walk` applies first; tests
    /// compare the two readings).
    package static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, keepLabels: Bool, noscriptIsText: Bool, reduced: MarkupReducer.Page? = nil
    ) -> PageWalker {
        _ = LibXML2Setup.ready
        var w = PageWalker()
        if let reduced {
            w.names = reduced.namings
            w.readsNamingIndex = true
        }
        w.keepLabels = keepLabels
        w.noscriptIsText = noscriptIsText
        // A virtual root so that every block has an owner.
        w.elements.append(
            PageElement(tag: .html, parent: -1, depth: 0, classWeight: 0, boiler: false, contentLike: false))
        w.stack.append(0)
        var sax = htmlSAXHandler()
        sax.startElement = { ctx, name, atts in
            guard let ctx, let name else { return }
            ctx.assumingMemoryBound(to: PageWalker.self).pointee.start(name, atts)
        }
        sax.endElement = { ctx, _ in
            ctx?.assumingMemoryBound(to: PageWalker.self).pointee.end()
        }
        sax.characters = { ctx, ch, len in
            guard let ctx, let ch, len > 0 else { return }
            ctx.assumingMemoryBound(to: PageWalker.self).pointee.characters(ch, Int(len))
        }
        sax.ignorableWhitespace = sax.characters
        sax.cdataBlock = sax.characters
        sax.initialized = 1
        withUnsafeMutablePointer(to: &w) { wp in
            // The pull parser (as htmlReadMemory uses), not the push parser, which reads script
            // bodies differently; our handler replaces the tree builder.
            bytes.withMemoryRebound(to: CChar.self) { c in
                guard c.count > 0, c.count < Int(Int32.max),
                    let ctxt = htmlCreateMemoryParserCtxt(c.baseAddress, Int32(c.count))
                else { return }
                ctxt.pointee.sax.pointee = sax
                ctxt.pointee.userData = UnsafeMutableRawPointer(wp)
                let options = Int32(
                    HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
                htmlCtxtUseOptions(ctxt, options)
                // The bytes are UTF-8 whatever the page's meta tag says.
                xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
                htmlParseDocument(ctxt)
                if let doc = ctxt.pointee.myDoc { xmlFreeDoc(doc) }
                htmlFreeParserCtxt(ctxt)
            }
        }
        // Close whatever the parser left open.
        while !w.open.isEmpty { w.end() }
        w.flush()
        w.elements[0].endBlock = Int32(w.blocks.count)
        w.elements[0].endElement = Int32(w.elements.count)
        w.settleBoilerplate()
        return w
    }

    /// Inherits furniture marks down the tree. A class name alone does not condemn the page's
    /// main wrappers: `<body class="... sidebar-left">` or a div holding most of the text.
    private mutating func settleBoilerplate() {
        let total = max(1, Int(elements[0].chars))
        for i in 1..<elements.count where elements[i].asideOrFooter {
            let e = elements[i]
            elements[i].hardBoiler = !blocks[Int(e.firstBlock)..<Int(e.endBlock)].contains {
                $0.headingLevel == 1 && $0.ownerTag == .h1
            }
        }
        for i in 1..<elements.count {
            if elements[i].nameBoiler, !elements[i].discussion, !elements[i].asideOrFooter,
                holdsArticleProse(elements[i])
            {
                elements[i].nameBoiler = false
            }
            let e = elements[i]
            var own = e.hardBoiler
            if e.nameBoiler, e.tag != .body, e.tag != .html, e.discussion || Int(e.chars) * 5 < total * 2 { own = true }
            elements[i].boiler = own || elements[Int(e.parent)].boiler
        }
        for i in blocks.indices { blocks[i].boiler = elements[Int(blocks[i].owner)].boiler }
    }

    private mutating func tag(of name: UnsafePointer<xmlChar>) -> HTMLTag {
        HTMLTag(rawValue: Self.reading(name, cachedIn: &tagCache) { (HTMLTag.byName[$0] ?? .other).rawValue })!
    }

    private mutating func attribute(_ name: UnsafePointer<xmlChar>) -> HTMLAttribute {
        HTMLAttribute(
            rawValue: Self.reading(name, cachedIn: &attributeCache) { (HTMLAttribute.byName[$0] ?? .other).rawValue })!
    }

    /// A name's reading, made once per page: names are interned in the parser's dictionary, so the
    /// pointer is a good key.
    @inline(__always)
    private static func reading(
        _ name: UnsafePointer<xmlChar>, cachedIn cache: inout HashSlots, _ read: (String) -> UInt8
    ) -> UInt8 {
        let key = UInt64(UInt(bitPattern: name))
        if let v = cache.find(key) { return UInt8(v) }
        let v = read(String(cString: name).lowercased())
        cache.insert(key, UInt32(v))
        return v
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String {
        guard let p else { return "" }
        return String(cString: p)
    }

    /// Bytes of serialized data and code (`{}":[];=`), 1 each, for telling JSON left in markup from prose.
    private static let syntaxBytes: [UInt8] = (0..<256).map { Array("{}\":[];=".utf8).contains(UInt8($0)) ? 1 : 0 }

    /// A non-negative decimal, as the reducer writes it.
    private static func decimal(_ p: UnsafePointer<xmlChar>) -> Int? {
        var value = 0, q = p
        while q.pointee >= 0x30 && q.pointee <= 0x39 {
            value = value &* 10 &+ Int(q.pointee - 0x30)
            q += 1
            if value > Int(Int32.max) { return nil }
        }
        return q.pointee == 0 && q != p ? value : nil
    }

    /// The attribute list as (name, value) pairs; a value-less attribute (`hidden`) has an empty value.
    private static func attributes(
        _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
        _ body: (UnsafePointer<xmlChar>, UnsafePointer<xmlChar>?) -> Void
    ) {
        guard var a = atts else { return }
        while let name = a.pointee {
            let value = a[1]
            body(name, value)
            a += 2
        }
    }

    // MARK: - Events

    private mutating func start(_ name: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?)
    {
        let t = tag(of: name)
        var o = Open()
        defer { open.append(o) }

        // Metadata elements, wherever they appear.
        switch t {
        case .meta: recordMeta(atts); return
        case .link: recordLink(atts); return
        case .title:
            if signals.title == nil, capture == nil { beginCapture(.title, &o) }
            o.skip = true
            skipDepth += 1
            return
        case .script:
            var ld = false
            Self.attributes(atts) { n, v in
                if attribute(n) == .type, Self.string(v).lowercased().contains("ld+json") { ld = true }
            }
            if ld, capture == nil { beginCapture(.jsonLD, &o) }
            o.skip = true
            skipDepth += 1
            return
        case .head:
            o.head = true
            headDepth += 1
            return
        default: break
        }
        if skipDepth > 0 || headDepth > 0 { return }
        if t == .br { flush(); return }
        if t == .img || t == .wbr { return }
        if t == .noscript {
            sawNoscript = true
            if noscriptIsText { return }
        }
        if t.isDropped {
            o.skip = true
            skipDepth += 1
            return
        }

        // Attributes: class/id naming, visibility, ARIA role, microdata.
        names.scratch.count = 0
        var hidden = false
        var roleBoiler = false
        var itemprop: String?
        var itemValue: String?
        var datetime: String?
        var authorRel = false
        var preread: Int?
        Self.attributes(atts) { n, v in
            switch attribute(n) {
            case .naming:
                guard readsNamingIndex, let v, let i = Self.decimal(v), i < names.readings.count else { return }
                preread = i
            case .class_, .id:
                guard let v else { return }
                _ = names.add(UnsafeBufferPointer(start: v, count: strlen(v)))
            case .style:
                if let v, HTMLAttribute.styleHides(UnsafeBufferPointer(start: v, count: strlen(v))) { hidden = true }
            case .hidden:
                hidden = true
            case .ariaHidden:
                if Self.string(v).lowercased() == "true" { hidden = true }
            case .role:
                switch Self.string(v).lowercased() {
                case "navigation", "complementary", "contentinfo", "banner", "search", "menu", "menubar", "dialog",
                    "alert", "toolbar":
                    roleBoiler = true
                default: break
                }
            case .itemprop:
                itemprop = Self.string(v).lowercased()
            case .content:
                itemValue = Self.string(v)
            case .datetime:
                datetime = Self.string(v)
            case .lang, .xmlLang:
                if t == .html, signals.htmlLang == nil { signals.htmlLang = Self.string(v) }
            case .rel:
                if t == .a, Self.string(v).lowercased().contains("author") { authorRel = true }
            default:
                break
            }
        }
        if let p = itemprop, p.contains("date") || p == "author" || p == "headline" || p == "inlanguage" {
            if let v = itemValue ?? datetime {
                signals.itemprops.append((p, v))
            } else if capture == nil {
                beginCapture(.itemprop(p), &o)
            }
        }
        if t == .time, let d = datetime {
            if capture == nil { beginCapture(.time(d), &o) } else { signals.times.append((d, "", blocks.count)) }
        }
        if authorRel, capture == nil { beginCapture(.authorLink, &o) }

        // Repeated blocks share their class names: each distinct spelling is read once per page.
        let naming = preread ?? (names.scratch.isEmpty ? nil : names.index())
        let sig = naming.map { names.readings[$0] } ?? ClassSignals()
        // nav and menu are furniture whatever they hold; aside and footer are misused often enough
        // (a whole article in an <aside>) that holding the h1 redeems them.
        let semanticBoiler = t == .nav || t == .menu
        let softSemantic = t == .aside || t == .footer

        if t.isInline || stack.count >= Self.maxBlockDepth {
            // Furniture inside a line (a share link, a "hidden" label) is dropped from the line.
            if hidden || roleBoiler || sig.boilerplate && t != .a {
                o.skip = true
                skipDepth += 1
                return
            }
            if t == .a {
                o.link = true
                linkDepth += 1
            }
            return
        }

        flush()
        let parent = stack.last!
        elements.append(
            PageElement(
                tag: t, parent: parent, depth: elements[Int(parent)].depth &+ 1,
                classWeight: Int16(clamping: sig.weight),
                boiler: false, hardBoiler: hidden || roleBoiler || semanticBoiler, nameBoiler: sig.boilerplate,
                strongName: sig.strongName, discussion: sig.discussion, asideOrFooter: softSemantic,
                contentLike: sig.contentLike, firstBlock: Int32(blocks.count)))
        let idx = Int32(elements.count - 1)
        if keepLabels {
            while labels.count < elements.count - 1 { labels.append("") }
            labels.append(naming.map { String(decoding: names.text($0), as: UTF8.self) } ?? "")
        }
        stack.append(idx)
        o.block = idx
        if t == .li || t == .dd || t == .dt { o.list = true; listDepth += 1 }
        if t == .blockquote { o.quote = true; quoteDepth += 1 }
    }

    private mutating func end() {
        guard let o = open.popLast() else { return }
        if o.capture { endCapture() }
        if o.skip { skipDepth -= 1 }
        if o.head { headDepth -= 1 }
        if o.link { linkDepth -= 1 }
        if o.block >= 0 {
            flush()
            if o.quote { quoteDepth -= 1 }
            if o.list { listDepth -= 1 }
            stack.removeLast()
            let e = elements[Int(o.block)]
            elements[Int(e.parent)].chars += e.chars
            elements[Int(e.parent)].linkChars += e.linkChars
            elements[Int(o.block)].endBlock = Int32(blocks.count)
            elements[Int(o.block)].endElement = Int32(elements.count)
        }
    }

    private mutating func characters(_ ch: UnsafePointer<xmlChar>, _ len: Int) {
        if capture != nil { captureBuffer.append(contentsOf: UnsafeBufferPointer(start: ch, count: len)) }
        if skipDepth > 0 || headDepth > 0 { return }
        appendText(ch, len)
    }

    private mutating func beginCapture(_ c: Capture, _ o: inout Open) {
        capture = c
        captureBuffer.removeAll(keepingCapacity: true)
        o.capture = true
    }

    private mutating func endCapture() {
        guard let c = capture else { return }
        capture = nil
        let raw = String(decoding: captureBuffer, as: UTF8.self)
        switch c {
        case .jsonLD:
            signals.jsonLD.append(raw)
        case .title:
            signals.title = Self.collapse(raw)
        case .time(let d):
            signals.times.append((d, Self.collapse(raw), blocks.count))
        case .authorLink:
            signals.authorLinks.append(Self.collapse(raw))
        case .itemprop(let p):
            signals.itemprops.append((p, Self.collapse(raw)))
        }
    }

    /// Blank runs as one space, ends trimmed. By scalars: as a Character, "\r\n" equals neither "\r" nor "\n".
    package static func collapse(_ s: String) -> String {
        s.unicodeScalars.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "\u{A0}" }
        )
        .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
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

    private mutating func appendText(_ start: UnsafePointer<xmlChar>, _ len: Int) {
        var p = start
        let end = start + len
        let inLink = linkDepth > 0
        buffer.reserve(len + 1)
        let base = buffer.base
        var o = base + buffer.count
        defer { buffer.count = o - base }
        while p < end {
            let b = p.pointee
            if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C {
                pendingSpace = o > base
                p += 1
                continue
            }
            if b == 0xC2, p + 1 < end {
                let b1 = p[1]
                if b1 == 0xA0 { pendingSpace = o > base; p += 2; continue }  // no-break space
                if b1 == 0xAD { p += 2; continue }  // soft hyphen
            } else if b == 0xE2, p + 2 < end, p[1] == 0x80 {
                let b2 = p[2]
                if b2 == 0x8B || b2 == 0x8C || b2 == 0x8D { p += 3; continue }  // zero-width space/joiners
                // en, em and thin spaces
                if b2 >= 0x80 && b2 <= 0x8A || b2 == 0xAF { pendingSpace = o > base; p += 3; continue }
            } else if b == 0xEF, p + 2 < end, p[1] == 0xBB, p[2] == 0xBF {
                p += 3; continue  // stray BOM
            }
            if pendingSpace {
                o.pointee = 0x20
                o += 1
                bufferChars += 1
                if inLink { bufferLinkChars += 1 }
                pendingSpace = false
            }
            // A run of bytes up to the next blank or possible special sequence, copied as it is read.
            var chars = 0, commas = 0
            var c = b
            repeat {
                o.pointee = c
                o += 1
                if c & 0xC0 != 0x80 { chars += 1 }
                if c == 0x2C { commas += 1 }
                p += 1
                guard p < end else { break }
                c = p.pointee
            } while !(c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D || c == 0x0C || c == 0xC2 || c == 0xE2
                || c == 0xEF)
            bufferChars += chars
            if inLink { bufferLinkChars += chars }
            bufferCommas += commas
        }
    }

    private mutating func flush() {
        defer {
            buffer.count = 0
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
        if bufferChars >= 40 {
            Self.syntaxBytes.withUnsafeBufferPointer { table in
                for b in buffer.bytes { syntax &+= Int(table[Int(b)]) }
            }
        }
        blocks.append(
            TextBlock(
                text: String(decoding: buffer.bytes, as: UTF8.self), chars: bufferChars, linkChars: bufferLinkChars,
                commas: bufferCommas,
                owner: owner, ownerTag: ownerTag, boiler: false, headingLevel: heading,
                inList: listDepth > 0, inQuote: quoteDepth > 0, codeLike: bufferChars >= 40 && syntax * 12 > bufferChars
            ))
        // The owner's own text now; it reaches the ancestors as each element closes (`end`).
        elements[Int(owner)].chars += Int32(bufferChars)
        elements[Int(owner)].linkChars += Int32(bufferLinkChars)
    }

    // MARK: - Metadata

    private mutating func recordMeta(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        var key: String?
        var content: String?
        Self.attributes(atts) { n, v in
            let a = attribute(n)
            if a == .property || a == .name || a == .itemprop || a == .httpEquiv {
                if key == nil { key = Self.string(v).lowercased() }
            } else if a == .content {
                content = Self.string(v)
            }
        }
        if let key, let content, !content.isEmpty { signals.meta.append((key, content)) }
    }

    private mutating func recordLink(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        var rel = "", href: String?
        Self.attributes(atts) { n, v in
            switch attribute(n) {
            case .rel: rel = Self.string(v).lowercased()
            case .href: href = Self.string(v)
            default: break
            }
        }
        if rel == "canonical", let href, signals.canonical == nil { signals.canonical = href }
    }
}

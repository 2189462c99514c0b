import DossierModel
import DossierText
import Foundation

/// What the extractor makes of one page: the article text as paragraphs, what it left out, and metadata.
public struct HTMLExtraction: Sendable {
    public var title: String?
    public var byline: String?
    public var siteName: String?
    public var language: String?
    public var published: Timestamp?
    /// The page's canonical URL when it declares one, else the URL it was read from.
    public var url: String?
    /// The article body: headline first, paragraphs separated by blank lines.
    public var text: String
    /// Paragraph spans into `text`, in Unicode scalars.
    public var paragraphs: [Span]
    /// Text blocks of the page left out of the body (navigation, share bars, related links ...), verbatim.
    public var removed: [String]
    /// The charset the bytes were decoded with.
    public var charset: String

    public init(
        title: String? = nil, byline: String? = nil, siteName: String? = nil, language: String? = nil,
        published: Timestamp? = nil,
        url: String? = nil, text: String = "", paragraphs: [Span] = [], removed: [String] = [],
        charset: String = "utf-8"
    ) {
        self.title = title
        self.byline = byline
        self.siteName = siteName
        self.language = language
        self.published = published
        self.url = url
        self.text = text
        self.paragraphs = paragraphs
        self.removed = removed
        self.charset = charset
    }
}

/// HTML → article text and metadata, with libxml2's forgiving HTML parser and generic signals only
/// (text and link density, commas, block position, class/id naming habits, markup semantics).
public enum HTMLExtractor {
    /// Extracts the article from raw page bytes.
    /// - Parameters:
    ///   - url: where the page came from, for the date-in-URL signal and `url` when the page declares none.
    ///   - contentTypeCharset: the charset from an HTTP `Content-Type` (WARC, fetch), which outranks `<meta charset>`.
    public static func extract(html: [UInt8], url: String?, contentTypeCharset: String?) -> HTMLExtraction {
        let charset = Charset.detect(html, declared: contentTypeCharset)
        var r: HTMLExtraction
        if charset == "utf-8", Charset.bomEncoding(html) == nil, Charset.isValidUTF8(html) {
            // Already clean UTF-8: parse the bytes as they are, without a String round trip.
            r = extractReadingNoscriptIfNeeded(walk(utf8: html), url: url) { walk(utf8: html, noscriptAsText: true) }
        } else {
            r = extract(decoded: Charset.decode(html, charset: charset), url: url)
        }
        r.charset = charset
        return r
    }

    /// Extracts the article from an already decoded page.
    public static func extract(decoded html: String, url: String?) -> HTMLExtraction {
        guard let walked = walk(html, url: url) else { return HTMLExtraction(url: url) }
        return extractReadingNoscriptIfNeeded(walked, url: url) {
            walk(html, url: url, noscriptAsText: true) ?? PageWalker()
        }
    }

    /// Some pages (blog platforms that render posts from a script template) carry the article only
    /// in <noscript>; on others a block left open inside a <noscript> swallows the rest of the page,
    /// as libxml2 will not let `</noscript>` close it. When the script-enabled reading finds almost no article, read
    /// the page as it
    /// looks without scripts and keep that if it finds much more.
    static func extractReadingNoscriptIfNeeded(
        _ walked: PageWalker, url: String?, noscriptWalk: () -> PageWalker
    ) -> HTMLExtraction {
        let r = extract(walked: walked, url: url)
        guard walked.sawNoscript, r.text.utf8.count < 500 else { return r }
        let alt = extract(walked: noscriptWalk(), url: url)
        return alt.text.utf8.count > r.text.utf8.count * 2 + 200 ? alt : r
    }

    static func extract(walked: PageWalker, url: String?) -> HTMLExtraction {
        let meta = HTMLMetadata(signals: walked.signals, blocks: walked.blocks, pageURL: url)
        var kept = selectBlocks(walked)
        kept = withHeadline(kept, blocks: walked.blocks, title: meta.title)
        kept = withStandfirst(kept, walker: walked)
        var out = HTMLExtraction(
            title: meta.title, byline: meta.byline, siteName: meta.siteName, language: meta.language,
            published: meta.published, url: meta.url ?? url)
        assemble(kept.map { walked.blocks[$0] }, into: &out)
        let keptSet = Set(kept)
        out.removed = walked.blocks.indices.filter { !keptSet.contains($0) }.map { walked.blocks[$0].text }
        return out
    }

    /// The page as libxml2 is given it, after `MarkupReducer` (diagnostics).
    /// - Parameter readsNames: with class and id names read by the reducer (`dn=N` in their place).
    public static func reducedMarkup(html: [UInt8], readsNames: Bool = true) -> [UInt8] {
        html.withUnsafeBufferPointer { MarkupReducer.reduce($0, readsNames: readsNames).bytes }
    }

    /// A diagnostic listing of every block with its element path and whether it was kept.
    public static func trace(html: [UInt8]) -> String {
        let text = Charset.decode(html, charset: Charset.detect(html, declared: nil))
        guard let w = walk(text, url: nil, keepLabels: true) else { return "" }
        func label(_ e: Int) -> String { e < w.labels.count ? w.labels[e] : "" }
        var sel = ContentSelector(elements: w.elements, blocks: w.blocks, honourBoiler: true)
        let top = sel.chooseContainer()
        let kept = Set(selectBlocks(w))
        var out = ""
        if let top {
            let g = sel.gather(top: top)
            let f = sel.filter(g, top: top)
            out +=
                "strict: gathered \(g.count) kept \(f.kept.count) chars "
                + "\(f.kept.reduce(0) { $0 + w.blocks[$1].chars })\n"
        }
        let topLine = top.map { "\($0) \(w.elements[$0].tag) [\(label($0))] score \(sel.elements[$0].score)" }
        out += "top: \(topLine ?? "none")\n"
        let ranked = sel.elements.indices.filter { sel.elements[$0].scored }.sorted {
            sel.elements[$0].score > sel.elements[$1].score
        }.prefix(8)
        if let r = ranked.first {
            var e = r
            while e > 0 {
                if w.elements[e].nameBoiler || w.elements[e].hardBoiler {
                    out += "  marked ancestor \(e) \(w.elements[e].tag) [\(label(e))]\n"
                }; e = Int(w.elements[e].parent)
            }
        }
        for r in ranked {
            out +=
                "  cand \(r) \(w.elements[r].tag) [\(label(r))] \(sel.elements[r].score) "
                + "boiler=\(w.elements[r].boiler)\n"
        }
        for (i, b) in w.blocks.enumerated() {
            var path: [String] = []
            var e = Int(b.owner)
            while e > 0 && path.count < 6 {
                let el = w.elements[e]
                path.append(
                    "\(e):\(el.tag)"
                        + (label(e).isEmpty ? "" : "." + label(e).prefix(30).replacingOccurrences(of: " ", with: ".")))
                e = Int(el.parent)
            }
            var m = Int(b.owner)
            while m > 0 && !(w.elements[m].nameBoiler || w.elements[m].hardBoiler) { m = Int(w.elements[m].parent) }
            let density = String(format: "%.2f", b.linkDensity)
            out +=
                "\(kept.contains(i) ? "+" : "-")\(b.boiler ? "B" : " ")\(m > 0 ? "@\(m)" : "") "
                + "ld\(density) \(path.reversed().joined(separator: ">")) | \(b.text.prefix(70))\n"
        }
        return out
    }

    static func walk(
        _ html: String, url: String?, keepLabels: Bool = false, noscriptAsText: Bool = false
    ) -> PageWalker? {
        var html = html
        return html.withUTF8 { PageWalker.walk(utf8: $0, keepLabels: keepLabels, noscriptAsText: noscriptAsText) }
    }

    static func walk(utf8 bytes: [UInt8], keepLabels: Bool = false, noscriptAsText: Bool = false) -> PageWalker {
        return bytes.withUnsafeBufferPointer {
            PageWalker.walk(utf8: $0, keepLabels: keepLabels, noscriptAsText: noscriptAsText)
        }
    }

    static func selectBlocks(_ w: PageWalker) -> [Int] {
        var sel = ContentSelector(elements: w.elements, blocks: w.blocks, honourBoiler: true)
        var kept: [Int] = []
        if let top = sel.chooseContainer() { kept = sel.filter(sel.gather(top: top), top: top).kept }
        let keptChars = kept.reduce(0) { $0 + w.blocks[$1].chars }
        if keptChars < 250 {
            // The page's naming put the article inside "furniture" (a wrapper called "main-with-sidebar"):
            // score again ignoring names, and keep whichever reading finds more text.
            var relaxed = ContentSelector(elements: w.elements, blocks: w.blocks, honourBoiler: false)
            if let top = relaxed.chooseContainer() {
                let alt = relaxed.filter(relaxed.gather(top: top), top: top).kept
                let altChars = alt.reduce(0) { $0 + w.blocks[$1].chars }
                if altChars > keptChars * 2 { kept = alt }
            }
        }
        return trimEdges(kept, walker: w)
    }

    /// Drops the short furniture a container often starts and ends with (dates, bylines, "Latest
    /// news" lists below the last paragraph), keeping headings, standfirsts, and anything that sits
    /// in the same box as the article's first or last paragraph (a closing list, a credits line).
    static func trimEdges(_ kept: [Int], walker w: PageWalker) -> [Int] {
        let blocks = w.blocks
        func good(_ b: TextBlock) -> Bool {
            !b.codeLike && b.headingLevel == 0 && b.linkDensity < 0.3
                && (b.chars >= 100 || b.chars >= 50 && endsSentence(b.text))
        }
        /// The element a paragraph sits in, looking through list and paragraph wrappers.
        func box(_ b: TextBlock) -> Int32 {
            var e = b.owner
            while e > 0 {
                let t = w.elements[Int(e)].tag
                if t.isParagraphLike || t == .ul || t == .ol || t == .dl {
                    e = w.elements[Int(e)].parent
                } else {
                    break
                }
            }
            return e
        }
        guard let f = kept.firstIndex(where: { good(blocks[$0]) }), let l = kept.lastIndex(where: { good(blocks[$0]) })
        else { return kept }
        let firstBox = box(blocks[kept[f]]), lastBox = box(blocks[kept[l]])
        var out: [Int] = []
        for i in kept[..<f] {
            let b = blocks[i]
            if b.headingLevel > 0 && b.linkDensity <= 0.5 || b.chars >= 40 && b.linkDensity < 0.35
                || b.chars >= 100 && b.linkDensity < 0.5
                || box(b) == firstBox && b.linkDensity < 0.2 && b.chars >= 25
            {
                // A date or byline line ("Tuesday, May 22, 2007", "Posted By X | On 8 Apr 2017") is metadata, not body.
                if b.chars < 120, b.headingLevel == 0, DateParsing.parse(b.text) != nil { continue }
                out.append(i)
            }
        }
        out.append(contentsOf: kept[f...l])
        // Below the last paragraph: a heading counts only when text that counts follows it.
        var pendingHeadings: [Int] = []
        for i in kept[(l + 1)...] {
            let b = blocks[i]
            if b.headingLevel > 0 && b.linkDensity < 0.2 { pendingHeadings.append(i); continue }
            var take = false
            if box(b) == lastBox && b.linkDensity < 0.1 && b.chars < 100 && !b.text.hasPrefix("©") {
                take = true
            }
            // A data table closing the article (specifications, results): its cells are short and unpunctuated.
            else if b.ownerTag == .td || b.ownerTag == .th, b.linkDensity < 0.2 {
                take = true
            } else if b.inList && b.linkChars == 0 && !pendingHeadings.isEmpty {
                take = true
            } else if b.chars >= 20, b.linkDensity < 0.2, endsSentence(b.text) {
                take = true
            }
            guard take else { break }
            out.append(contentsOf: pendingHeadings)
            pendingHeadings.removeAll()
            out.append(i)
        }
        return out
    }

    static func endsSentence(_ s: String) -> Bool {
        guard let last = s.unicodeScalars.last else { return false }
        switch last {
        case ".", "!", "?", "\"", "”", "’", "'", "…", "。", ")": return true
        default: return false
        }
    }

    /// Puts the headline first when the container starts below it: the heading (or failing that,
    /// any short block) before the body whose text matches the declared title, else the first h1.
    static func withHeadline(_ kept: [Int], blocks: [TextBlock], title: String?) -> [Int] {
        let firstKept = kept.first ?? blocks.count
        if let f = kept.first, blocks[f].headingLevel == 1 { return kept }
        let t = title.map(HeadlineKey.init) ?? HeadlineKey("")
        var matchHeading: Int?, matchAny: Int?, firstH1: Int?
        let titleChars = t.scalarCount
        for i in 0..<firstKept where blocks[i].chars >= 10 && blocks[i].chars <= 300 && blocks[i].linkDensity < 0.5 {
            let b = blocks[i]
            if b.headingLevel == 1, firstH1 == nil, !b.boiler { firstH1 = i }
            // Only a heading or a block about the title's length can be the headline.
            guard !t.isEmpty, b.headingLevel > 0 || b.chars <= titleChars * 2 + 10 else { continue }
            let h = HeadlineKey(b.text)
            guard h.length >= 8, t.contains(h) || h.contains(t) else { continue }
            if b.headingLevel > 0 { matchHeading = i } else if matchAny == nil { matchAny = i }
        }
        guard let h = matchHeading ?? firstH1 ?? matchAny else { return kept }
        // The same words may already open the body (a repeated title block): say them once.
        if kept.contains(h) || kept.prefix(3).contains(where: { blocks[$0].text == blocks[h].text }) { return kept }
        return [h] + kept
    }

    /// A heading or title reduced to its lowercased letters and digits, for matching a headline
    /// block against the declared title. ASCII text (most of it) stays in bytes; other text goes
    /// through Unicode lowercasing and properties.
    struct HeadlineKey {
        let text: String
        /// Length in Characters.
        let length: Int
        let scalarCount: Int
        let ascii: Bool

        init(_ s: String) {
            if s.utf8.allSatisfy({ $0 < 0x80 }) {
                var bytes: [UInt8] = []
                bytes.reserveCapacity(s.utf8.count)
                for c in s.utf8 {
                    if c >= 0x41 && c <= 0x5A {
                        bytes.append(c | 0x20)
                    } else if c >= 0x61 && c <= 0x7A || c >= 0x30 && c <= 0x39 {
                        bytes.append(c)
                    }
                }
                text = String(decoding: bytes, as: UTF8.self)
                length = bytes.count
                scalarCount = bytes.count
                ascii = true
            } else {
                text = String(
                    String.UnicodeScalarView(
                        s.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
                )
                length = text.count
                scalarCount = text.unicodeScalars.count
                ascii = false
            }
        }

        var isEmpty: Bool { scalarCount == 0 }

        func contains(_ other: HeadlineKey) -> Bool {
            guard ascii && other.ascii else { return text.contains(other.text) }
            guard other.scalarCount <= scalarCount else { return false }
            if other.scalarCount == 0 { return true }
            let a = Array(text.utf8), b = Array(other.text.utf8)
            let first = b[0]
            outer: for i in 0...(a.count - b.count) where a[i] == first {
                for k in 1..<b.count where a[i + k] != b[k] { continue outer }
                return true
            }
            return false
        }
    }

    /// Adds the standfirst: a lead paragraph that sits between the headline and a body container
    /// that starts below it (an intro box in the article header, a subheadline). Only sentence-like,
    /// linkless prose qualifies, so bylines, dates, captions and share bars in that gap stay out.
    /// A weak furniture name does not exclude it ("teaser-text" is how many CMSs name the lead);
    /// hidden, navigation, caption, discussion and strong names (newsletter, author bio) do.
    static func withStandfirst(_ kept: [Int], walker w: PageWalker) -> [Int] {
        let blocks = w.blocks
        func onlyNamedFurniture(_ b: TextBlock) -> Bool {
            var e = Int(b.owner)
            while e > 0 {
                let el = w.elements[e]
                if el.hardBoiler || el.discussion || el.strongName { return false }
                e = Int(el.parent)
            }
            return true
        }
        guard kept.count >= 2, blocks[kept[0]].headingLevel > 0, kept[1] > kept[0] + 1 else { return kept }
        var lead: [Int] = []
        for i in (kept[0] + 1)..<kept[1] {
            let b = blocks[i]
            guard !b.boiler || onlyNamedFurniture(b), !b.codeLike, !b.inList, b.linkDensity < 0.2,
                b.headingLevel == 0 || b.headingLevel >= 2
            else { continue }
            guard b.chars >= 120 || b.chars >= 60 && endsSentence(b.text) else { continue }
            guard !ContentSelector.isCreditLine(b), b.chars >= 160 || DateParsing.parse(b.text) == nil else { continue }
            lead.append(i)
        }
        guard !lead.isEmpty else { return kept }
        return [kept[0]] + lead + kept.dropFirst()
    }

    /// The blocks' text as paragraphs; a block's `chars` is its length in scalars.
    static func assemble(_ blocks: [TextBlock], into out: inout HTMLExtraction) {
        (out.text, out.paragraphs) = HTMLFragment.joined(blocks)
    }
}

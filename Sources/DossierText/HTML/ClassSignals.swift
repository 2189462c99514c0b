import DossierModel
import Glibc

/// What an element's `class` and `id` say about it, from naming habits shared across sites
/// (the same families of words Readability and boilerpipe key on), never from any one site's markup.
package struct ClassSignals {
    /// Positive for content-like names, negative for boilerplate-like ones (±25 per match family).
    package var weight: Int = 0
    /// Named like a page furniture block (comments, share bar, related links, cookie prompt ...).
    package var boilerplate = false
    /// Named like a content wrapper, which rescues weak boilerplate names ("article-header").
    package var contentLike = false
    /// Named like reader discussion (comments, replies) or a media gallery, whose prose (comments,
    /// captions) must never pass for the article's.
    package var discussion = false
    /// Named with a strong furniture word (share, newsletter, related ...), not only a weak one (header, teaser ...).
    package var strongName = false

    // Strong: no content-like word rescues these.
    private static let strong: [[UInt8]] = [
        "comment", "disqus", "related", "share", "sharing", "social", "breadcrumb", "newsletter", "subscribe-",
        "subscribe_", "subscribe ", "subscription",
        "cookie", "consent", "gdpr", "promo", "advert", "sponsor", "recommend", "trending", "popular", "mostread",
        "most-read",
        "most_read", "most-viewed", "mostviewed", "signup", "sign-up", "paywall", "outbrain", "taboola", "pagination",
        "pager",
        "jump-link", "skip-link", "skiplink", "author-bio", "authorbio", "author-info", "about-author", "bio-box",
        "tag-list", "taglist", "article-tags", "post-tags", "entry-tags", "keywords", "print-link", "email-link",
        "login", "lightbox", "copyright", "read-more", "readmore", "more-stories", "morestories", "more-news",
        "also-read",
        "see-also", "seealso", "next-article", "prev-article", "previous-article", "further-reading", "meta-data",
        "photo-credit",
        "image-credit", "credit", "caption", "byline", "dateline", "timestamp", "published", "posted-on", "entry-meta",
        "post-meta",
        "article-meta", "sr-only", "visually-hidden", "screen-reader", "offscreen", "skip", "alert", "feedback",
        "rating", "survey",
        "donate", "donation", "shopping", "gallery", "slideshow", "carousel", "slider", "twitter-tweet",
        "instagram-media", "tweet",
    ].map { Array($0.utf8) }

    // Weak: a content-like word in the same class/id rescues these (Readability's okMaybeItsACandidate).
    private static let weak: [[UInt8]] = [
        "header", "combx", "community", "extra", "foot", "remark", "replies", "shoutbox", "skyscraper", "supplemental",
        "ad-break", "agegate", "yom-remote", "legends", "cover-wrap", "nav", "aside", "teaser", "sponsored",
        "menu", "sidebar", "side-bar", "widget", "banner", "popup", "modal", "overlay", "masthead", "rail",
        "tools", "utility", "toolbar",
    ].map { Array($0.utf8) }

    private static let discussionWords: [[UInt8]] = [
        "comment", "disqus", "repl", "discussion", "respond", "conversation", "forum", "gallery", "slideshow",
        "carousel", "slider", "caption", "legend",
    ].map { Array($0.utf8) }

    private static let rescue: [[UInt8]] = [
        "article", "body", "content", "main", "column", "story", "entry", "post-text", "shadow",
    ].map { Array($0.utf8) }

    private static let positive: [[UInt8]] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
        "paragraph", "prose",
    ].map { Array($0.utf8) }

    private static let negative: [[UInt8]] = [
        "banner", "combx", "comment", "com-", "contact", "foot", "masthead", "media", "meta", "outbrain", "promo",
        "related",
        "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "nav",
        "menu", "social",
        "byline", "author", "date", "caption", "credit", "teaser", "thumb", "card", "list",
    ].map { Array($0.utf8) }

    /// Class tokens that mean an advertisement; matched whole, as "ad" is inside too many words.
    private static let adTokens: [[UInt8]] = [
        "ad", "ads", "adv", "advert", "adslot", "ad-slot", "adunit", "ad-unit", "dfp", "gpt", "sponsored", "promoted",
    ].map { Array($0.utf8) }
    /// Whole class tokens only: "hidden" hides the element, while "hidden-print", "hidden-xs" or
    /// Drupal's "field-label-hidden" do not.
    private static let hiddenTokens: [[UInt8]] = ["hidden", "is-hidden", "hide", "u-hidden", "d-none"].map {
        Array($0.utf8)
    }

    package init() {}

    /// Says nothing: read exactly as an element without class or id.
    package var isNeutral: Bool { weight == 0 && !boilerplate && !contentLike && !discussion && !strongName }

    /// Which word families a pattern belongs to (bit flags).
    private struct Families: OptionSet {
        let rawValue: UInt8
        static let strong = Families(rawValue: 1), weak = Families(rawValue: 2), rescue = Families(rawValue: 4)
        static let discussion = Families(rawValue: 8), positive = Families(rawValue: 16),
            negative = Families(rawValue: 32)
        /// A whole-token advertisement or visibility name, which counts as a strong name.
        static let wholeName = Families(rawValue: 64)
    }

    /// Whole-token names as automaton words, with their boundaries spelt out: the scan reads the
    /// class string with a blank before and after it, and tokens split at blanks and underscores.
    /// An ad name also matches as a leading or inner part of a hyphenated token ("ad-wrapper",
    /// "top-ad-banner") but not as the last part, which is often a qualifier ("section-and-ad").
    private static let wholeNames: [[UInt8]] = {
        let edges: [UInt8] = [0x20, 0x5F]
        var words: [[UInt8]] = []
        for w in adTokens + hiddenTokens {
            for l in edges { for r in edges { words.append([l] + w + [r]) } }
        }
        for w in adTokens {
            for l in edges + [0x2D] { words.append([l] + w + [0x2D]) }
        }
        return words
    }()

    /// The word lists compiled into one Aho-Corasick automaton over bytes, so that a single pass over
    /// a class string finds every family with a word inside it, at one table step per byte. Bytes
    /// that no word uses share one input class.
    private struct Tables {
        /// Input class of each byte (0: a byte no word uses).
        var byteClass = [UInt8](repeating: 0, count: 256)
        var classes = 1
        /// `next[state + class]`: the complete transition table, a state stored as its row's offset
        /// (`index << rowShift`, rows padded to a power of two), so a step is one load and one add,
        /// no multiply; 16 bits, so that the table stays small enough for the cache.
        var next: [UInt16] = []
        /// Rows are `1 << rowShift` entries.
        var rowShift = 0
        /// `outputs[offset >> rowShift]`: families of every word that ends at a state.
        var outputs: [UInt8] = []
        /// Families of every word that ends at a state, its suffixes' included.
        var output: [Families] = []
        init(lists: [([[UInt8]], Families)]) {
            for (list, _) in lists {
                for p in list {
                    for c in p where byteClass[Int(c)] == 0 {
                        byteClass[Int(c)] = UInt8(classes)
                        classes += 1
                    }
                }
            }
            // The trie, with -1 for a missing edge.
            var edges: [[Int]] = [Array(repeating: -1, count: classes)]
            output = [[]]
            for (list, family) in lists {
                for p in list {
                    var state = 0
                    for c in p {
                        let k = Int(byteClass[Int(c)])
                        if edges[state][k] < 0 {
                            edges[state][k] = edges.count
                            edges.append(Array(repeating: -1, count: classes))
                            output.append([])
                        }
                        state = edges[state][k]
                    }
                    output[state].insert(family)
                }
            }
            // Breadth first, each state's failure link is its longest proper suffix in the trie; missing
            // edges then follow that link, which completes the table.
            var fail = [Int](repeating: 0, count: edges.count)
            var queue: [Int] = []
            for k in 0..<classes {
                if edges[0][k] < 0 { edges[0][k] = 0 } else { queue.append(edges[0][k]) }
            }
            var head = 0
            while head < queue.count {
                let state = queue[head]
                head += 1
                output[state].formUnion(output[fail[state]])
                for k in 0..<classes {
                    let child = edges[state][k]
                    if child < 0 {
                        edges[state][k] = edges[fail[state]][k]
                    } else {
                        fail[child] = edges[fail[state]][k]
                        queue.append(child)
                    }
                }
            }
            while 1 << rowShift < classes { rowShift += 1 }
            let shift = rowShift, width = 1 << rowShift
            precondition(edges.count << shift <= Int(UInt16.max), "class-name automaton too large for 16-bit states")
            next = edges.flatMap { row in
                row.map { UInt16($0 << shift) } + Array(repeating: 0, count: width - row.count)
            }
            outputs = output.map(\.rawValue)
        }
    }

    private static let tables = Tables(
        lists: [
            (strong, .strong), (weak, .weak), (rescue, .rescue), (discussionWords, .discussion), (positive, .positive),
            (negative, .negative),
            (wholeNames, .wholeName),
        ])

    package init(lowercased s: [UInt8]) {
        self.init()
        s.withUnsafeBufferPointer { read($0) }
    }

    package init(lowercased s: UnsafeBufferPointer<UInt8>) {
        self.init()
        read(s)
    }

    private mutating func read(_ hay: UnsafeBufferPointer<UInt8>) {
        guard hay.count >= 2 else { return }
        let t = Self.tables
        var found: Families = []
        let shift = t.rowShift
        t.next.withUnsafeBufferPointer { next in
            t.byteClass.withUnsafeBufferPointer { byteClass in
                t.outputs.withUnsafeBufferPointer { outputs in
                    let blank = Int(byteClass[0x20])
                    var state = Int(next[blank])
                    var bits: UInt8 = 0
                    for c in hay {
                        state = Int(next[state &+ Int(byteClass[Int(c)])])
                        bits |= outputs[state &>> shift]
                    }
                    bits |= outputs[Int(next[state &+ blank]) &>> shift]
                    found = Families(rawValue: bits)
                }
            }
        }
        let strongHit = found.contains(.strong) || found.contains(.wholeName)
        let weakHit = found.contains(.weak)
        contentLike = found.contains(.rescue)
        discussion = found.contains(.discussion)
        boilerplate = strongHit || (weakHit && !contentLike)
        strongName = strongHit
        if found.contains(.positive) { weight += 25 }
        if found.contains(.negative) { weight -= 25 }
    }

}

/// A page's readings of class/id names, one per distinct spelling: the names are gathered into
/// `scratch` (lowercased, each followed by a blank, in attribute order) and `index()` finds or makes
/// their reading. `MarkupReducer` fills it while it reduces the page; the walker goes on with it.
package struct ClassNamings {
    private var slots = HashSlots(capacity: 256)
    private(set) var readings: [ClassSignals] = []
    /// The names each reading was made from, one after another: reading `i`'s are
    /// `textBytes[textEnds[i - 1]..<textEnds[i]]` (one buffer, not an array per reading).
    private var textBytes: [UInt8] = []
    private var textEnds: [Int] = []
    package let scratch = TextBuffer(capacity: 1024)

    /// Adds one attribute value to `scratch`; whether it holds a '&' (a character reference, to a
    /// reader of raw markup).
    package mutating func add(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        scratch.reserve(value.count + 1)
        var o = scratch.base + scratch.count
        var reference = false
        for c in value {
            if c == 0x26 { reference = true }
            o.pointee = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            o += 1
        }
        o.pointee = 0x20
        scratch.count = o - scratch.base + 1
        return reference
    }

    /// The index of the reading of `scratch`.
    package mutating func index() -> Int {
        let bytes = scratch.bytes
        let key = Self.hash(bytes)
        if let i = slots.find(key) {
            let r = textRange(Int(i))
            if r.count == bytes.count,
                textBytes.withUnsafeBufferPointer({
                    memcmp($0.baseAddress! + r.lowerBound, bytes.baseAddress!, bytes.count) == 0
                })
            {
                return Int(i)
            }
        } else {
            // A second spelling under one key (never seen in practice) is read afresh, unkeyed.
            slots.insert(key, UInt32(readings.count))
        }
        readings.append(ClassSignals(lowercased: bytes))
        textBytes.append(contentsOf: bytes)
        textEnds.append(textBytes.count)
        return readings.count - 1
    }

    private func textRange(_ i: Int) -> Range<Int> { (i == 0 ? 0 : textEnds[i - 1])..<textEnds[i] }

    /// The names reading `i` was made from.
    package func text(_ i: Int) -> ArraySlice<UInt8> { textBytes[textRange(i)] }

    /// The names of every reading, in order (diagnostics and tests).
    package var texts: [[UInt8]] { readings.indices.map { Array(text($0)) } }

    /// A 64-bit hash of the names, eight bytes a step. Every step is a bijection of the state, so
    /// two different name lists of one length never share a key.
    package static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let k: UInt64 = 0x9E37_79B9_7F4A_7C15
        var h = UInt64(bytes.count) &* k
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        while i + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* k
            h ^= h >> 32
            i += 8
        }
        var tail: UInt64 = 0, shift: UInt64 = 0
        while i < raw.count {
            tail |= UInt64(raw[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* k
        h ^= h >> 32
        return h
    }
}

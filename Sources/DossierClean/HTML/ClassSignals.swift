/// What an element's `class` and `id` say about it, from naming habits shared across sites
/// (the same families of words Readability and boilerpipe key on), never from any one site's markup.
struct ClassSignals {
    /// Positive for content-like names, negative for boilerplate-like ones (±25 per match family).
    var weight: Int = 0
    /// Named like a page furniture block (comments, share bar, related links, cookie prompt ...).
    var boilerplate = false
    /// Named like a content wrapper, which rescues weak boilerplate names ("article-header").
    var contentLike = false
    /// Named like reader discussion (comments, replies) or a media gallery, whose prose (comments,
    /// captions) must never pass for the article's.
    var discussion = false
    /// Named with a strong furniture word (share, newsletter, related ...), not only a weak one (header, teaser ...).
    var strongName = false

    // Strong: no content-like word rescues these.
    private static let strong: [[UInt8]] = [
        "comment", "disqus", "related", "share", "sharing", "social", "breadcrumb", "newsletter", "subscribe-", "subscribe_", "subscribe ", "subscription",
        "cookie", "consent", "gdpr", "promo", "advert", "sponsor", "recommend", "trending", "popular", "mostread", "most-read",
        "most_read", "most-viewed", "mostviewed", "signup", "sign-up", "paywall", "outbrain", "taboola", "pagination", "pager",
        "jump-link", "skip-link", "skiplink", "author-bio", "authorbio", "author-info", "about-author", "bio-box",
        "tag-list", "taglist", "article-tags", "post-tags", "entry-tags", "keywords", "print-link", "email-link",
        "login", "lightbox", "copyright", "read-more", "readmore", "more-stories", "morestories", "more-news", "also-read",
        "see-also", "seealso", "next-article", "prev-article", "previous-article", "further-reading", "meta-data", "photo-credit",
        "image-credit", "credit", "caption", "byline", "dateline", "timestamp", "published", "posted-on", "entry-meta", "post-meta",
        "article-meta", "sr-only", "visually-hidden", "screen-reader", "offscreen", "skip", "alert", "feedback", "rating", "survey",
        "donate", "donation", "shopping", "gallery", "slideshow", "carousel", "slider", "twitter-tweet", "instagram-media", "tweet",
    ].map { Array($0.utf8) }

    // Weak: a content-like word in the same class/id rescues these (Readability's okMaybeItsACandidate).
    private static let weak: [[UInt8]] = [
        "header", "combx", "community", "extra", "foot", "remark", "replies", "shoutbox", "skyscraper", "supplemental",
        "ad-break", "agegate", "yom-remote", "legends", "cover-wrap", "nav", "aside", "teaser", "sponsored",
        "menu", "sidebar", "side-bar", "widget", "banner", "popup", "modal", "overlay", "masthead", "rail",
        "tools", "utility", "toolbar",
    ].map { Array($0.utf8) }

    private static let discussionWords: [[UInt8]] = ["comment", "disqus", "repl", "discussion", "respond", "conversation", "forum", "gallery", "slideshow", "carousel", "slider", "caption", "legend"].map { Array($0.utf8) }

    private static let rescue: [[UInt8]] = ["article", "body", "content", "main", "column", "story", "entry", "post-text", "shadow"].map { Array($0.utf8) }

    private static let positive: [[UInt8]] = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story", "paragraph", "prose",
    ].map { Array($0.utf8) }

    private static let negative: [[UInt8]] = [
        "banner", "combx", "comment", "com-", "contact", "foot", "masthead", "media", "meta", "outbrain", "promo", "related",
        "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget", "nav", "menu", "social",
        "byline", "author", "date", "caption", "credit", "teaser", "thumb", "card", "list",
    ].map { Array($0.utf8) }

    /// Class tokens that mean an advertisement; matched whole, as "ad" is inside too many words.
    private static let adTokens: [[UInt8]] = ["ad", "ads", "adv", "advert", "adslot", "ad-slot", "adunit", "ad-unit", "dfp", "gpt", "sponsored", "promoted"].map { Array($0.utf8) }
    /// Whole class tokens only: "hidden" hides the element, while "hidden-print", "hidden-xs" or
    /// Drupal's "field-label-hidden" do not.
    private static let hiddenTokens: [[UInt8]] = ["hidden", "is-hidden", "hide", "u-hidden", "d-none"].map { Array($0.utf8) }

    init() {}

    /// Which word families a pattern belongs to (bit flags).
    private struct Families: OptionSet {
        let rawValue: UInt8
        static let strong = Families(rawValue: 1), weak = Families(rawValue: 2), rescue = Families(rawValue: 4)
        static let discussion = Families(rawValue: 8), positive = Families(rawValue: 16), negative = Families(rawValue: 32)
    }

    /// The word lists compiled for one pass over a class string: every pattern's bytes back to back,
    /// with (offset, length, family) entries grouped by the pattern's first two bytes, and a table from
    /// each two-byte opening to its group (most positions in a class string open none, and this one
    /// lookup skips them). Whole-token names sit in `tokens`, grouped by length.
    private struct Tables {
        struct Entry { let start: Int32; let count: Int32; let family: Families }
        var bytes: [UInt8] = []
        var entries: [Entry] = []
        /// Group `g` (1-based; 0 is none) holds `entries[groupStart[g - 1]..<groupStart[g]]`.
        var groupStart: [Int32] = [0]
        var groupOf = [UInt16](repeating: 0, count: 65536)
        /// Whole-token names by length; the flag says whether a hyphenated part may match too (ad names only).
        var tokens: [[(word: [UInt8], adName: Bool)]] = []
        var longestToken = 0

        init(lists: [([[UInt8]], Families)], adTokens: [[UInt8]], hiddenTokens: [[UInt8]]) {
            var byOpening: [Int: [(pattern: [UInt8], family: Families)]] = [:]
            for (list, family) in lists {
                for p in list where p.count >= 2 { byOpening[Int(p[0]) << 8 | Int(p[1]), default: []].append((p, family)) }
            }
            for opening in byOpening.keys.sorted() {
                for (p, family) in byOpening[opening]! {
                    entries.append(Entry(start: Int32(bytes.count), count: Int32(p.count), family: family))
                    bytes += p
                }
                groupStart.append(Int32(entries.count))
                groupOf[opening] = UInt16(groupStart.count - 1)
            }
            longestToken = (adTokens + hiddenTokens).map(\.count).max() ?? 0
            tokens = Array(repeating: [], count: longestToken + 1)
            for w in adTokens { tokens[w.count].append((w, true)) }
            for w in hiddenTokens { tokens[w.count].append((w, false)) }
        }

        /// Whether `s[from..<to]` is a listed whole-token name (an ad name only, when `adOnly`).
        func isListedToken(_ s: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int, adOnly: Bool) -> Bool {
            let len = to - from
            guard len > 0, len <= longestToken else { return false }
            for (w, ad) in tokens[len] where ad || !adOnly {
                var k = 0
                while k < len && s[from + k] == w[k] { k += 1 }
                if k == len { return true }
            }
            return false
        }
    }

    private static let tables = Tables(
        lists: [(strong, .strong), (weak, .weak), (rescue, .rescue), (discussionWords, .discussion), (positive, .positive), (negative, .negative)],
        adTokens: adTokens, hiddenTokens: hiddenTokens)

    init(lowercased s: [UInt8]) {
        guard s.count >= 2 else { return }
        let t = Self.tables
        var found: Families = []
        var strongHit = false
        s.withUnsafeBufferPointer { hay in
            t.bytes.withUnsafeBufferPointer { pat in
                t.entries.withUnsafeBufferPointer { entries in
                    t.groupOf.withUnsafeBufferPointer { groupOf in
                        let n = hay.count
                        for i in 0..<(n - 1) {
                            let g = Int(groupOf[Int(hay[i]) << 8 | Int(hay[i + 1])])
                            guard g > 0 else { continue }
                            for e in entries[Int(t.groupStart[g - 1])..<Int(t.groupStart[g])] where !found.contains(e.family) && Int(e.count) <= n - i {
                                let st = Int(e.start), len = Int(e.count)
                                var k = 2
                                while k < len && hay[i + k] == pat[st + k] { k += 1 }
                                if k >= len { found.insert(e.family) }
                            }
                        }
                    }
                }
            }
            strongHit = found.contains(.strong)
            guard !strongHit else { return }
            // Whole-token advertisement and visibility names: "ad", "ad-slot", "hidden".
            var start = 0
            for i in 0...hay.count {
                guard i == hay.count || hay[i] == 0x20 || hay[i] == 0x5F else { continue }
                if t.isListedToken(hay, start, i, adOnly: false) { strongHit = true; return }
                // Leading and inner parts of a hyphenated name too ("ad-wrapper", "top-ad-banner"), but not
                // the last, which is often a qualifier ("section-and-ad" holds a paragraph and an ad).
                var part = start
                for j in start..<i where hay[j] == 0x2D {
                    if t.isListedToken(hay, part, j, adOnly: true) { strongHit = true; return }
                    part = j + 1
                }
                start = i + 1
            }
        }
        let weakHit = found.contains(.weak)
        contentLike = found.contains(.rescue)
        discussion = found.contains(.discussion)
        boilerplate = strongHit || (weakHit && !contentLike)
        strongName = strongHit
        if found.contains(.positive) { weight += 25 }
        if found.contains(.negative) { weight -= 25 }
    }

}

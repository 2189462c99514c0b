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
    private static let adTokens: Set<[UInt8]> = Set(["ad", "ads", "adv", "advert", "adslot", "ad-slot", "adunit", "ad-unit", "dfp", "gpt", "sponsored", "promoted"].map { Array($0.utf8) })
    /// Whole class tokens only: "hidden" hides the element, while "hidden-print", "hidden-xs" or
    /// Drupal's "field-label-hidden" do not.
    private static let hiddenTokens: Set<[UInt8]> = Set(["hidden", "is-hidden", "hide", "u-hidden", "d-none"].map { Array($0.utf8) })

    private static let longestToken = (adTokens.union(hiddenTokens)).map(\.count).max() ?? 0

    init() {}

    /// Which word families a pattern belongs to (bit flags), indexed by the pattern's first byte so
    /// that one pass over the class string tests only the patterns that can start at each byte.
    private struct Families: OptionSet {
        let rawValue: UInt8
        static let strong = Families(rawValue: 1), weak = Families(rawValue: 2), rescue = Families(rawValue: 4)
        static let discussion = Families(rawValue: 8), positive = Families(rawValue: 16), negative = Families(rawValue: 32)
    }

    /// Every pattern's bytes back to back, with (offset, length, family) entries listed under the
    /// pattern's first byte, so that one pass over the class string tests only the patterns that can
    /// start at each byte.
    private struct Entry { let start: Int32; let count: Int32; let family: Families }
    private static let patternBytes: [UInt8] = tables.bytes
    private static let byFirstByte: [[Entry]] = tables.index
    /// Which two-byte openings any pattern has: most positions in a class string start none, and
    /// this one lookup skips them.
    private static let openings: [Bool] = {
        var t = [Bool](repeating: false, count: 65536)
        for list in [strong, weak, rescue, discussionWords, positive, negative] {
            for p in list where p.count >= 2 { t[Int(p[0]) << 8 | Int(p[1])] = true }
        }
        return t
    }()
    private static let tables: (bytes: [UInt8], index: [[Entry]]) = {
        var bytes: [UInt8] = []
        var index = [[Entry]](repeating: [], count: 256)
        let lists: [([[UInt8]], Families)] = [(strong, .strong), (weak, .weak), (rescue, .rescue), (discussionWords, .discussion),
                                             (positive, .positive), (negative, .negative)]
        for (list, family) in lists {
            for p in list {
                index[Int(p[0])].append(Entry(start: Int32(bytes.count), count: Int32(p.count), family: family))
                bytes += p
            }
        }
        return (bytes, index)
    }()

    init(lowercased s: [UInt8]) {
        guard !s.isEmpty else { return }
        var found: Families = []
        Self.patternBytes.withUnsafeBufferPointer { pat in
            s.withUnsafeBufferPointer { hay in
                let n = hay.count
                let openings = Self.openings
                for i in 0..<(n - 1) where openings[Int(hay[i]) << 8 | Int(hay[i + 1])] {
                    for e in Self.byFirstByte[Int(hay[i])] where !found.contains(e.family) && Int(e.count) <= n - i {
                        let st = Int(e.start), len = Int(e.count)
                        var k = 1
                        while k < len && hay[i + k] == pat[st + k] { k += 1 }
                        if k == len { found.insert(e.family) }
                    }
                }
            }
        }
        var strongHit = found.contains(.strong)
        let weakHit = found.contains(.weak)
        if !strongHit {
            // Whole-token advertisement and visibility names: "ad", "ad-slot", "hidden".
            var start = 0
            for i in 0...s.count {
                let end = i == s.count || s[i] == 0x20 || s[i] == 0x5F
                if end {
                    // Only tokens as short as the longest listed name can match: skip the set lookup
                    // (and the array it needs) for the rest.
                    if i > start, i - start <= Self.longestToken,
                       Self.adTokens.contains(Array(s[start..<i])) || Self.hiddenTokens.contains(Array(s[start..<i])) { strongHit = true; break }
                    // Leading and inner parts of a hyphenated name too ("ad-wrapper", "top-ad-banner"), but not
                    // the last, which is often a qualifier ("section-and-ad" holds a paragraph and an ad).
                    var t = start
                    for j in start..<i where s[j] == 0x2D {
                        if j > t, j - t <= Self.longestToken, Self.adTokens.contains(Array(s[t..<j])) { strongHit = true; break }
                        t = j + 1
                    }
                    if strongHit { break }
                    start = i + 1
                }
            }
        }
        contentLike = found.contains(.rescue)
        discussion = found.contains(.discussion)
        boilerplate = strongHit || (weakHit && !contentLike)
        strongName = strongHit
        if found.contains(.positive) { weight += 25 }
        if found.contains(.negative) { weight -= 25 }
    }

}

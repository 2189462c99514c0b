import DossierText
import Foundation

/// The signals a scraped page's units are classified on: what one unit looks like (length,
/// sentence shape, function words, capitals, bullets, link remnants, web-furniture vocabulary)
/// and where it stands (among prose or among short lines, inside or outside the densest prose
/// run). None names a site or a phrase of one page; the weights come from `ChromeTrainer`.
public enum UnitFeatures {
    /// What one unit says about itself, before its neighbours are looked at.
    struct Shape {
        var words = 0
        var tokens = 0
        var endsSentence = false
        var endsColon = false
        var endsComma = false
        var startsLower = false
        var startsUpper = false
        var startsQuote = false
        var titleShare = 0.0
        var stopShare = 0.0
        var digitShare = 0.0
        var commas = 0
        var bullet = false
        var heading = false
        var link = false
        var separators = 0
        var chromeWords = 0
        var capsLabel = false
        var shouted = false
        var copyright = false
        var meanWordLength = 0.0
        var clock = false
        var pipes = 0

        /// Prose: a sentence of some length, the material articles are made of.
        var prose: Bool { words >= 8 && endsSentence && stopShare > 0.1 }
    }

    /// Function words of the languages news is mostly scraped in: prose is dense with them,
    /// menus and headline lists are not.
    static let stopwords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "and", "or", "is", "was", "were", "are", "be", "been", "has", "have",
        "had", "it", "its", "that", "this", "with", "for", "on", "at", "by", "from", "as", "but", "not", "he",
        "she", "they", "we", "his", "her", "their", "which", "who", "would", "will", "said", "says", "there",
        "than", "about", "into", "after", "also", "more", "when", "if", "so", "can", "could", "what", "been",
        "der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "sich",
        "le", "la", "les", "et", "est", "des", "du", "un", "une", "que", "qui", "dans", "pour", "pas",
        "el", "los", "las", "y", "es", "en", "que", "por", "con", "para", "una", "del", "il", "di", "che", "per",
        "de", "het", "een", "van", "op", "om", "och", "att", "är", "som", "og", "er", "ikke",
    ]

    /// The vocabulary of web furniture rather than of any story: accounts, sharing, consent,
    /// subscriptions, navigation and teaser labels, in the words sites of every kind use.
    static let chromeVocabulary: Set<String> = [
        "copyright", "rights", "reserved", "privacy", "cookie", "cookies", "terms", "subscribe", "subscription",
        "newsletter", "newsletters", "login", "logout", "signin", "signup", "register", "account", "password",
        "advertisement", "advertising", "advertise", "sponsored", "share", "shares", "shared", "tweet", "facebook",
        "twitter", "instagram", "linkedin", "pinterest", "whatsapp", "email", "print", "comments", "comment",
        "related", "trending", "popular", "latest", "recommended", "follow", "menu", "search", "home", "skip",
        "navigation", "contact", "sitemap", "rss", "feedback", "help", "faq", "careers", "click", "download",
        "app", "apps", "video", "videos", "photos", "gallery", "watch", "listen", "podcast", "podcasts", "more",
        "read", "loading", "javascript", "browser", "enable", "ad", "ads", "feeds", "edition", "weather",
        "impressum", "datenschutz", "anmelden", "teilen", "mehr", "partager", "connexion", "compartir", "más",
    ]

    /// Marks that end a sentence, and the closing quotes and brackets that may follow one.
    static let sentenceEnds: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}", "\u{3002}"]
    static let sentenceClosers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "'", "\u{2019}", ")"]

    /// Reads one unit's shape in one pass over its scalars plus one over its words.
    static func shape(_ text: Substring) -> Shape {
        var s = Shape()
        var digits = 0
        var letters = 0
        var lower = 0
        var wordStart = true
        var capitalised = 0
        // The word being read, lowercased, as UTF-8 (a String grown scalar by scalar was slow).
        var current: [UInt8] = []
        current.reserveCapacity(32)
        var wordLetters = 0
        var stops = 0
        var chrome = 0
        var last: Unicode.Scalar = " "
        var beforeLast: Unicode.Scalar = " "
        var first: Unicode.Scalar?
        func closeWord() {
            guard !current.isEmpty else { return }
            s.tokens += 1
            let word = String(decoding: current, as: UTF8.self)
            if stopwords.contains(word) { stops += 1 }
            if chromeVocabulary.contains(word) { chrome += 1 }
            current.removeAll(keepingCapacity: true)
        }
        for c in text.unicodeScalars {
            let space = c == " " || c == "\t" || c == "\u{00A0}" || c == "\n" || c == "\r"
            if space { wordStart = true; closeWord(); continue }
            if first == nil { first = c }
            if wordStart {
                s.words += 1
                if ScalarTests.isUppercase(c) { capitalised += 1 }
                wordStart = false
            }
            let isDigit = c.value >= 48 && c.value <= 57
            if isDigit {
                digits += 1
                current.append(UInt8(c.value))
            } else if ScalarTests.isAlphabetic(c) {
                letters += 1
                wordLetters += 1
                if ScalarTests.isLowercase(c) { lower += 1 }
                if c.value < 0x80 {
                    current.append(UInt8(c.value) | 0x20)
                } else {
                    let l = c.properties.lowercaseMapping.unicodeScalars.first ?? c
                    UTF8.encode(l) { current.append($0) }
                }
            } else {
                closeWord()
                switch c {
                case ",": s.commas += 1
                case "|": s.pipes += 1; s.separators += 1
                case "\u{00BB}", "\u{203A}", "\u{2022}", "\u{00B7}", "/", "\u{2192}": s.separators += 1
                case ":" where beforeLast.value >= 48 && beforeLast.value <= 57 || last.value >= 48 && last.value <= 57:
                    s.clock = true
                default: break
                }
            }
            beforeLast = last
            last = c
        }
        closeWord()
        let terminal = sentenceEnds
        let closers = sentenceClosers
        s.endsSentence = terminal.contains(last) || (closers.contains(last) && terminal.contains(beforeLast))
        s.endsColon = last == ":"
        s.endsComma = last == "," || ScalarTests.isLowercase(last)
        s.startsLower = first.map(ScalarTests.isLowercase) ?? false
        s.startsUpper = first.map(ScalarTests.isUppercase) ?? false
        s.startsQuote = first.map { $0 == "\"" || $0 == "\u{201C}" || $0 == "'" || $0 == "\u{2018}" } ?? false
        s.bullet =
            first.map { "*-+\u{2022}\u{00B7}\u{25AA}\u{25BA}>".unicodeScalars.contains($0) } ?? false
            && text.unicodeScalars.dropFirst().first == " "
        s.heading = first == "#"
        s.link =
            ScalarTests.contains(text, "](") || ScalarTests.contains(text, "http")
            || ScalarTests.contains(text, "www.") || ScalarTests.contains(text, "[")
        s.shouted = letters > 2 && lower == 0
        s.digitShare = letters + digits == 0 ? 0 : Double(digits) / Double(letters + digits)
        s.titleShare = s.words == 0 ? 0 : Double(capitalised) / Double(s.words)
        s.stopShare = s.tokens == 0 ? 0 : Double(stops) / Double(s.tokens)
        s.chromeWords = chrome
        s.meanWordLength = s.words == 0 ? 0 : Double(letters + digits) / Double(s.words)
        let features = LineFeatures(text)
        s.capsLabel = features.capsLabelLength != nil
        s.copyright = features.copyright
        return s
    }

    /// Features of one unit on its own: the first block of every unit's vector.
    static func own(_ s: Shape, _ unit: TextUnit) -> [Double] {
        let w = Double(s.words)
        return [
            1,
            log1p(w),
            s.words == 1 ? 1 : 0, s.words >= 2 && s.words <= 3 ? 1 : 0, s.words >= 4 && s.words <= 7 ? 1 : 0,
            s.words >= 8 && s.words <= 15 ? 1 : 0, s.words >= 16 && s.words <= 30 ? 1 : 0, s.words > 30 ? 1 : 0,
            s.endsSentence ? 1 : 0, s.endsColon ? 1 : 0, s.endsComma ? 1 : 0,
            s.startsLower ? 1 : 0, s.startsUpper ? 1 : 0, s.startsQuote ? 1 : 0,
            s.titleShare, s.stopShare, s.digitShare, min(Double(s.commas), 6) / 6,
            s.bullet ? 1 : 0, s.heading ? 1 : 0, s.link ? 1 : 0, min(Double(s.separators), 4) / 4,
            min(Double(s.chromeWords), 4) / 4, s.chromeWords > 0 && s.words <= 8 ? 1 : 0,
            s.capsLabel ? 1 : 0, s.shouted ? 1 : 0, s.copyright ? 1 : 0,
            min(s.meanWordLength, 12) / 12, s.clock ? 1 : 0, s.prose ? 1 : 0,
            unit.isCell ? 1 : 0, log1p(Double(unit.indent)) / 4, min(Double(s.pipes), 3) / 3,
            s.titleShare > 0.7 && s.words >= 3 && !s.endsSentence ? 1 : 0,
            s.stopShare * log1p(w),
        ]
    }

    /// The unit's own features followed by those of its surroundings, for every unit of a page.
    static func page(_ units: [TextUnit]) -> (shapes: [Shape], rows: [[Double]]) {
        let shapes = units.map { shape($0.text) }
        let n = shapes.count
        // Prose mass of each unit: words when it is prose, a penalty otherwise; the densest
        // prose run is the best-scoring stretch of it (the story, in almost every page).
        let mass = shapes.map { $0.prose ? Double($0.words) : ($0.endsSentence && $0.words >= 5 ? 2 : -4) }
        let region = densestRun(mass)
        let prose = shapes.map { $0.prose ? 1.0 : 0.0 }
        let words = shapes.map { log1p(Double($0.words)) }
        let proseSums = prefixSums(prose)
        let wordSums = prefixSums(words)
        var rows: [[Double]] = []
        rows.reserveCapacity(n)
        for k in 0..<n {
            var row = own(shapes[k], units[k])
            for radius in [1, 3, 10] {
                row.append(windowMean(proseSums, k, radius, n))
                row.append(windowMean(wordSums, k, radius, n) / 4)
            }
            let previous = k > 0 ? shapes[k - 1] : Shape()
            let next = k + 1 < n ? shapes[k + 1] : Shape()
            row += [
                log1p(Double(previous.words)) / 4, log1p(Double(next.words)) / 4,
                previous.endsSentence ? 1 : 0, next.endsSentence ? 1 : 0,
                previous.prose ? 1 : 0, next.prose ? 1 : 0,
                next.startsLower ? 1 : 0, previous.endsComma ? 1 : 0,
                k > 0 && units[k - 1].line == units[k].line ? 1 : 0,
                k + 1 < n && units[k + 1].line == units[k].line ? 1 : 0,
            ]
            row += positionFeatures(k, n, region)
            rows.append(row)
        }
        return (shapes, rows)
    }

    /// Where unit `k` stands relative to the page and to a run `[start, end)`.
    static func positionFeatures(_ k: Int, _ n: Int, _ region: Range<Int>?) -> [Double] {
        let relative = n <= 1 ? 0 : Double(k) / Double(n - 1)
        guard let region else { return [relative, 0, 0, 0] }
        let inside = region.contains(k)
        let before = k < region.lowerBound ? log1p(Double(region.lowerBound - k)) / 5 : 0
        let after = k >= region.upperBound ? log1p(Double(k - region.upperBound + 1)) / 5 : 0
        return [relative, inside ? 1 : 0, before, after]
    }

    /// Maximum-sum contiguous run (Kadane); nil when nothing scores above zero.
    static func densestRun(_ mass: [Double]) -> Range<Int>? {
        var best = 0.0
        var bestRange: Range<Int>?
        var sum = 0.0
        var start = 0
        for (k, m) in mass.enumerated() {
            if sum <= 0 { sum = 0; start = k }
            sum += m
            if sum > best { best = sum; bestRange = start..<(k + 1) }
        }
        return bestRange
    }

    static func prefixSums(_ v: [Double]) -> [Double] {
        var out = [0.0]
        out.reserveCapacity(v.count + 1)
        for x in v { out.append(out[out.count - 1] + x) }
        return out
    }

    /// Mean of `v` over units `k - radius ... k + radius`, itself excluded, from its prefix sums.
    static func windowMean(_ sums: [Double], _ k: Int, _ radius: Int, _ n: Int) -> Double {
        let lo = max(0, k - radius)
        let hi = min(n, k + radius + 1)
        let count = hi - lo - 1
        guard count > 0 else { return 0 }
        return (sums[hi] - sums[lo] - (sums[k + 1] - sums[k])) / Double(count)
    }

    /// Second-stage features: the first stage's belief about the unit and its neighbours, so that
    /// a short line inside a story is kept and a long teaser among chrome is not.
    static func context(_ p: [Double], _ shapes: [Shape]) -> [[Double]] {
        let n = p.count
        let sums = prefixSums(p)
        let mass = zip(p, shapes).map { (q, s) in (q - 0.5) * log1p(Double(max(s.words, 1))) }
        let region = densestRun(mass)
        return (0..<n).map { k in
            var row = [1, p[k], logit(p[k]) / 8]
            for radius in [1, 2, 5, 12] { row.append(windowMean(sums, k, radius, n)) }
            row.append(k > 0 ? p[k - 1] : 0)
            row.append(k + 1 < n ? p[k + 1] : 0)
            row += positionFeatures(k, n, region)
            let s = shapes[k]
            row += [
                log1p(Double(s.words)) / 4, s.prose ? 1 : 0, s.endsSentence ? 1 : 0,
                s.words <= 3 ? 1 : 0, s.startsQuote ? 1 : 0, s.capsLabel ? 1 : 0,
            ]
            return row
        }
    }

    static func logit(_ p: Double) -> Double {
        let q = min(max(p, 1e-6), 1 - 1e-6)
        return log(q / (1 - q))
    }
}

/// One word of a text as the linking stage sees it: hashes only, so that no strings are built
/// in the per-article hot path.
struct ScannedWord {
    /// Hash of the lower-cased surface form (shingles use every word, stopwords included).
    var surface: UInt64
    /// Hash of the lower-cased, lightly stemmed form (TF-IDF terms).
    var stem: UInt64
    var isStopword: Bool
    /// Starts with an upper-case letter somewhere other than the start of a sentence: a name, mostly.
    var isName: Bool
    var isNumber: Bool
}

/// Splits text into words over its UTF-8 bytes: ASCII letters and digits plus any non-ASCII
/// letter form words; everything else separates them. Lower-cases ASCII only, which is all the
/// hashing needs for English news.
enum WordScanner {
    static func scan(_ text: String, _ body: (ScannedWord) -> Void) {
        var text = text
        text.withUTF8 { buf in scanBytes(buf, body) }
    }

    private static func scanBytes(_ b: UnsafeBufferPointer<UInt8>, _ body: (ScannedWord) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(64)
        var sentenceStart = true
        var wordStartsUpper = false
        var allDigits = true
        var i = 0
        let n = b.count

        func flush() {
            defer { word.removeAll(keepingCapacity: true); allDigits = true }
            guard word.count >= 2 || (word.count == 1 && allDigits) else { return }
            let surface = hashBytes(word, 0, word.count)
            let stopword = Stopwords.hashes.contains(surface)
            let stemEnd = stemLength(word)
            let stem = stemEnd == word.count ? surface : hashBytes(word, 0, stemEnd)
            body(
                ScannedWord(
                    surface: surface, stem: stem, isStopword: stopword,
                    isName: wordStartsUpper && !sentenceStart && !stopword, isNumber: allDigits))
            sentenceStart = false
        }

        while i < n {
            let c = b[i]
            if c < 0x80 {
                let lower = c | 0x20
                if (lower >= 0x61 && lower <= 0x7A) || (c >= 0x30 && c <= 0x39) {
                    if word.isEmpty { wordStartsUpper = c >= 0x41 && c <= 0x5A }
                    if c >= 0x30 && c <= 0x39 { word.append(c) } else { word.append(lower); allDigits = false }
                } else {
                    if !word.isEmpty { flush() }
                    // Terminators, and line breaks (headlines and paragraphs), open a sentence.
                    if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x0A || c == 0x3A { sentenceStart = true }
                    // A word right after an opening quote starts the quoted sentence.
                    if c == 0x22 { sentenceStart = true }
                }
                i += 1
                continue
            }
            // Multi-byte scalar: decode just enough to tell letters from punctuation.
            let len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            var v: UInt32 = len == 4 ? UInt32(c & 0x07) : len == 3 ? UInt32(c & 0x0F) : len == 2 ? UInt32(c & 0x1F) : 0
            var k = 1
            while k < len && i + k < n { v = (v << 6) | UInt32(b[i + k] & 0x3F); k += 1 }
            if len > 1, let s = Unicode.Scalar(v), s.properties.isAlphabetic {
                if word.isEmpty { wordStartsUpper = s.properties.isUppercase }
                for j in 0..<k { word.append(b[i + j]) }
                allDigits = false
            } else {
                if !word.isEmpty { flush() }
                if v == 0x201C { sentenceStart = true }
            }
            i += max(1, k)
        }
        if !word.isEmpty { flush() }
    }

    /// A light plural stemmer: "stories" → "stori"-like forms are not needed, only that
    /// "rehab"/"rehabs" and "earthquake"/"earthquakes" meet.
    @inline(__always)
    static func stemLength(_ w: [UInt8]) -> Int {
        let n = w.count
        guard n > 3, w[n - 1] == 0x73 else { return n }  // ...s
        let p = w[n - 2]
        if p == 0x73 || p == 0x75 || p == 0x69 { return n }  // -ss, -us, -is
        if n > 4 && p == 0x65 && w[n - 3] == 0x69 { return n - 3 }  // -ies → stem without "ies"
        return n - 1
    }

    @inline(__always)
    static func hashBytes(_ w: [UInt8], _ start: Int, _ end: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for k in start..<end { h ^= UInt64(w[k]); h &*= 0x0000_0100_0000_01b3 }
        return mix(h)
    }

    /// SplitMix64 finaliser: FNV's low bits are weak, and MOD-m sampling reads the low bits.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9e37_79b9_7f4a_7c15
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    static func hash(_ s: String) -> UInt64 {
        let bytes = Array(s.lowercased().utf8)
        return hashBytes(bytes, 0, bytes.count)
    }

    static func stemHash(_ s: String) -> UInt64 {
        let bytes = Array(s.lowercased().utf8)
        return hashBytes(bytes, 0, stemLength(bytes))
    }
}

enum Stopwords {
    static let words: [String] = """
        a about above after again against all also am an and any are as at be because been before being \
        below between both but by can could did do does doing down during each few for from further had has \
        have having he her here hers herself him himself his how i if in into is it its itself just me more \
        most my myself no nor not now of off on once only or other our ours ourselves out over own same she \
        should so some such than that the their theirs them themselves then there these they this those \
        through to too under until up very was we were what when where which while who whom why will with \
        would you your yours yourself yourselves said says say told according one two new last first year \
        years mr mrs ms percent many much may might must shall us today yesterday tomorrow week monday \
        tuesday wednesday thursday friday saturday sunday time according since around however still even \
        like get got go going make made back people well way just including among across per
        """.split(separator: " ").map(String.init)
    static let hashes: Set<UInt64> = Set(words.map { WordScanner.hash($0) })
}

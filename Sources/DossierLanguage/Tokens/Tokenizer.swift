import DossierModel

/// Splits text into word, number and punctuation tokens, as scalar spans.
///
/// Keeps together what a reader sees as one unit: abbreviations ("Mr.", "U.S.", "Sept."),
/// decimals and thousands ("3,000", "3.5"), internal apostrophes and hyphens ("don't",
/// "forty-four"), and URLs. Works on already space-separated text (CoNLL) unchanged.
public enum Tokenizer {
    public static func tokenize(_ text: ScalarText, in range: Span? = nil) -> [Span] {
        let s = text.scalars
        var i = range?.start ?? 0
        let end = range?.end ?? s.count
        var out: [Span] = []
        out.reserveCapacity((end - i) / 5)
        while i < end {
            let c = s[i]
            if c.properties.isWhitespace { i += 1; continue }
            let start = i
            if isWordScalar(c) {
                if let urlEnd = urlEnd(s, from: i, limit: end) {
                    i = urlEnd
                } else {
                    i = wordEnd(s, from: i, limit: end)
                }
            } else if c == "." && i + 2 < end && s[i + 1] == "." && s[i + 2] == "." {
                i += 3
            } else if (c == "-" || c == "\u{2014}") && i + 1 < end && s[i + 1] == c {
                i += 2
            } else {
                i += 1
            }
            out.append(Span(start, i))
        }
        return out
    }

    @inline(__always)
    public static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return c.properties.isAlphabetic || c.properties.numericType != nil
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func wordEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = s[i]
            if isWordScalar(c) || c.properties.generalCategory == .nonspacingMark { i += 1; continue }
            guard i + 1 < limit else { break }
            let next = s[i + 1]
            // Joiners that stay inside a token only when a word scalar follows.
            if c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "&" {
                if isWordScalar(next) { i += 1; continue }
                break
            }
            // "3,000" and "3.5": separators between digits.
            if (c == "," || c == ".") && i > start && isDigit(s[i - 1]) && isDigit(next) { i += 1; continue }
            // "U.S." and "e.g.": single letters joined by periods.
            if c == "." && isWordScalar(next) && isInitialism(s, start, i) { i += 1; continue }
            break
        }
        // A trailing period belongs to abbreviations and initialisms.
        if i < limit && s[i] == "." {
            if isInitialism(s, start, i) || Abbreviations.isAbbreviation(lowercased(s, start, i)) {
                return i + 1
            }
        }
        return i
    }

    /// "U.S" or "J" (before the final period): letters alternating with periods.
    private static func isInitialism(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var expectLetter = true
        var letters = 0
        for k in start..<end {
            if expectLetter {
                guard s[k].properties.isAlphabetic else { return false }
                letters += 1
            } else if s[k] != "." { return false }
            expectLetter.toggle()
        }
        return letters >= 1 && !expectLetter && (letters == 1 ? s[start].properties.isUppercase : true)
    }

    static func lowercased(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var v = String.UnicodeScalarView()
        for k in start..<end { v.append(contentsOf: s[k].properties.lowercaseMapping.unicodeScalars) }
        return String(v)
    }

    private static func urlEnd(_ s: [Unicode.Scalar], from i: Int, limit: Int) -> Int? {
        func has(_ p: String) -> Bool {
            var k = i
            for u in p.unicodeScalars {
                guard k < limit, s[k] == u else { return false }
                k += 1
            }
            return true
        }
        guard has("http://") || has("https://") || has("www.") else { return nil }
        var k = i
        while k < limit && !s[k].properties.isWhitespace && s[k] != "\"" && s[k] != "<" && s[k] != ">" { k += 1 }
        while k > i && ".,;:!?)\u{201D}'".unicodeScalars.contains(s[k - 1]) { k -= 1 }
        return k
    }
}

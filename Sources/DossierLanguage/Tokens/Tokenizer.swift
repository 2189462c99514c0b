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
            if isSpace(c) { i += 1; continue }
            let start = i
            if (c == "n" || c == "N" || c == "'" || c == "\u{2019}"), let k = cliticEnd(s, at: i, limit: end) {
                i = k
            } else if isWordScalar(c) {
                if let urlEnd = urlEnd(s, from: i, limit: end) {
                    i = urlEnd
                } else {
                    i = wordEnd(s, from: i, limit: end)
                    i = suffixEnd(
                        s, start: start, end: i, limit: end, lineStart: isLineStart(s, start, range?.start ?? 0))
                }
            } else if c == "." && i + 1 < end && isDigit(s[i + 1]) && (i == 0 || !isWordScalar(s[i - 1])) {
                // ".496": a decimal written without its leading zero.
                i = wordEnd(s, from: i + 1, limit: end)
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

    /// `isWhitespace` without the property look-up for ASCII, where White_Space is tab to
    /// carriage return and the space.
    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return c.properties.isWhitespace
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

    private static func wordEnd(_ s: [Unicode.Scalar], from start: Int, limit: Int) -> Int {
        var i = start
        while i < limit {
            let c = s[i]
            // "did n't": the negation clitic starts at its "n".
            if (c == "n" || c == "N") && i > start && i + 2 < limit && (s[i + 1] == "'" || s[i + 1] == "\u{2019}")
                && (s[i + 2] == "t" || s[i + 2] == "T") && (i + 3 >= limit || !isWordScalar(s[i + 3]))
            {
                break
            }
            if isWordScalar(c) || (c.value >= 0x80 && c.properties.generalCategory == .nonspacingMark) {
                i += 1; continue
            }
            guard i + 1 < limit else { break }
            let next = s[i + 1]
            // Clitics are tokens of their own, as in the Penn Treebank: "Lindqvist 's".
            if (c == "'" || c == "\u{2019}") && cliticEnd(s, at: i, limit: limit) != nil { break }
            // Joiners that stay inside a token only when a word scalar follows.
            if c == "'" || c == "\u{2019}" || c == "-" || c == "\u{2010}" || c == "&" {
                if isWordScalar(next) { i += 1; continue }
                break
            }
            // "3,000", "3.5", "1/2", "10:30": separators between digits.
            if (c == "," || c == "." || c == "/" || c == ":") && i > start && isDigit(s[i - 1]) && isDigit(next) {
                i += 1; continue
            }
            // "U.S.", "e.g." and "a.m.": single letters joined by periods.
            if c == "." && isWordScalar(next)
                && (isInitialism(s, start, i) || startsLowerInitialism(s, start, i, limit))
            {
                i += 1; continue
            }
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

    /// "a.m", "e.g", "i.e": one lowercase letter, a period, and a letter with its own period.
    private static func startsLowerInitialism(_ s: [Unicode.Scalar], _ start: Int, _ i: Int, _ limit: Int) -> Bool {
        i == start + 1 && s[start].properties.isLowercase && i + 2 < limit && s[i + 1].properties.isAlphabetic
            && s[i + 2] == "."
            && (i + 3 >= limit || !isWordScalar(s[i + 3]))
    }

    /// "'s", "'ll", "n't" and the like when they stand at `i` and end a word: the end of the clitic.
    static func cliticEnd(_ s: [Unicode.Scalar], at i: Int, limit: Int) -> Int? {
        var k = i
        if s[k] == "n" || s[k] == "N" { k += 1 }
        guard k < limit, s[k] == "'" || s[k] == "\u{2019}" else { return nil }
        var e = k + 1
        while e < limit && e - k <= 2 && s[e].value < 0x80 && s[e].properties.isAlphabetic { e += 1 }
        guard e > k + 1, e >= limit || !isWordScalar(s[e]) else { return nil }
        // Attached to a word, or standing alone as in already tokenised text ("Lindqvist 's").
        guard i > 0,
            isWordScalar(s[i - 1]) || (k > i && isWordScalar(s[i - 1]))
                || (s[i - 1].properties.isWhitespace && (e >= limit || s[e].properties.isWhitespace))
        else { return nil }
        var lower = ""
        for x in s[(k + 1)..<e] { lower.unicodeScalars.append(Unicode.Scalar(UInt8(x.value | 0x20))) }
        if k > i { return lower == "t" ? e : nil }
        return ["s", "m", "d", "ll", "re", "ve"].contains(lower) ? e : nil
    }

    private static func isLineStart(_ s: [Unicode.Scalar], _ i: Int, _ floor: Int) -> Bool {
        var k = i - 1
        while k >= floor && (s[k] == " " || s[k] == "\t") { k -= 1 }
        return k < floor || s[k] == "\n" || s[k] == "\r"
    }

    /// Extends a word token by what belongs to it after `wordEnd`: the period of a list number
    /// at the start of a line ("1. Jan Ullrich") and the dollar sign of "C$" or "US$".
    private static func suffixEnd(_ s: [Unicode.Scalar], start: Int, end: Int, limit: Int, lineStart: Bool) -> Int {
        guard end < limit else { return end }
        let n = end - start
        if lineStart && s[end] == "." && n <= 3 && (start..<end).allSatisfy({ isDigit(s[$0]) })
            && (end + 1 >= limit || s[end + 1] == " " || s[end + 1] == "\t")
        {
            return end + 1
        }
        if s[end] == "$" && n <= 2 && (start..<end).allSatisfy({ s[$0].value >= 0x41 && s[$0].value <= 0x5A }) {
            return end + 1
        }
        return end
    }

    /// "U.S" or "J" (before the final period): letters alternating with periods.
    private static func isInitialism(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> Bool {
        var expectLetter = true
        var letters = 0
        for k in start..<end {
            if expectLetter {
                guard s[k].properties.isAlphabetic else { return false }
                letters += 1
            } else if s[k] != "." {
                return false
            }
            expectLetter.toggle()
        }
        return letters >= 1 && !expectLetter && (letters == 1 ? s[start].properties.isUppercase : true)
    }

    static func lowercased(_ s: [Unicode.Scalar], _ start: Int, _ end: Int) -> String {
        var v = String.UnicodeScalarView()
        for k in start..<end {
            let c = s[k]
            // ASCII's lower-case mapping is A-Z to a-z and nothing else: no property look-up (and no
            // string per scalar) for the words before every period.
            if c.value < 0x80 {
                v.append(c.value &- 0x41 < 26 ? Unicode.Scalar(UInt8(truncatingIfNeeded: c.value + 0x20)) : c)
            } else {
                v.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
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

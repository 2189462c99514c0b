import DossierModel

/// A light token for the number-and-time matchers: letter runs, digit runs and single
/// punctuation scalars, each word carrying a hash of its lowercased form.
///
/// The matchers need finer pieces than `Tokenizer` gives ("3,000" as 3 "," 000 so that
/// "Sept. 30, 1998" and "10:35" can be read piecewise; "two-year" as two "-" year) and a
/// cheap way to ask "is this word in my lexicon": one dictionary probe on a 64-bit key
/// instead of building a `String` per word.
struct ScanToken {
    enum Kind: UInt8 { case word, number, punct }
    var start: Int
    var end: Int
    var kind: Kind
    /// Lowercased-word hash for words, the scalar value for punctuation, 0 for numbers.
    var key: UInt64
    /// The value of a digit run (saturating), 0 otherwise.
    var value: Int
    /// First scalar is uppercase.
    var upper: Bool

    var length: Int { end - start }
}

enum WordScan {
    static let fnvBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    /// The key `tokens` gives a word: FNV-1a over its lowercased scalars.
    static func key(_ word: String) -> UInt64 {
        var h = fnvBasis
        for c in word.unicodeScalars { h = (h ^ UInt64(lower(c).value)) &* fnvPrime }
        return h
    }

    @inline(__always)
    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 0x20)! }
        if v < 0x80 { return c }
        return c.properties.lowercaseMapping.unicodeScalars.first ?? c
    }

    @inline(__always)
    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value &- 0x30 < 10 }

    @inline(__always)
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 0x61 < 26 }
        return c.properties.isAlphabetic
    }

    @inline(__always)
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        return c.properties.isWhitespace
    }

    static func tokens(_ s: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [ScanToken] {
        let end = to ?? s.count
        var out: [ScanToken] = []
        out.reserveCapacity((end - from) / 5)
        var i = from
        while i < end {
            let c = s[i]
            let v = c.value
            if v < 0x80 {
                if (v | 0x20) &- 0x61 < 26 {
                    let start = i
                    var h = fnvBasis
                    while i < end {
                        let w = s[i].value
                        if w < 0x80 {
                            guard (w | 0x20) &- 0x61 < 26 else { break }
                            h = (h ^ UInt64(w | 0x20)) &* fnvPrime
                        } else {
                            guard s[i].properties.isAlphabetic else { break }
                            h = (h ^ UInt64(lower(s[i]).value)) &* fnvPrime
                        }
                        i += 1
                    }
                    out.append(ScanToken(start: start, end: i, kind: .word, key: h, value: 0, upper: v < 0x61))
                } else if v &- 0x30 < 10 {
                    let start = i
                    var n = 0
                    while i < end, s[i].value &- 0x30 < 10 {
                        if n < 100_000_000_000_000 { n = n * 10 + Int(s[i].value - 0x30) }
                        i += 1
                    }
                    out.append(ScanToken(start: start, end: i, kind: .number, key: 0, value: n, upper: false))
                } else if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                    i += 1
                } else {
                    out.append(ScanToken(start: i, end: i + 1, kind: .punct, key: UInt64(v), value: 0, upper: false))
                    i += 1
                }
            } else if c.properties.isAlphabetic {
                let start = i
                var h = fnvBasis
                while i < end {
                    let w = s[i]
                    if w.value < 0x80 {
                        guard (w.value | 0x20) &- 0x61 < 26 else { break }
                        h = (h ^ UInt64(w.value | 0x20)) &* fnvPrime
                    } else {
                        guard w.properties.isAlphabetic else { break }
                        h = (h ^ UInt64(lower(w).value)) &* fnvPrime
                    }
                    i += 1
                }
                out.append(ScanToken(start: start, end: i, kind: .word, key: h, value: 0, upper: c.properties.isUppercase))
            } else if c.properties.isWhitespace {
                i += 1
            } else {
                out.append(ScanToken(start: i, end: i + 1, kind: .punct, key: UInt64(v), value: 0, upper: false))
                i += 1
            }
        }
        return out
    }
}

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
    // 32-bit offsets keep a token in 24 bytes; the scanner's output is the matchers' main
    // memory traffic.
    private var start32: Int32
    private var end32: Int32
    var kind: Kind
    /// First scalar is uppercase.
    var upper: Bool
    /// Lowercased-word hash for words, the scalar value for punctuation, the value of a
    /// digit run (saturating) for numbers.
    var key: UInt64

    init(start: Int, end: Int, kind: Kind, key: UInt64, value: Int, upper: Bool) {
        self.start32 = Int32(truncatingIfNeeded: start)
        self.end32 = Int32(truncatingIfNeeded: end)
        self.kind = kind
        self.upper = upper
        self.key = kind == .number ? UInt64(value) : key
    }

    var start: Int { Int(start32) }
    var end: Int { Int(end32) }
    /// The value of a digit run, 0 otherwise.
    var value: Int { kind == .number ? Int(key) : 0 }
    var length: Int { Int(end32 - start32) }
}

enum WordScan {

    /// Whether token `i` starts a sentence, as dates and amounts read capitals: first in the text,
    /// after sentence or clause punctuation (. ! ? : " “ ( — and the _ of a rule line), or first
    /// on its line.
    static func startsSentence(_ tokens: [ScanToken], _ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i > 0, i < tokens.count else { return i == 0 }
        let p = tokens[i - 1]
        if p.kind == .punct {
            switch p.key {
            case 0x2E, 0x21, 0x3F, 0x22, 0x201C, 0x3A, 0x28, 0x2014, 0x5F: return true
            default: return false
            }
        }
        var k = tokens[i].start - 1
        while k >= 0 && k < scalars.count && isSpace(scalars[k]) {
            if scalars[k] == "\n" { return true }
            k -= 1
        }
        return false
    }

    /// The key `tokens` gives a word: FNV-1a over its lowercased scalars.
    static func key(_ word: String) -> UInt64 {
        var h = FNV1a.basis
        for c in word.unicodeScalars { h = FNV1a.step(h, UInt64(lower(c).value)) }
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

    static func tokens(_ scalars: [Unicode.Scalar], from: Int = 0, to: Int? = nil) -> [ScanToken] {
        let end = to ?? scalars.count
        // At most one token per scalar: writing into uninitialised storage skips the capacity
        // and uniqueness checks of `append`, the scanner's largest cost.
        return [ScanToken](unsafeUninitializedCapacity: max(0, end - from)) { buf, count in
            guard let base = buf.baseAddress else { count = 0; return }
            var out = base
            scalars.withUnsafeBufferPointer { s in
                var i = from
                while i < end {
                    let c = s[i]
                    let v = c.value
                    if v < 0x80 {
                        if (v | 0x20) &- 0x61 < 26 {
                            let start = i
                            var h = FNV1a.basis
                            while i < end {
                                let w = s[i].value
                                if w < 0x80 {
                                    guard (w | 0x20) &- 0x61 < 26 else { break }
                                    h = FNV1a.step(h, UInt64(w | 0x20))
                                } else {
                                    guard s[i].properties.isAlphabetic else { break }
                                    h = FNV1a.step(h, UInt64(lower(s[i]).value))
                                }
                                i += 1
                            }
                            out.initialize(
                                to: ScanToken(start: start, end: i, kind: .word, key: h, value: 0, upper: v < 0x61))
                            out += 1
                        } else if v &- 0x30 < 10 {
                            let start = i
                            var n = 0
                            while i < end {
                                let d = s[i].value &- 0x30
                                guard d < 10 else { break }
                                if n < 100_000_000_000_000 { n = n * 10 + Int(d) }
                                i += 1
                            }
                            out.initialize(
                                to: ScanToken(start: start, end: i, kind: .number, key: 0, value: n, upper: false))
                            out += 1
                        } else if v == 0x20 || (v >= 0x09 && v <= 0x0D) {
                            i += 1
                        } else {
                            out.initialize(
                                to: ScanToken(
                                    start: i, end: i + 1, kind: .punct, key: UInt64(v), value: 0, upper: false))
                            out += 1
                            i += 1
                        }
                    } else if v == 0xA0 || v == 0x2009 || v == 0x202F {
                        // No-break and thin spaces, common inside numbers ("3 000") and before units.
                        i += 1
                    } else if c.properties.isAlphabetic {
                        let start = i
                        var h = FNV1a.basis
                        while i < end {
                            let w = s[i]
                            if w.value < 0x80 {
                                guard (w.value | 0x20) &- 0x61 < 26 else { break }
                                h = FNV1a.step(h, UInt64(w.value | 0x20))
                            } else {
                                guard w.properties.isAlphabetic else { break }
                                h = FNV1a.step(h, UInt64(lower(w).value))
                            }
                            i += 1
                        }
                        out.initialize(
                            to: ScanToken(
                                start: start, end: i, kind: .word, key: h, value: 0, upper: c.properties.isUppercase))
                        out += 1
                    } else if c.properties.isWhitespace {
                        i += 1
                    } else {
                        out.initialize(
                            to: ScanToken(start: i, end: i + 1, kind: .punct, key: UInt64(v), value: 0, upper: false))
                        out += 1
                        i += 1
                    }
                }
            }
            count = out - base
        }
    }
}

/// A read-only map from word keys to lexicon entries. The keys are already FNV hashes, so
/// `HashSlots` finds them at once; `Dictionary` would hash them again with SipHash, which
/// dominated the matchers' profile.
struct WordTable<Value> {
    private let slots: HashSlots
    private let values: [Value]
    let missing: Value

    init(_ entries: [UInt64: Value], missing: Value) {
        var slots = HashSlots(capacity: entries.count * 2)
        var values: [Value] = []
        values.reserveCapacity(entries.count)
        for (k, v) in entries {
            slots.insert(k, UInt32(values.count))
            values.append(v)
        }
        self.slots = slots
        self.values = values
        self.missing = missing
    }

    @inline(__always)
    subscript(_ key: UInt64) -> Value {
        guard let i = slots.find(key) else { return missing }
        return values[Int(i)]
    }
}

extension WordTable: Sendable where Value: Sendable {}

import DossierModel

/// How a word is capitalised; the tagger's strongest single cue in mixed-case text.
enum CaseClass: UInt8 {
    case lower, title, upper, mixed, noLetters
}

/// What the tagger needs to know about one token, computed in a single pass over its scalars.
///
/// Every string-valued fact is kept as a 64-bit hash so that feature extraction never builds
/// a `String`; digits are folded to `0` in `lower` and `form` so "1996" and "1997" share weights.
package struct WordForm {
    package var lower: UInt64 = 0
    var form: UInt64 = 0
    /// Character classes with runs collapsed: "Xx", "X.X.", "d-d", "x'x".
    var shape: UInt64 = 0
    var prefix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var suffix: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    var caseClass: CaseClass = .noLetters
    var length: Int = 0
    var hasDigit = false
    var hasLetter = false
    /// Lowercase hash without digit folding: the key into the lexicon of word clusters.
    var lexKey: UInt64 = 0

    @inline(__always)
    static func fnv(_ h: UInt64, _ v: UInt32) -> UInt64 { FNV1a.step(h, UInt64(v)) }

    @inline(__always)
    static func lowerValue(_ c: Unicode.Scalar) -> UInt32 {
        let v = c.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        if c.properties.isUppercase, let l = c.properties.lowercaseMapping.unicodeScalars.first { return l.value }
        return v
    }

    /// Analyses `s[start..<end]`; `scratch` is reused between calls to hold lowercased scalars.
    package init(_ s: [Unicode.Scalar], _ start: Int, _ end: Int, scratch: inout [UInt32]) {
        scratch.removeAll(keepingCapacity: true)
        var lower = FNV1a.basis, form = FNV1a.basis, shape = FNV1a.basis, lex = FNV1a.basis
        var lastClass: UInt32 = 0xFFFF_FFFF
        var uppers = 0, lowers = 0
        var firstUpper = false
        for k in start..<end {
            let c = s[k]
            let v = c.value
            var cls: UInt32
            var lv: UInt32
            if v >= 0x30 && v <= 0x39 {
                cls = 1; lv = v; hasDigit = true
                lower = WordForm.fnv(lower, 0x30); form = WordForm.fnv(form, 0x30)
            } else {
                let isUpper: Bool, isLower: Bool
                if v < 0x80 {
                    isUpper = v >= 0x41 && v <= 0x5A
                    isLower = v >= 0x61 && v <= 0x7A
                } else {
                    isUpper = c.properties.isUppercase
                    isLower = !isUpper && c.properties.isAlphabetic
                }
                lv = WordForm.lowerValue(c)
                if isUpper {
                    cls = 2; uppers += 1; if k == start { firstUpper = true }
                } else if isLower {
                    cls = 3; lowers += 1
                } else {
                    cls = 0x100 + (v < 0x10000 ? v : 0xFFFF)
                }
                lower = WordForm.fnv(lower, lv); form = WordForm.fnv(form, v)
            }
            lex = WordForm.fnv(lex, lv)
            scratch.append(lv)
            if cls != lastClass { shape = WordForm.fnv(shape, cls); lastClass = cls }
        }
        self.lower = lower
        self.form = form
        self.shape = shape
        self.lexKey = lex
        self.length = end - start
        self.hasLetter = uppers + lowers > 0
        if uppers + lowers == 0 {
            caseClass = .noLetters
        } else if lowers == 0 {
            caseClass = .upper
        } else if uppers == 0 {
            caseClass = .lower
        } else if firstUpper && uppers == 1 {
            caseClass = .title
        } else {
            caseClass = .mixed
        }
        let n = scratch.count
        // Prefixes and suffixes of up to four scalars; those longer than the word stay 0.
        var p = FNV1a.basis, q = FNV1a.basis
        var pre: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0), suf = pre
        for k in 0..<min(4, n) {
            p = WordForm.fnv(p, scratch[k])
            q = WordForm.fnv(q, scratch[n - 1 - k])
            switch k {
            case 0: pre.0 = p; suf.0 = q
            case 1: pre.1 = p; suf.1 = q
            case 2: pre.2 = p; suf.2 = q
            default: pre.3 = p; suf.3 = q
            }
        }
        prefix = pre
        suffix = suf
    }

    init() {}

    /// The lexicon key of a word given as a string, matching `lexKey` of its token.
    package static func lexKey(_ word: some StringProtocol) -> UInt64 {
        var h = FNV1a.basis
        for c in word.unicodeScalars { h = fnv(h, lowerValue(c)) }
        return h
    }
}

import DossierModel

/// Word clusters and capitalisation habits learned from unlabelled news text, keyed by
/// `WordForm.lexKey`. Packed per word: bits 0–15 fine cluster + 1, 16–23 coarse cluster + 1,
/// 24–27 capitalisation bucket + 1 (0 everywhere = unknown word).
///
/// Also the names seen in training (`names`): word sequences of up to four words, keyed by
/// `nameKey`, with a bit per type (in `EntityTags.types` order) they were tagged as.
package struct Lexicon: Sendable {
    package var slots: HashSlots
    package var names: HashSlots

    package static let maxNameWords = 4

    package init(slots: HashSlots, names: HashSlots) {
        self.slots = slots
        self.names = names
    }

    @inline(__always)
    func entry(_ key: UInt64) -> UInt32 { slots.find(key) ?? 0 }

    package static func pack(fine: Int?, coarse: Int?, capBucket: Int?) -> UInt32 {
        var v: UInt32 = 0
        if let fine { v |= UInt32(fine + 1) & 0xFFFF }
        if let coarse { v |= (UInt32(coarse + 1) & 0xFF) << 16 }
        if let capBucket { v |= (UInt32(capBucket + 1) & 0xF) << 24 }
        return v
    }

    /// The key under which one word of a training name is listed, with a bit per type and
    /// position (4·type + B/I/L/U) it held: "eva" as the first word of a person's name.
    @inline(__always)
    package static func partKey(_ lower: UInt64) -> UInt64 { EntityFeatures.mix(0x5041_5254, lower) }

    /// The key of a name from its words' `WordForm.lower` hashes, one word at a time.
    @inline(__always)
    package static func nameKey(_ previous: UInt64, _ lower: UInt64) -> UInt64 {
        EntityFeatures.mix(previous ^ 0x4E41_4D45, lower)
    }
}

/// One document prepared for tagging: per-token word facts, lexicon entries, sentence
/// positions and the case evidence the document gives about each word.
///
/// Features are 64-bit hashes of (template, values); the model maps them to weight rows.
/// Training and tagging share this code, so the features are the same by construction.
package struct EntityFeatures {
    /// Features per token for the first stage, and for the second, which adds `contextFeatures`.
    static let perToken = 43
    static let contextFeatures = 4

    let forms: [WordForm]
    let lex: [UInt32]
    /// Index of the first and one past the last token of each token's sentence.
    let sentStart: [Int32]
    let sentEnd: [Int32]
    /// Whether each token's sentence is in capitals (a headline), where case says nothing.
    let capsSentence: [Bool]
    /// Per token, what the rest of the document shows about its word's case: bit 0 seen in
    /// lower case, bit 1 seen capitalised, both only where case is informative (not
    /// sentence-initial, not in a capitals sentence).
    let docCase: [UInt8]
    /// Per token, the names from training it is part of: bit 4·type + position (B, I, L, U).
    let names: [UInt16]
    /// Per token, 1 + 4·type + position in the longest such name, or 0.
    let longestName: [UInt8]
    /// Per token, the types and positions its word held within training names.
    let nameParts: [UInt16]
    /// Per token, the place names it is part of (`Gazetteer.marks`).
    let places: [UInt32]
    /// Per token, the head-word shape of its capitalised run (`NameShapes.marks`).
    let shapes: [UInt8]
    /// Second stage only: each token's first-stage tag, and which types (bits 0–3) the first
    /// stage gave the same word elsewhere in the document, bit 4 when it left a capitalised
    /// occurrence untagged. Empty in the first stage.
    private(set) var firstTag: [UInt8] = []
    private(set) var elsewhere: [UInt8] = []

    /// `sentences` are half-open ranges of token indices covering the tokens to tag.
    package init(
        text: ScalarText, tokens: [Span], sentences: [Range<Int>], lexicon: Lexicon, gazetteer: Gazetteer = .shared
    ) {
        let s = text.scalars
        var scratch: [UInt32] = []
        scratch.reserveCapacity(64)
        var forms = [WordForm](repeating: WordForm(), count: tokens.count)
        var lex = [UInt32](repeating: 0, count: tokens.count)
        for (i, t) in tokens.enumerated() { forms[i] = WordForm(s, t.start, t.end, scratch: &scratch) }
        // A loop of its own: with nothing else in it, the processor overlaps the lexicon's cache misses.
        for i in 0..<tokens.count { lex[i] = lexicon.entry(forms[i].lexKey) }
        var sentStart = [Int32](repeating: 0, count: tokens.count)
        var sentEnd = [Int32](repeating: 0, count: tokens.count)
        var caps = [Bool](repeating: false, count: tokens.count)
        var evidence = HashSlots(capacity: 64)
        for r in sentences {
            var upperWords = 0, caseWords = 0
            for i in r where forms[i].hasLetter && forms[i].length > 1 {
                caseWords += 1
                if forms[i].caseClass == .upper { upperWords += 1 }
            }
            let isCaps = caseWords >= 2 && upperWords * 10 >= caseWords * 7
            for i in r {
                sentStart[i] = Int32(r.lowerBound)
                sentEnd[i] = Int32(r.upperBound)
                caps[i] = isCaps
            }
            if isCaps { continue }
            for i in r where i > r.lowerBound && forms[i].hasLetter {
                let bit: UInt32 = forms[i].caseClass == .lower ? 1 : 2
                evidence.insert(forms[i].lower, (evidence.find(forms[i].lower) ?? 0) | bit)
            }
        }
        var names = [UInt16](repeating: 0, count: tokens.count)
        var longestName = [UInt8](repeating: 0, count: tokens.count)
        var longestLength = [UInt8](repeating: 0, count: tokens.count)
        if lexicon.names.count > 0 {
            for r in sentences {
                for i in r where forms[i].hasLetter && forms[i].caseClass != .lower {
                    var key: UInt64 = 0
                    for n in 1...Lexicon.maxNameWords where i + n <= r.upperBound {
                        key = Lexicon.nameKey(key, forms[i + n - 1].lower)
                        guard let types = lexicon.names.find(key) else { continue }
                        for t in 0..<4 where types & (1 << t) != 0 {
                            for j in 0..<n {
                                let pos = n == 1 ? 3 : j == 0 ? 0 : j == n - 1 ? 2 : 1
                                names[i + j] |= 1 << (4 * t + pos)
                                if n > longestLength[i + j] {
                                    longestLength[i + j] = UInt8(n)
                                    longestName[i + j] = UInt8(1 + 4 * t + pos)
                                }
                            }
                        }
                    }
                }
            }
        }
        var nameParts = [UInt16](repeating: 0, count: tokens.count)
        if lexicon.names.count > 0 {
            for i in 0..<tokens.count where forms[i].hasLetter && forms[i].caseClass != .lower {
                nameParts[i] = UInt16(truncatingIfNeeded: lexicon.names.find(Lexicon.partKey(forms[i].lower)) ?? 0)
            }
        }
        var docCase = [UInt8](repeating: 0, count: tokens.count)
        if evidence.count > 0 {
            for i in 0..<tokens.count { docCase[i] = UInt8(truncatingIfNeeded: evidence.find(forms[i].lower) ?? 0) }
        }
        self.forms = forms
        self.lex = lex
        self.sentStart = sentStart
        self.sentEnd = sentEnd
        self.capsSentence = caps
        self.docCase = docCase
        self.names = names
        self.longestName = longestName
        self.nameParts = nameParts
        self.places = gazetteer.marks(forms, sentences: sentences)
        self.shapes = NameShapes.marks(forms, sentences: sentences)
    }

    /// Records the first stage's tags so that `extract` adds the document-context features:
    /// the same word tagged as a name elsewhere is strong evidence here ("Pirelli" as an
    /// organisation in one sentence and an unknown capitalised word in the next).
    package mutating func setFirstStage(_ tags: [Int]) {
        let n = forms.count
        var firstTag = [UInt8](repeating: 0, count: n)
        // Per capitalised word, how often the first stage gave it each type (0-3) or none (4):
        // a flat table of counts found through `HashSlots`, no allocation per word.
        var row = HashSlots(capacity: max(16, n / 4))
        var counts: [SIMD8<Int32>] = []
        var rowOf = [Int](repeating: -1, count: n)
        for i in 0..<n {
            firstTag[i] = UInt8(tags[i])
            guard forms[i].hasLetter, forms[i].caseClass != .lower else { continue }
            let r: Int
            if let x = row.find(forms[i].lower) {
                r = Int(x)
            } else {
                r = counts.count
                row.insert(forms[i].lower, UInt32(r))
                counts.append(SIMD8<Int32>())
            }
            rowOf[i] = r
            counts[r][tags[i] == 0 ? 4 : EntityTags.type(tags[i])] += 1
        }
        var elsewhere = [UInt8](repeating: 0, count: n)
        for i in 0..<n where forms[i].hasLetter && forms[i].caseClass != .lower {
            var c = counts[rowOf[i]]
            c[tags[i] == 0 ? 4 : EntityTags.type(tags[i])] -= 1
            var mask: UInt8 = 0
            for t in 0..<5 where c[t] > 0 { mask |= 1 << t }
            elsewhere[i] = mask
        }
        self.firstTag = firstTag
        self.elsewhere = elsewhere
    }

    var hasFirstStage: Bool { !firstTag.isEmpty }

    /// Features per token in the stage this document is prepared for.
    package var featureCount: Int {
        hasFirstStage ? EntityFeatures.perToken + EntityFeatures.contextFeatures : EntityFeatures.perToken
    }

    @inline(__always)
    static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = (a ^ 0x2545_F491_4F6C_DD1D) &* 0x9E37_79B9_7F4A_7C15
        h ^= b &+ 0x632B_E59B_D9B4_E019 &+ (h << 6) &+ (h >> 2)
        h ^= h >> 31
        h &*= 0xD6E8_FEB8_6659_FD93
        h ^= h >> 29
        return h
    }

    @inline(__always)
    static func f(_ template: UInt64, _ v: UInt64) -> UInt64 { mix(template, v) }

    @inline(__always)
    static func f(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 { mix(mix(template, a), b) }

    static let boundary: UInt64 = 0x5EED

    /// Writes the feature hashes of token `i` to `out[0..<featureCount]`.
    @inline(__always)
    package func extract(_ i: Int, into out: UnsafeMutablePointer<UInt64>) {
        let lo = Int(sentStart[i]), hi = Int(sentEnd[i])
        let w = forms[i]
        @inline(__always) func lower(_ k: Int) -> UInt64 {
            k >= lo && k < hi ? forms[k].lower : WordForm.boundary(k < lo)
        }
        @inline(__always) func shape(_ k: Int) -> UInt64 {
            k >= lo && k < hi ? forms[k].shape : WordForm.boundary(k < lo)
        }
        @inline(__always) func fine(_ k: Int) -> UInt64 {
            k >= lo && k < hi ? UInt64(lex[k] & 0xFFFF) : (k < lo ? 0x10001 : 0x10002)
        }
        let l0 = w.lower, lm1 = lower(i - 1), lp1 = lower(i + 1)
        let s0 = w.shape, sm1 = shape(i - 1), sp1 = shape(i + 1)
        let initial: UInt64 = i == lo ? 1 : 0
        let caps: UInt64 = capsSentence[i] ? 1 : 0
        let cc = UInt64(w.caseClass.rawValue)
        let position = initial | caps << 1
        let e = lex[i]
        var n = 0
        @inline(__always) func put(_ h: UInt64) { out[n] = h; n += 1 }
        put(EntityFeatures.f(0, 1))
        put(EntityFeatures.f(1, l0))
        put(EntityFeatures.f(2, w.form))
        put(EntityFeatures.f(3, lm1))
        put(EntityFeatures.f(4, lp1))
        put(EntityFeatures.f(5, lower(i - 2)))
        put(EntityFeatures.f(6, lower(i + 2)))
        put(EntityFeatures.f(7, w.prefix.0))
        put(EntityFeatures.f(8, w.prefix.1))
        put(EntityFeatures.f(9, w.prefix.2))
        put(EntityFeatures.f(10, w.prefix.3))
        put(EntityFeatures.f(11, w.suffix.0))
        put(EntityFeatures.f(12, w.suffix.1))
        put(EntityFeatures.f(13, w.suffix.2))
        put(EntityFeatures.f(14, w.suffix.3))
        put(EntityFeatures.f(15, s0))
        put(EntityFeatures.f(16, sm1))
        put(EntityFeatures.f(17, sp1))
        put(EntityFeatures.f(18, sm1, s0))
        put(EntityFeatures.f(19, s0, sp1))
        put(EntityFeatures.f(20, lm1, l0))
        put(EntityFeatures.f(21, l0, lp1))
        put(EntityFeatures.f(22, cc, position))
        put(EntityFeatures.f(23, lm1, s0))
        put(EntityFeatures.f(24, s0, lp1))
        put(EntityFeatures.f(25, UInt64(e & 0xFFFF)))
        put(EntityFeatures.f(26, UInt64((e >> 16) & 0xFF)))
        put(EntityFeatures.f(27, fine(i - 1)))
        put(EntityFeatures.f(28, fine(i + 1)))
        put(EntityFeatures.f(29, UInt64((e >> 24) & 0xF), cc << 2 | position))
        put(EntityFeatures.f(30, UInt64(docCase[i]), cc << 2 | position))
        put(EntityFeatures.f(31, UInt64(min(w.length, 8)), cc))
        put(EntityFeatures.f(32, sm1 ^ (s0 << 1), sp1))
        put(EntityFeatures.f(33, UInt64(e & 0xFFFF), position))
        put(EntityFeatures.f(34, fine(i - 1), UInt64(e & 0xFFFF)))
        put(EntityFeatures.f(35, lower(i - 2), lm1))
        put(EntityFeatures.f(36, UInt64(names[i])))
        put(EntityFeatures.f(37, UInt64(longestName[i]), cc))
        @inline(__always) func part(_ k: Int) -> UInt64 { k >= lo && k < hi ? UInt64(nameParts[k]) : 0x10000 }
        put(EntityFeatures.f(38, UInt64(nameParts[i]), cc))
        put(EntityFeatures.f(39, part(i - 1), part(i + 1)))
        // Few distinct values each, so their weight rows stay in cache: cheap per token.
        @inline(__always) func place(_ k: Int) -> UInt64 {
            k >= lo && k < hi ? UInt64(Gazetteer.kindsOf(places[k])) : 0x100
        }
        put(EntityFeatures.f(44, UInt64(places[i]), cc))
        put(EntityFeatures.f(45, place(i - 1), place(i + 1)))
        put(EntityFeatures.f(46, UInt64(shapes[i]), cc << 2 | position))
        if hasFirstStage {
            extractContext(i, into: out + n)
            n += EntityFeatures.contextFeatures
        }
        assert(n == featureCount)
    }

    /// Writes the second stage's document-context features of token `i` to `out[0..<contextFeatures]`.
    @inline(__always)
    func extractContext(_ i: Int, into out: UnsafeMutablePointer<UInt64>) {
        let own = UInt64(firstTag[i]), other = UInt64(elsewhere[i])
        out[0] = EntityFeatures.f(40, own)
        out[1] = EntityFeatures.f(41, other, UInt64(forms[i].caseClass.rawValue))
        out[2] = EntityFeatures.f(42, other, own)
        out[3] = EntityFeatures.f(43, other, forms[i].lower)
    }
}

extension WordForm {
    @inline(__always)
    static func boundary(_ before: Bool) -> UInt64 { before ? 0xB05 : 0xE05 }
}

import DossierModel

/// Finds direct, partial and indirect quotations and who they are attributed to.
///
/// Works on tokens: quotation marks are paired first (across paragraphs where a quote runs on),
/// then each quotation looks for its attribution after it, before it, or splitting it; sentences
/// outside quotation marks are then read for "source cue content" and "according to" frames.
public enum QuoteExtractor {
    public static func extract(
        _ text: ScalarText, tokens: [Span], sentences: [Span], paragraphs: [Span],
        entities: [Entity], configuration: QuoteConfiguration = .init()
    ) -> [Quote] {
        guard !tokens.isEmpty else { return [] }
        var run = QuoteScan(
            text, tokens: tokens, sentences: sentences, paragraphs: paragraphs, entities: entities,
            configuration: configuration)
        return run.quotes()
    }
}

/// Who said it, as found at one place in the text.
struct Attribution {
    var speaker: String?
    var description: String?
    var cue: String?
    /// Token range of the source phrase and of the cue, marked as used once taken.
    var sourceLo: Int
    var sourceHi: Int
    var cueLo: Int
    var cueHi: Int
}

struct QuoteScan {
    let text: ScalarText
    let s: [Unicode.Scalar]
    let tokens: [Span]
    let paragraphs: [Span]
    var lower: [String]
    var sentenceOf: [Int32]
    var sentenceStart: [Bool]
    var sentenceTokens: [(lo: Int, hi: Int)]
    var paragraphOf: [Int32]
    var regions: [QuotedRegion]
    /// Region covering each token (quoted words and the marks), or -1.
    var regionOf: [Int32]
    var regionTokens: [(open: Int, lo: Int, hi: Int, close: Int)]
    var names: SourceNames
    var used: [Bool]
    /// Tokens of the last attributed source phrase: a pronoun subject continues it.
    var lastSource: (lo: Int, hi: Int)? = nil
    let config: QuoteConfiguration

    init(
        _ text: ScalarText, tokens: [Span], sentences: [Span], paragraphs: [Span], entities: [Entity],
        configuration: QuoteConfiguration = .init()
    ) {
        self.config = configuration
        self.text = text
        self.s = text.scalars
        self.tokens = tokens
        self.paragraphs = paragraphs.isEmpty ? [Span(0, text.count)] : paragraphs
        let s = text.scalars
        var lower = [String](repeating: "", count: tokens.count)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(24)
        for (k, t) in tokens.enumerated() where t.length <= 24 {
            let c0 = s[t.start]
            if c0.value < 0x80 {
                guard (c0.value | 0x20) >= 0x61 && (c0.value | 0x20) <= 0x7A else { continue }
            } else if !c0.properties.isAlphabetic {
                continue
            }
            // ASCII words, nearly all of them, are lowered byte by byte.
            bytes.removeAll(keepingCapacity: true)
            var ascii = true
            for i in t.start..<t.end {
                let v = s[i].value
                if v >= 0x80 { ascii = false; break }
                bytes.append(v >= 0x41 && v <= 0x5A ? UInt8(v + 0x20) : UInt8(v))
            }
            lower[k] = ascii ? String(decoding: bytes, as: UTF8.self) : Tokenizer.lowercased(s, t.start, t.end)
        }
        self.lower = lower
        var sentenceOf = [Int32](repeating: -1, count: tokens.count)
        var sentenceStart = [Bool](repeating: false, count: tokens.count)
        var sentenceTokens: [(lo: Int, hi: Int)] = []
        var t = 0
        for (si, sent) in sentences.enumerated() {
            while t < tokens.count && tokens[t].start < sent.start { t += 1 }
            let lo = t
            while t < tokens.count && tokens[t].start < sent.end { sentenceOf[t] = Int32(si); t += 1 }
            if lo < t {
                sentenceStart[lo] = true
                // The first word after opening quotation marks also starts the sentence.
                var k = lo
                while k < t - 1 && tokens[k].length == 1 && QuoteScan.isQuoteMark(s[tokens[k].start]) {
                    k += 1; sentenceStart[k] = true
                }
            }
            sentenceTokens.append((lo, t))
        }
        var paragraphOf = [Int32](repeating: 0, count: tokens.count)
        t = 0
        for (pi, p) in self.paragraphs.enumerated() {
            while t < tokens.count && tokens[t].start < p.end {
                if tokens[t].start >= p.start { paragraphOf[t] = Int32(pi) }; t += 1
            }
        }
        self.paragraphOf = paragraphOf
        let regions = QuoteMarks.find(text, paragraphs: paragraphs)
        self.regions = regions
        var regionOf = [Int32](repeating: -1, count: tokens.count)
        var regionTokens: [(open: Int, lo: Int, hi: Int, close: Int)] = []
        for (ri, r) in regions.enumerated() {
            let open = SourceNames.firstToken(tokens, atOrAfter: r.open) ?? tokens.count
            let lo = SourceNames.firstToken(tokens, atOrAfter: r.segments[0].start) ?? tokens.count
            var hi = lo
            while hi < tokens.count && tokens[hi].start < r.close { hi += 1 }
            var after = hi
            while after < tokens.count && tokens[after].start < r.closeEnd { after += 1 }
            let close = r.closed ? after - 1 : hi - 1
            let last = min(tokens.count, r.closed ? after : hi)
            for k in open..<max(open, last) { regionOf[k] = Int32(ri) }
            regionTokens.append((open, lo, hi, close))
        }
        self.regionOf = regionOf
        self.regionTokens = regionTokens
        // A straight opening mark after a full stop can be taken by the sentence splitter as the
        // previous sentence's closing quote; it belongs to the sentence it opens.
        for si in 0..<max(0, sentenceTokens.count - 1) {
            let lo = sentenceTokens[si].lo, hi = sentenceTokens[si].hi
            guard hi - 1 > lo else { continue }
            let r = Int(regionOf[hi - 1])
            guard r >= 0, regionTokens[r].open == hi - 1, sentenceTokens[si + 1].lo == hi else { continue }
            sentenceTokens[si].hi -= 1
            sentenceTokens[si + 1].lo -= 1
            sentenceOf[hi - 1] = Int32(si + 1)
            sentenceStart[hi - 1] = true
        }
        self.sentenceOf = sentenceOf
        self.sentenceStart = sentenceStart
        self.sentenceTokens = sentenceTokens
        self.names = SourceNames(text, tokens: tokens, lower: lower, sentenceStart: sentenceStart, entities: entities)
        self.used = [Bool](repeating: false, count: tokens.count)
    }

    static func isQuoteMark(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "\u{201C}" || c == "\u{201D}" || c == "\u{2018}" || c == "\u{2019}" || c == "'"
            || c == "\u{00AB}" || c == "\u{00BB}" || c == "\u{201E}"
    }

    @inline(__always) func isPunct(_ k: Int, _ c: Unicode.Scalar) -> Bool {
        tokens[k].length == 1 && s[tokens[k].start] == c
    }

    @inline(__always) func isTerminator(_ k: Int) -> Bool {
        let c = s[tokens[k].start]
        return tokens[k].length == 1 && (c == "." || c == "!" || c == "?") || tokens[k].length == 3 && c == "."
    }

    /// A full stop straight before a comma ends an abbreviation ("McConnell, R-Ky., said"), not a sentence.
    func closesAbbreviation(_ k: Int) -> Bool {
        isPunct(k, ".") && k + 1 < tokens.count && isPunct(k + 1, ",")
    }

    @inline(__always) func isCapitalised(_ k: Int) -> Bool { ScalarCase.isUpper(s[tokens[k].start]) }

    func cueKind(_ k: Int) -> ReportingCues.Kind? {
        // The word lookup first: the title-case test below scans the sentence.
        guard !lower[k].isEmpty, regionOf[k] < 0 else { return nil }
        guard let kind = ReportingCues.kind(lower[k]) else { return complementCue(k) ? .complement : nil }
        // A capitalised cue word mid-sentence is part of a name ("United States"), except in a
        // headline set in title case ("Obama Says Museum Will Tell of …").
        if isCapitalised(k) && !sentenceStart[k] && !titleCase(Int(sentenceOf[k])) { return nil }
        // "called in to a town hall", "called off the vote": a call that is no report.
        // The prefix first: it spares hashing the next word for every other cue.
        if lower[k].hasPrefix("call"), k + 1 < tokens.count,
            ReportingCues.callParticlesNotReporting.contains(lower[k + 1])
        {
            return nil
        }
        // "put" reports only as "as she put it".
        if lower[k] == "put" && !(k + 1 < tokens.count && lower[k + 1] == "it") { return nil }
        // "one of the states suing", "his claims": a form that is also a plural noun is a noun
        // after an article or a possessive.
        if k > 0, ReportingCues.nounLike.contains(lower[k]), ReportingCues.nounMarkers.contains(lower[k - 1]) {
            return nil
        }
        return kind
    }

    /// A word outside the cue lists that reports by its subject and its "that" clause: "Many
    /// Democrats are afraid that …", "Federal investigators have also discovered that …". The
    /// subject must be a pronoun or a name standing where a subject does, so that "the evidence
    /// that …" and "so much that …" stay out (a common-noun subject let in too many relative clauses).
    func complementCue(_ k: Int) -> Bool {
        guard k > 0, k + 2 < tokens.count, lower[k + 1] == "that", regionOf[k + 1] < 0,
            !lower[k + 2].isEmpty, !isCapitalised(k) || sentenceStart[k] == false && titleCase(Int(sentenceOf[k])),
            sentenceOf[k] >= 0
        else { return false }
        let w = lower[k]
        // "companies that had insured …": a verb straight after "that" makes it a relative pronoun.
        if ReportingCues.auxiliaries.contains(lower[k + 2]) || ReportingCues.finiteAuxiliaries.contains(lower[k + 2]) {
            return false
        }
        if ReportingCues.notComplementCues.contains(w) || ReportingCues.phraseBreakers.contains(w)
            || ReportingCues.prepositions.contains(w) || ReportingCues.determiners.contains(w)
            || ReportingCues.auxiliaries.contains(w) || ReportingCues.nominal.contains(w)
        {
            return false
        }
        let floor = sentenceTokens[Int(sentenceOf[k])].lo
        var j = k - 1
        while j >= floor && k - j <= 4 && !lower[j].isEmpty
            && (ReportingCues.auxiliaries.contains(lower[j]) || isAdverb(j))
        { j -= 1 }
        guard j >= floor, j < k, !lower[j].isEmpty || isPunct(j, ")") else { return false }
        // "it" is left out: "it is clear that …" reports no one.
        if ReportingCues.subjectPronouns.contains(lower[j]) { return lower[j] != "it" }
        let mi = names.byToken[j]
        if mi >= 0 {
            let m = names.mentions[Int(mi)]
            // The name must stand where a subject does (not "the Wall Street investors that …"),
            // and be more than a capitalised word opening the sentence.
            let subjectPlace =
                m.lo <= floor || isPunct(m.lo - 1, ",") || ReportingCues.sentenceConjunctions.contains(lower[m.lo - 1])
            return m.hi == j + 1 && !m.isMisc && subjectPlace
                && (m.fromEntity || m.hi - m.lo > 1 || !sentenceStart[m.lo])
        }
        return false
    }

    /// Whether sentence `si` is a headline in title case: nearly all of its longer words capitalised.
    func titleCase(_ si: Int) -> Bool {
        guard si >= 0, si < sentenceTokens.count else { return false }
        return titleCase(sentenceTokens[si].lo, sentenceTokens[si].hi, quoted: false)
    }

    /// Whether tokens `lo..<hi` (the quoted ones only, or the unquoted ones only) are in title case.
    func titleCase(_ lo: Int, _ hi: Int, quoted: Bool) -> Bool {
        var long = 0
        var capitalised = 0
        for k in lo..<max(lo, hi) where (regionOf[k] >= 0) == quoted && !lower[k].isEmpty {
            guard tokens[k].length >= config.titleWordLetters else { continue }
            long += 1
            if isCapitalised(k) { capitalised += 1 }
        }
        return long >= config.minTitleWords && capitalised * 10 >= long * config.titleCaseTenths
    }

    /// "according to" at token k.
    func isAccordingTo(_ k: Int) -> Bool {
        lower[k] == "according" && k + 1 < tokens.count && lower[k + 1] == "to" && regionOf[k] < 0
    }

    // MARK: Source phrases

    /// The source phrase ending just before token `end` (exclusive), skipping auxiliaries and
    /// appositives: "Mr. Smith, a spokesman, has also said" gives "Mr. Smith".
    /// Up to two appositives are passed over ("Jean Roux, the foreign minister of France, a member
    /// of the council, said").
    func sourceLeft(endingBefore end: Int, floor: Int, appositives: Int = 2) -> (lo: Int, hi: Int)? {
        // Auxiliaries and adverbs before the cue ("has also said"), passed over leftwards from `k`.
        func beforeAuxiliaries(_ from: Int) -> Int {
            var k = from
            while k >= floor && !lower[k].isEmpty && (ReportingCues.auxiliaries.contains(lower[k]) || isAdverb(k)) {
                k -= 1
            }
            return k
        }
        func isTimeWord(_ j: Int) -> Bool {
            SourceNames.calendar.contains(lower[j]) || ReportingCues.timeWords.contains(lower[j])
        }
        var k = beforeAuxiliaries(end - 1)
        // "Beijing on Monday demanded …", "The ministry last week said …": a time adjunct of up to
        // three words between the subject and its cue.
        if k - 1 > floor, isTimeWord(k) {
            var j = k - 1
            while j > floor && k - j < 3 && !ReportingCues.timeAdjunctStarts.contains(lower[j]) && isTimeWord(j) {
                j -= 1
            }
            // "Harbor Bank just this month announced": adverbs may stand before the adjunct too.
            let b = beforeAuxiliaries(j - 1)
            if j > floor, b >= floor, ReportingCues.timeAdjunctStarts.contains(lower[j]), !lower[b].isEmpty,
                !ReportingCues.phraseBreakers.contains(lower[b])
                    || ReportingCues.subjectPronouns.contains(lower[b])
            {
                k = beforeAuxiliaries(b)
            }
        }
        guard k >= floor else { return nil }
        // Parenthetical after a name: "Ted Cruz (R-Texas) said".
        if isPunct(k, ")") {
            var j = k - 1
            while j >= floor && !isPunct(j, "(") && k - j < 12 { j -= 1 }
            guard j >= floor, isPunct(j, "(") else { return nil }
            k = j - 1
        }
        // Appositive between dashes: "Kall -- co-editor of a book on the debates -- said".
        if k > floor, isParenthesisDash(k) {
            var j = k - 1
            while j > floor && isParenthesisDash(j) { j -= 1 }
            let inner = j
            while j > floor && !isParenthesisDash(j) && regionOf[j] < 0 && !isTerminator(j)
                && inner - j < config.dashAppositiveTokens
            { j -= 1 }
            guard j > floor, isParenthesisDash(j), j < inner else { return nil }
            while j > floor && isParenthesisDash(j - 1) { j -= 1 }
            guard let np = sourceLeft(endingBefore: j, floor: floor, appositives: 0), names.byToken[np.hi - 1] >= 0
            else { return nil }
            return np
        }
        // Appositive: "Smith, a spokesman for the campaign, said".
        if k >= floor && isPunct(k, ",") {
            guard appositives > 0 else { return nil }
            var j = k - 1
            while j >= floor && !isPunct(j, ",") && regionOf[j] < 0 && (!isTerminator(j) || closesAbbreviation(j))
                && k - j < 16
            { j -= 1 }
            guard j > floor, isPunct(j, ",") else { return nil }
            // A second appositive before this one: "Jean Roux, the foreign minister, a member of …, said".
            // The earlier part must read as a description ("the …", "a …"), not as the name itself
            // ("In Washington, Marc Morial, the chief executive, told").
            var j2 = j - 1
            while j2 > floor && !isPunct(j2, ",") && regionOf[j2] < 0 && (!isTerminator(j2) || closesAbbreviation(j2))
                && j - j2 < 16
            { j2 -= 1 }
            if appositives > 1, j2 > floor, isPunct(j2, ","), j2 + 1 < j, !lower[j2 + 1].isEmpty,
                ReportingCues.determiners.contains(lower[j2 + 1]) || !isCapitalised(j2 + 1),
                let np = sourceLeft(endingBefore: j + 1, floor: floor, appositives: appositives - 1),
                names.byToken[np.hi - 1] >= 0
            {
                return np
            }
            guard let np = sourceLeft(endingBefore: j, floor: floor, appositives: 0), np.hi - np.lo <= 6 else {
                // "A lawyer for the news outlets, David Schulz, said": a longer role opening the
                // sentence before a person's name in apposition.
                if j - floor <= 10, ReportingCues.articles.contains(lower[floor]),
                    sentenceStart[floor], appositiveName(from: j + 1, to: k) != nil,
                    !(floor..<j).contains(where: { regionOf[$0] >= 0 || cueKind($0) != nil || isPunct($0, ",") })
                {
                    return (floor, k)
                }
                return nil
            }
            // "The state's campaign chairman, Phil Lovas, said": a role first, then the name in
            // apposition; the whole phrase is kept and `resolve` splits it at the comma.
            // "The Minister for Health, Eamon Kelly TD, said": a role ending in the name of a body or
            // place, then a person's name, is that person too.
            if let m = appositiveName(from: j + 1, to: k),
                names.byToken[np.hi - 1] < 0 || (m.isPerson == true && !endsInPerson(np))
            {
                return (np.lo, k)
            }
            return np
        }
        return nounPhrase(endingAt: k, floor: floor)
    }

    /// The person named by tokens `lo..<hi` and nothing else but titles before it ("state Sen. Ruth Ames").
    func appositiveName(from lo: Int, to end: Int) -> SourceMention? {
        let hi = endBeforePostNominals(lo, end)
        guard hi > lo, names.byToken[hi - 1] >= 0 else { return nil }
        let m = names.mentions[Int(names.byToken[hi - 1])]
        guard m.hi == hi || m.hi == end, m.lo >= lo, m.isPerson != false, !m.isMisc, m.lo - lo <= 2 else { return nil }
        // Only titles or a lower-case word ("state") may stand before the name.
        for j in lo..<m.lo where !ReportingCues.titles.contains(lower[j]) && !isPunct(j, ".") {
            guard !lower[j].isEmpty, !isCapitalised(j) else { return nil }
        }
        return m
    }

    /// A dash that sets off a parenthesis: "--", "—" or "–" (a hyphen alone joins words).
    func isParenthesisDash(_ k: Int) -> Bool {
        let t = tokens[k]
        let c = s[t.start]
        if t.length == 1 { return c == "\u{2014}" || c == "\u{2013}" }
        return t.length == 2 && c == "-" && s[t.start + 1] == "-"
    }

    func isAdverb(_ k: Int) -> Bool {
        let w = lower[k]
        return w.count > 4 && w.hasSuffix("ly") && !isCapitalised(k) && w != "family" && w != "only" && w != "italy"
    }

    /// The noun phrase whose last token is `k`: a pronoun, a name, or a determiner with nouns.
    func nounPhrase(endingAt k: Int, floor: Int) -> (lo: Int, hi: Int)? {
        guard k >= floor, !lower[k].isEmpty, regionOf[k] < 0 else { return nil }
        let w = lower[k]
        if ReportingCues.subjectPronouns.contains(w) { return (k, k + 1) }
        if ReportingCues.phraseBreakers.contains(w) || ReportingCues.determiners.contains(w) || w == "of" || w == "for"
        {
            return nil
        }
        if ReportingCues.kind(w) != nil && names.byToken[k] < 0 { return nil }
        var lo = k
        var sawDeterminer = false
        /// Where the phrase stood before a coordination ("Federal and provincial officials",
        /// "Premier Ana Roy and Mayor Tom Hale"), to fall back to when the whole is no subject.
        var coordinated: (lo: Int, sawDeterminer: Bool)? = nil
        while lo - 1 >= floor {
            let j = lo - 1
            if regionOf[j] >= 0 { break }
            let lw = lower[j]
            if lw.isEmpty {
                // "Clinton’s campaign", "the voters’ choice": a possessive clitic joins two nouns.
                let c0 = s[tokens[j].start]
                if (c0 == "-" || c0 == "\u{2019}" || c0 == "'") && tokens[j].length <= 2 && j - 1 >= floor
                    && !lower[j - 1].isEmpty
                    && (tokens[j].length == 1 || s[tokens[j].start + 1] == "s")
                {
                    lo = j; continue
                }
                if Tokenizer.isDigit(s[tokens[j].start]) { lo = j; continue }
                break
            }
            // "Many of his supporters", "one of the doctors": a quantifier heads the phrase.
            if ReportingCues.determiners.contains(lw), j - 2 >= floor, lower[j - 1] == "of",
                ReportingCues.quantifiers.contains(lower[j - 2]), regionOf[j - 2] < 0
            {
                lo = j - 2; sawDeterminer = true
                break
            }
            if ReportingCues.determiners.contains(lw) {
                lo = j; sawDeterminer = true
                // "Mr. Morgan of the Sierra Club": the name before "of the" heads the phrase.
                if j - 2 >= floor, lower[j - 1] == "of", names.byToken[j - 2] >= 0, regionOf[j - 2] < 0 {
                    lo = j - 2
                    let m = names.byToken[j - 2]
                    while lo - 1 >= floor && names.byToken[lo - 1] == m { lo -= 1 }
                    sawDeterminer = false
                    break
                }
                // "a spokesman for the campaign", "others in the community": the phrase goes on
                // through the preposition to its head noun.
                if j - 2 >= floor, ReportingCues.prepositions.contains(lower[j - 1]), !lower[j - 2].isEmpty,
                    !isAdverb(j - 2), k - j < 8,
                    !ReportingCues.phraseBreakers.contains(lower[j - 2]),
                    !ReportingCues.subjectPronouns.contains(lower[j - 2]),
                    !ReportingCues.determiners.contains(lower[j - 2]), ReportingCues.kind(lower[j - 2]) == nil,
                    regionOf[j - 2] < 0
                {
                    lo = j - 1
                    continue
                }
                // "in the day", "at a rally": the object of a preposition is no subject.
                if j - 1 >= floor, ReportingCues.prepositions.contains(lower[j - 1]) { return nil }
                break
            }
            if ReportingCues.prepositions.contains(lw) && lw != "to" && lw != "than" && lw != "like" {
                // "a spokesman for the campaign": keep the preposition when a noun stands before it.
                if j - 1 >= floor, !lower[j - 1].isEmpty, !ReportingCues.phraseBreakers.contains(lower[j - 1]),
                    !ReportingCues.subjectPronouns.contains(lower[j - 1]), ReportingCues.kind(lower[j - 1]) == nil
                {
                    lo = j; continue
                }
                break
            }
            if (lw == "and" || lw == "or"), coordinated == nil, j - 1 >= floor, regionOf[j - 1] < 0,
                !lower[j - 1].isEmpty, !ReportingCues.phraseBreakers.contains(lower[j - 1]),
                !ReportingCues.subjectPronouns.contains(lower[j - 1]),
                !ReportingCues.determiners.contains(lower[j - 1]),
                ReportingCues.kind(lower[j - 1]) == nil || names.byToken[j - 1] >= 0,
                !lower[j - 1].hasSuffix("ed") || isCapitalised(j - 1)
            {
                coordinated = (lo, sawDeterminer)
                lo = j - 1
                if sentenceStart[j - 1] { break }
                continue
            }
            if ReportingCues.phraseBreakers.contains(lw) || ReportingCues.subjectPronouns.contains(lw) { break }
            // "companies that had insured Patriot's obligations": a participle is a verb, not a modifier,
            // unless a determiner stands before it ("a retired general").
            if lw.hasSuffix("ed") && !isCapitalised(j)
                && !(j - 1 >= floor && ReportingCues.determiners.contains(lower[j - 1]))
            {
                break
            }
            if ReportingCues.kind(lw) != nil && names.byToken[j] < 0 { break }
            if k - j >= 9 { break }
            lo = j
            if sentenceStart[j] { break }
        }
        // Strip a leading preposition left over.
        while lo < k && ReportingCues.prepositions.contains(lower[lo]) { lo += 1 }
        // A coordination is the subject only where a subject starts: at the sentence's start, after a
        // comma or an opening conjunction; "Trump met Putin and Xi said …" keeps "Xi" alone.
        if let c = coordinated {
            let subjectStart =
                sentenceStart[lo] || (lo > 0 && isPunct(lo - 1, ","))
                || (lo > 0 && sentenceStart[lo - 1] && ReportingCues.sentenceConjunctions.contains(lower[lo - 1]))
            // "The premier met Tom Hale and Ana Roy said": a long left conjunct holds a verb.
            if !subjectStart || lower[lo] == "and" || lower[lo] == "or" || c.lo - 1 - lo > 4 {
                lo = c.lo
                sawDeterminer = c.sawDeterminer
                coordinated = nil
            }
        }
        // Without a name, a phrase must look like a noun phrase that starts where a subject can:
        // after a determiner, at the sentence's start, or after a comma ("critics", "the bank").
        let named = (lo...k).contains { names.byToken[$0] >= 0 }
        // "Only 52 percent of registered voters agreed", "while 73 percent said": a poll's share of
        // people, a number in the phrase, speaks like a determiner's phrase; a limiting adverb opening
        // the sentence belongs to it.
        if !named, k - lo <= 5, w == "percent" || w.hasSuffix("s"),
            (lo...k).contains(where: { Tokenizer.isDigit(s[tokens[$0].start]) }),
            lo == 0 || !ReportingCues.prepositions.contains(lower[lo - 1]) || lower[lo - 1] == "as"
        {
            if lo > 0, sentenceStart[lo - 1], ReportingCues.shareAdverbs.contains(lower[lo - 1]) {
                return (lo - 1, k + 1)
            }
            if sentenceStart[lo]
                || (lo > 0
                    && (isPunct(lo - 1, ",") || ReportingCues.subordinators.contains(lower[lo - 1])
                        || ReportingCues.clauseOpeners.contains(lower[lo - 1])))
            {
                return (lo, k + 1)
            }
        }
        if !named {
            let startsWell =
                sawDeterminer || sentenceStart[lo] || (lo > 0 && (isPunct(lo - 1, ",") || regionOf[lo - 1] >= 0))
                // "But environmentalists worry that …": a conjunction opening the sentence.
                || (lo > 0 && sentenceStart[lo - 1] && ReportingCues.sentenceConjunctions.contains(lower[lo - 1]))
                // "…, and human rights groups warned that …": a new clause after a comma and a conjunction.
                || (lo > 1 && isPunct(lo - 2, ",") && ReportingCues.clauseOpeners.contains(lower[lo - 1]))
            if !startsWell { return nil }
            if k - lo >= (sawDeterminer ? 5 : 3) + (coordinated != nil ? 2 : 0) { return nil }
            // "Fishermen worry …": plurals in "-men" stand alone too.
            if lo == k && !w.hasSuffix("s") && !w.hasSuffix("men") && !sawDeterminer
                && !ReportingCues.bareCollectives.contains(w)
            {
                return nil
            }
        }
        return (lo, k + 1)
    }

    /// The source phrase starting at token `start`, running to a comma, terminator or cue.
    func sourceRight(from start: Int, limit: Int) -> (lo: Int, hi: Int)? {
        guard start < limit, regionOf[start] < 0 else { return nil }
        // "said 9/11 widow Terry Strada": a number may open the phrase.
        let digit = Tokenizer.isDigit(s[tokens[start].start])
        guard !lower[start].isEmpty || digit else { return nil }
        if ReportingCues.subjectPronouns.contains(lower[start]) { return (start, start + 1) }
        guard
            digit || isCapitalised(start) || ReportingCues.determiners.contains(lower[start])
                || roleBeforeName(from: start, limit: limit) != nil
        else { return nil }
        guard !ReportingCues.phraseBreakers.contains(lower[start]) else { return nil }
        var hi = start
        while hi < limit && hi - start < 10 {
            if lower[hi].isEmpty {
                // "noted NBC's Dante Chinni": a possessive goes on to the name it owns.
                if isPunct(hi, "-") || isPunct(hi, "(") || isPunct(hi, ")") || isPunct(hi, "/")
                    || Tokenizer.isDigit(s[tokens[hi].start]) || (hi > start && isPossessive(hi))
                {
                    hi += 1; continue
                }
                break
            }
            if regionOf[hi] >= 0 { break }
            // "a new report by Politico": the author follows "by".
            let byName = lower[hi] == "by" && hi + 1 < limit && isCapitalised(hi + 1)
            // "according to scientists such as Rhona Kerr": the example named speaks for them.
            let suchAs =
                lower[hi] == "as" && hi > start && lower[hi - 1] == "such" && hi + 1 < limit && isCapitalised(hi + 1)
            if hi > start && ReportingCues.phraseBreakers.contains(lower[hi]) && lower[hi] != "of" && lower[hi] != "at"
                && !byName && !suchAs
            {
                break
            }
            hi += 1
        }
        return hi > start ? (start, hi) : nil
    }

    /// The subject of the clause a participle hangs from: the first name or pronoun before it
    /// that is not the object of a preposition ("On Tuesday, Gov. Brown endorsed her, citing …").
    func clauseSubject(from lo: Int, to c: Int) -> (lo: Int, hi: Int)? {
        // "A group of doctors …, calling for …": a common-noun subject speaks, not a name after it.
        if lo < c, ReportingCues.determiners.contains(lower[lo]) { return sourceRight(from: lo, limit: c) }
        var k = lo
        while k < c {
            if regionOf[k] >= 0 { k += 1; continue }
            let afterPreposition = k > lo && ReportingCues.prepositions.contains(lower[k - 1])
            if ReportingCues.subjectPronouns.contains(lower[k]) && !afterPreposition { return (k, k + 1) }
            let mi = names.byToken[k]
            if mi >= 0 {
                let m = names.mentions[Int(mi)]
                var start = k
                while start > lo && ReportingCues.titles.contains(lower[start - 1]) { start -= 1 }
                let prev = start > lo ? lower[start - 1] : ""
                // A lone capitalised word at the sentence's start that the recogniser passed over
                // ("Chastened, …") is no subject.
                let weak = !m.fromEntity && m.hi - m.lo == 1 && sentenceStart[k]
                if !ReportingCues.prepositions.contains(prev) && !m.isMisc && prev != "the" && prev != "a" && !weak {
                    return (start, max(k + 1, min(m.hi, c)))
                }
                k = max(k + 1, m.hi)
                continue
            }
            k += 1
        }
        return nil
    }

    /// Speaker name and description for a source phrase.
    func resolve(_ np: (lo: Int, hi: Int)) -> (speaker: String?, description: String?) {
        if np.hi - np.lo == 1 && ReportingCues.subjectPronouns.contains(lower[np.lo]) {
            let p = lower[np.lo]
            let floorTok = paragraphFloor(np.lo, back: 4)
            guard let m = names.antecedent(of: p, before: np.lo, notBefore: floorTok) else { return (nil, nil) }
            // "Obama said after meeting Putin. He did not …": a pronoun opening a later sentence
            // continues the last speaker, not a person named after that speaker's cue.
            if let ls = lastSource, m.lo >= ls.hi, ls.hi > ls.lo, ls.lo >= floorTok,
                sentenceOf[m.lo] == sentenceOf[ls.lo], sentenceOf[np.lo] != sentenceOf[ls.lo],
                let sm = names.antecedent(of: p, before: ls.hi, notBefore: ls.lo)
            {
                return (sm.name, sm.description)
            }
            return (m.name, m.description)
        }
        // "The state's campaign chairman, Phil Lovas": the role describes the named person.
        if let comma = (np.lo..<np.hi).first(where: { isPunct($0, ",") }), comma > np.lo,
            let m = appositiveName(from: comma + 1, to: np.hi)
        {
            return (m.name, sentenceCased(text[Span(tokens[np.lo].start, tokens[comma - 1].end)], at: np.lo))
        }
        // "Premier Ana Roy and Mayor Tom Hale": coordinated people speak together; the first named
        // stands as the speaker and the whole phrase as the description.
        if let and = (np.lo..<np.hi).first(where: { lower[$0] == "and" || lower[$0] == "or" }), and > np.lo,
            let first = (np.lo..<and).first(where: {
                names.byToken[$0] >= 0 && names.mentions[Int(names.byToken[$0])].isPerson == true
            })
        {
            return (
                names.mentions[Int(names.byToken[first])].name,
                sentenceCased(text[Span(tokens[np.lo].start, tokens[np.hi - 1].end)], at: np.lo)
            )
        }
        // The head name: the last person mentioned in the phrase, else the last name of any kind.
        var best: SourceMention? = nil
        var k = np.lo
        while k < np.hi {
            let mi = names.byToken[k]
            if mi >= 0 {
                let m = names.mentions[Int(mi)]
                // An adjectival name ("Democratic nominee") is the speaker only as the phrase's head;
                // a possessor ("Scott's niece") only when the head speaks for it ("Trump's campaign",
                // "Pagliano's lawyer"), the phrase then standing as the description.
                let possessor =
                    m.hi < np.hi && isPossessive(m.hi) && !ReportingCues.representatives.contains(lower[np.hi - 1])
                // "Federal and provincial officials": one capitalised word opening the sentence, that
                // the recogniser passed over, before lower-case words is a modifier, not a name.
                let openingModifier =
                    !m.fromEntity && m.hi - m.lo == 1 && sentenceStart[m.lo] && m.hi < np.hi
                    && !lower[m.hi].isEmpty && !isCapitalised(m.hi)
                // "the MP": a title standing alone names nobody.
                let titleOnly = m.hi - m.lo == 1 && ReportingCues.titles.contains(lower[m.lo])
                if !possessor && !openingModifier && !titleOnly && (!m.isMisc || m.hi >= np.hi)
                    && (best == nil || m.isPerson == true || best!.isPerson != true)
                {
                    best = m
                }
                k = max(k + 1, m.hi)
            } else {
                k += 1
            }
        }
        let phrase = text[Span(tokens[np.lo].start, tokens[np.hi - 1].end)]
        if let m = best {
            // "a spokesman for the campaign" names the campaign, but the speaker is the spokesman.
            let head = lower[np.lo]
            if ReportingCues.determiners.contains(head) && names.byToken[np.lo + 1 < np.hi ? np.lo + 1 : np.lo] < 0
                && m.lo > np.lo + 1
                && (np.lo..<m.lo).contains(where: { ReportingCues.roleLinks.contains(lower[$0]) })
            {
                return (nil, phrase)
            }
            let desc: String?
            if (m.hi < np.hi && isPossessive(m.hi)) || (m.lo - 1 > np.lo && lower[m.lo - 1] == "by") {
                // "Trump's campaign": the phrase says who exactly spoke for him; "an analysis by
                // Lily Batchelder": what of hers speaks.
                desc = sentenceCased(phrase, at: np.lo)
            } else if m.lo > np.lo {
                // "campaign spokesman Brian Fallon": the words before the name describe it.
                var words = ""
                for j in np.lo..<m.lo where !ReportingCues.titles.contains(lower[j]) || m.lo - np.lo > 1 {
                    // "NBC's Dante Chinni": a possessive clitic joins its word, as in the text.
                    if !words.isEmpty && !isPossessive(j) { words += " " }
                    words += text[tokens[j]]
                }
                // "The IMF", "Other E.U. leaders": a determiner alone describes nothing.
                let bare = (np.lo..<m.lo).allSatisfy { ReportingCues.determiners.contains(lower[$0]) }
                desc = words.isEmpty || bare ? m.description : (m.description ?? words)
            } else {
                desc = m.description
            }
            return (m.name, desc)
        }
        // "the senator", "the Republican nominee": a definite role phrase refers back to a person
        // the article has described so.
        // "the MP", "the Premier": a title after "the" points back to the person who bore it.
        if lower[np.lo] == "the", np.hi - np.lo == 2, let role = SourceNames.titleRoles[lower[np.lo + 1]],
            let m = names.roleAntecedent(
                head: role, modifiers: [], before: np.lo, notBefore: paragraphFloor(np.lo, back: 12))
        {
            return (m.name, text[Span(tokens[np.lo].start, tokens[np.hi - 1].end)])
        }
        // "The Hill", "The Times": capitalised words after "the" with no entity found are a proper
        // name (an outlet, a body), not a role referring back to a person.
        if lower[np.lo] == "the", np.hi - np.lo >= 2, np.hi - np.lo <= 4,
            ((np.lo + 1)..<np.hi).allSatisfy({ !lower[$0].isEmpty && isCapitalised($0) })
        {
            return (phrase, nil)
        }
        if lower[np.lo] == "the", np.hi - np.lo >= 2, np.hi - np.lo <= 5 {
            let head = lower[np.hi - 1]
            var mods: [String] = []
            for j in (np.lo + 1)..<(np.hi - 1) where isCapitalised(j) && !lower[j].isEmpty { mods.append(lower[j]) }
            let words = ((np.lo + 1)..<(np.hi - 1)).map { lower[$0] }
            if let m = names.roleAntecedent(
                head: head, modifiers: mods, words: words, before: np.lo,
                notBefore: paragraphFloor(np.lo, back: 12))
            {
                return (m.name, text[Span(tokens[np.lo].start, tokens[np.hi - 1].end)])
            }
            // "A senior port official … the official said": the fuller indefinite phrase describes;
            // "Ines Vale, an economist at …, … the economist said": the appositive names the person.
            if np.hi - np.lo == 2,
                let first = indefiniteMention(of: head, before: np.lo, notBefore: paragraphFloor(np.lo, back: 3))
            {
                if let m = appositiveOwner(first.at) {
                    return (m.name, text[Span(tokens[np.lo].start, tokens[np.hi - 1].end)])
                }
                return (nil, first.phrase)
            }
            if np.hi - np.lo == 2, let m = continuingSpeaker(head: head, at: np.lo) {
                return (m.name, text[Span(tokens[np.lo].start, tokens[np.hi - 1].end)])
            }
        }
        if let m = describedPerson(np) { return (m.name, sentenceCased(phrase, at: np.lo)) }
        return (nil, sentenceCased(phrase, at: np.lo))
    }

    /// A phrase opening a sentence, lowered as it would stand mid-sentence unless a name opens it.
    func sentenceCased(_ phrase: String, at lo: Int) -> String {
        guard sentenceStart[lo], names.byToken[lo] < 0, let f = phrase.unicodeScalars.first,
            f.properties.isUppercase
        else {
            return phrase
        }
        return phrase.prefix(1).lowercased() + phrase.dropFirst()
    }

    /// The person an appositive starting at token `d` describes: "Ines Vale, an economist".
    func appositiveOwner(_ d: Int) -> SourceMention? {
        guard d >= 2, isPunct(d - 1, ","), names.byToken[d - 2] >= 0 else { return nil }
        let m = names.mentions[Int(names.byToken[d - 2])]
        return m.isPerson == true && m.hi == d - 1 ? m : nil
    }

    /// The last "a/an … head" phrase before `before`: "a senior port official", and where it starts.
    func indefiniteMention(of head: String, before: Int, notBefore: Int) -> (phrase: String, at: Int)? {
        var j = before - 1
        while j > notBefore {
            if lower[j] == head {
                var d = j - 1
                while d >= notBefore && j - d <= 4 && !lower[d].isEmpty && lower[d] != "a" && lower[d] != "an"
                    && !ReportingCues.phraseBreakers.contains(lower[d]) && ReportingCues.kind(lower[d]) == nil
                { d -= 1 }
                if d >= notBefore && d < j && (lower[d] == "a" || lower[d] == "an") {
                    let phrase = text[Span(tokens[d].start, tokens[j].end)]
                    guard let f = phrase.unicodeScalars.first, f.properties.isUppercase else { return (phrase, d) }
                    return (phrase.prefix(1).lowercased() + phrase.dropFirst(), d)
                }
            }
            j -= 1
        }
        return nil
    }

    func isPossessive(_ k: Int) -> Bool {
        let t = tokens[k]
        let c = s[t.start]
        guard c == "'" || c == "\u{2019}" else { return false }
        return t.length == 1 || (t.length == 2 && (s[t.start + 1] == "s" || s[t.start + 1] == "S"))
    }

    func paragraphFloor(_ k: Int, back: Int) -> Int {
        let p = max(0, Int(paragraphOf[k]) - back)
        return SourceNames.firstToken(tokens, atOrAfter: paragraphs[p].start) ?? 0
    }

    func cueText(_ lo: Int, _ hi: Int) -> String { text[Span(tokens[lo].start, tokens[hi - 1].end)] }
}

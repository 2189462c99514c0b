import DossierModel

extension QuoteScan {
    /// One pass over the sentences in order, so that a quotation with no attribution of its own
    /// can continue the last speaker.
    mutating func quotes() -> [Quote] {
        var out: [Quote] = []
        var done = [Bool](repeating: false, count: regions.count)
        var last: (attr: Attribution, paragraph: Int)? = nil

        for (si, st) in sentenceTokens.enumerated() {
            var k = st.lo
            var sentenceAttr: Attribution? = nil
            while k < st.hi {
                if used[k] { k += 1; continue }
                let r = Int(regionOf[k])
                if r >= 0 {
                    if k == regionTokens[r].open && !done[r], let (qs, attr, nextTok) = quotedTranscript(r, done: &done)
                    {
                        out.append(contentsOf: qs)
                        last = (attr, Int(paragraphOf[k])); lastSource = (attr.sourceLo, attr.sourceHi)
                        sentenceAttr = attr
                        k = max(k + 1, nextTok)
                        continue
                    }
                    if k == regionTokens[r].open && !done[r] && isDirect(r) {
                        let (q, attr, nextTok) = direct(r, given: nil, done: &done, last: last)
                        if let q { out.append(q) }
                        if let attr, attr.speaker != nil || attr.description != nil {
                            last = (attr, Int(paragraphOf[k])); lastSource = (attr.sourceLo, attr.sourceHi);
                            sentenceAttr = attr
                        }
                        k = max(k + 1, nextTok)
                        continue
                    }
                    if k == regionTokens[r].open && !done[r],
                        let (qs, attr, next) = quotedObject(r, sentence: si, done: &done)
                    {
                        out.append(contentsOf: qs)
                        sentenceAttr = attr
                        k = max(k + 1, next)
                        continue
                    }
                    k += 1
                    continue
                }
                if k == st.lo,
                    let (qs, attr, next) = documentHeadline(k, done: &done)
                        ?? documentOpener(k, sentence: si, done: &done)
                {
                    out.append(contentsOf: qs)
                    sentenceAttr = attr
                    k = max(k + 1, next)
                    continue
                }
                if k == st.lo, let (qs, attr, next) = label(k, done: &done, last: last) {
                    out.append(contentsOf: qs)
                    last = (attr, Int(paragraphOf[k])); lastSource = (attr.sourceLo, attr.sourceHi); sentenceAttr = attr
                    k = max(k + 1, next)
                    continue
                }
                if let (qs, attr, next) = nominalReport(k, sentence: si, done: &done) {
                    out.append(contentsOf: qs)
                    sentenceAttr = attr
                    k = max(k + 1, next)
                    continue
                }
                if isAccordingTo(k), let (qs, attr, next) = according(k, sentence: si, done: &done) {
                    out.append(contentsOf: qs)
                    last = (attr, Int(paragraphOf[k])); lastSource = (attr.sourceLo, attr.sourceHi); sentenceAttr = attr
                    k = max(k + 1, next)
                    continue
                }
                if let kind = cueKind(k),
                    let (qs, attr, next) = frame(
                        cue: k, kind: kind, sentence: si, sentenceAttr: sentenceAttr, done: &done, last: last)
                {
                    out.append(contentsOf: qs)
                    if attr.speaker != nil || attr.description != nil {
                        last = (attr, Int(paragraphOf[k])); lastSource = (attr.sourceLo, attr.sourceHi)
                    }
                    sentenceAttr = attr
                    k = max(k + 1, next)
                    continue
                }
                k += 1
            }
        }
        return out
    }

    /// "Trump openly admires Putin as a “strong leader,”", "Cruz exhorted Republicans to “vote your
    /// conscience”": a quoted phrase in the object of a verb whose subject is named reports that subject's
    /// words, the verb standing as the cue.
    mutating func quotedObject(_ r: Int, sentence si: Int, done: inout [Bool]) -> ([Quote], Attribution, Int)? {
        let st = sentenceTokens[si]
        let o = regionTokens[r].open
        guard o > st.lo, !isDirect(r) else { return nil }
        // A cue later in the sentence reports these words itself ("…, Smith said").
        var a = regionEnd(r)
        while a < st.hi {
            if regionOf[a] < 0, cueKind(a) == .verb { return nil }
            a += 1
        }
        var v = o - 1
        while v > st.lo && o - v <= 8 {
            if regionOf[v] >= 0 || isTerminator(v) || isPunct(v, ",") || isPunct(v, ";") || isPunct(v, ":") {
                return nil
            }
            let w = lower[v]
            // "admires Putin", "sends a message": a verb in "-s" is told from a plural noun ("immigrants are",
            // "guns at") by what follows it.
            let next = v + 1 < st.hi ? lower[v + 1] : ""
            let verbLike =
                w.hasSuffix("ed")
                || (w.hasSuffix("s") && !ReportingCues.finiteAuxiliaries.contains(next)
                    && !ReportingCues.prepositions.contains(next) && !ReportingCues.phraseBreakers.contains(next))
            if !w.isEmpty, !isCapitalised(v), w.count > 3, verbLike, !ReportingCues.phraseBreakers.contains(next),
                !ReportingCues.determiners.contains(w), !ReportingCues.prepositions.contains(w),
                !ReportingCues.phraseBreakers.contains(w), !ReportingCues.auxiliaries.contains(w),
                let np = sourceLeft(endingBefore: v, floor: st.lo), !(np.lo..<np.hi).contains(where: { used[$0] })
            {
                let named =
                    (names.byToken[np.hi - 1] >= 0 && !names.mentions[Int(names.byToken[np.hi - 1])].isMisc)
                    || (np.hi - np.lo == 1 && ReportingCues.subjectPronouns.contains(lower[np.lo]))
                guard named else { return nil }
                let hi = objectEnd(cue: v, from: v + 1, to: clauseEnd(from: v + 1, sentence: st))
                guard hi > o else { return nil }
                let attr = attribution(source: np, cueLo: v, cueHi: v + 1)
                guard let qs = emitContent(v + 1, hi, attr: attr, done: &done) else { return nil }
                markUsed(attr)
                return (qs, attr, hi)
            }
            v -= 1
        }
        return nil
    }

    // MARK: Direct quotations

    /// A quotation that is a sentence or more in itself, rather than a phrase inside one.
    func isDirect(_ r: Int) -> Bool {
        let rt = regionTokens[r]
        if regions[r].segments.count > 1 { return true }
        guard rt.lo < rt.hi else { return false }
        let first = s[tokens[rt.lo].start]
        let startsLikeSentence =
            first.properties.isUppercase || Tokenizer.isDigit(first) || first == "\u{2026}" || first == "["
            || (tokens[rt.lo].length == 3 && first == ".")
        guard startsLikeSentence else { return false }
        let o = rt.open
        if o == 0 || paragraphOf[o - 1] != paragraphOf[o] || sentenceStart[o] { return true }
        let p = o - 1
        if isPunct(p, ":") || isPunct(p, ",") || isTerminator(p) || isPunct(p, "\u{2014}") { return true }
        // A line break before the mark starts a new quotation, as in a list of signed vox pops.
        if (tokens[p].end..<tokens[o].start).contains(where: { s[$0] == "\n" }) { return true }
        if let kind = cueKind(p), kind != .attitude { return true }
        return false
    }

    /// Words of a quotation: its segments without marks, trailing commas and spaces. Where a
    /// segment broke off at a comma or dash for the attribution ("…,” she said, “…"), the join
    /// shows the cut with an ellipsis, so the two halves do not read as one run-on sentence.
    func quotedText(_ segs: [Span]) -> (String, Span) {
        var out = ""
        var lo = Int.max, hi = 0
        var cut = false
        for seg in segs {
            var a = seg.start, b = seg.end
            while a < b && (s[a].properties.isWhitespace) { a += 1 }
            var trimmed = false
            while b > a && (s[b - 1].properties.isWhitespace || s[b - 1] == "," || s[b - 1] == "\u{2014}") {
                if !s[b - 1].properties.isWhitespace { trimmed = true }
                b -= 1
            }
            guard a < b else { continue }
            if !out.isEmpty { out += cut ? " \u{2026} " : " " }
            out += text[Span(a, b)]
            cut = trimmed
            lo = min(lo, a); hi = max(hi, b)
        }
        if lo == Int.max { return ("", Span(segs[0].start, segs[0].start)) }
        return (out, Span(lo, hi))
    }

    /// Where region `k`'s tokens end: after its closing mark, or at its last token when left open.
    func regionEnd(_ k: Int) -> Int { regions[k].closed ? regionTokens[k].close + 1 : regionTokens[k].hi }

    /// Region `next` joins the quotation being built (the second half of a split quote, or a
    /// quotation straight after it): its segments, its tokens marked used. Returns the token after it.
    mutating func absorb(_ next: Int, into segs: inout [Span], done: inout [Bool]) -> Int {
        done[next] = true
        segs.append(contentsOf: regions[next].segments)
        let end = regionEnd(next)
        for x in regionTokens[next].open..<min(end, tokens.count) { used[x] = true }
        return end
    }

    mutating func direct(
        _ r: Int, given: Attribution?, done: inout [Bool], last: (attr: Attribution, paragraph: Int)?
    )
        -> (Quote?, Attribution?, Int)
    {
        done[r] = true
        let rt = regionTokens[r]
        var segs = regions[r].segments
        var endTok = regionEnd(r)
        for j in rt.open..<min(endTok, tokens.count) { used[j] = true }
        var attr = given
        if attr == nil, let (a, after) = attributionAfter(r) {
            attr = a
            endTok = max(endTok, after)
            // A vox pop's signature (“…” ― Maria Lopez) closes its quotation: the next one has its own.
            let signed = a.cueHi == a.cueLo + 1 && isDash(a.cueLo)
            // A quotation split by its attribution: “…,” she said, “…”
            // and “…,” she said of the plan. “…” where the next sentence goes on quoting her.
            var j = after
            let pend = paragraphEnd(rt.close)
            while j < pend && j - after < config.splitQuoteGap && cueKind(j) != .verb {
                // A title in quotation marks on the way ("said on ''The Late Show''") is passed over.
                let rj = Int(regionOf[j])
                if rj >= 0 {
                    let followsBreak = j == after || isPunct(j - 1, ",") || isTerminator(j - 1) || isPunct(j - 1, ":")
                    if followsBreak || rj <= r || regionTokens[rj].open != j || isDirect(rj) || !regions[rj].closed {
                        break
                    }
                    j = regionTokens[rj].close + 1
                    continue
                }
                j += 1
            }
            let next = j < tokens.count ? Int(regionOf[j]) : -1
            // After a title that ends the sentence: … on “Fox and Friends.” “…”
            let afterTitle =
                j > 0 && regionOf[j - 1] >= 0 && Int(regionOf[j - 1]) != next
                && regionTokens[Int(regionOf[j - 1])].close == j - 1
                && isTerminator(regionTokens[Int(regionOf[j - 1])].hi - 1)
            if !signed, j < tokens.count,
                j == after || isPunct(j - 1, ",") || isTerminator(j - 1) || isPunct(j - 1, ":") || afterTitle,
                next > r, !done[next], regionTokens[next].open == j,
                paragraphOf[j] == paragraphOf[rt.open], regions[next].segments.count == 1
            {
                endTok = absorb(next, into: &segs, done: &done)
            }
        }
        if attr == nil, let (a, _) = attributionBefore(r) { attr = a }
        if attr != nil && endTok == regionEnd(r) {
            // Smith said: “…” “…” — a quotation straight after another, with no attribution between,
            // goes on quoting the same speaker.
            let j = endTok
            if j < tokens.count, paragraphOf[j] == paragraphOf[rt.open], regionOf[j] >= 0 {
                let next = Int(regionOf[j])
                if next > r, !done[next], regionTokens[next].open == j, isDirect(next),
                    regions[next].segments.count == 1,
                    attributionAfter(next) == nil
                {
                    endTok = absorb(next, into: &segs, done: &done)
                }
            }
        }
        let opensParagraph = rt.open == 0 || paragraphOf[rt.open - 1] != paragraphOf[rt.open]
        // A quoted heading in title case ("“Legend in the Coal Fields.”") is a title, not speech.
        if attr == nil, let l = last, !titleCase(rt.lo, rt.hi, quoted: true),
            (opensParagraph && Int(paragraphOf[rt.open]) - l.paragraph <= config.continuationParagraphs)
                || (sentenceStart[rt.open] && Int(paragraphOf[rt.open]) == l.paragraph)
        {
            // A paragraph of quotation with no attribution of its own continues the last speaker,
            // as does a quotation opening a sentence after an attributed one in the same paragraph.
            var cont = l.attr
            cont.cue = nil
            attr = cont
        }
        let (words, span) = quotedText(segs)
        guard !words.isEmpty else { return (nil, attr, endTok) }
        // Quoted words nobody is said to have spoken (titles, slogans, scare quotes, or a speaker
        // too far away to find) are left out: a dossier quote is worth having only with its source.
        if attr == nil { return (nil, nil, endTok) }
        if let a = attr { markUsed(a) }
        return (
            quote(words, kind: .direct, attr: attr, span: span), attr, endTok
        )
    }

    /// Whether the source phrase describes its speakers without naming them, though it holds or looks like
    /// a name: "Police say" (a collective noun, capitalised only as the sentence opens), "Toronto police",
    /// "E.U. leaders".
    func onlyDescribed(_ np: (lo: Int, hi: Int)) -> Bool {
        if np.hi - np.lo == 1, np.lo < tokens.count, ReportingCues.bareCollectives.contains(lower[np.lo]) {
            return true
        }
        // "Residents say": one capitalised plural opening the sentence, that the recogniser passed over and
        // the article never gives as part of a longer name, nor as an organisation's, is a common noun.
        if np.hi - np.lo == 1, np.lo < tokens.count, sentenceStart[np.lo], names.byToken[np.lo] >= 0,
            isPlural(lower[np.lo])
        {
            let m = names.mentions[Int(names.byToken[np.lo])]
            if !m.fromEntity, !m.isOrganization, m.isPerson != true, !m.name.contains(" ") { return true }
        }
        return nameModifiesHead(np)
    }

    /// A plural noun by its ending: "leaders", "fishermen"; not "press", "status", "analysis".
    func isPlural(_ w: String) -> Bool {
        w.count > 3 && (w.hasSuffix("s") || w.hasSuffix("men")) && !w.hasSuffix("ss") && !w.hasSuffix("us")
            && !w.hasSuffix("is")
    }

    /// Whether a name in the source phrase only modifies a plural head that does not speak for it: "E.U.
    /// leaders", "Other GOP senators", "Trump supporters" are people the text describes, not the Union, the
    /// party or Trump. Heads that do speak for the name ("White House officials", "Clinton aides") keep it,
    /// as a possessor does ("Trump's campaign").
    func nameModifiesHead(_ np: (lo: Int, hi: Int)) -> Bool {
        let k = np.hi - 1
        guard k > np.lo, k < tokens.count, !lower[k].isEmpty, !isCapitalised(k), names.byToken[k] < 0 else {
            return false
        }
        let head = lower[k]
        guard isPlural(head) || ReportingCues.bareCollectives.contains(head),
            !ReportingCues.representatives.contains(head)
        else { return false }
        let mi = names.byToken[k - 1]
        guard mi >= 0 else { return false }
        let m = names.mentions[Int(mi)]
        // A name that begins before the phrase is not one of its modifiers (and the words before it
        // could not be walked: the range would run backwards).
        guard m.hi == k, m.lo >= np.lo, !m.isMisc else { return false }
        // Only lower-case words before the name ("other", "many", "the"): no coordination, comma or
        // preposition, where the name could be a speaker of its own.
        for j in np.lo..<m.lo {
            guard !lower[j].isEmpty, names.byToken[j] < 0, !isCapitalised(j) || sentenceStart[j],
                lower[j] != "and", lower[j] != "or",
                !ReportingCues.prepositions.contains(lower[j])
            else { return false }
        }
        return true
    }

    /// The source phrase as a description: as it reads, lowered when it opens a sentence.
    func sourcePhrase(_ np: (lo: Int, hi: Int)) -> String {
        sentenceCased(text[Span(tokens[np.lo].start, tokens[np.hi - 1].end)], at: np.lo)
    }

    /// The quote of `words` as `attr` attributes them, its speaker as the text designates them.
    func quote(_ words: String, kind: QuoteKind, attr: Attribution?, span: Span) -> Quote {
        let who: (speaker: String?, named: Bool) = attr.map(designation) ?? (nil, false)
        return Quote(
            text: words, kind: kind, speaker: who.speaker, speakerNamed: who.named,
            speakerDescription: attr?.description, cue: attr?.cue, span: span)
    }

    /// Who said it as the text designates them: the name when the source resolves to one, else the
    /// description. A description that is the source phrase itself is given as the phrase reads in the
    /// text ("Federal and state officials" opening a sentence keeps its capital; `description` lowers
    /// it as it would stand mid-sentence); one taken from elsewhere ("a senior port official" for "the
    /// official") is given as the description has it.
    func designation(_ a: Attribution) -> (speaker: String?, named: Bool) {
        if let name = a.speaker { return (name, true) }
        guard let d = a.description else { return (nil, false) }
        if a.sourceHi > a.sourceLo, a.sourceHi <= tokens.count {
            let phrase = text[Span(tokens[a.sourceLo].start, tokens[a.sourceHi - 1].end)]
            if sentenceCased(phrase, at: a.sourceLo) == d { return (phrase, false) }
        }
        return (d, false)
    }

    mutating func markUsed(_ a: Attribution) {
        for j in a.sourceLo..<a.sourceHi { used[j] = true }
        for j in a.cueLo..<a.cueHi { used[j] = true }
    }

    func attribution(source np: (lo: Int, hi: Int)?, cueLo: Int, cueHi: Int) -> Attribution {
        var (speaker, desc) = np.map { onlyDescribed($0) ? (nil, sourcePhrase($0)) : resolve($0) } ?? (nil, nil)
        if speaker == nil, let np, let m = identifiedName(after: np, before: cueLo) { speaker = m.name }
        return Attribution(
            speaker: speaker, description: desc, cue: cueText(cueLo, cueHi),
            sourceLo: np?.lo ?? cueLo, sourceHi: np?.hi ?? cueLo, cueLo: cueLo, cueHi: cueHi)
    }

    /// “…,” she said / “…,” said Smith / “…” Smith told reporters.
    func attributionAfter(_ r: Int) -> (Attribution, Int)? {
        guard regions[r].closed else { return nil }
        let rt = regionTokens[r]
        var j = rt.close + 1
        guard j < tokens.count, paragraphOf[j] == paragraphOf[rt.close] else { return nil }
        if isPunct(j, ",") || isPunct(j, "\u{2014}") { j += 1 }
        guard j < tokens.count, paragraphOf[j] == paragraphOf[rt.close], regionOf[j] < 0 else { return nil }
        let limit = paragraphEnd(j)
        let endedSentence = rt.hi > rt.lo && isTerminator(rt.hi - 1)
        // Cue first: "said Smith".
        if let kind = cueKind(j), kind == .verb {
            guard let np = sourceRight(from: j + 1, limit: limit) else { return nil }
            return (attribution(source: np, cueLo: j, cueHi: j + 1), np.hi)
        }
        // A vox pop's signature: “…” ― Maria Lopez
        if isDash(j) {
            var e = j + 1
            while e < limit && e - j <= config.signatureNameTokens && (names.byToken[e] >= 0 || isCapitalised(e))
                && regionOf[e] < 0
            { e += 1 }
            if e > j + 1, names.byToken[e - 1] >= 0,
                e >= limit || isTerminator(e) || isPunct(e, ",") || regionOf[e] >= 0
            {
                return (attribution(source: (j + 1, e), cueLo: j, cueHi: j + 1), e)
            }
            return nil
        }
        // Source first: "Smith said", "Mr. Smith, a spokesman, said", "Sen. Jones (D-Mo.) said".
        var k = j
        var depth = 0
        // A period before a comma closes an abbreviation ("McConnell, R-Ky., said"), not a sentence.
        while k < limit && k - j <= config.sourceBeforeCue && regionOf[k] < 0
            && (depth > 0 || !isTerminator(k) || (k + 1 < limit && isPunct(k + 1, ",")))
        {
            if isPunct(k, "(") { depth += 1 } else if isPunct(k, ")") { depth = max(0, depth - 1) }
            if let kind = cueKind(k), kind == .verb, depth == 0 { break }
            k += 1
        }
        guard k < limit, let kind = cueKind(k), kind == .verb,
            let np = sourceLeft(endingBefore: k, floor: j), np.lo == j
        else { return nil }
        // "“…” Smith said the plan would fail." is a new sentence with content of its own.
        if endedSentence && k + 1 < limit && !isTerminator(k + 1) && !isPunct(k + 1, ",") && regionOf[k + 1] < 0 {
            let next = lower[k + 1]
            if !ReportingCues.adjunctStarts.contains(next) && !ReportingCues.takesRecipient(lower[k]) { return nil }
        }
        return (attribution(source: np, cueLo: k, cueHi: k + 1), k + 1)
    }

    func isDash(_ k: Int) -> Bool {
        isPunct(k, "\u{2015}") || isPunct(k, "\u{2014}") || isPunct(k, "\u{2013}") || isPunct(k, "-")
    }

    /// Smith said: “…” / Smith told The Times: “…” / According to Smith, “…”
    func attributionBefore(_ r: Int) -> (Attribution, Int)? {
        let o = regionTokens[r].open
        guard o > 0, let si = Optional(Int(sentenceOf[o])), si >= 0 else { return nil }
        let floor = sentenceTokens[si].lo
        var k = o - 1
        // "The piece used her words as its headline: “…”": a colon after a clause with a named
        // subject and no cue introduces that subject's quotation.
        if o - 1 > floor, isPunct(o - 1, ":"), regionOf[o - 1] < 0,
            !(floor..<(o - 1)).contains(where: { regionOf[$0] >= 0 || cueKind($0) != nil || isAccordingTo($0) }),
            let np = clauseSubject(from: floor, to: o - 1),
            np.lo == floor || (np.lo == floor + 1 && isTitleWord(floor)),
            np.hi < o - 1, !ReportingCues.prepositions.contains(lower[np.hi]),
            // "The weather was cold on Monday: “…”": a copula's subject describes, it does not speak.
            !ReportingCues.finiteAuxiliaries.contains(lower[np.hi])
        {
            return (attribution(source: np, cueLo: o - 1, cueHi: o), o)
        }
        while k >= floor && o - k <= config.cueBeforeQuote {
            if regionOf[k] >= 0 || isTerminator(k) { return nil }
            if isAccordingTo(k) {
                guard let np = sourceRight(from: k + 2, limit: o) else { return nil }
                return (attribution(source: np, cueLo: k, cueHi: k + 2), o)
            }
            if let kind = cueKind(k), kind != .attitude, !used[k] {
                if kind == .participle {
                    guard let np = clauseSubject(from: floor, to: k) else { return nil }
                    return (attribution(source: np, cueLo: k, cueHi: k + 1), o)
                }
                guard let np = sourceLeft(endingBefore: k, floor: floor) else { return nil }
                return (attribution(source: np, cueLo: k, cueHi: k + 1), o)
            }
            k -= 1
        }
        return nil
    }

    func isTitleWord(_ k: Int) -> Bool { ReportingCues.titles.contains(lower[k]) }

    func paragraphEnd(_ k: Int) -> Int {
        let p = paragraphs[Int(paragraphOf[k])]
        var e = k
        while e < tokens.count && tokens[e].start < p.end { e += 1 }
        return e
    }

    // MARK: Reported speech

    /// A paragraph opened by a name and a colon or dash: transcripts ("WALLACE: …"), vox pops
    /// ("Maria Lopez ― “…”") and headlines ("Senator Smith: Tax Plan Is Dead").
    mutating func label(
        _ k: Int, done: inout [Bool], last: (attr: Attribution, paragraph: Int)?
    ) -> ([Quote], Attribution, Int)? {
        let p = paragraphs[Int(paragraphOf[k])]
        guard tokens[k].start == p.start, names.byToken[k] >= 0 || isCapitalised(k) else { return nil }
        var j = k
        while j < tokens.count && j - k < config.labelTokens && tokens[j].start < p.end && regionOf[j] < 0
            && (isCapitalised(j) || names.byToken[j] >= 0
                || (j > k && (lower[j] == "of" || lower[j] == "de" || isPunct(j, "."))))
        { j += 1 }
        guard j > k, j < tokens.count, tokens[j].start < p.end, names.byToken[j - 1] >= 0 else { return nil }
        let c = s[tokens[j].start]
        guard tokens[j].length == 1, c == ":" || c == "\u{2015}" || c == "\u{2014}" || c == "\u{2013}" else {
            return nil
        }
        // A person, or a transcript's upper-case speaker label; a dash must introduce a quotation,
        // or it is a dateline ("WASHINGTON ―").
        let m = names.mentions[Int(names.byToken[j - 1])]
        let upper = (k..<j).allSatisfy {
            lower[$0].isEmpty || !text[tokens[$0]].unicodeScalars.contains { ScalarCase.isLower($0) }
        }
        // A headline's "Sanders: …" or "Wells Fargo: …" names its speaker whatever its kind.
        let headline = c == ":" && paragraphOf[k] == 0 && !m.isMisc && lower[k] != "the"
        guard (m.isPerson == true && lower[k] != "the") || (upper && c == ":") || headline else { return nil }
        // "Q:" and "A:" mark an interview's turns, not a speaker by name.
        guard j - k > 1 || tokens[k].length > 1 else { return nil }
        if c != ":" && !(j + 1 < tokens.count && regionOf[j + 1] >= 0) { return nil }
        let end = paragraphEnd(k)
        guard end - (j + 1) >= config.minLabelContent else { return nil }
        let attr = attribution(source: (k, j), cueLo: j, cueHi: j + 1)
        let first = j + 1
        if regionOf[first] >= 0, regionTokens[Int(regionOf[first])].open == first, !done[Int(regionOf[first])] {
            let (q, a, next) = direct(Int(regionOf[first]), given: attr, done: &done, last: last)
            markUsed(attr)
            return (q.map { [$0] } ?? [], a ?? attr, next)
        }
        guard let qs = emitContent(first, end, attr: attr, done: &done) else { return nil }
        markUsed(attr)
        return (qs, attr, end)
    }

    /// The upper-case speaker label opening a transcript line at token `lo` ("WALLACE:",
    /// "PREMIER NOTLEY:"): returns the colon's token.
    func transcriptLabel(at lo: Int, limit: Int) -> Int? {
        var j = lo
        while j < limit && j - lo < config.labelTokens && !lower[j].isEmpty && regionOf[j] == regionOf[lo] {
            guard !text[tokens[j]].unicodeScalars.contains(where: { ScalarCase.isLower($0) }) else { return nil }
            j += 1
        }
        guard j > lo, j < limit, isPunct(j, ":"), tokens[lo].length >= 2 else { return nil }
        return j
    }

    /// A transcript quoted whole, each paragraph re-opened with a mark and a speaker label
    /// ("“WALLACE: … ¶ “PENCE: …"): one quotation per paragraph, spoken by its label; a paragraph
    /// without a label continues the one before, a bracketed one ("(CROSSTALK.)") is left out.
    mutating func quotedTranscript(_ r: Int, done: inout [Bool]) -> ([Quote], Attribution, Int)? {
        let segs = regions[r].segments
        guard let first = SourceNames.firstToken(tokens, atOrAfter: segs[0].start), first < tokens.count,
            transcriptLabel(at: first, limit: paragraphEnd(first)) != nil
        else { return nil }
        done[r] = true
        let endTok = regionEnd(r)
        for j in regionTokens[r].open..<min(endTok, tokens.count) { used[j] = true }
        var out: [Quote] = []
        var attr: Attribution? = nil
        for seg in segs {
            guard let lo = SourceNames.firstToken(tokens, atOrAfter: seg.start), lo < tokens.count,
                tokens[lo].start < seg.end
            else { continue }
            var from = seg.start
            if let colon = transcriptLabel(at: lo, limit: paragraphEnd(lo)) {
                attr = attribution(source: (lo, colon), cueLo: colon, cueHi: colon + 1)
                guard colon + 1 < tokens.count, tokens[colon + 1].start < seg.end else { continue }
                from = tokens[colon + 1].start
            } else if isPunct(lo, "(") || isPunct(lo, "[") {
                continue
            }
            guard let a = attr else { continue }
            let (words, span) = quotedText([Span(from, seg.end)])
            guard !words.isEmpty else { continue }
            out.append(
                quote(words, kind: .direct, attr: a, span: span))
        }
        guard let a = attr else { return nil }
        return (out, a, endTok)
    }

    /// "according to X, …" and "…, according to X."
    mutating func according(_ k: Int, sentence si: Int, done: inout [Bool]) -> ([Quote], Attribution, Int)? {
        let st = sentenceTokens[si]
        var np = sourceRight(from: k + 2, limit: st.hi)
        if np == nil, k + 2 < st.hi, !lower[k + 2].isEmpty, !ReportingCues.phraseBreakers.contains(lower[k + 2]) {
            // "according to conservative radio host Rush Limbaugh": lower-case words lead to the name.
            var j = k + 2
            while j < st.hi && j - k < config.accordingLeadWords && names.byToken[j] < 0 && !lower[j].isEmpty
                && !isCapitalised(j)
                && !ReportingCues.phraseBreakers.contains(lower[j]) && regionOf[j] < 0
            { j += 1 }
            if j < st.hi, names.byToken[j] >= 0, names.mentions[Int(names.byToken[j])].lo == j {
                np = (k + 2, min(st.hi, names.mentions[Int(names.byToken[j])].hi))
            } else {
                np = (k + 2, min(st.hi, k + 4))
            }
        }
        guard let src = np else { return nil }
        let attr = attribution(source: src, cueLo: k, cueHi: k + 2)
        var contentLo: Int, contentHi: Int, next: Int
        let before = k - st.lo
        if before >= 3 {
            contentLo = st.lo
            contentHi = k
            next = src.hi
        } else {
            var j = src.hi
            // The source phrase may run on to its comma: "according to a report by the agency,".
            while j < st.hi && j - src.hi < config.accordingRunOn && !isPunct(j, ",") && regionOf[j] < 0 { j += 1 }
            if j < st.hi && isPunct(j, ",") { j += 1 } else { j = src.hi }
            contentLo = j
            contentHi = st.hi
            next = st.hi
        }
        guard let qs = emitContent(contentLo, contentHi, attr: attr, done: &done) else { return nil }
        markUsed(attr)
        return (qs, attr, next)
    }

    /// "Smith warned that …", "…, Smith said.", "The model, he said, works": a sentence of reported
    /// speech around cue `c`. Finds who reports, bounds what they report, then emits it.
    mutating func frame(
        cue c: Int, kind: ReportingCues.Kind, sentence si: Int, sentenceAttr: Attribution?,
        done: inout [Bool], last: (attr: Attribution, paragraph: Int)?
    ) -> ([Quote], Attribution, Int)? {
        let st = sentenceTokens[si]
        guard var source = frameSource(cue: c, kind: kind, sentence: st, sentenceAttr: sentenceAttr),
            let content = frameContent(cue: c, kind: kind, sentence: st, source: &source)
        else { return nil }
        return emitFrame(cue: c, sentence: st, source: source, content: content, done: &done, last: last)
    }

    /// Who reports at a cue: the subject on its left, the name after an inverted cue ("…, said
    /// Smith"), or the sentence's earlier source for "… and said" and "…, adding".
    struct FrameSource {
        var attr: Attribution
        /// The source phrase's tokens, when one was read at this cue.
        var phrase: (lo: Int, hi: Int)?
        /// The cue comes before its source, so the content is on the left.
        var inverted: Bool
        /// The cue is in a relative clause after a comma ("Christie, who has campaigned for X, …"):
        /// the content ends at the clause's comma.
        var relative = false
    }

    func frameSource(
        cue c: Int, kind: ReportingCues.Kind, sentence st: (lo: Int, hi: Int),
        sentenceAttr: Attribution?
    ) -> FrameSource? {
        func again(_ sa: Attribution) -> FrameSource {
            var attr = sa
            attr.cue = cueText(c, c + 1); attr.cueLo = c; attr.cueHi = c + 1
            return FrameSource(attr: attr, phrase: nil, inverted: false)
        }
        // "Obama's veto is expected to …", "he was told that …": a passive cue; its subject is not
        // the one reporting.
        if kind != .participle, kind != .complement, c > st.lo,
            ReportingCues.passiveAuxiliaries.contains(lower[c - 1])
        {
            return nil
        }
        var before = c - 1
        while before >= st.lo && ReportingCues.auxiliaries.contains(lower[before]) { before -= 1 }
        if kind == .participle {
            if c == st.lo { return nil }
            // "… and Hillary Clinton is promising to …": a progressive verb reports for the subject
            // just before it, not for the sentence's first.
            if c - 1 > st.lo, ReportingCues.progressiveAuxiliaries.contains(lower[c - 1]),
                let np = sourceLeft(endingBefore: c - 1, floor: st.lo),
                !(np.lo..<np.hi).contains(where: { used[$0] })
            {
                return FrameSource(attr: attribution(source: np, cueLo: c, cueHi: c + 1), phrase: np, inverted: false)
            }
            // "…, adding that …": the clause's subject reports.
            if let sa = sentenceAttr { return again(sa) }
            guard let np = clauseSubject(from: st.lo, to: c) else { return nil }
            return FrameSource(attr: attribution(source: np, cueLo: c, cueHi: c + 1), phrase: np, inverted: false)
        }
        // "… and said …": the same subject reports again.
        if before >= st.lo, lower[before] == "and" || lower[before] == "but" {
            if let sa = sentenceAttr { return again(sa) }
            // "Clinton, like Obama, has urged allies to spend more but has said she will …": with no
            // report earlier in the sentence, the clause's own subject reports, when it is a person
            // or a pronoun (a common noun there is too often the object of the first verb).
            if before > st.lo, !isPunct(before - 1, ","), let np = clauseSubject(from: st.lo, to: before),
                np.hi - np.lo == 1 && ReportingCues.subjectPronouns.contains(lower[np.lo])
                    || names.byToken[np.hi - 1] >= 0,
                !(np.lo..<np.hi).contains(where: { used[$0] })
            {
                return FrameSource(attr: attribution(source: np, cueLo: c, cueHi: c + 1), phrase: nil, inverted: false)
            }
        }
        if let rel = relativeSource(cue: c, sentence: st) { return rel }
        var src = sourceLeft(endingBefore: c, floor: st.lo)
        if let np = src, (np.lo..<np.hi).contains(where: { used[$0] }) { src = nil }
        var inverted = false
        if src == nil && kind == .verb && c > st.lo && (isPunct(c - 1, ",") || (regionOf[c - 1] >= 0)) {
            src = sourceRight(from: c + 1, limit: st.hi)
            // "…, said Smith." — the source after an inverted cue closes its clause; "…, said the
            // event brought back memories" is a cue with content of its own on the right.
            if let np = src, np.hi < st.hi, !isTerminator(np.hi), !isPunct(np.hi, ","), regionOf[np.hi] < 0,
                !isPunct(np.hi, ";"), !isPunct(np.hi, ":"), !adjunctCloses(from: np.hi, sentence: st)
            {
                src = nil
            }
            inverted = src != nil
        }
        guard let np = src else { return nil }
        // "Environmentalists worry that …": a complementiser after the cue shows it is a verb.
        let thatFollows = c + 1 < st.hi && lower[c + 1] == "that"
        if ReportingCues.nounLike.contains(lower[c]) && !inverted && !thatFollows {
            let pronoun = np.hi - np.lo == 1 && ReportingCues.subjectPronouns.contains(lower[np.lo])
            // A name, but not an adjective ("Republican claims") nor a capitalised word opening the
            // sentence that the recogniser passed over ("Twenty-seven states").
            let mi = Int(names.byToken[np.hi - 1])
            let name =
                mi >= 0 && !ReportingCues.determiners.contains(lower[np.lo]) && !names.mentions[mi].isMisc
                && (names.mentions[mi].fromEntity || names.mentions[mi].hi - names.mentions[mi].lo > 1
                    || !sentenceStart[names.mentions[mi].lo])
            if !pronoun && !name { return nil }
        }
        return FrameSource(attr: attribution(source: np, cueLo: c, cueHi: c + 1), phrase: np, inverted: inverted)
    }

    /// "…, said Bill Blair on Tuesday.", "…, said Ana Roy in a statement.": a short adjunct of the
    /// cue that runs to the sentence's end with no content of its own (no "that", cue or quotation).
    func adjunctCloses(from lo: Int, sentence st: (lo: Int, hi: Int)) -> Bool {
        guard lo < st.hi, ReportingCues.adjunctStarts.contains(lower[lo]) else { return false }
        var j = lo + 1
        while j < st.hi && !isTerminator(j) {
            if j - lo > config.invertedAdjunctTokens || regionOf[j] >= 0 || lower[j] == "that" || cueKind(j) != nil
                || isPunct(j, ",") || isPunct(j, ";") || isPunct(j, ":")
            {
                return false
            }
            j += 1
        }
        return true
    }

    /// Where reported content lies: tokens `lo..<hi`, on the cue's right or (`left`) before its
    /// source, or on both sides of a parenthetical attribution, leaving out the tokens of `gap`.
    struct FrameContent {
        var lo: Int
        var hi: Int
        var left: Bool
        var gap: (Int, Int)?
    }

    /// Bounds the content of the report at cue `c`; a particle taken into the cue ("called for")
    /// widens the source's cue.
    func frameContent(
        cue c: Int, kind: ReportingCues.Kind, sentence st: (lo: Int, hi: Int),
        source: inout FrameSource
    ) -> FrameContent? {
        let inverted = source.inverted
        var contentLo = inverted ? (source.phrase?.hi ?? c + 1) : c + 1
        let srcLo = source.phrase?.lo ?? c
        if contentLo < st.hi && ReportingCues.particle(after: lower[c], lower[contentLo]) {
            contentLo += 1; source.attr.cueHi = contentLo; source.attr.cue = cueText(c, contentLo)
        }
        // "spoke to reporters on Friday": speaking reports content only about something or in quotation.
        if ReportingCues.needsTopic(lower[c]) && source.attr.cueHi == c + 1
            && !(contentLo < st.hi
                && (regionOf[contentLo] >= 0 || isPunct(contentLo, ":") || isPunct(contentLo, ",")))
        {
            return nil
        }
        if !inverted && ReportingCues.takesRecipient(lower[c]) { contentLo = afterHearer(contentLo, sentence: st) }
        while contentLo < st.hi && (isPunct(contentLo, ":") || isPunct(contentLo, ",")) { contentLo += 1 }
        // "tweeted in the early hours that …": the content starts at its complementiser.
        if contentLo < st.hi, ReportingCues.phraseBreakers.contains(lower[contentLo]), lower[contentLo] != "that",
            // "agreed to clean up the land that …": an infinitive is the content, not a phrase before it.
            lower[contentLo] != "to"
        {
            var t2 = contentLo + 1
            while t2 < st.hi && t2 - contentLo < config.complementiserWindow && lower[t2] != "that"
                && !isPunct(t2, ",") && regionOf[t2] < 0
            { t2 += 1 }
            if t2 < st.hi && lower[t2] == "that" { contentLo = t2 }
        }
        var contentHi = clauseEnd(from: contentLo, sentence: st)
        if source.relative { contentHi = relativeClauseEnd(from: contentLo, to: contentHi) }
        contentHi = objectEnd(cue: c, from: contentLo, to: contentHi)
        // "When Smith noted that …, Jones boasted": a cue in a subordinate clause reports only to the comma.
        if srcLo > st.lo, ReportingCues.subordinators.contains(lower[srcLo - 1]) {
            var k2 = contentLo
            while k2 < contentHi && !(isPunct(k2, ",") && regionOf[k2] < 0) { k2 += 1 }
            contentHi = k2
        }
        var right = 0
        for x in contentLo..<max(contentLo, contentHi) where !lower[x].isEmpty || regionOf[x] >= 0 { right += 1 }
        let commaBeforeSource = srcLo > st.lo && isPunct(srcLo - 1, ",")
        let leftHi = commaBeforeSource ? srcLo - 1 : (inverted ? c - 1 : srcLo)
        let leftWords = leftHi - st.lo
        // "…, Smith said." or "…, Smith said on Friday.": the content is before the source.
        let useLeft =
            inverted
            || (leftWords >= config.minLeftContent && (commaBeforeSource || regionOf[srcLo - 1] >= 0)
                && (right == 0
                    || (right <= config.maxAdjunctTail
                        && ReportingCues.adjunctStarts.contains(lower[contentLo]))))
        if (kind == .attitude || kind == .complement) && useLeft { return nil }
        // "The model, he said, works": content on both sides of a parenthetical attribution.
        let parenthetical =
            !inverted && commaBeforeSource && leftWords >= config.minParentheticalLeft
            && right >= config.minParentheticalRight
            && contentLo > c + 1 && isPunct(contentLo - 1, ",") && regionOf[st.lo] < 0
            // "Asked about the device, O'Neill said, “Not going into that.”" introduces a quotation.
            && !(contentLo < st.hi && regionOf[contentLo] >= 0
                && regionTokens[Int(regionOf[contentLo])].open == contentLo)
        if parenthetical { return FrameContent(lo: st.lo, hi: contentHi, left: false, gap: (leftHi, contentLo)) }
        if useLeft { return FrameContent(lo: st.lo, hi: leftHi, left: true, gap: nil) }
        return FrameContent(lo: contentLo, hi: contentHi, left: false, gap: nil)
    }

    /// After a cue that takes a hearer, where the content starts: at "that", a colon or comma
    /// within a few words ("told reporters on Friday that …", "told The Times: …"), or after a
    /// hearer phrase ("told reporters the plan …").
    func afterHearer(_ lo: Int, sentence st: (lo: Int, hi: Int)) -> Int {
        let window = config.recipientWindow
        var j = lo
        while j < st.hi && j - lo < window && lower[j] != "that" && !isPunct(j, ":") && !isPunct(j, ",")
            && regionOf[j] < 0 && !isTerminator(j)
        { j += 1 }
        if j < st.hi && j - lo < window
            && (lower[j] == "that" || isPunct(j, ":") || isPunct(j, ",") || regionOf[j] >= 0)
        {
            return (isPunct(j, ":") || isPunct(j, ",")) ? j + 1 : j
        }
        guard lo < st.hi && (isCapitalised(lo) || ReportingCues.hearerStarts.contains(lower[lo])) else { return lo }
        var j2 = lo + 1
        if ReportingCues.articles.contains(lower[lo]) { j2 = min(st.hi, lo + 2) }
        while j2 < st.hi && isCapitalised(j2) && regionOf[j2] < 0 { j2 += 1 }
        // "warned the mill had broken the law": a verb next means the words were the
        // content's subject, not the hearer.
        return j2 < st.hi && ReportingCues.finiteAuxiliaries.contains(lower[j2]) ? lo : j2
    }

    /// Where content starting at `lo` ends: before ", adding …", "… and said …", "; …" or a new
    /// clause with a reporting subject of its own, so that the next cue gets its own content.
    func clauseEnd(from lo: Int, sentence st: (lo: Int, hi: Int)) -> Int {
        var j = lo
        while j < st.hi {
            // "; …", ", while …", ", using …": a new clause ends the content. ", and …" alone does
            // not ("the plan has failed, and the money is gone" is one report); ", and human rights
            // groups warned …" ends it below, by the new subject's cue. ", including …" lists
            // within the content. "… as a “terrible situation,” but stopped short of …": "but" or
            // "yet" before a verb goes back to the reporting subject.
            if regionOf[j] < 0 && j - lo >= config.minContentBeforeBreak
                && (isPunct(j, ";")
                    || (isPunct(j, ",") && j + 1 < st.hi
                        && ((ReportingCues.clauseOpeners.contains(lower[j + 1]) && lower[j + 1] != "and")
                            || (lower[j + 1] != "including" && lower[j + 1].hasSuffix("ing")
                                && lower[j + 1].count >= config.minParticipleLetters && !isCapitalised(j + 1))))
                    || ((lower[j] == "but" || lower[j] == "yet") && j + 1 < st.hi
                        && (ReportingCues.auxiliaries.contains(lower[j + 1]) || lower[j + 1].hasSuffix("ed"))))
            {
                return j
            }
            if regionOf[j] < 0 && (isPunct(j, ",") || isPunct(j, ";") || lower[j] == "and" || lower[j] == "but") {
                var n = j + 1
                while n < st.hi && (ReportingCues.auxiliaries.contains(lower[n]) || isAdverb(n)) { n += 1 }
                // ", though she acknowledged …": a subordinate clause with a reporting subject of its own.
                let sub = isPunct(j, ",") && n + 1 < st.hi && ReportingCues.subordinators.contains(lower[n])
                if sub { n += 1 }
                if !sub, n < st.hi, let kk = cueKind(n), kk != .attitude,
                    !(lower[j] == "and" || lower[j] == "but") || kk == .verb
                {
                    return j
                }
                // "… — and he noted that …", ", she added": a pronoun subject with a cue of its own.
                if j - lo >= config.minContentBeforeNamedReport, n + 1 < st.hi,
                    ReportingCues.subjectPronouns.contains(lower[n])
                {
                    var v = n + 1
                    while v < st.hi && (ReportingCues.auxiliaries.contains(lower[v]) || isAdverb(v)) { v += 1 }
                    if v < st.hi, cueKind(v) == .verb { return j }
                }
                // "… and Democrats accused the GOP of …": a named subject with a cue of its own.
                if j - lo >= config.minContentBeforeNamedReport, n < st.hi, names.byToken[n] >= 0 {
                    let m = names.mentions[Int(names.byToken[n])]
                    // "… and Democrats accused …": a group's one-word plural name subjects a clause too.
                    let pluralMisc = m.hi == m.lo + 1 && lower[m.lo].hasSuffix("s")
                    if m.lo == n, m.hi < st.hi, !m.isMisc || pluralMisc, cueKind(m.hi) == .verb,
                        !ReportingCues.nounLike.contains(lower[m.hi])
                    {
                        return j
                    }
                    // "…, and Tomas Berg is promising to …": a progressive cue of the named subject.
                    if m.lo == n, m.hi + 1 < st.hi, !m.isMisc,
                        ReportingCues.progressiveAuxiliaries.contains(lower[m.hi]), cueKind(m.hi + 1) == .participle
                    {
                        return j
                    }
                }
            }
            j += 1
        }
        return st.hi
    }

    /// The quotes of a bounded report: a direct quotation the cue introduces ("Smith said: “…”"),
    /// or the content clause. Returns the token to read on from.
    mutating func emitFrame(
        cue c: Int, sentence st: (lo: Int, hi: Int), source: FrameSource, content: FrameContent,
        done: inout [Bool], last: (attr: Attribution, paragraph: Int)?
    ) -> ([Quote], Attribution, Int)? {
        let attr = source.attr
        if let gap = content.gap {
            guard let qs = emitContent(content.lo, content.hi, attr: attr, done: &done, gap: gap) else { return nil }
            markUsed(attr)
            return (qs, attr, content.hi)
        }
        let lo = content.lo
        if !content.left, lo < st.hi, regionOf[lo] >= 0, !done[Int(regionOf[lo])],
            regionTokens[Int(regionOf[lo])].open == lo, isDirect(Int(regionOf[lo]))
        {
            let (q, a, next) = direct(Int(regionOf[lo]), given: attr, done: &done, last: last)
            markUsed(attr)
            return (q.map { [$0] } ?? [], a ?? attr, next)
        }
        guard content.hi - lo >= config.minContent,
            let qs = emitContent(lo, content.hi, attr: attr, done: &done)
        else { return nil }
        markUsed(attr)
        return (qs, attr, content.left ? max(c + 1, source.phrase?.hi ?? c + 1) : content.hi)
    }

    /// The quote for a reported content clause: one per attribution, as the clause (indirect
    /// speech, keeping any quoted words inside it), or as the quoted phrase (partial) when the
    /// quoted words make up most of the clause.
    mutating func emitContent(
        _ lo: Int, _ hi0: Int, attr: Attribution, done: inout [Bool], gap: (Int, Int)? = nil
    ) -> [Quote]? {
        var hi = hi0
        while hi > lo
            && (isTerminator(hi - 1) || isPunct(hi - 1, ",") || isPunct(hi - 1, ";") || isPunct(hi - 1, ":")
                || isPunct(hi - 1, "\u{2014}"))
        { hi -= 1 }
        var lo = lo
        while lo < hi && (isPunct(lo, ",") || isPunct(lo, ":") || isPunct(lo, "\u{2014}")) { lo += 1 }
        guard hi > lo else { return nil }
        var words = 0, quoted = 0
        var out: [Quote] = []
        var k = lo
        while k < hi {
            let r = Int(regionOf[k])
            if r >= 0 && !done[r] && regionTokens[r].open == k {
                let (w, span) = quotedText(regions[r].segments)
                if !w.isEmpty {
                    out.append(
                        quote(w, kind: .partial, attr: attr, span: span))
                }
                done[r] = true
            }
            if !lower[k].isEmpty || Tokenizer.isDigit(s[tokens[k].start]) {
                words += 1
                if r >= 0 { quoted += 1 }
            }
            k += 1
        }
        guard words >= 1 else { return nil }
        for x in lo..<hi { used[x] = true }
        if !out.isEmpty && quoted * 10 < words * 6 { out.removeAll() }
        // “a big problem” but “nobody talks about it”: several quoted phrases of one clause are
        // quoted as the clause.
        if out.count > 1 { out.removeAll() }
        if out.isEmpty {
            let span = Span(tokens[lo].start, tokens[hi - 1].end)
            var words = text[span]
            if let g = gap, g.0 > lo, g.1 < hi {
                words =
                    text[Span(tokens[lo].start, tokens[g.0 - 1].end)] + " "
                    + text[Span(tokens[g.1].start, tokens[hi - 1].end)]
            }
            out.append(
                quote(words, kind: .indirect, attr: attr, span: span))
        }
        return out
    }
}

import DossierModel

/// Types that the article's own wording settles, applied after the tagger and the one-type-per-name
/// vote: named events are MISC and runs joined by "and the" two names (`NamedEvents`), an acronym
/// defined in the text takes its expansion's type everywhere, and a capital acting as the subject
/// of a speech or decision verb stands for its government; a name glued to ".com" is a company.
enum NamesInContext {
    /// The rules, events first, then acronyms, so that a defined acronym is never read as a capital.
    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>],
        gazetteer: Gazetteer
    ) -> [NameMention] {
        guard !mentions.isEmpty else { return mentions }
        var scratch: [UInt32] = []
        func form(_ k: Int) -> WordForm { WordForm(text.scalars, tokens[k].start, tokens[k].end, scratch: &scratch) }
        let diseases = DiseaseNames.apply(mentions, text: text, tokens: tokens)
        let titled = QuotedTitles.apply(diseases, text: text, tokens: tokens, sentences: sentences)
        let events = NamedEvents.apply(titled, text: text, tokens: tokens) { NameShapes.headClass(form($0)) }
        let groups = GroupCues.apply(events, text: text, tokens: tokens, sentences: sentences)
        let abbreviated = AbbreviatedWords.apply(groups, text: text, tokens: tokens)
        let roads = NameEndings.numberedRoads(abbreviated, text: text, tokens: tokens)
        let ended = NameEndings.apply(roads, text: text, tokens: tokens)
        let defined = acronyms(ended, text: text, tokens: tokens, sentences: sentences) {
            NameShapes.headClass(form($0))
        }
        let companies = CompanyCues.apply(defined, text: text, tokens: tokens, sentences: sentences) { k in
            gazetteer.kinds([form(k)], 0..<1) != 0
        }
        let capital = UInt32(1) << UInt32(Gazetteer.Kind.capital.rawValue)
        let demonym = UInt32(1) << UInt32(Gazetteer.Kind.demonym.rawValue)
        let acting = metonymy(companies, text: text, tokens: tokens, sentences: sentences) { r in
            gazetteer.kinds(r.map { form($0) }, 0..<r.count) & capital != 0
        }
        let runs = DemonymRuns.apply(acting, text: text, tokens: tokens) { k in
            let kinds = gazetteer.kinds([form(k)], 0..<1)
            return kinds & demonym != 0 || (kinds == 0 && DemonymRuns.hasDemonymShape(text, tokens[k]))
        }
        let pairs = CoordinatedNames.apply(runs, text: text, tokens: tokens) { r in
            gazetteer.kinds(r.map { form($0) }, 0..<r.count)
        }
        let domains = DomainNames.apply(pairs, text: text, tokens: tokens)
        return NameEndings.compounds(domains, text: text, tokens: tokens)
    }

    /// Words between a capital and its verb: "Brussels has warned", "Moscow quickly denied".
    static let auxiliaries: Set<String> = [
        "has", "have", "had", "will", "would", "is", "was", "could", "may", "might", "should", "did", "does",
        "also", "again", "now", "then", "already", "swiftly", "quickly", "promptly", "publicly", "repeatedly",
        "formally", "officially", "reportedly", "later", "since", "last", "week", "on", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
    ]

    /// Modals of obligation that, before a verb, make the capital opening the clause an actor: "Oslo
    /// must stop". Future and ability modals are left out: CoNLL keeps "Washington will balance the
    /// budget" and "Hong Kong will go on raising" places (CoNLL testa).
    static let modals: Set<String> = ["must", "should", "cannot"]

    /// Verbs of saying and deciding whose subject is an actor, in the forms news uses after a
    /// name ("announced", "warns") and after an auxiliary ("has warned", "will announce").
    static let actorVerbs: Set<String> = {
        let stems = [
            "say", "announce", "warn", "urge", "demand", "reject", "accuse", "agree", "approve", "decide", "impose",
            "threaten", "insist", "deny", "condemn", "respond", "confirm", "declare", "order", "sanction", "vow",
            "pledge", "propose", "signal", "welcome", "criticise", "criticize", "retaliate", "blame", "claim", "ask",
            "refuse", "argue", "recall", "expel", "protest", "object", "dismiss", "oppose", "support", "suspend",
            "summon", "veto", "ratify", "endorse", "push", "press", "back", "call", "tell", "state", "unveil",
            "negotiate", "promise", "retort", "counter", "acknowledge", "admit", "allege", "maintain", "reply",
        ]
        var out: Set<String> = [
            "said", "says", "told", "tells", "denied", "denies", "vetoed", "vetoes", "hit",
            "hits", "wants", "wanted", "hopes", "hoped", "expects", "expected", "plans",
            "planned", "sent", "sends", "responded",
        ]
        // "say" is irregular and listed above; "deny" -> "denied", "denies".
        for s in stems { out.formUnion(VerbForms.regular(s)) }
        out.insert("signalled")
        return out
    }()

    /// Words before a place that make it a place whatever follows: "talks in Brussels announced".
    static let placePrepositions: Set<String> = [
        "in", "at", "from", "to", "near", "outside", "around", "across", "via", "for", "by", "on", "into", "of",
        "over", "between", "toward", "towards", "through", "within", "inside",
    ]

    /// "Brussels announced", "Washington has warned": a one-word location that the gazetteer lists
    /// as a capital, or a seat of government ("the White House", "the Kremlin",
    /// `ActingPlaceWords.seats`), stands for its government, an organisation, when it acts: as the
    /// subject opening a clause before an actor verb (after at most two auxiliaries or adverbs), as
    /// the owner of an actor's noun ("Washington's commitment", "the Kremlin's ambitions"), as the
    /// object of a verb of pressure ("threatened Moscow"), or, for a seat, as the source before
    /// "officials" or "data". A place word before it keeps it a place ("talks in Brussels
    /// announced", "visited the White House"). Countries are left alone: CoNLL's guidelines keep
    /// "Britain said" a place, and its weights were trained on them.
    static func metonymy(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>],
        isCapital: (Range<Int>) -> Bool
    ) -> [NameMention] {
        var sentenceEnd = [Int](repeating: 0, count: tokens.count)
        for r in sentences { for k in r { sentenceEnd[k] = r.upperBound } }
        func lower(_ k: Int) -> String { text[tokens[k]].lowercased() }
        var out = mentions
        for (k, m) in mentions.enumerated() where m.type == .location && m.tokens.upperBound < tokens.count {
            let first = m.tokens.lowerBound
            let isSeat =
                m.tokens.count <= 3 && ActingPlaceWords.seats.contains(m.tokens.map(lower).joined(separator: " "))
            guard isSeat || m.tokens.count <= 3 else { continue }
            // The word before, skipping "the" before a seat; a capital after "the" is a place.
            var b = first - 1
            if b >= 0 && lower(b) == "the" {
                guard isSeat else { continue }
                b -= 1
            }
            let before = b >= 0 ? lower(b) : ""
            let end = sentenceEnd[first]
            let next = m.tokens.upperBound
            // "according to White House data", "favoured by the Kremlin": a seat as a source or an
            // agent acts whatever preposition stands before it.
            let source =
                isSeat && next < end && isLowerWord(text, tokens[next])
                && ActingPlaceWords.sourceNouns.contains(lower(next))
            if !source && !(isSeat && before == "by")
                && (placePrepositions.contains(before) || ActingPlaceWords.placeVerbs.contains(before))
            {
                continue
            }
            var acts = source || (isSeat && before == "by") || ActingPlaceWords.pressureVerbs.contains(before)
            if !acts, next < end, isPossessive(text, tokens[next]) {
                // "Washington's commitment", "the White House's recent complaints".
                var j = next + 1
                while j < end && j - next <= 2 && !acts {
                    acts = isLowerWord(text, tokens[j]) && ActingPlaceWords.possessedNouns.contains(lower(j))
                    j += 1
                }
            }
            if !acts {
                var j = next
                while j < end && j - next < 2 && auxiliaries.contains(lower(j)) { j += 1 }
                acts = j < end && isLowerWord(text, tokens[j]) && actorVerbs.contains(lower(j))
            }
            if !acts, next + 1 < end, isLowerWord(text, tokens[next]), isLowerWord(text, tokens[next + 1]) {
                // "Oslo must stop", "Washington is rolling out": a capital opening a clause before a
                // modal and a verb, or a progressive, is doing something, whichever verb it is.
                let aux = lower(next), verb = lower(next + 1)
                acts =
                    (modals.contains(aux) && verb != "be" && verb != "have")
                    || ((aux == "is" || aux == "was") && verb.count > 5 && verb.hasSuffix("ing"))
            }
            guard acts, isSeat || isCapital(m.tokens) else { continue }
            out[k].type = .organization
        }
        return out
    }

    /// "'s" or "’s" standing as its own token, as the tokenizer splits clitics.
    static func isPossessive(_ text: ScalarText, _ t: Span) -> Bool {
        t.length == 2 && (text[t.start] == "'" || text[t.start] == "\u{2019}") && text[t.start + 1] == "s"
    }

    /// "the Baltic Policy Institute (BPI)": the capitalised words before a bracketed acronym whose
    /// initials spell it are its expansion. The pair gets one type, the expansion's (an
    /// organisation when it ends or starts with an organisation head word), and the acronym takes
    /// it wherever it stands alone in the article.
    static func acronyms(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>],
        headClass: (Int) -> UInt8
    ) -> [NameMention] {
        var defined: [(acronym: String, expansion: Range<Int>, type: EntityType)] = []
        for r in sentences where r.count >= 4 {
            for k in (r.lowerBound + 1)..<(r.upperBound - 2)
            where isScalar(text, tokens[k], "(")
                && isScalar(text, tokens[k + 2], ")")
            {
                let letters = acronymLetters(text, tokens[k + 1])
                guard letters.count >= 2,
                    let expansion = expansion(
                        of: letters, before: k, from: r.lowerBound,
                        text: text, tokens: tokens)
                else { continue }
                let heads = (headClass(expansion.upperBound - 1), headClass(expansion.lowerBound))
                let isOrganisation = (1...4).contains(heads.0) || (1...4).contains(heads.1)
                let tagged = mentions.first { $0.tokens == expansion }?.type
                guard let type = isOrganisation ? .organization : tagged else { continue }
                defined.append((text[tokens[k + 1]], expansion, type))
            }
        }
        guard !defined.isEmpty else { return mentions }
        var types: [String: EntityType] = [:]
        for d in defined where types[d.acronym] == nil { types[d.acronym] = d.type }
        // The expansions replace whatever the tagger made of their words.
        var out = mentions.filter { m in !defined.contains { $0.expansion.overlaps(m.tokens) } }
        for d in defined {
            let span = Span(tokens[d.expansion.lowerBound].start, tokens[d.expansion.upperBound - 1].end)
            out.append(NameMention(span: span, type: d.type, tokens: d.expansion))
        }
        var covered = [Bool](repeating: false, count: tokens.count)
        for k in out.indices {
            if out[k].tokens.count == 1, let type = types[text[tokens[out[k].tokens.lowerBound]]] { out[k].type = type }
            for t in out[k].tokens { covered[t] = true }
        }
        for t in tokens.indices where !covered[t] && ScalarCase.isUpper(text[tokens[t].start]) {
            guard let type = types[text[tokens[t]]] else { continue }
            out.append(NameMention(span: tokens[t], type: type, tokens: t..<t + 1))
        }
        return out.sorted { $0.span < $1.span }
    }

    /// The capital letters of an acronym token ("BPI", "OECD", "DoJ"), or [] if it is not one:
    /// 2 to 8 letters, the first upper case, more than half of them upper case.
    static func acronymLetters(_ text: ScalarText, _ t: Span) -> [Unicode.Scalar] {
        guard t.length >= 2, t.length <= 8, text[t.start].properties.isUppercase else { return [] }
        var upper: [Unicode.Scalar] = [], letters = 0
        for k in t.start..<t.end {
            let c = text[k]
            guard c.properties.isAlphabetic || c == "&" else { return [] }
            if c == "&" { continue }
            letters += 1
            if c.properties.isUppercase { upper.append(c) }
        }
        return upper.count * 2 > letters ? upper : []
    }

    /// The run of words just before token `end` whose capitalised words' initials spell `letters`,
    /// joining words ("of", "for", "and", "the") skipped; nil if none does.
    static func expansion(
        of letters: [Unicode.Scalar], before end: Int, from start: Int, text: ScalarText,
        tokens: [Span]
    ) -> Range<Int>? {
        var need = letters.count - 1
        var j = end - 1
        var first: Int? = nil
        while j >= start && need >= 0 {
            let t = tokens[j]
            let c = text[t.start]
            if c.properties.isUppercase {
                guard c == letters[need] else { return nil }
                need -= 1
                first = j
            } else if !NameShapes.connectors.contains(text[t].lowercased()) {
                return nil
            }
            j -= 1
        }
        guard need < 0, let first else { return nil }
        return first..<end
    }

    @inline(__always)
    private static func isScalar(_ text: ScalarText, _ t: Span, _ c: Unicode.Scalar) -> Bool {
        t.length == 1 && text[t.start] == c
    }

    private static func isLowerWord(_ text: ScalarText, _ t: Span) -> Bool {
        t.start < t.end && text[t.start].properties.isLowercase
    }
}

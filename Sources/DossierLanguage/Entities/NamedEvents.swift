import DossierModel

/// Names the tagger runs together or types by their first words, settled by their shape after
/// tagging: a named event ("the Tirana Summit", "the Munich Security Conference", "the Boston
/// Marathon") is MISC, as CoNLL's guidelines have events, where the tagger, which saw few
/// events in 1996 Reuters apart from cups and opens, reads a place or an organisation from the
/// first word; and "the Institute and the Ministry of Energy" is two names, not one run.
enum NamedEvents {
    /// Last words that make a name an event. Chosen from news usage, not fitted to a set; left
    /// out are heads that also end organisations' names ("Congress", "Forum", "Rally") and words
    /// news writes in lower case ("talks"). In CoNLL testa every name ending in one of these is
    /// MISC except "Organisation of Islamic Conference", which `organisationFirst` keeps.
    static let heads: Set<String> = [
        "summit", "conference", "games", "cup", "championship", "championships", "olympics", "olympiad",
        "festival", "expo", "convention", "marathon", "awards", "symposium", "fair", "ministerial", "tournament",
        "open", "prix", "dialogue",
    ]

    /// Last words that make a name a law, treaty or accord, MISC in CoNLL ("Clean Air Act",
    /// "Lusaka Agreement", "Comprehensive Test Ban Treaty", "Peking Protocol", "Brady Bill"), which
    /// the tagger often reads as an organisation ("North American Free Trade Agreement"). Not
    /// "Law", which ends surnames ("Stuart Law"). Typed like events but never joined to the name
    /// before them.
    static let lawHeads: Set<String> = [
        "act", "agreement", "treaty", "amendment", "accord", "accords", "protocol", "pact", "bill", "directive",
    ]

    /// Event heads that open an event's name before "of": "Summit of the Americas", "Festival of
    /// Britain", "Games of the Small States". Not "Conference" or "Council", which open bodies'
    /// names ("Conference of Presidents", "Council of Europe").
    static let openingHeads: Set<String> = ["summit", "festival", "games", "olympics", "championship"]

    static func opensWithEventOf(_ r: Range<Int>, text: ScalarText, tokens: [Span]) -> Bool {
        r.count >= 3 && openingHeads.contains(text[tokens[r.lowerBound]].lowercased())
            && text[tokens[r.lowerBound + 1]] == "of"
    }

    /// Splits runs at "and the" and types event names MISC. `headClass(k)` is token k's
    /// `NameShapes.headClass`.
    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], headClass: (Int) -> UInt8
    ) -> [NameMention] {
        var out: [NameMention] = []
        out.reserveCapacity(mentions.count)
        for (n, var m) in mentions.enumerated() {
            // "the Tirana Summit" read as the place "Tirana" and a capitalised word: the head
            // word right after a name, in no name of its own, ends it.
            let next = m.tokens.upperBound
            if m.type != .person, next < tokens.count,
                n + 1 == mentions.count || mentions[n + 1].tokens.lowerBound > next,
                isEvent(m.tokens.lowerBound..<next + 1, text: text, tokens: tokens)
            {
                m.tokens = m.tokens.lowerBound..<next + 1
                m.span = Span(m.span.start, tokens[next].end)
            }
            for var part in split(m, text: text, tokens: tokens, headClass: headClass) {
                if part.type != .person && part.type != .misc
                    && (isEvent(part.tokens, text: text, tokens: tokens)
                        || isEvent(part.tokens, text: text, tokens: tokens, heads: lawHeads)
                        || opensWithEventOf(part.tokens, text: text, tokens: tokens))
                    && !organisationFirst(part.tokens, headClass: headClass)
                {
                    part.type = .misc
                } else if part.type == .misc && isBody(part.tokens, text: text, tokens: tokens, headClass: headClass) {
                    part.type = .organization
                }
                out.append(part)
            }
        }
        return out
    }

    /// "the Self-Defense Forces", "the National Police" read as MISC: a name of two words or more
    /// ending in the head of a public body or an armed force or party (`NameShapes` classes 1 and 4)
    /// is an organisation. Not "Office", which also ends products ("Microsoft Office"). CoNLL
    /// testa has no MISC name ending in these heads (its MISC leagues and networks are class 2).
    static func isBody(_ r: Range<Int>, text: ScalarText, tokens: [Span], headClass: (Int) -> UInt8) -> Bool {
        guard r.count >= 2 else { return false }
        let last = r.upperBound - 1
        let cls = headClass(last)
        return (cls == 1 || cls == 4) && text[tokens[last].start].properties.isUppercase
            && text[tokens[last]].lowercased() != "office"
    }

    /// A name of two words or more whose last word is an event head.
    static func isEvent(
        _ r: Range<Int>, text: ScalarText, tokens: [Span], heads: Set<String> = NamedEvents.heads
    ) -> Bool {
        guard r.count >= 2 else { return false }
        let last = tokens[r.upperBound - 1]
        guard last.length >= 3, last.length <= 14, text[last.start].properties.isUppercase else { return false }
        return heads.contains(text[last].lowercased())
    }

    /// "Organisation of Islamic Conference", "Council of the Games": a name opening with an
    /// organisation's head word names the body, not the event.
    static func organisationFirst(_ r: Range<Int>, headClass: (Int) -> UInt8) -> Bool {
        (1...4).contains(headClass(r.lowerBound))
    }

    /// "the Adriatic Institute and the Ministry of Energy" as one run: two names. Names joined
    /// by "and" keep it ("Food and Drug Administration", "Organisation for Security and
    /// Cooperation in Europe"): only "and the" before a capitalised word splits, which CoNLL
    /// testa never has inside a name. The halves take an organisation's type when an
    /// organisation head ends the first or opens the second.
    static func split(
        _ m: NameMention, text: ScalarText, tokens: [Span], headClass: (Int) -> UInt8
    ) -> [NameMention] {
        guard m.tokens.count >= 4 else { return [m] }
        var k = m.tokens.lowerBound + 1
        while k + 2 < m.tokens.upperBound {
            if isWord(text, tokens[k], "and") && isWord(text, tokens[k + 1], "the")
                && text[tokens[k + 2].start].properties.isUppercase
            {
                var left = NameMention(
                    span: Span(tokens[m.tokens.lowerBound].start, tokens[k - 1].end), type: m.type,
                    tokens: m.tokens.lowerBound..<k)
                var right = NameMention(
                    span: Span(tokens[k + 2].start, m.span.end), type: m.type, tokens: (k + 2)..<m.tokens.upperBound)
                if (1...4).contains(headClass(k - 1)) { left.type = .organization }
                if (1...4).contains(headClass(k + 2)) { right.type = .organization }
                return [left] + split(right, text: text, tokens: tokens, headClass: headClass)
            }
            k += 1
        }
        return [m]
    }

    private static func isWord(_ text: ScalarText, _ t: Span, _ w: String) -> Bool {
        guard t.length == w.unicodeScalars.count else { return false }
        var k = t.start
        for c in w.unicodeScalars {
            guard WordForm.lowerValue(text[k]) == c.value else { return false }
            k += 1
        }
        return true
    }
}

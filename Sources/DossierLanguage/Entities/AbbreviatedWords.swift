import DossierModel

/// Abbreviations that the tagger cuts or reads as names: a US state's abbreviation after a place
/// and a comma keeps its period and is a place ("NAPA COUNTY, Calif. (KGO) --", "in Dedham,
/// Mass., on Monday"), and a unit's letter after a degree sign is no name ("1.43°C. Researchers").
///
/// The tokenizer keeps the period of "Calif." apart (the word is not one of its abbreviations,
/// since "Wash." and "Miss." also end sentences), so the tagger's name stops short of it; American
/// news writes states so in every dateline and after every town.
enum AbbreviatedWords {
    /// The Associated Press's state abbreviations written as a word and a period (those written as
    /// initials, "N.Y.", are one token with their period already). "Ind." and "La." are included:
    /// the place-and-comma context is required.
    static let states: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "vt", "va", "wash",
        "wis", "wyo",
    ]

    static func apply(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var out: [NameMention] = []
        out.reserveCapacity(mentions.count)
        for var m in mentions {
            let first = tokens[m.tokens.lowerBound], last = m.tokens.upperBound - 1
            // "°C": a letter glued to a degree sign is a unit, whatever follows it.
            if first.start > 0, text[first.start - 1] == "°" { continue }
            if m.tokens.count == 1, isState(text, tokens, last) {
                m.tokens = m.tokens.lowerBound..<(last + 2)
                m.span = Span(first.start, tokens[last + 1].end)
                m.type = .location
            }
            out.append(m)
        }
        return out
    }

    /// Token `k` is a state's abbreviation glued to the period after it, after a capitalised
    /// word and a comma ("Napa, Calif.").
    static func isState(_ text: ScalarText, _ tokens: [Span], _ k: Int) -> Bool {
        guard k >= 2, k + 1 < tokens.count else { return false }
        let word = tokens[k], period = tokens[k + 1], comma = tokens[k - 1]
        guard word.length >= 2, word.length <= 5, ScalarCase.isUpper(text[word.start]),
            period.length == 1, text[period.start] == ".", period.start == word.end,
            comma.length == 1, text[comma.start] == ",",
            ScalarCase.isUpper(text[tokens[k - 2].start]),
            // "Kansas City, Mo.-based": the period opens a compound, which CoNLL makes one MISC name.
            period.end >= text.count || text[period.end] != "-"
        else { return false }
        return states.contains(text[word].lowercased())
    }
}

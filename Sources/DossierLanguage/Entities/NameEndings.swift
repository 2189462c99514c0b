import DossierModel

/// Last words that settle a name's type whatever the tagger read in its other words: a street's
/// kind ("Dresden Drive", "Apple Valley Road") makes a place, a company's legal form ("Showa Denko
/// K.K.", "Warner Bros.", "WhiTim Napa LLC") an organisation.
///
/// Local news names streets and small firms the tagger has never seen; their first words look like
/// surnames or towns, so it reads "Miller Drive" as a company and "Warner Bros." as a person. The
/// last word is no guess: CoNLL types streets as places ("Grace Road") and a legal form only ends a
/// company's name. A name of one word is left alone ("Drive" opening a sentence is no street).
enum NameEndings {
    /// Kinds of street, lower case, a trailing period dropped ("Ave."). "Way" and "Place" are left
    /// out: they end organisations' and works' names too ("United Way", "Melrose Place"); "Lane" is
    /// a surname as often ("Diane Lane").
    static let streets: Set<String> = [
        "street", "st", "road", "rd", "avenue", "ave", "drive", "boulevard", "blvd", "highway",
        "parkway", "turnpike", "expressway", "freeway",
    ]

    /// Legal forms that end a company's name, as written (case matters: "AG" and "SA" are
    /// companies, "Ag" and "Sa" are not), a trailing period dropped.
    static let legalForms: Set<String> = [
        "Inc", "Corp", "Ltd", "LLC", "LLP", "PLC", "plc", "GmbH", "AG", "SA", "S.A", "NV", "N.V", "BV", "B.V",
        "K.K", "KK", "Bros", "SpA", "S.p.A", "Pty", "AB", "ASA", "Oyj",
    ]

    /// Endings that make a name glued before them an adjective, MISC in CoNLL ("New York-based",
    /// "Moscow-backed", "Surinamese-born" in testa), whatever type the tagger gave the whole word
    /// ("the Seattle-based carrier" read as a company).
    static let compoundEndings = ["-based", "-born", "-led", "-backed", "-listed", "-controlled", "-owned"]

    /// A name ending in a compound adjective's word is MISC. Run last, as the context rules read
    /// "the Seattle-based carrier" as "the X carrier", a company.
    static func compounds(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var out = mentions
        for i in out.indices
        where out[i].type != .misc && isCompoundAdjective(text, tokens[out[i].tokens.upperBound - 1]) {
            out[i].type = .misc
        }
        return out
    }

    /// Retypes names of two words or more by their last word (a lone period after it skipped).
    static func apply(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var out = mentions
        for i in out.indices {
            var last = out[i].tokens.upperBound - 1
            if last > out[i].tokens.lowerBound, isPeriod(text, tokens[last]) { last -= 1 }
            // Two words at least: the name's first word stays outside the test.
            guard last > out[i].tokens.lowerBound else { continue }
            let word = tokens[last]
            // Cheap test first: a last word of 2 to 10 scalars that starts with a letter.
            guard word.length >= 2, word.length <= 10, text[word.start].properties.isAlphabetic else { continue }
            var form = text[word]
            if form.hasSuffix(".") { form.removeLast() }
            if out[i].type != .location, ScalarCase.isUpper(text[word.start]), streets.contains(form.lowercased()) {
                out[i].type = .location
            } else if out[i].type != .organization, legalForms.contains(form) {
                out[i].type = .organization
            }
        }
        return out
    }

    /// Words that make a numbered road of the number after them: "Interstate 95", "Illinois Route 29".
    static let roadWords: Set<String> = ["Route", "Highway", "Interstate", "Hwy"]

    /// "Interstate 95", "Illinois Route 29", "State Route 9": a road word and a number are a place,
    /// with the place or "State" right before them (CoNLL testa: "Interstate 95" LOC, which the
    /// tagger read as "Interstate" ORG). Whatever the tagger made of these words is replaced.
    static func numberedRoads(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var roads: [Range<Int>] = []
        var k = 0
        while k + 1 < tokens.count {
            let word = tokens[k], number = tokens[k + 1]
            guard word.length >= 3, word.length <= 10, ScalarCase.isUpper(text[word.start]),
                Tokenizer.isDigit(text[number.start]), number.length <= 4, roadWords.contains(text[word])
            else {
                k += 1
                continue
            }
            var start = k
            if k > 0, tokens[k - 1].end < word.start {
                if text[tokens[k - 1]] == "State" {
                    start = k - 1
                } else if let m = mentions.first(where: { $0.tokens.upperBound == k && $0.type == .location }) {
                    start = m.tokens.lowerBound
                }
            }
            roads.append(start..<k + 2)
            k += 2
        }
        guard !roads.isEmpty else { return mentions }
        var out = mentions.filter { m in !roads.contains { $0.overlaps(m.tokens) } }
        for r in roads {
            out.append(
                NameMention(
                    span: Span(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end), type: .location, tokens: r))
        }
        return out.sorted { $0.span < $1.span }
    }

    /// "Seattle-based": a hyphen and one of `compoundEndings` end the token (cheap scalar tests first).
    static func isCompoundAdjective(_ text: ScalarText, _ t: Span) -> Bool {
        guard t.length >= 6, text[t.end - 1] == "d" || text[t.end - 1] == "n" else { return false }
        var k = t.end - 1
        while k > t.start && text[k] != "-" { k -= 1 }
        guard k > t.start, t.end - k <= 11 else { return false }
        let ending = String(String.UnicodeScalarView(text.scalars[k..<t.end]))
        return compoundEndings.contains(ending)
    }

    private static func isPeriod(_ text: ScalarText, _ t: Span) -> Bool { t.length == 1 && text[t.start] == "." }
}

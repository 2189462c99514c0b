import DossierModel

/// "Souq.com", "booking.com", "Amazon.com": a word glued to a web domain ending names the
/// company that runs the site, an organisation whatever its letters look like (the tagger reads
/// "Souq" as a surname and leaves the lower-case "souq.com" out). The tokenizer splits the name,
/// the period and the ending; the three tokens are one organisation, and every mention of the bare
/// name elsewhere in the article ("Souq said") is that company too.
enum DomainNames {
    /// Domain endings that mark a company's site in news copy; country endings ("co.uk", "de")
    /// are left out, as a period between two words there is too often a missing space.
    static let endings: Set<String> = ["com", "net", "org", "io"]

    static func apply(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var found: [Range<Int>] = []
        var names = Set<String>()
        var k = 0
        while k + 2 < tokens.count {
            let name = tokens[k], dot = tokens[k + 1], ending = tokens[k + 2]
            guard dot.length == 1, text[dot.start] == ".", name.end == dot.start, dot.end == ending.start,
                name.length >= 2, text[name.start].properties.isAlphabetic,
                text[ending.start].properties.isLowercase, endings.contains(text[ending]),
                // "news.example.com": a name glued to a period before it is part of a longer host.
                k == 0 || tokens[k - 1].end < name.start || text[tokens[k - 1].start] != "."
            else {
                k += 1
                continue
            }
            found.append(k..<k + 3)
            names.insert(text[name].lowercased())
            k += 3
        }
        guard !found.isEmpty else { return mentions }
        var out = mentions.filter { m in !found.contains { $0.overlaps(m.tokens) } }
        for k in out.indices
        where out[k].tokens.count == 1 && names.contains(text[tokens[out[k].tokens.lowerBound]].lowercased()) {
            out[k].type = .organization
        }
        for r in found {
            out.append(
                NameMention(
                    span: Span(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end), type: .organization,
                    tokens: r))
        }
        return out.sorted { $0.span < $1.span }
    }
}

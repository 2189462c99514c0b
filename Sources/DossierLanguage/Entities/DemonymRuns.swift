import DossierModel

/// Names made of a nationality, which CoNLL types MISC whole, where the tagger stops short or
/// reads a place: "Lithuanian Americans" tagged as two names, "Southeast Asian" with the direction
/// left out, "Northern European" read as an organisation.
enum DemonymRuns {
    /// Capitalised compass words that open a nationality: "Southeast Asian", "Central European".
    static let directions: Set<String> = [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    ]

    /// "European", "Asian", "Balinese", "Cornish": a capitalised word of 4 letters or more with a
    /// nationality's ending, for the continents and regions the gazetteer's countries leave out;
    /// the caller checks first that the gazetteer lists it as no place ("Sudan", "Pakistan").
    static func hasDemonymShape(_ text: ScalarText, _ t: Span) -> Bool {
        guard t.length >= 4, text[t.start].properties.isUppercase else { return false }
        let w = text[t].lowercased()
        return (w.hasSuffix("an") && !w.hasSuffix("stan")) || w.hasSuffix("ese") || w.hasSuffix("ish")
    }

    /// `isDemonym(k)`: token k alone is a nationality (the gazetteer's demonyms or their shape).
    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], isDemonym: (Int) -> Bool
    ) -> [NameMention] {
        guard !mentions.isEmpty else { return mentions }
        func isDirection(_ k: Int) -> Bool {
            tokens[k].length >= 4 && text[tokens[k].start].properties.isUppercase
                && directions.contains(text[tokens[k]].lowercased())
        }
        func join(_ a: NameMention, _ b: NameMention) -> NameMention {
            NameMention(
                span: Span(a.span.start, b.span.end), type: .misc, tokens: a.tokens.lowerBound..<b.tokens.upperBound)
        }
        var out: [NameMention] = []
        out.reserveCapacity(mentions.count)
        for var m in mentions {
            let first = m.tokens.lowerBound
            // "Northern European" read whole as an organisation or a place.
            if m.tokens.count == 2 && isDirection(first) && isDemonym(first + 1) { m.type = .misc }
            // "Southeast [Asian]": a compass word outside any name just before a nationality.
            if m.type == .misc && m.tokens.count == 1 && isDemonym(first) && first > 0 && isDirection(first - 1)
                && (out.last.map { $0.tokens.upperBound < first } ?? true)
            {
                m = NameMention(
                    span: Span(tokens[first - 1].start, m.span.end), type: .misc,
                    tokens: (first - 1)..<m.tokens.upperBound)
            }
            if let last = out.last, last.type == .misc, m.type == .misc, last.tokens.upperBound == first,
                isDemonym(last.tokens.upperBound - 1), m.tokens.count == 1, isDemonym(first)
            {
                // "Lithuanian Americans": two nationalities in a row are one name.
                out[out.count - 1] = join(last, m)
                continue
            }
            out.append(m)
        }
        // "Eastern and Northern European": a compass word alone, coordinated with a nationality.
        for k in out.indices
        where out[k].tokens.count == 1 && isDirection(out[k].tokens.lowerBound) && k + 1 < out.count {
            let next = out[k + 1], gap = next.tokens.lowerBound - out[k].tokens.upperBound
            guard gap == 1, next.type == .misc, isDirection(next.tokens.lowerBound),
                ["and", "or"].contains(text[tokens[out[k].tokens.upperBound]].lowercased())
            else { continue }
            out[k].type = .misc
        }
        return out
    }
}

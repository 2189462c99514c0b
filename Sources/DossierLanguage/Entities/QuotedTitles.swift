import DossierModel

/// The title of a work in quotation marks after the noun that says what it is: thriller
/// “Parasite”, the movies “The Irishman” and “Once Upon A Time in Hollywood”, a project named
/// "Postcolonial Remembrance in the City". The whole quoted title is one MISC name, CoNLL's type
/// for works, whatever the tagger made of its words (a film read as an organisation, "Hollywood"
/// inside a title as a place); the same title elsewhere in the article is MISC too.
enum QuotedTitles {
    /// Nouns naming a work or a named undertaking, singular and plural.
    static let workNouns: Set<String> = {
        let singular = [
            "film", "movie", "thriller", "drama", "comedy", "documentary", "series", "show", "sitcom", "book", "novel",
            "memoir", "song", "single", "album", "play", "musical", "opera", "programme", "program", "podcast",
            "project", "campaign", "exhibition", "painting", "poem", "game", "miniseries", "blockbuster", "biopic",
            "report", "study", "essay", "article", "column", "op-ed", "ballad", "anthem", "slogan", "initiative",
        ]
        var out = Set(singular)
        for w in singular { out.insert(w.hasSuffix("y") && w != "play" ? String(w.dropLast()) + "ies" : w + "s") }
        return out
    }()

    /// Verbs that introduce a title after its noun: "a project named ...".
    static let namingWords: Set<String> = ["named", "called", "titled", "entitled", "dubbed"]

    /// Lower-case words a title may hold between its capitalised ones.
    static let titleWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "with", "from", "by", "upon", "as",
    ]

    /// Longest title, in tokens.
    static let maxTokens = 10

    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>]
    )
        -> [NameMention]
    {
        func lower(_ k: Int) -> String { text[tokens[k]].lowercased() }
        func isOpening(_ k: Int) -> Bool {
            tokens[k].length == 1 && (text[tokens[k].start] == "\u{201C}" || text[tokens[k].start] == "\"")
        }
        func isClosing(_ k: Int) -> Bool {
            tokens[k].length == 1 && (text[tokens[k].start] == "\u{201D}" || text[tokens[k].start] == "\"")
        }
        var titles: [Range<Int>] = []
        for s in sentences where s.count >= 4 {
            for q in (s.lowerBound + 1)..<(s.upperBound - 2) where isOpening(q) {
                // The noun just before the quote, or before "named" and up to two words more.
                var cued = workNouns.contains(lower(q - 1))
                if !cued && namingWords.contains(lower(q - 1)) {
                    var b = q - 2
                    while b >= s.lowerBound && q - 2 - b <= 2 && !cued {
                        cued = workNouns.contains(lower(b))
                        b -= 1
                    }
                }
                // “The Irishman” and “Once Upon A Time in Hollywood”: a title right after another.
                if !cued, q >= 2, ["and", ",", "or"].contains(text[tokens[q - 1]]), isClosing(q - 2),
                    let last = titles.last, last.upperBound >= q - 4
                {
                    cued = true
                }
                guard cued else { continue }
                var e = q + 1
                while e < s.upperBound && e - q <= maxTokens && !isClosing(e) { e += 1 }
                guard e < s.upperBound, isClosing(e) else { continue }
                var last = e
                // “Parasite,” keeps its comma inside the quotes, outside the name.
                while last > q + 1 && [",", ".", "!", "?"].contains(text[tokens[last - 1]]) { last -= 1 }
                guard last > q + 1, text[tokens[q + 1].start].properties.isUppercase else { continue }
                let words = (q + 1)..<last
                let isTitle = words.allSatisfy { k in
                    text[tokens[k].start].properties.isUppercase || Tokenizer.isDigit(text[tokens[k].start])
                        || titleWords.contains(lower(k))
                }
                guard isTitle else { continue }
                titles.append(words)
            }
        }
        guard !titles.isEmpty else { return mentions }
        func key(_ r: Range<Int>) -> String { r.map { text[tokens[$0]] }.joined(separator: " ") }
        let keys = Set(titles.map(key))
        var out = mentions.filter { m in !titles.contains { $0.overlaps(m.tokens) } }
        for r in titles {
            out.append(
                NameMention(
                    span: Span(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end), type: .misc, tokens: r))
        }
        for k in out.indices where keys.contains(key(out[k].tokens)) { out[k].type = .misc }
        return out.sorted { $0.span < $1.span }
    }
}

/// A cheap language guess from stopword counts, for the `language` field when the input names none.
///
/// It separates the languages news scrapes most often mix; anything else stays nil rather
/// than being mislabelled.
enum LanguageGuess {
    static let stopwords: [String: Set<String>] = [
        "en": ["the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "said", "on", "he", "it"],
        "de": ["der", "die", "und", "das", "nicht", "ist", "mit", "sich", "auf", "dem", "ein", "eine", "sagte"],
        "es": ["el", "la", "los", "las", "que", "y", "en", "del", "por", "con", "una", "para", "dijo"],
        "fr": ["le", "la", "les", "et", "des", "est", "une", "que", "dans", "pour", "pas", "qui", "du"],
        "sv": ["och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "inte"],
    ]

    static func guess(_ text: String) -> String? {
        var counts: [String: Int] = [:]
        var seen = 0
        var word = String.UnicodeScalarView()
        func flush() {
            guard !word.isEmpty else { return }
            seen += 1
            let w = String(word)
            for (lang, set) in stopwords where set.contains(w) { counts[lang, default: 0] += 1 }
            word = String.UnicodeScalarView()
        }
        // Scalars, not Characters: this runs on every article.
        for c in text.unicodeScalars.prefix(4000) {
            // ASCII letters lowercase by arithmetic: `lowercaseMapping` builds a String per scalar.
            if c.value < 128 {
                let v = c.value | 0x20
                if v >= 97 && v <= 122, let lower = Unicode.Scalar(v) { word.append(lower) } else { flush() }
            } else if c.properties.isAlphabetic {
                word.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            } else {
                flush()
            }
        }
        flush()
        // Ties go to the first code alphabetically: Dictionary order differs from run to run.
        guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), seen >= 5, best.value * 10 >= seen
        else { return nil }
        return best.key
    }
}

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

    /// The language codes in alphabetical order: ties go to the first.
    static let languages: [String] = stopwords.keys.sorted()
    /// Each stopword with the indices (into `languages`) of the lists holding it: one look-up a word.
    static let languagesOfWord: [String: [Int]] = {
        var out: [String: [Int]] = [:]
        for (k, lang) in languages.enumerated() {
            for w in stopwords[lang] ?? [] { out[w, default: []].append(k) }
        }
        return out
    }()
    /// Words of more scalars than this are never looked up: no stopword, nor any canonically
    /// equivalent spelling of one (a decomposed "för" is four scalars), is that long.
    static let longestLookedUp = 8

    static func guess(_ text: String) -> String? {
        var counts = [Int](repeating: 0, count: languages.count)
        var seen = 0
        var word = String.UnicodeScalarView()
        var length = 0
        func flush() {
            guard length > 0 else { return }
            seen += 1
            if length <= longestLookedUp, let langs = languagesOfWord[String(word)] {
                for k in langs { counts[k] += 1 }
            }
            word = String.UnicodeScalarView()
            length = 0
        }
        // Scalars, not Characters: this runs on every article. Only the first scalars of a long word
        // are kept, since it is counted but never looked up.
        for c in text.unicodeScalars.prefix(4000) {
            // ASCII letters lowercase by arithmetic: `lowercaseMapping` builds a String per scalar.
            if c.value < 128 {
                let v = c.value | 0x20
                if v >= 97 && v <= 122, let lower = Unicode.Scalar(v) {
                    if length <= longestLookedUp { word.append(lower) }
                    length += 1
                } else {
                    flush()
                }
            } else if c.properties.isAlphabetic {
                let lower = c.properties.lowercaseMapping.unicodeScalars
                if length <= longestLookedUp { word.append(contentsOf: lower) }
                length += lower.count
            } else {
                flush()
            }
        }
        flush()
        var best = -1
        for k in counts.indices where counts[k] > 0 && (best < 0 || counts[k] > counts[best]) { best = k }
        guard best >= 0, seen >= 5, counts[best] * 10 >= seen else { return nil }
        return languages[best]
    }
}

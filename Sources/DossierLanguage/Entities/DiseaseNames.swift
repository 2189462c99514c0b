import DossierModel

/// "COVID-19", "Covid", "Ebola": the names of diseases and viruses in the news of recent years
/// are MISC, as CoNLL types the diseases its Reuters named ("AIDS", "BSE"). The tagger has never
/// seen them (its unlabelled text ends in 2017) and reads "Covid" as a place or leaves
/// "Covid-19" out; the words are few and unambiguous, so a list settles them.
enum DiseaseNames {
    /// As written (case matters: "covid" in lower case is left alone, as the text does not treat
    /// it as a name).
    static let names: Set<String> = [
        "COVID-19", "Covid-19", "COVID", "Covid", "SARS-CoV-2", "Ebola", "Zika", "MERS", "MERS-CoV",
    ]

    static func apply(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var found: [Int] = []
        for k in tokens.indices {
            let t = tokens[k]
            // Cheap test first: 4 to 10 scalars, upper-case first letter.
            guard t.length >= 4, t.length <= 10, ScalarCase.isUpper(text[t.start]) else { continue }
            if names.contains(text[t]) { found.append(k) }
        }
        guard !found.isEmpty else { return mentions }
        // A longer name that holds the word stands ("the Covid Recovery Fund"); the word alone is MISC.
        var out = mentions
        var covered = Set<Int>()
        for i in out.indices {
            for k in out[i].tokens where found.contains(k) {
                covered.insert(k)
                if out[i].tokens.count == 1 { out[i].type = .misc }
            }
        }
        let added = found.filter { !covered.contains($0) }
        guard !added.isEmpty else { return out }
        for k in added { out.append(NameMention(span: tokens[k], type: .misc, tokens: k..<k + 1)) }
        return out.sorted { $0.span < $1.span }
    }
}

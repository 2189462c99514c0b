import DossierModel

/// Reads how likely a source thinks the story's central development is, from cue words in
/// attributed statements: "all but certain" and "we fully expect" lean likely; "highly
/// improbable", "little chance" and "posturing" lean unlikely; "may", "might" and "unclear" lean
/// uncertain. A negation just before a cue ("not expected") turns a likely cue unlikely.
/// Deliberately shallow: it sees words, not scope, sarcasm or who is being assessed.
enum AssessmentReader {
    typealias Lean = StoryAssessment.Lean

    static let cues: [(phrase: [String], lean: Lean)] = {
        let table: [(String, Lean)] = [
            ("all but certain", .likely), ("almost certain", .likely), ("virtually certain", .likely), ("certain to", .likely),
            ("bound to", .likely), ("fully expect", .likely), ("expect", .likely), ("expects", .likely), ("expected to", .likely),
            ("likely", .likely), ("highly likely", .likely), ("very likely", .likely), ("most likely", .likely),
            ("probably", .likely), ("poised to", .likely), ("on track to", .likely), ("confident", .likely),
            ("inevitable", .likely), ("no doubt", .likely), ("sure to", .likely), ("will certainly", .likely),
            ("highly improbable", .unlikely), ("improbable", .unlikely), ("unlikely", .unlikely), ("highly unlikely", .unlikely),
            ("little chance", .unlikely), ("slim chance", .unlikely), ("no chance", .unlikely), ("small chance", .unlikely),
            ("posturing", .unlikely), ("bluff", .unlikely), ("bluffing", .unlikely), ("doubtful", .unlikely),
            ("doubt", .unlikely), ("doubts", .unlikely), ("far-fetched", .unlikely), ("long shot", .unlikely),
            ("remote possibility", .unlikely), ("no way", .unlikely),
            ("may", .uncertain), ("might", .uncertain), ("could", .uncertain), ("possibly", .uncertain),
            ("possible", .uncertain), ("perhaps", .uncertain), ("unclear", .uncertain), ("uncertain", .uncertain),
            ("remains to be seen", .uncertain), ("too early to say", .uncertain), ("not clear", .uncertain),
            ("open question", .uncertain),
        ]
        // Longest phrases first, so that "highly improbable" is read before "improbable".
        return table.map { (Array($0.0.split(separator: " ").map(String.init)), $0.1) }.sorted { $0.phrase.count > $1.phrase.count }
    }()

    static let cuesByFirstWord: [String: [(phrase: [String], lean: Lean)]] = Dictionary(grouping: cues, by: { $0.phrase[0] })

    /// Hashes of each cue's first word as `WordScanner` reads it, and of the reporting cues.
    static let cueHashes: Set<UInt64> = Set(cues.compactMap { cue in
        var first: UInt64?
        WordScanner.scan(cue.phrase.joined(separator: " ")) { w in if first == nil { first = w.surface } }
        return first
    })
    static let reportingHashes: Set<UInt64> = Set(reportingCues.map { WordScanner.hash($0) })

    static let negations: Set<String> = ["not", "never", "no", "don't", "doesn't", "didn't", "isn't", "aren't", "won't", "wouldn't", "hardly", "nor"]
    static let reportingCues: Set<String> = [
        "said", "says", "say", "told", "according", "expects", "expect", "believes", "believe", "predicted", "predicts",
        "warned", "warns", "insisted", "insists", "thinks", "think", "estimated", "dismissed", "argued", "argues",
        "added", "stated", "claimed", "claims", "acknowledged", "conceded", "suggested", "noted",
    ]

    /// The lean of one statement and the cue words that set it, or nil when it has none.
    static func lean(of sentence: String) -> (Lean, [String])? {
        lean(ofWords: words(sentence))
    }

    static func lean(ofWords raw: [String]) -> (Lean, [String])? {
        let lower = raw.map { $0.lowercased() }
        var found: [(Lean, String)] = []
        var i = 0
        outer: while i < lower.count {
            for cue in cuesByFirstWord[lower[i]] ?? [] where i + cue.phrase.count <= lower.count && lower[i..<(i + cue.phrase.count)].elementsEqual(cue.phrase) {
                // "May" mid-sentence is the month.
                if cue.phrase == ["may"] && (raw[i] == "May" && i > 0 || (i + 1 < raw.count && raw[i + 1].first?.isNumber == true)) { break }
                // "could not", "may not": a limit or a prohibition more often than a doubt.
                if cue.lean == .uncertain && cue.phrase.count == 1 && i + 1 < lower.count && lower[i + 1] == "not" { break }
                var lean = cue.lean
                var text = raw[i..<(i + cue.phrase.count)].joined(separator: " ")
                if let neg = (max(0, i - 3)..<i).last(where: { negations.contains(lower[$0]) }), cue.lean != .uncertain {
                    lean = cue.lean == .likely ? .unlikely : .uncertain
                    text = raw[neg..<(i + cue.phrase.count)].joined(separator: " ")
                }
                found.append((lean, text))
                i += cue.phrase.count
                continue outer
            }
            i += 1
        }
        guard !found.isEmpty else { return nil }
        let leans = Set(found.map(\.0))
        let lean: Lean
        if leans.contains(.likely) && leans.contains(.unlikely) { lean = .uncertain } else if leans.contains(.likely) { lean = .likely } else if leans.contains(.unlikely) { lean = .unlikely } else { lean = .uncertain }
        return (lean, found.map(\.1))
    }

    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" || $0 == "-") })
            .map { $0.contains("\u{2019}") ? $0.replacingOccurrences(of: "\u{2019}", with: "'") : String($0) }
    }

    /// Attributed statements (quoted, or carrying a reporting verb) that touch the story's
    /// central terms, each with its lean. One per sentence and independent source.
    static func assessments(_ sources: StorySources, central: Set<UInt64>) -> [StoryAssessment] {
        var out: [StoryAssessment] = []
        var seen = Set<String>()
        for item in sources.items {
            var speakers: [Span: String?] = [:]
            for q in item.article.annotations.quotes {
                speakers[StorySources.sentence(containing: q.span, in: item)] = q.speaker
            }
            let sentences = item.article.annotations.sentences.isEmpty
                ? [Span(0, item.text.count)] : item.article.annotations.sentences
            for span in sentences {
                let text = item.text[span]
                let quoted = speakers[span] != nil
                // A hashed scan first: most sentences hold no cue and need no closer reading.
                var hasCue = false, hasReporting = false
                WordScanner.scan(text) { w in
                    if cueHashes.contains(w.surface) { hasCue = true }
                    if reportingHashes.contains(w.surface) { hasReporting = true }
                }
                guard hasCue, quoted || hasReporting else { continue }
                let ws = words(text)
                guard let (lean, cues) = lean(ofWords: ws) else { continue }
                guard !central.isEmpty, !contentStems(text).isDisjoint(with: central) else { continue }
                guard seen.insert(item.root + "|" + text).inserted else { continue }
                out.append(StoryAssessment(text: text, speaker: speakers[span] ?? nil, lean: lean, cues: cues,
                                           source: Citation(article: item.article.id, span: span)))
            }
        }
        return out
    }

    /// What the story is about: its headline's content words, plus the words at least half of its
    /// independent articles use (or, for a lone article, the words it repeats).
    static func centralTerms(_ sources: StorySources, title: String) -> Set<UInt64> {
        var central = contentStems(title)
        var df: [UInt64: Int] = [:]
        var roots = Set<String>()
        for item in sources.items where roots.insert(item.root).inserted {
            for t in contentStems((item.article.title ?? "") + "\n" + item.article.text) { df[t, default: 0] += 1 }
        }
        if roots.count >= 2 {
            for (t, n) in df where 2 * n >= roots.count { central.insert(t) }
        } else if let item = sources.items.first {
            var tf: [UInt64: Int] = [:]
            WordScanner.scan(item.article.text) { w in if !w.isStopword && !w.isNumber { tf[w.stem, default: 0] += 1 } }
            for (t, n) in tf where n >= 3 { central.insert(t) }
        }
        return central
    }
}

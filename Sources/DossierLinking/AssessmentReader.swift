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
            ("all but certain", .likely), ("almost certain", .likely), ("virtually certain", .likely),
            ("certain to", .likely),
            ("bound to", .likely), ("fully expect", .likely), ("expect", .likely), ("expects", .likely),
            ("expected to", .likely),
            ("likely", .likely), ("highly likely", .likely), ("very likely", .likely), ("most likely", .likely),
            ("probably", .likely), ("poised to", .likely), ("on track to", .likely), ("confident", .likely),
            ("inevitable", .likely), ("no doubt", .likely), ("sure to", .likely), ("will certainly", .likely),
            ("highly improbable", .unlikely), ("improbable", .unlikely), ("unlikely", .unlikely),
            ("highly unlikely", .unlikely),
            ("little chance", .unlikely), ("slim chance", .unlikely), ("no chance", .unlikely),
            ("small chance", .unlikely),
            ("posturing", .unlikely), ("bluff", .unlikely), ("bluffing", .unlikely), ("doubtful", .unlikely),
            ("doubt", .unlikely), ("doubts", .unlikely), ("far-fetched", .unlikely), ("long shot", .unlikely),
            ("remote possibility", .unlikely), ("no way", .unlikely),
            ("may", .uncertain), ("might", .uncertain), ("could", .uncertain), ("possibly", .uncertain),
            ("possible", .uncertain), ("perhaps", .uncertain), ("unclear", .uncertain), ("uncertain", .uncertain),
            ("remains to be seen", .uncertain), ("too early to say", .uncertain), ("not clear", .uncertain),
            ("open question", .uncertain),
        ]
        // Longest phrases first, so that "highly improbable" is read before "improbable".
        return table.map { (Array($0.0.split(separator: " ").map(String.init)), $0.1) }.sorted {
            $0.phrase.count > $1.phrase.count
        }
    }()

    static let cuesByFirstWord: [String: [(phrase: [String], lean: Lean)]] = Dictionary(
        grouping: cues, by: { $0.phrase[0] })

    /// Hashes of each cue's first word as `WordScanner` reads it, and of the reporting cues.
    static let cueHashes: Set<UInt64> = Set(
        cues.compactMap { cue in
            var first: UInt64?
            WordScanner.scan(cue.phrase.joined(separator: " ")) { w in if first == nil { first = w.surface } }
            return first
        })
    static let reportingHashes: Set<UInt64> = Set(reportingCues.map { WordScanner.hash($0) })

    static let negations: Set<String> = [
        "not", "never", "no", "don't", "doesn't", "didn't", "isn't", "aren't", "won't", "wouldn't", "hardly", "nor",
    ]
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
            for cue in cuesByFirstWord[lower[i]] ?? []
            where i + cue.phrase.count <= lower.count && lower[i..<(i + cue.phrase.count)].elementsEqual(cue.phrase) {
                // "May" mid-sentence is the month.
                if cue.phrase == ["may"]
                    && (raw[i] == "May" && i > 0 || (i + 1 < raw.count && raw[i + 1].first?.isNumber == true))
                {
                    break
                }
                // "could not", "may not": a limit or a prohibition more often than a doubt.
                if cue.lean == .uncertain && cue.phrase.count == 1 && i + 1 < lower.count && lower[i + 1] == "not" {
                    break
                }
                var lean = cue.lean
                var text = raw[i..<(i + cue.phrase.count)].joined(separator: " ")
                if let neg = (max(0, i - 3)..<i).last(where: { negations.contains(lower[$0]) }), cue.lean != .uncertain
                {
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
        if leans.contains(.likely) && leans.contains(.unlikely) {
            lean = .uncertain
        } else if leans.contains(.likely) {
            lean = .likely
        } else if leans.contains(.unlikely) {
            lean = .unlikely
        } else {
            lean = .uncertain
        }
        return (lean, found.map(\.1))
    }

    static func words(_ s: String) -> [String] {
        s.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "\u{2019}" || $0 == "-") })
            .map {
                // Tested on scalars: Foundation's search is slow, and it only replaces what it finds.
                $0.unicodeScalars.contains("\u{2019}") ? $0.replacingOccurrences(of: "\u{2019}", with: "'") : String($0)
            }
    }

    /// A statement with a lean, its named speaker and what they are.
    struct Statement {
        var person: String
        var role: String?
        var evidence: StoryAssessment.Evidence
        var root: String
        var words: Set<UInt64>
    }

    /// The story's central question and, for every named person who speaks to it, one row with
    /// their lean and all their statements. A statement counts when it is attributed to a named
    /// person (a quote's speaker, or a person named in a sentence with a reporting verb), holds a
    /// cue, and is about the question: cue words in a sentence about something else are not a lean.
    static func assessments(_ sources: StorySources, title: String) -> (question: String?, rows: [StoryAssessment]) {
        let statements = attributedStatements(sources)
        let question = centralQuestion(sources, title: title, statements: statements)
        let about: Set<UInt64>
        if let question { about = contentStems(question) } else { about = centralTerms(sources, title: title) }
        let need = about.count <= 3 ? 1 : 2
        var rows: [StoryAssessment] = []
        var rowOf: [String: Int] = [:]
        var seen = Set<String>()
        for st in statements where st.words.intersection(about).count >= need {
            guard seen.insert(st.root + "|" + st.evidence.text).inserted else { continue }
            let key = personKey(st.person, known: Array(rowOf.keys))
            if let k = rowOf[key] {
                rows[k].evidence.append(st.evidence)
                if rows[k].role == nil { rows[k].role = st.role }
                if st.person.count > rows[k].person.count { rows[k].person = st.person }
            } else {
                rowOf[key] = rows.count
                rows.append(
                    StoryAssessment(
                        person: st.person, role: st.role, lean: st.evidence.lean,
                        evidence: [st.evidence]))
            }
        }
        for k in rows.indices { rows[k].lean = overall(rows[k].evidence.map(\.lean)) }
        return (question, rows)
    }

    /// A person's lean over their statements: the majority of likely against unlikely, and
    /// uncertain when they balance or only uncertain statements are given.
    static func overall(_ leans: [Lean]) -> Lean {
        let l = leans.filter { $0 == .likely }.count, u = leans.filter { $0 == .unlikely }.count
        return l > u ? .likely : u > l ? .unlikely : .uncertain
    }

    /// One row per person: "Daal" is the "Ines Daal" already seen (and the other way round).
    static func personKey(_ name: String, known: [String]) -> String {
        let key = name.lowercased()
        let surname = key.split(separator: " ").last.map(String.init) ?? key
        for k in known where k == key || k.split(separator: " ").last.map(String.init) == surname { return k }
        return key
    }

    /// Every attributed sentence with a cue and a named speaker, in arrival order.
    static func attributedStatements(_ sources: StorySources) -> [Statement] {
        var out: [Statement] = []
        for item in sources.items() {
            // Keyed by where the sentence starts: the lookup trims a sentence's end (an opening
            // quote mark of the next one), so spans need not match.
            var speakers: [Int: (String, String?)] = [:]
            for q in item.article.annotations.quotes {
                guard let who = q.namedSpeaker, !who.isEmpty else { continue }
                let start = StorySources.sentence(containing: q.span, in: item).start
                if speakers[start] == nil || speakers[start]?.1 == nil { speakers[start] = (who, q.speakerDescription) }
            }
            let sentences =
                item.article.annotations.sentences.isEmpty
                ? [Span(0, item.text.count)] : item.article.annotations.sentences
            for span in sentences {
                let text = item.text[span]
                // A hashed scan first: most sentences hold no cue and need no closer reading.
                var hasCue = false, hasReporting = false
                WordScanner.scan(text) { w in
                    if cueHashes.contains(w.surface) { hasCue = true }
                    if reportingHashes.contains(w.surface) { hasReporting = true }
                }
                guard hasCue else { continue }
                var speaker = speakers[span.start]
                if speaker == nil && hasReporting { speaker = namedPerson(in: span, item.article) }
                guard let (person, role) = speaker, let (lean, cues) = lean(ofWords: words(text)) else { continue }
                out.append(
                    Statement(
                        person: person, role: role,
                        evidence: .init(
                            text: text, article: item.article.id, span: span, cues: cues,
                            lean: lean),
                        root: item.root, words: contentStems(text)))
            }
        }
        return out
    }

    /// The person a sentence names, with their description: the first person mentioned in it.
    static func namedPerson(in span: Span, _ a: Article) -> (String, String?)? {
        var best: (start: Int, entity: Entity)?
        for e in a.annotations.entities where e.type == .person {
            for m in e.mentions where m.start >= span.start && m.end <= span.end && m.start < (best?.start ?? Int.max) {
                best = (m.start, e)
            }
        }
        return best.map { ($0.entity.name, $0.entity.description) }
    }

    /// Distinct statement word sets whose pairwise overlaps `centralQuestion` keeps (a square
    /// table of doubles: 2,048 is 32 MB); beyond it each pair is compared as it comes.
    static let maxDistinctStatements = 2048

    /// A headline that asks a question (the one whose words the story uses most), else the
    /// hedged statement whose words most other independent hedged statements share.

    static func centralQuestion(_ sources: StorySources, title: String, statements: [Statement]) -> String? {
        if title.hasSuffix("?") { return title }
        let asking = sources.articles.compactMap(\.title)
            .filter { $0.trimmingCharacters(in: .whitespaces).hasSuffix("?") }
        if let q = asking.max(by: { contentStems($0).count < contentStems($1).count }) { return q }
        // Copies repeat their statements, so a story of many copies has few distinct word sets:
        // each pair of sets is compared once (up to `maxDistinctStatements` of them) and the sums
        // add the same values in the same order as comparing statement by statement.
        var setNumber: [Set<UInt64>: Int] = [:]
        let number = statements.map { st in
            if let k = setNumber[st.words] { return k }
            setNumber[st.words] = setNumber.count
            return setNumber.count - 1
        }
        let distinct = setNumber.count
        var rootNumber: [String: Int] = [:]
        let roots = statements.map { st in
            if let r = rootNumber[st.root] { return r }
            rootNumber[st.root] = rootNumber.count
            return rootNumber.count - 1
        }
        var known = [Double](repeating: -1, count: distinct <= maxDistinctStatements ? distinct * distinct : 0)
        // A statement sharing no word with another adds 0 to its sum, which leaves the sum as it
        // was: only those sharing a word are visited (found through an index of their words), in
        // the same order, so the sums are those of comparing every pair, at a cost that follows
        // the shared words rather than the square of the story's statements.
        var byWord: [UInt64: [Int]] = [:]
        for (j, st) in statements.enumerated() { for w in st.words { byWord[w, default: []].append(j) } }
        var visited = [Int](repeating: -1, count: statements.count)
        // Statements with the same word set from the same root add the same values in the same
        // order (copies repeat their statements): each such score is summed once.
        var scoreOf: [Int: Double] = [:]
        var best: (text: String, score: Double)?
        for i in statements.indices {
            let key = number[i] * rootNumber.count + roots[i]
            let score: Double
            if let s = scoreOf[key] {
                score = s
            } else {
                var sum = 0.0
                var sharing: [Int] = []
                for w in statements[i].words {
                    for j in byWord[w] ?? [] where visited[j] != i {
                        visited[j] = i
                        sharing.append(j)
                    }
                }
                sharing.sort()
                for j in sharing where roots[j] != roots[i] {
                    let slot = number[i] * distinct + number[j]
                    if slot < known.count {
                        if known[slot] < 0 { known[slot] = jaccard(statements[i].words, statements[j].words) }
                        sum += known[slot]
                    } else {
                        sum += jaccard(statements[i].words, statements[j].words)
                    }
                }
                scoreOf[key] = sum
                score = sum
            }
            if score > 0, score > (best?.score ?? 0) { best = (statements[i].evidence.text, score) }
        }
        return best?.text
    }

    /// What the story is about: its headline's content words, plus the words at least half of its
    /// independent articles use (or, for a lone article, the words it repeats).
    static func centralTerms(_ sources: StorySources, title: String) -> Set<UInt64> {
        var central = contentStems(title)
        var df: [UInt64: Int] = [:]
        var roots = Set<String>()
        for item in sources.entries where roots.insert(item.root).inserted {
            for t in contentStems((item.article.title ?? "") + "\n" + item.article.text) { df[t, default: 0] += 1 }
        }
        if roots.count >= 2 {
            for (t, n) in df where 2 * n >= roots.count { central.insert(t) }
        } else if let item = sources.entries.first {
            var tf: [UInt64: Int] = [:]
            WordScanner.scan(item.article.text) { w in if !w.isStopword && !w.isNumber { tf[w.stem, default: 0] += 1 } }
            for (t, n) in tf where n >= 3 { central.insert(t) }
        }
        return central
    }
}

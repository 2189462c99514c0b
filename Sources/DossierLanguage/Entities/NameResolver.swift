import DossierModel

/// Groups the names found in one article into entities: "Mara Lindqvist", "Lindqvist" and
/// "LINDQVIST" become one person named by the fullest form, with the role the text gives her.
///
/// Matching is by words, never across types: a shorter person mention joins a longer name
/// whose words contain it in order and share its surname (or its first name, for one-word
/// mentions); an organisation joins by acronym ("BPI"); everything else by equal words.
/// Where several entities fit, the nearest earlier mention wins, so two Lindqvists in one
/// story each keep the surname mentions that follow them.
struct NameResolver {
    let text: ScalarText
    let tokens: [Span]
    let sentences: [Span]

    private struct Cluster {
        var type: EntityType
        var members: [Int]
        /// Where the members start in the text, ascending.
        var positions: [Int]
        /// Lowercased words of the longest member.
        var words: [String]
        var keys: Set<String>
    }

    func resolve(_ mentions: [NameMention]) -> [Entity] {
        guard !mentions.isEmpty else { return [] }
        let words = mentions.map { m in nameWords(m).map { $0.lowercased() } }
        let keys = words.map { $0.joined(separator: " ") }
        let order = mentions.indices.sorted { a, b in
            words[a].count != words[b].count ? words[a].count > words[b].count : a < b
        }
        var clusters: [Cluster] = []
        var clusterOf = [Int](repeating: -1, count: mentions.count)
        // Where a mention can fit, indexed so that each mention looks at the few clusters that
        // share its form, surname, first name or acronym, not at every cluster: a text with
        // thousands of names (a list, a hostile input) stays near-linear.
        var index = CandidateIndex()
        for m in order {
            var best: (cluster: Int, exact: Bool, distance: Int)? = nil
            for c in index.candidates(words[m], key: keys[m], type: mentions[m].type) {
                let cl = clusters[c]
                guard cl.type == mentions[m].type else { continue }
                // An equal full name beats a partial fit; an equal short form is only a fit, so
                // that "Berg" goes to the nearest Berg, not to the first one called "Berg".
                let exact = words[m] == cl.words
                guard exact || cl.keys.contains(keys[m]) || fits(words[m], into: cl.words, type: cl.type) else {
                    continue
                }
                let d = distance(mentions[m].span.start, cl.positions)
                if best == nil || (exact && !best!.exact) || (exact == best!.exact && d < best!.distance) {
                    best = (c, exact, d)
                }
            }
            let pos = mentions[m].span.start
            if let b = best {
                clusters[b.cluster].members.append(m)
                clusters[b.cluster].positions.insertSorted(pos)
                if clusters[b.cluster].keys.insert(keys[m]).inserted { index.add(key: keys[m], cluster: b.cluster) }
                clusterOf[m] = b.cluster
            } else {
                clusterOf[m] = clusters.count
                index.add(cluster: clusters.count, words: words[m], key: keys[m], type: mentions[m].type)
                clusters.append(
                    Cluster(type: mentions[m].type, members: [m], positions: [pos], words: words[m], keys: [keys[m]]))
            }
        }
        let describer = RoleFinder(text: text, tokens: tokens, sentences: sentences, mentions: mentions)
        var entities: [(first: Int, entity: Entity)] = []
        for cl in clusters {
            let members = cl.members.sorted()
            let forms = members.map { text[mentions[$0].span] }
            var canonical = 0
            for k in members.indices.dropFirst() {
                let a = members[k], b = members[canonical]
                if words[a].count > words[b].count
                    || (words[a].count == words[b].count && isAllCaps(forms[canonical]) && !isAllCaps(forms[k]))
                {
                    canonical = k
                }
            }
            var aliases = [forms[canonical]]
            var seen: Set<String> = [forms[canonical]]
            for (k, m) in members.enumerated() {
                if seen.insert(forms[k]).inserted { aliases.append(forms[k]) }
                if cl.type == .person, let title = describer.courtesyTitle(before: mentions[m]) {
                    let form = text[Span(tokens[title].start, mentions[m].span.end)]
                    if seen.insert(form).inserted { aliases.append(form) }
                }
            }
            var description: String? = nil
            if cl.type == .person {
                for m in members {
                    if let d = describer.role(of: mentions[m]) { description = d; break }
                }
            }
            entities.append(
                (
                    members[0],
                    Entity(
                        name: forms[canonical], type: cl.type, aliases: aliases,
                        description: description, mentions: members.map { mentions[$0].span })
                ))
        }
        return entities.sorted { $0.first < $1.first }.map(\.entity)
    }

    /// The mention's words without punctuation tokens, e.g. "Lindqvist" of "Lindqvist 's".
    private func nameWords(_ m: NameMention) -> [String] {
        var out: [String] = []
        for t in m.tokens where tokens[t].length > 1 || Tokenizer.isWordScalar(text[tokens[t].start]) {
            out.append(text[tokens[t]])
        }
        return out.isEmpty ? [text[m.span]] : out
    }

    private func fits(_ short: [String], into long: [String], type: EntityType) -> Bool {
        guard short.count < long.count, let last = short.last else {
            return type == .organization && short.count == 1 && isAcronym(short[0], of: long)
        }
        switch type {
        case .person:
            guard isSubsequence(short, of: long) else { return false }
            return last == long.last! || (short.count == 1 && short[0] == long[0])
        case .organization:
            return short.count == 1 && isAcronym(short[0], of: long)
        case .location, .misc:
            return false
        }
    }

    private func isSubsequence(_ a: [String], of b: [String]) -> Bool {
        var j = 0
        for w in b where j < a.count && w == a[j] { j += 1 }
        return j == a.count
    }

    /// "bpi" for "baltic policy institute", skipping "of", "the", "and", "for".
    private func isAcronym(_ word: String, of long: [String]) -> Bool {
        let letters = word.unicodeScalars.filter { $0 != "." }
        guard letters.count >= 2, let initials = NameInitials.of(long) else { return false }
        return initials == String(String.UnicodeScalarView(letters))
    }

    /// How far `pos` is from the nearest member at `positions` (ascending). Earlier mentions are
    /// the natural antecedents; later ones count double.
    private func distance(_ pos: Int, _ positions: [Int]) -> Int {
        // The first member at or after `pos`, by binary search.
        var lo = 0, hi = positions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if positions[mid] < pos { lo = mid + 1 } else { hi = mid }
        }
        var best = Int.max
        if lo < positions.count {
            let p = positions[lo]
            best = p == pos ? 0 : 2 * (p - pos)
        }
        if lo > 0 { best = min(best, pos - positions[lo - 1]) }
        return best
    }

    private func isAllCaps(_ s: String) -> Bool {
        var letters = 0
        for c in s.unicodeScalars where c.properties.isAlphabetic {
            if c.properties.isLowercase { return false }
            letters += 1
        }
        return letters > 1
    }
}

/// The clusters a mention may join, by the keys `NameResolver.fits` can match on: a form any
/// member has, a person's surname or first name, an organisation's acronym.
private struct CandidateIndex {
    /// More clusters than this sharing one key happen only in lists and hostile text; the
    /// earliest ones are kept so the work per mention stays bounded.
    static let maxPerKey = 32

    private var byKey: [String: [Int]] = [:]
    private var byLast: [String: [Int]] = [:]
    private var byFirst: [String: [Int]] = [:]
    private var byInitials: [String: [Int]] = [:]

    mutating func add(key: String, cluster: Int) {
        Self.append(cluster, to: &byKey[key, default: []])
    }

    mutating func add(cluster: Int, words: [String], key: String, type: EntityType) {
        add(key: key, cluster: cluster)
        switch type {
        case .person:
            if let last = words.last { Self.append(cluster, to: &byLast[last, default: []]) }
            if let first = words.first { Self.append(cluster, to: &byFirst[first, default: []]) }
        case .organization:
            if let initials = NameInitials.of(words) { Self.append(cluster, to: &byInitials[initials, default: []]) }
        case .location, .misc:
            break
        }
    }

    /// Candidate clusters in ascending order (the order the resolver breaks ties by).
    func candidates(_ words: [String], key: String, type: EntityType) -> [Int] {
        var out = byKey[key] ?? []
        switch type {
        case .person:
            if let last = words.last, let c = byLast[last] { out += c }
            if words.count == 1, let c = byFirst[words[0]] { out += c }
        case .organization:
            if words.count == 1,
                let c = byInitials[String(String.UnicodeScalarView(words[0].unicodeScalars.filter { $0 != "." }))]
            {
                out += c
            }
        case .location, .misc:
            break
        }
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for c in out where unique.last != c { unique.append(c) }
        return unique
    }

    private static func append(_ cluster: Int, to list: inout [Int]) {
        if list.count < maxPerKey, list.last != cluster { list.append(cluster) }
    }
}

/// "bpi" for "baltic policy institute", skipping "of", "the", "and", "for" (`NameJoiningWords`); nil for one word.
enum NameInitials {
    static func of(_ long: [String]) -> String? {
        guard long.count >= 2 else { return nil }
        var initials = String.UnicodeScalarView()
        for w in long where !NameJoiningWords.skippedInInitials.contains(w) {
            if let f = w.unicodeScalars.first { initials.append(f) }
        }
        return String(initials)
    }
}

extension Array where Element == Int {
    /// Inserts keeping ascending order (a binary search, then one move of the tail).
    mutating func insertSorted(_ v: Int) {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if self[mid] <= v { lo = mid + 1 } else { hi = mid }
        }
        insert(v, at: lo)
    }
}

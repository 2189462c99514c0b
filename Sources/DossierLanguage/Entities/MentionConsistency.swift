import DossierModel

/// Makes the tagger's decisions agree across one article, where a sentence-by-sentence model
/// may not: a name keeps one type throughout, a surname of a person named in full is that
/// person, and a capitalised word the article has already tagged as a name elsewhere is
/// tagged here too.
enum MentionConsistency {
    static func apply(_ mentions: [NameMention], text: ScalarText, tokens: [Span], extend: Bool) -> [NameMention] {
        guard !mentions.isEmpty else { return mentions }
        func key(_ r: Range<Int>) -> String {
            var k = ""
            for t in r {
                if !k.isEmpty { k += " " }
                k += text[tokens[t]].lowercased()
            }
            return k
        }
        var out = mentions
        let keys = out.map { key($0.tokens) }
        // Surnames (and one-word first names) of people named in full.
        var surnames: Set<String> = []
        for m in out where m.type == .person && m.tokens.count > 1 {
            surnames.insert(key(m.tokens.upperBound - 1..<m.tokens.upperBound))
        }
        for k in out.indices where out[k].tokens.count == 1 && surnames.contains(keys[k]) { out[k].type = .person }
        // One type per name: the majority, when there is one.
        var votes: [String: [Int]] = [:]
        for (k, m) in out.enumerated() {
            votes[keys[k], default: [0, 0, 0, 0]][EntityTags.types.firstIndex(of: m.type)!] += 1
        }
        for k in out.indices {
            let v = votes[keys[k]]!
            let best = v.indices.max { v[$0] < v[$1] }!
            if v.filter({ $0 == v[best] }).count == 1 && v[best] * 2 > v.reduce(0, +) {
                out[k].type = EntityTags.types[best]
            }
        }
        guard extend else { return out }
        // Capitalised words left untagged that the article tags as a one-word name elsewhere.
        var known: [String: EntityType] = [:]
        for (k, m) in out.enumerated() where m.tokens.count == 1 { known[keys[k]] = m.type }
        for s in surnames where known[s] == nil { known[s] = .person }
        guard !known.isEmpty else { return out }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in out { for t in m.tokens { covered[t] = true } }
        var added: [NameMention] = []
        for t in tokens.indices where !covered[t] && tokens[t].length > 1 && text[tokens[t].start].properties.isUppercase {
            if let type = known[text[tokens[t]].lowercased()] {
                added.append(NameMention(span: tokens[t], type: type, tokens: t..<t + 1))
            }
        }
        guard !added.isEmpty else { return out }
        return (out + added).sorted { $0.span < $1.span }
    }
}

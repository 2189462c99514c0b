import DossierModel

/// Grammatical gender of a person as the text signals it.
public enum PersonGender: String, Sendable {
    case male, female
}

/// Answers "whose name is this?" for one article's entities, and guesses each person's gender
/// from the text around their mentions.
///
/// Build it once per article from the recognizer's output and the same tokens and sentences:
///
///     let index = EntityIndex(entities, text: text, tokens: tokens, sentences: sentences)
///     if let e = index.entity(overlapping: Span(s, e)) { entities[e].name ... }
///     index.entity(atToken: 12)        // entity whose mention covers token 12, or nil
///     index.entity(endingBefore: 40)   // nearest mention ending at or before offset 40
///     index.gender(of: e)              // .male / .female / nil
///
/// Entity results are indices into the `entities` array given. A courtesy title
/// directly before a mention ("Ms Lindqvist", "Mr. Berg") decides gender; otherwise it is
/// the clear majority of he/him/his versus she/her/hers in sentences where that person is
/// the only one named (and the sentence after, if it names no other person). Nil when the
/// text gives neither, or when the cues disagree.
public struct EntityIndex: Sendable {
    public let entities: [Entity]
    /// Every mention as (span, entity index), by start offset.
    public let mentions: [(span: Span, entity: Int)]
    private let tokens: [Span]
    private let genders: [PersonGender?]

    public init(_ entities: [Entity], text: ScalarText, tokens: [Span], sentences: [Span]) {
        self.entities = entities
        self.tokens = tokens
        var all: [(span: Span, entity: Int)] = []
        for (e, entity) in entities.enumerated() { for m in entity.mentions { all.append((m, e)) } }
        all.sort { $0.span < $1.span }
        mentions = all
        genders = EntityIndex.guessGenders(entities, all, text: text, tokens: tokens, sentences: sentences)
    }

    /// The entity with the mention that shares most scalars with `span`, or nil.
    public func entity(overlapping span: Span) -> Int? {
        var best: (entity: Int, overlap: Int)? = nil
        var k = firstMention(endingAfter: span.start)
        while k < mentions.count && mentions[k].span.start < span.end {
            let m = mentions[k].span
            let overlap = min(m.end, span.end) - max(m.start, span.start)
            if overlap > 0 && (best == nil || overlap > best!.overlap) { best = (mentions[k].entity, overlap) }
            k += 1
        }
        return best?.entity
    }

    /// The entity whose mention covers token `i` of the token array the index was built with.
    public func entity(atToken i: Int) -> Int? {
        guard i >= 0 && i < tokens.count else { return nil }
        return entity(overlapping: tokens[i])
    }

    /// The entity of the last mention that ends at or before `offset`, with that mention's span.
    public func entity(endingBefore offset: Int) -> (entity: Int, span: Span)? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            if mentions[k].span.end <= offset { return (mentions[k].entity, mentions[k].span) }
            k -= 1
        }
        return nil
    }

    public func gender(of entity: Int) -> PersonGender? {
        entity >= 0 && entity < genders.count ? genders[entity] : nil
    }

    private func firstMention(endingAfter offset: Int) -> Int {
        // Mentions never nest, so ends are sorted like starts.
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private static let male: Set<String> = ["he", "him", "his", "himself"]
    private static let female: Set<String> = ["she", "her", "hers", "herself"]

    private static func guessGenders(
        _ entities: [Entity], _ mentions: [(span: Span, entity: Int)], text: ScalarText,
        tokens: [Span], sentences: [Span]
    ) -> [PersonGender?] {
        var titleVotes = [(m: Int, f: Int)](repeating: (0, 0), count: entities.count)
        var pronounVotes = titleVotes
        // Courtesy titles: the word token just before each person mention.
        var t = 0
        for (span, e) in mentions where entities[e].type == .person {
            while t < tokens.count && tokens[t].end <= span.start { t += 1 }
            guard t > 0 else { continue }
            switch PersonTitles.courtesy[text[tokens[t - 1]].lowercased()] {
            case .male: titleVotes[e].m += 1
            case .female: titleVotes[e].f += 1
            default: break
            }
        }
        // Pronouns: per sentence, the persons named in it.
        var persons = [Set<Int>](repeating: [], count: sentences.count)
        var s = 0
        for (span, e) in mentions where entities[e].type == .person {
            while s < sentences.count && sentences[s].end <= span.start { s += 1 }
            if s < sentences.count { persons[s].insert(e) }
        }
        var tk = 0
        for (si, sentence) in sentences.enumerated() {
            var m = 0, f = 0
            while tk < tokens.count && tokens[tk].start < sentence.start { tk += 1 }
            var k = tk
            while k < tokens.count && tokens[k].end <= sentence.end {
                if tokens[k].length <= 7 {
                    let w = text[tokens[k]].lowercased()
                    if male.contains(w) { m += 1 } else if female.contains(w) { f += 1 }
                }
                k += 1
            }
            guard m + f > 0 else { continue }
            var owner: Int? = nil
            if persons[si].count == 1 {
                owner = persons[si].first
            } else if persons[si].isEmpty && si > 0 && persons[si - 1].count == 1 {
                owner = persons[si - 1].first
            }
            if let o = owner {
                pronounVotes[o].m += m
                pronounVotes[o].f += f
            }
        }
        return entities.indices.map { e in
            guard entities[e].type == .person else { return nil }
            let (tm, tf) = titleVotes[e]
            if tm > 0 && tf == 0 { return .male }
            if tf > 0 && tm == 0 { return .female }
            if tm > 0 && tf > 0 { return nil }
            let (pm, pf) = pronounVotes[e]
            if pm >= 1 && pm >= 2 * pf { return .male }
            if pf >= 1 && pf >= 2 * pm { return .female }
            return nil
        }
    }
}

import DossierModel

/// Armed and political groups the tagger, which met few of them in 1996 Reuters, reads as
/// nationalities or places ("al-Shabaab" MISC, "the Islamic State" a place), settled by what the
/// article calls them: "the organization al-Shabaab", "the militant group X", "X, a terrorist
/// group". One cue retypes every mention of the name in the article, as `CompanyCues` does. A
/// name of a religion's adjective and a state's or an armed group's head ("Islamic State",
/// "Islamic Jihad") is an organisation by its shape. People are left alone: "a group Smith
/// founded" names a person after the noun.
enum GroupCues {
    /// Nouns that call what follows or precedes them a group.
    static let groupNouns: Set<String> = [
        "group", "organization", "organisation", "militia", "movement", "faction", "outfit", "insurgency",
    ]

    /// Words after an appositive's group noun that close it: "X, a terrorist group, said",
    /// "X, a militant group that ...", "X, an armed group based in ...".
    static let appositiveEnds: Set<String> = [
        ",", ".", ";", ":", "--", "-", "\u{2014}", "\u{2013}", ")", "that", "which", "whose", "based", "linked",
        "responsible", "behind", "known", "active", "allied", "affiliated", "fighting", "led",
    ]

    /// Adjectives of a religion that open an armed or political group's name.
    static let religionWords: Set<String> = [
        "Islamic", "Islamist", "Muslim", "Christian", "Hindu", "Sikh", "Sunni", "Shia", "Shiite", "Jihadist",
    ]

    /// Heads that after a religion's adjective end a group's name ("Islamic State", "Islamic
    /// Jihad", "Muslim Brotherhood"), never a place's or a people's.
    static let groupHeads: Set<String> = [
        "State", "Jihad", "Front", "Movement", "Brotherhood", "Army", "Resistance", "Emirate", "Group", "Brigades",
    ]

    /// Words between a determiner and a group noun before a name: "the Somali militant group".
    static let maxModifiers = 3

    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>]
    ) -> [NameMention] {
        guard !mentions.isEmpty else { return mentions }
        var sentenceOf = [Range<Int>](repeating: 0..<0, count: tokens.count)
        for r in sentences { for k in r { sentenceOf[k] = r } }
        func lower(_ k: Int) -> String { text[tokens[k]].lowercased() }
        func isLowerWord(_ k: Int) -> Bool {
            tokens[k].start < tokens[k].end && text[tokens[k].start].properties.isLowercase
        }
        func key(_ r: Range<Int>) -> String { r.map { text[tokens[$0]] }.joined(separator: " ") }
        var out: [NameMention] = []
        out.reserveCapacity(mentions.count)
        // "Islamic" read alone as a nationality before "State": the head joins it.
        var i = 0
        while i < mentions.count {
            var m = mentions[i]
            let next = m.tokens.upperBound
            if m.type == .misc, m.tokens.count == 1, religionWords.contains(text[tokens[m.tokens.lowerBound]]),
                next < tokens.count, groupHeads.contains(text[tokens[next]]), tokens[next].start > m.span.end,
                i + 1 >= mentions.count || mentions[i + 1].tokens.lowerBound > next
            {
                m = NameMention(
                    span: Span(m.span.start, tokens[next].end), type: .organization,
                    tokens: m.tokens.lowerBound..<next + 1)
            }
            out.append(m)
            i += 1
        }
        var groups = Set<String>()
        for k in out.indices where out[k].type != .person {
            let r = out[k].tokens
            if r.count >= 2, r.count <= 4, religionWords.contains(text[tokens[r.lowerBound]]),
                groupHeads.contains(text[tokens[r.upperBound - 1]])
            {
                groups.insert(key(r))
                continue
            }
            guard out[k].type != .organization else { continue }
            let s = sentenceOf[r.lowerBound]
            // Before: "the organization al-Shabaab", "the Somali militant group X".
            var b = r.lowerBound - 1
            if b >= s.lowerBound, isLowerWord(b), groupNouns.contains(lower(b)) {
                var d = b - 1
                while d >= s.lowerBound && b - d <= maxModifiers && isLowerWord(d)
                    && !["a", "an", "the"].contains(lower(d))
                {
                    d -= 1
                }
                if d >= s.lowerBound && ["a", "an", "the"].contains(lower(d)) {
                    groups.insert(key(r))
                    continue
                }
            }
            // After: "X, a terrorist group", "X, the militant organisation that ...".
            b = r.upperBound
            guard b + 2 < s.upperBound, tokens[b].length == 1, text[tokens[b].start] == ",",
                ["a", "an", "the"].contains(lower(b + 1))
            else {
                continue
            }
            var n = b + 2
            while n < s.upperBound && n - (b + 2) <= maxModifiers && isLowerWord(n)
                && !CompanyCues.appositiveStops.contains(lower(n))
            {
                if groupNouns.contains(lower(n)) {
                    if n + 1 >= s.upperBound || appositiveEnds.contains(lower(n + 1)) { groups.insert(key(r)) }
                    break
                }
                n += 1
            }
        }
        guard !groups.isEmpty else { return out }
        for k in out.indices where out[k].type != .person && groups.contains(key(out[k].tokens)) {
            out[k].type = .organization
        }
        return out
    }
}

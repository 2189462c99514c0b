import DossierModel

/// Makes the tagger's decisions agree across one article, where a sentence-by-sentence model
/// may not: a name keeps one type throughout, a surname of a person named in full is that
/// person, and a capitalised word the article has already tagged as a name elsewhere is
/// tagged here too. Also trims courtesy titles off person names.
enum MentionConsistency {
    /// `isNameWord(k)`: whether token k's word is usually capitalised in running text.
    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>],
        isNameWord: (Int) -> Bool = { _ in true }
    ) -> [NameMention] {
        var mentions = datelines(
            endAtDashes(mentions, text: text, tokens: tokens), text: text, tokens: tokens, sentences: sentences,
            isNameWord: isNameWord)
        guard !mentions.isEmpty else { return mentions }
        // "Sofia Marchetti, a senior fellow...": a first name that is also a place is easily
        // left out, or read as the place, at the start of a sentence, where its capital says
        // nothing. A capitalised name-like word opening the sentence directly before a one-word
        // person name is the start of that name.
        var opening = Set<Int>()
        for r in sentences where !r.isEmpty { opening.insert(r.lowerBound) }
        var merged: [NameMention] = []
        for m in mentions {
            let w = m.tokens.lowerBound - 1
            guard m.type == .person, m.tokens.count == 1, w >= 0, opening.contains(w), tokens[w].end < m.span.start,
                tokens[w].length > 1, text[tokens[w].start].properties.isUppercase, isNameWord(w)
            else {
                merged.append(m)
                continue
            }
            let word = text[tokens[w]].lowercased()
            guard PersonTitles.courtesy[word] == nil, !PersonTitles.functionWords.contains(word) else {
                merged.append(m); continue
            }
            if let last = merged.last, last.tokens.upperBound > w {
                // The opening word was tagged on its own (as the place): it joins the person.
                guard last.tokens == w..<w + 1 else { merged.append(m); continue }
                merged.removeLast()
            }
            merged.append(
                NameMention(span: Span(tokens[w].start, m.span.end), type: .person, tokens: w..<m.tokens.upperBound))
        }
        mentions = merged
        var scratch: [UInt32] = []
        func isHeaded(_ k: Int) -> Bool {
            NameShapes.headClass(WordForm(text.scalars, tokens[k].start, tokens[k].end, scratch: &scratch)) != 0
        }
        // A courtesy title makes a person: "Ms Varga" even when the tagger said organisation; so
        // does a rank ("Senator Kamala Harris", "Prince Harry", read as a place) before name words
        // that carry no head of an organisation or a place ("Queen Mary University", "Prince
        // Edward Island" stay).
        for k in mentions.indices where mentions[k].tokens.count > 1 {
            let r = mentions[k].tokens
            let first = text[tokens[r.lowerBound]].lowercased()
            guard looksLikeName(tokens[r.lowerBound + 1], text) else { continue }
            if PersonTitles.courtesy[first] != nil {
                mentions[k].type = .person
            } else if PersonTitles.ranks.contains(first), r.count <= 4,
                r.dropFirst().allSatisfy({
                    looksLikeName(tokens[$0], text) && !PersonTitles.placeHeads.contains(text[tokens[$0]])
                }),
                !isHeaded(r.upperBound - 1)
            {
                mentions[k].type = .person
                mentions[k].tokens = r.lowerBound + 1..<r.upperBound
                mentions[k].span = Span(tokens[r.lowerBound + 1].start, mentions[k].span.end)
            }
        }
        // "Sen. Elizabeth Warren" with the title left outside the name the tagger read as an
        // organisation: a capitalised title just before two or three name words makes them a person.
        for k in mentions.indices where mentions[k].type != .person && (2...3).contains(mentions[k].tokens.count) {
            let b = mentions[k].tokens.lowerBound - 1
            guard b >= 0, tokens[b].end < mentions[k].span.start, text[tokens[b].start].properties.isUppercase,
                PersonTitles.courtesy[text[tokens[b]].lowercased()] != nil,
                mentions[k].tokens.allSatisfy({ looksLikeName(tokens[$0], text) })
            else { continue }
            mentions[k].type = .person
        }
        mentions = splitTrailingPersons(mentions, text: text, tokens: tokens)
        // "the George W. Bush administration": a name between "the" and a lower-case "administration"
        // is the president it is named after, a person, not the organisation.
        for k in mentions.indices where mentions[k].type == .organization && mentions[k].tokens.count <= 3 {
            let r = mentions[k].tokens
            guard r.lowerBound > 0, r.upperBound < tokens.count, text[tokens[r.lowerBound - 1]].lowercased() == "the",
                text[tokens[r.upperBound]].lowercased() == "administration",
                r.allSatisfy({ looksLikeName(tokens[$0], text) })
            else { continue }
            mentions[k].type = .person
        }
        // "the Obama Administration's disarray": the same with a capital, the head inside the run,
        // when the words before it are names (the lexicon's name words), not those of an agency
        // ("the Food and Drug Administration", "the Trade Administration").
        for k in mentions.indices where mentions[k].type == .organization && (2...4).contains(mentions[k].tokens.count)
        {
            let r = mentions[k].tokens
            guard r.lowerBound > 0, tokens[r.upperBound - 1].length == 14, tokens[r.lowerBound - 1].length == 3,
                text[tokens[r.upperBound - 1]] == "Administration",
                text[tokens[r.lowerBound - 1]].lowercased() == "the",
                (r.lowerBound..<r.upperBound - 1).allSatisfy({ looksLikeName(tokens[$0], text) && isNameWord($0) })
            else { continue }
            mentions[k].type = .person
            mentions[k].tokens = r.lowerBound..<r.upperBound - 1
            mentions[k].span = Span(mentions[k].span.start, tokens[r.upperBound - 2].end)
        }
        // "told The Associated Press", "according to The Guardian": the article a paper or agency
        // styles with a capital stays outside its name, as CoNLL annotates it ("The [Stars and Stripes]").
        for k in mentions.indices where mentions[k].type == .organization && mentions[k].tokens.count >= 2 {
            let first = mentions[k].tokens.lowerBound
            guard text[tokens[first]] == "The", looksLikeName(tokens[first + 1], text) else { continue }
            mentions[k].tokens = first + 1..<mentions[k].tokens.upperBound
            mentions[k].span = Span(tokens[first + 1].start, mentions[k].span.end)
        }
        // Courtesy titles stay outside a person's span, as in CoNLL: "Ms [Lindqvist]".
        for k in mentions.indices where mentions[k].type == .person && mentions[k].tokens.count > 1 {
            var first = mentions[k].tokens.lowerBound
            while first < mentions[k].tokens.upperBound - 1
                && PersonTitles.courtesy[text[tokens[first]].lowercased()] != nil
                && looksLikeName(tokens[first + 1], text)
            {
                first += 1
            }
            if first > mentions[k].tokens.lowerBound {
                mentions[k].tokens = first..<mentions[k].tokens.upperBound
                mentions[k].span = Span(tokens[first].start, mentions[k].span.end)
            }
        }
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
        // One type per name: the type with the most votes, when one has more than any other
        // (a three-way split of four mentions still has a winner). A person named in full votes
        // twice for their surname, so "Berg" after "Karl Berg" is a person even where the
        // tagger read it as a place, yet one bad "Lebed Chechnya" does not outvote Chechnya.
        var surnames: Set<String> = []
        var votes: [String: [Int]] = [:]
        for (k, m) in out.enumerated() {
            votes[keys[k], default: [0, 0, 0, 0]][EntityTags.types.firstIndex(of: m.type)!] += 1
            if m.type == .person && m.tokens.count > 1 {
                let surname = key(m.tokens.upperBound - 1..<m.tokens.upperBound)
                surnames.insert(surname)
                votes[surname, default: [0, 0, 0, 0]][0] += 2
            }
        }
        for k in out.indices {
            let v = votes[keys[k]]!
            let best = v.indices.max { v[$0] < v[$1] }!
            if v.filter({ $0 == v[best] }).count == 1 {
                out[k].type = EntityTags.types[best]
            } else if v[0] == v[best], surnames.contains(keys[k]) {
                // "Raquel Montoya-Lewis" once, "Montoya-Lewis" twice read as an organisation: a tie
                // in which the person named in full stands goes to the person.
                out[k].type = .person
            }
        }
        // "the new bloc Mr. Manafort helped form": capitalised words right after a courtesy title
        // that the tagger left out are a person.
        var taken = [Bool](repeating: false, count: tokens.count)
        for m in out { for t in m.tokens { taken[t] = true } }
        var titled: [NameMention] = []
        for t in tokens.indices.dropLast()
        // The cheap tests first: this loop sees every token of the article.
        where !taken[t + 1] && tokens[t].length >= 2 && tokens[t].length <= 7 && tokens[t + 1].length >= 2
            && ScalarCase.isUpper(text[tokens[t].start]) && ScalarCase.isUpper(text[tokens[t + 1].start])
            && PersonTitles.courtesy[text[tokens[t]].lowercased()] != nil && isNameWord(t + 1)
        {
            var e = t + 2
            while e < tokens.count && e - t <= 3 && !taken[e] && tokens[e].length >= 2
                && ScalarCase.isUpper(text[tokens[e].start]) && isNameWord(e)
            {
                e += 1
            }
            titled.append(
                NameMention(span: Span(tokens[t + 1].start, tokens[e - 1].end), type: .person, tokens: t + 1..<e))
        }
        if !titled.isEmpty { out = (out + titled).sorted { $0.span < $1.span } }
        // Capitalised words left untagged that the article tags as a one-word name elsewhere.
        var known: [String: EntityType] = [:]
        for m in out where m.tokens.count == 1 { known[key(m.tokens)] = m.type }
        for s in surnames where known[s] == nil { known[s] = .person }
        guard !known.isEmpty else { return out }
        var covered = [Bool](repeating: false, count: tokens.count)
        for m in out { for t in m.tokens { covered[t] = true } }
        var added: [NameMention] = []
        for t in tokens.indices
        where !covered[t] && tokens[t].length > 1 && ScalarCase.isUpper(text[tokens[t].start]) {
            if let type = known[text[tokens[t]].lowercased()] {
                added.append(NameMention(span: tokens[t], type: type, tokens: t..<t + 1))
            }
        }
        guard !added.isEmpty else { return out }
        return (out + added).sorted { $0.span < $1.span }
    }

    /// "Ambassador to the United Nations Nikki Haley": a run of three or more name words the
    /// tagger read as one organisation or place whose last word is the surname of a person the
    /// article names elsewhere ("Haley said") ends with that person; the last two words are split
    /// off as the person and the rest keeps its type. Two-word runs ("Morgan Stanley") stay whole.
    static func splitTrailingPersons(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var surnames = Set<String>()
        for m in mentions where m.type == .person {
            surnames.insert(text[tokens[m.tokens.upperBound - 1]].lowercased())
        }
        guard !surnames.isEmpty else { return mentions }
        var out: [NameMention] = []
        out.reserveCapacity(mentions.count)
        for m in mentions {
            let last = m.tokens.upperBound - 1
            guard m.type != .person, m.tokens.count >= 3, surnames.contains(text[tokens[last]].lowercased()),
                looksLikeName(tokens[last - 1], text), looksLikeName(tokens[last - 2], text),
                tokens[last - 2].end < tokens[last - 1].start
            else {
                out.append(m)
                continue
            }
            out.append(
                NameMention(
                    span: Span(m.span.start, tokens[last - 2].end), type: m.type, tokens: m.tokens.lowerBound..<last - 1
                ))
            out.append(
                NameMention(span: Span(tokens[last - 1].start, m.span.end), type: .person, tokens: last - 1..<last + 1))
        }
        return out
    }

    /// "Kaieteur News – Police investigators": a dash standing between spaces ends a name; the
    /// words after it (a new clause) are dropped from it.
    static func endAtDashes(_ mentions: [NameMention], text: ScalarText, tokens: [Span]) -> [NameMention] {
        var out: [NameMention] = []
        out.reserveCapacity(mentions.count)
        for var m in mentions {
            if m.tokens.count >= 3,
                let d = m.tokens.dropFirst().first(where: { k in
                    // Scalars, not strings: every long name passes here.
                    let t = tokens[k]
                    if t.length == 1 { return text[t.start] == "\u{2013}" || text[t.start] == "\u{2014}" }
                    return t.length == 2 && text[t.start] == "-" && text[t.start + 1] == "-"
                })
            {
                m.tokens = m.tokens.lowerBound..<d
                m.span = Span(m.span.start, tokens[d - 1].end)
            }
            out.append(m)
        }
        return out
    }

    /// A capitalised word, or a particle-led one with a capital inside ("al-Hazeemi", "d'Estaing").
    static func looksLikeName(_ token: Span, _ text: ScalarText) -> Bool {
        guard token.start < token.end else { return false }
        if text[token.start].properties.isUppercase { return true }
        for k in token.start..<token.end where text[k] == "-" || text[k] == "'" || text[k] == "\u{2019}" {
            if k + 1 < token.end && text[k + 1].properties.isUppercase { return true }
        }
        return false
    }

    /// "STOCKHOLM —", "WASHINGTON (AP) -", "LONDON, March 3 (Reuters) -": a place in capitals
    /// opening a sentence and followed by a dash, a bracket or a date, then mixed-case story
    /// text, is a dateline, if its words are names ("NOTE -" and "PRESS DIGEST -" are not). Training
    /// text (CoNLL) puts datelines on lines of their own, so the tagger misses this news form.
    static func datelines(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>],
        isNameWord: (Int) -> Bool
    ) -> [NameMention] {
        var added: [NameMention] = []
        var retyped = Set<Int>()
        var m = 0
        for r in sentences where r.count >= 3 {
            var k = r.lowerBound
            while k < r.upperBound && k - r.lowerBound < 4 && isCapitalsWord(text, tokens[k]) && isNameWord(k) {
                k += 1
            }
            // "NAPA COUNTY, Calif. (KGO) --": before a state's abbreviation, words of the place
            // that are common words ("COUNTY", "SOUTHWEST") belong to it too.
            var all = k
            while all < r.upperBound && all - r.lowerBound < 4 && isCapitalsWord(text, tokens[all]) { all += 1 }
            if all > k, all + 3 < tokens.count, text[tokens[all]] == ",",
                (r.lowerBound..<all).contains(where: isNameWord),
                AbbreviatedWords.isState(text, tokens, all + 1), isSourceOrDash(text[tokens[all + 3]])
            {
                k = all
            }
            guard k > r.lowerBound, k + 1 < r.upperBound else { continue }
            let next = text[tokens[k]]
            let isDash = isDashWord(next)
            let isSource = next == "(" && text[tokens[k + 1].start].properties.isUppercase
            let isDate =
                next == ","
                && (Tokenizer.isDigit(text[tokens[k + 1].start]) || text[tokens[k + 1].start].properties.isUppercase)
            // "NAPA COUNTY, Calif. (KGO) --": a state's abbreviation, then the source or a dash, which
            // the sentence splitter may have put after a sentence end at the state's period.
            let isState =
                next == "," && AbbreviatedWords.isState(text, tokens, k + 1) && k + 3 < tokens.count
                && isSourceOrDash(text[tokens[k + 3]])
            guard isDash || isSource || isDate || isState else { continue }
            // "SOCCER - LEEDS WIN AGAIN" is a headline with a topic, not a dateline: the story
            // after a dateline is in mixed case.
            var lower = false
            let storyEnd = isState ? min(tokens.count, k + 12) : min(r.upperBound, k + 8)
            for j in (k + 1)..<storyEnd where text[tokens[j].start].properties.isLowercase {
                lower = true; break
            }
            guard lower else { continue }
            let place = r.lowerBound..<k
            while m < mentions.count && mentions[m].tokens.upperBound <= place.lowerBound { m += 1 }
            if m < mentions.count && mentions[m].tokens.overlaps(place) {
                // "LOS ANGELES (Reuters) -" read as an organisation, "KHAN YOUNIS, GAZA -" as a
                // person: a name that is the dateline's place exactly is that place.
                if mentions[m].tokens == place { retyped.insert(m) }
                continue
            }
            added.append(
                NameMention(
                    span: Span(tokens[place.lowerBound].start, tokens[place.upperBound - 1].end), type: .location,
                    tokens: place))
        }
        var out = mentions
        for k in retyped { out[k].type = .location }
        return added.isEmpty ? out : (out + added).sorted { $0.span < $1.span }
    }

    /// A dash as a dateline writes it: an em or en dash, a hyphen, or two hyphens.
    private static func isDashWord(_ s: String) -> Bool {
        s == "\u{2014}" || s == "\u{2013}" || s == "-" || s == "--"
    }

    /// What follows a dateline's place: the source's parenthesis or a dash.
    private static func isSourceOrDash(_ s: String) -> Bool { s == "(" || isDashWord(s) }

    private static func isCapitalsWord(_ text: ScalarText, _ t: Span) -> Bool {
        var letters = 0
        for k in t.start..<t.end {
            let c = text[k]
            if c.properties.isLowercase { return false }
            if c.properties.isAlphabetic { letters += 1 } else if c != "." && c != "-" && c != "'" { return false }
        }
        return letters >= 2
    }
}

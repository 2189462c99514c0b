import DossierModel

/// Reads the role a text gives a person next to one mention of their name:
/// an appositive ("X, a spokesman for the ministry,"), a relative clause ("X, who heads Y"),
/// or pre-modifiers ("Defence Minister X", "Swedish analyst X of the Y Council").
struct RoleFinder {
    let text: ScalarText
    let tokens: [Span]
    let sentences: [Span]
    /// Mentions by their first token, to extend "analyst X of the Y Council" to the whole name Y.
    private let mentionAt: [Int: NameMention]

    init(text: ScalarText, tokens: [Span], sentences: [Span], mentions: [NameMention]) {
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        var at: [Int: NameMention] = [:]
        for m in mentions { at[m.tokens.lowerBound] = m }
        mentionAt = at
    }

    private static let maxRoleTokens = 20

    private func lower(_ k: Int) -> String { text[tokens[k]].lowercased() }

    /// Punctuation, but not a clitic such as "'s" ("the company's chief executive").
    private func isPunct(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.length <= 2, !Tokenizer.isWordScalar(text[t.start]) else { return false }
        return t.length == 1 || !Tokenizer.isWordScalar(text[t.start + 1])
    }

    private func isCapitalised(_ k: Int) -> Bool { text[tokens[k].start].properties.isUppercase }

    /// Token indices of the sentence holding token `k`.
    private func sentenceTokens(around k: Int) -> Range<Int> {
        let pos = tokens[k].start
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= pos { lo = mid + 1 } else { hi = mid }
        }
        guard lo < sentences.count, sentences[lo].start <= pos else { return k..<k + 1 }
        let s = sentences[lo]
        // Binary searches, not walks: a sentence may be a whole megabyte-long line.
        let a = firstToken(where: { $0.start >= s.start })
        let b = firstToken(where: { $0.end > s.end })
        return min(a, k)..<max(b, k + 1)
    }

    /// The first token index for which `pred` holds (tokens are in text order and `pred` is
    /// monotone over them), or `tokens.count`.
    private func firstToken(where pred: (Span) -> Bool) -> Int {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if pred(tokens[mid]) { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }

    /// The token of a courtesy title ("Ms", "Dr.") standing directly before the name.
    func courtesyTitle(before m: NameMention) -> Int? {
        let j = m.tokens.lowerBound - 1
        guard j >= 0, tokens[j].end < m.span.start, PersonTitles.courtesy[lower(j)] != nil else { return nil }
        return j
    }

    func role(of m: NameMention) -> String? {
        let sent = sentenceTokens(around: m.tokens.lowerBound)
        return after(m, sent) ?? before(m, sent) ?? fronted(m, sent)
    }

    private func after(_ m: NameMention, _ sent: Range<Int>) -> String? {
        var k = m.tokens.upperBound
        guard k + 1 < sent.upperBound, text[tokens[k]] == "," else { return nil }
        k += 1
        // "X, 45, a retired teacher": the age is not the role.
        if k + 2 < sent.upperBound, Tokenizer.isDigit(text[tokens[k].start]), text[tokens[k + 1]] == "," { k += 2 }
        let w = lower(k)
        if w == "who" {
            guard k + 2 < sent.upperBound else { return nil }
            let verb = lower(k + 1)
            if PersonTitles.roleVerbs.contains(verb) { return phrase(from: k + 1, sent) }
            if PersonTitles.copulas.contains(verb) {
                var c = k + 2
                if lower(c) == "as" { c += 1 }
                guard c < sent.upperBound else { return nil }
                let first = lower(c)
                guard
                    PersonTitles.appositiveOpeners.contains(first) || PersonTitles.roles.contains(first)
                        || PersonTitles.modifiers.contains(first)
                else { return nil }
                return phrase(from: c, sent)
            }
            return nil
        }
        guard
            PersonTitles.appositiveOpeners.contains(w) || PersonTitles.roles.contains(w)
                || PersonTitles.modifiers.contains(w)
        else { return nil }
        // A determiner alone ("X, the, ...") or a list of names is no role.
        guard !(PersonTitles.appositiveOpeners.contains(w) && k + 1 < sent.upperBound && isPunct(k + 1)) else {
            return nil
        }
        return phrase(from: k, sent)
    }

    /// Tokens from `start` up to the punctuation that closes the appositive or clause.
    private func phrase(from start: Int, _ sent: Range<Int>) -> String? {
        var k = start
        while k < sent.upperBound && k - start <= RoleFinder.maxRoleTokens {
            if isPunct(k) {
                let c = text[tokens[k].start]
                if c == "-" && tokens[k].length == 1 { k += 1; continue }
                break
            }
            let w = lower(k)
            if w == "said" || w == "says" || w == "told" { return nil }
            k += 1
        }
        guard k > start, k - start <= RoleFinder.maxRoleTokens else { return nil }
        if k < sent.upperBound {
            let c = text[tokens[k].start]
            guard
                c == "," || c == ";" || c == "." || c == ")" || c == "(" || c == "\u{2014}" || c == "\u{2013}"
                    || c == "-" || c == ":"
            else { return nil }
        }
        return text[Span(tokens[start].start, tokens[k - 1].end)]
    }

    /// "The town's mayor, Per Strand, said": a role phrase opening the sentence, set off by
    /// commas before the name.
    private func fronted(_ m: NameMention, _ sent: Range<Int>) -> String? {
        let comma = m.tokens.lowerBound - 1
        guard comma > sent.lowerBound, text[tokens[comma]] == ",", m.tokens.upperBound < sent.upperBound,
            text[tokens[m.tokens.upperBound]] == ",", PersonTitles.roles.contains(lower(comma - 1))
        else { return nil }
        var start = comma - 1
        while start > sent.lowerBound && comma - start <= RoleFinder.maxRoleTokens && !isPunct(start - 1) { start -= 1 }
        guard start == sent.lowerBound || text[tokens[start - 1]] == "," || text[tokens[start - 1]] == ";" else {
            return nil
        }
        return text[Span(tokens[start].start, tokens[comma - 1].end)]
    }

    private static let calendarWords: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "yesterday", "today", "tomorrow",
    ]

    private func before(_ m: NameMention, _ sent: Range<Int>) -> String? {
        var j = m.tokens.lowerBound - 1
        if j >= sent.lowerBound, PersonTitles.courtesy[lower(j)] != nil { j -= 1 }
        guard j >= sent.lowerBound else { return nil }
        // "Secretary of State John Kerry", "Minister of the Interior X": the role noun stands
        // before an "of" phrase in capitals.
        let end = j
        if !PersonTitles.roles.contains(lower(j)) {
            var k = j
            while k > sent.lowerBound && j - k < 3 && isCapitalised(k) && !PersonTitles.functionWords.contains(lower(k))
            { k -= 1 }
            if k < j && lower(k) == "the" && k > sent.lowerBound { k -= 1 }
            guard k < j, lower(k) == "of", k > sent.lowerBound, PersonTitles.roles.contains(lower(k - 1)) else {
                return nil
            }
            j = k - 1
        }
        var start = j
        while start - 1 >= sent.lowerBound && j - start < 6 {
            let k = start - 1
            let w = lower(k)
            if RoleFinder.calendarWords.contains(w) || isPunct(k) { break }
            if PersonTitles.roles.contains(w) || PersonTitles.modifiers.contains(w) {
                start = k
            } else if isCapitalised(k) && !PersonTitles.functionWords.contains(w) {
                start = k
            } else {
                break
            }
        }
        var role = text[Span(tokens[start].start, tokens[end].end)]
        // "analyst X of the Y Council": the organisation after the name completes the role.
        var k = m.tokens.upperBound
        if k + 1 < sent.upperBound, ["of", "at", "for", "from", "with"].contains(lower(k)) {
            let prep = k
            k += 1
            if lower(k) == "the" { k += 1 }
            if let org = mentionAt[k], org.type != .person {
                role += " " + text[Span(tokens[prep].start, org.span.end)]
            }
        }
        return role
    }
}

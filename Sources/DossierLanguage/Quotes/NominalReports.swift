import DossierModel

extension QuoteScan {
    /// "Trump's claim that …", "his warning that …", "a Times report that …": a reporting noun
    /// with a "that" clause reports for its possessor. Only a possessor that names someone (a
    /// name before "'s" or a possessive pronoun with an antecedent) or an outlet before the noun
    /// makes a quote; "the claim that …" has no source.
    mutating func nominalReport(_ k: Int, sentence si: Int, done: inout [Bool]) -> ([Quote], Attribution, Int)? {
        guard k + 2 < tokens.count, lower[k + 1] == "that", ReportingCues.nominal.contains(lower[k]),
            regionOf[k] < 0, regionOf[k + 1] < 0, !lower[k + 2].isEmpty || regionOf[k + 2] >= 0
        else { return nil }
        let st = sentenceTokens[si]
        // Modifiers between the possessor and the noun: "Stumpf's repeated emphasis that …".
        var j = k - 1
        while j >= st.lo && k - j <= 2 && !lower[j].isEmpty && !isCapitalised(j)
            && !ReportingCues.nounMarkers.contains(lower[j]) && !ReportingCues.phraseBreakers.contains(lower[j])
            && !ReportingCues.determiners.contains(lower[j]) && ReportingCues.kind(lower[j]) == nil
        { j -= 1 }
        guard j >= st.lo, j < k else { return nil }
        var attr: Attribution
        let pronoun: String? =
            switch lower[j] {
            case "his": "he"
            case "her": "she"
            case "its": "it"
            default: nil
            }
        if let p = pronoun {
            guard let m = names.antecedent(of: p, before: j, notBefore: paragraphFloor(j, back: 4)) else { return nil }
            attr = Attribution(
                speaker: m.name, description: m.description, cue: cueText(k, k + 1), sourceLo: j, sourceHi: j + 1,
                cueLo: k, cueHi: k + 1)
        } else if isPossessive(j), j > st.lo, names.byToken[j - 1] >= 0,
            names.mentions[Int(names.byToken[j - 1])].hi == j
        {
            let m = names.mentions[Int(names.byToken[j - 1])]
            attr = attribution(source: (max(st.lo, m.lo), j), cueLo: k, cueHi: k + 1)
        } else if names.byToken[j] >= 0, names.mentions[Int(names.byToken[j])].hi == j + 1,
            names.mentions[Int(names.byToken[j])].lo > st.lo,
            ReportingCues.articles.contains(lower[names.mentions[Int(names.byToken[j])].lo - 1])
        {
            // "a New York Times report that …": the name before the noun wrote it.
            let m = names.mentions[Int(names.byToken[j])]
            attr = attribution(source: (m.lo, m.hi), cueLo: k, cueHi: k + 1)
        } else {
            return nil
        }
        let hi = clauseEnd(from: k + 1, sentence: st)
        guard hi - (k + 1) > config.minContent, let qs = emitContent(k + 1, hi, attr: attr, done: &done) else {
            return nil
        }
        markUsed(attr)
        return (qs, attr, hi)
    }

    /// "Saudi Arabia, which has strongly denied any involvement", "demonstrators, who have called
    /// for …", "a staffer at the department who told his subordinates …": a cue in a relative
    /// clause reports for the noun phrase the pronoun stands for.
    func relativeSource(cue c: Int, sentence st: (lo: Int, hi: Int)) -> FrameSource? {
        var r = c - 1
        while r > st.lo && c - r <= 4 && !lower[r].isEmpty
            && (ReportingCues.auxiliaries.contains(lower[r]) || isAdverb(r))
        { r -= 1 }
        guard r > st.lo, lower[r] == "who" || lower[r] == "which" else { return nil }
        // Only a clause set off by a comma: without one ("an architect who said …") the phrase
        // is often an object of the main clause, whose own cue then loses its subject.
        guard isPunct(r - 1, ",") else { return nil }
        guard let np = sourceLeft(endingBefore: r - 1, floor: st.lo, appositives: 0),
            !(np.lo..<np.hi).contains(where: { used[$0] })
                // "…,” said Tom Hale, who stressed that …": the source of an inverted cue may go on.
                || (np.lo > st.lo && cueKind(np.lo - 1) == .verb && names.byToken[np.hi - 1] >= 0),
            names.byToken[np.hi - 1] >= 0 || ReportingCues.determiners.contains(lower[np.lo])
                || (np.lo > st.lo && ReportingCues.determiners.contains(lower[np.lo - 1]))
        else { return nil }
        // Only the pronoun is taken: the noun phrase stays free to report in the main clause
        // ("Mr. Obama, who understood that …, told his advisers …").
        var attr = attribution(source: np, cueLo: c, cueHi: c + 1)
        attr.sourceLo = r
        attr.sourceHi = r + 1
        return FrameSource(attr: attr, phrase: nil, inverted: false, relative: true)
    }

    /// A relative clause set off by commas ends at its closing comma.
    func relativeClauseEnd(from lo: Int, to hi: Int) -> Int {
        var j = lo
        while j < hi && !(isPunct(j, ",") && regionOf[j] < 0) { j += 1 }
        return j
    }

    /// Where the object of a cue that reports a stance rather than words ends: "attacked Machado
    /// in early-morning tweets", "cited criticism of X, who took heat for …", "called for more
    /// investment in a statement". A clause after "said", "that" or "to" is left whole.
    func objectEnd(cue c: Int, from lo: Int, to hi: Int) -> Int {
        guard lo < hi, !ReportingCues.clauseCues.contains(lower[c]), lower[lo] != "that", lower[lo] != "to",
            regionOf[lo] < 0
        else { return hi }
        // "cautioned, as did the campaign, that …": a "that" near the start opens a clause.
        if (lo..<min(hi, lo + 8)).contains(where: { lower[$0] == "that" }) { return hi }
        var j = lo + 1
        while j < hi {
            if regionOf[j] < 0 {
                if ReportingCues.objectEnders.contains(lower[j]) { return j }
                // "declined the assignment and has since left": a second predicate ends the object.
                if lower[j] == "and", j + 1 < hi, regionOf[j + 1] < 0,
                    ReportingCues.finiteAuxiliaries.contains(lower[j + 1]) || cueKind(j + 1) != nil
                {
                    return j
                }
                if isPunct(j, ","), j + 1 < hi, lower[j + 1] == "which" || lower[j + 1] == "who" { return j }
                // "in a statement", "in early-morning tweets", "on his podcast".
                if lower[j] == "in" || lower[j] == "on",
                    (j + 1..<min(hi, j + 4)).contains(where: { ReportingCues.media.contains(lower[$0]) })
                {
                    return j
                }
            }
            j += 1
        }
        return hi
    }
}

import DossierModel

extension QuoteScan {
    /// Nouns for a document or a count that reports without a speaking verb: "In a Marist poll, …",
    /// a headline's "Poll: …".
    static let documentNouns: Set<String> = [
        "poll", "polls", "survey", "surveys", "study", "studies", "report", "reports", "analysis", "review",
        "audit", "estimate", "estimates", "census", "findings", "filing", "documents", "memo", "ruling",
    ]

    /// "In a Marist poll released Friday, Clinton leads by three points": a sentence opened by "in"
    /// and a phrase headed by a document noun reports the rest of the sentence for that document,
    /// when no cue of its own follows (then the cue's frame reports it).
    mutating func documentOpener(_ k: Int, sentence si: Int, done: inout [Bool]) -> ([Quote], Attribution, Int)? {
        let st = sentenceTokens[si]
        guard k == st.lo, lower[k] == "in", k + 2 < st.hi else { return nil }
        var comma = k + 1
        var head = -1
        while comma < st.hi && comma - k <= config.documentOpenerTokens && !isPunct(comma, ",") {
            if regionOf[comma] >= 0 || isTerminator(comma) { return nil }
            if Self.documentNouns.contains(lower[comma]) && head < 0 { head = comma }
            comma += 1
        }
        guard head > k, comma < st.hi, isPunct(comma, ","), comma + 1 < st.hi else { return nil }
        for j in (comma + 1)..<st.hi where regionOf[j] < 0 && (cueKind(j) != nil || isAccordingTo(j)) { return nil }
        let attr = attribution(source: (k + 1, comma), cueLo: k, cueHi: k + 1)
        guard st.hi - (comma + 1) > config.minContent, let qs = emitContent(comma + 1, st.hi, attr: attr, done: &done)
        else { return nil }
        markUsed(attr)
        return (qs, attr, st.hi)
    }

    /// A headline opened by a document noun and a colon ("Poll: Voters Turn Away From …") reports
    /// the rest of the headline for that document.
    mutating func documentHeadline(_ k: Int, done: inout [Bool]) -> ([Quote], Attribution, Int)? {
        guard paragraphOf[k] == 0, k + 2 < tokens.count, tokens[k].start == paragraphs[0].start,
            Self.documentNouns.contains(lower[k]), isPunct(k + 1, ":")
        else { return nil }
        let end = paragraphEnd(k)
        guard end - (k + 2) >= config.minLabelContent else { return nil }
        // The capitalised noun opening the headline names no one: the poll is described.
        var attr = attribution(source: (k, k + 1), cueLo: k + 1, cueHi: k + 2)
        attr.speaker = nil
        attr.description = lower[k]
        guard let qs = emitContent(k + 2, end, attr: attr, done: &done) else { return nil }
        markUsed(attr)
        return (qs, attr, end)
    }
}

import DossierModel

/// Credits each figure to whoever the text says reported it.
public enum AmountClaimants {
    /// Sets `claimant` on amounts that stand inside a quote, or in a sentence holding an
    /// attributed quote: the speaker's name, or the role phrase when the text gives no name.
    public static func assign(_ amounts: inout [Amount], quotes: [Quote], sentences: [Span]) {
        guard !amounts.isEmpty, !quotes.isEmpty else { return }
        let attributed = quotes.filter { $0.speaker != nil || $0.speakerDescription != nil }
        for i in amounts.indices where amounts[i].claimant == nil {
            let a = amounts[i].span
            if let q = attributed.first(where: { $0.span.contains(a) }) {
                amounts[i].claimant = claimant(q)
                continue
            }
            guard let sent = sentence(containing: a, in: sentences) else { continue }
            if let q = attributed.first(where: { $0.span.overlaps(sent) }) {
                amounts[i].claimant = claimant(q)
            }
        }
    }

    /// The speaker's name, else the role as the description gives it (lowered mid-sentence, as claimants
    /// have always read).
    private static func claimant(_ q: Quote) -> String? { q.namedSpeaker ?? q.speakerDescription ?? q.speaker }

    private static func sentence(containing a: Span, in sentences: [Span]) -> Span? {
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= a.start { lo = mid + 1 } else { hi = mid }
        }
        return lo < sentences.count && sentences[lo].contains(a) ? sentences[lo] : nil
    }
}

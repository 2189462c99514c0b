import DossierModel

/// Tense.
extension TemporalMatcher {
    /// The tense cue nearest the expression tokens [from, to) within its sentence.
    func tense(_ from: Int, _ to: Int) -> Int8 {
        guard from < tokenCount else { return 0 }
        let pos = tokens[from].start
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= pos { lo = mid + 1 } else { hi = mid }
        }
        let sStart = lo < sentences.count ? sentences[lo].start : 0
        let sEnd = lo < sentences.count ? sentences[lo].end : scalars.count
        // The nearest auxiliary or modal, unless an "-ed" form stands clearly nearer:
        // "announced Friday that it will give" is a past Friday.
        var best: (dist: Int, cue: Int8)? = nil
        for strong in [true, false] {
            var l = from - 1, r = to
            var dist = 0
            while dist < 40 {
                dist += 1
                var any = false
                var found: Int8? = nil
                if l >= 0, tokens[l].start >= sStart {
                    any = true
                    found = TenseCue.cue(tokens[l], scalars, strong: strong)
                    l -= 1
                }
                if found == nil, r < tokenCount, tokens[r].end <= sEnd {
                    any = true
                    found = TenseCue.cue(tokens[r], scalars, strong: strong)
                    r += 1
                }
                if let f = found {
                    let cue: Int8 = f == TenseCue.present ? 0 : f
                    if strong { best = (dist, cue) } else if best == nil || dist < best!.dist { best = (dist, cue) }
                    break
                }
                if !any { break }
            }
        }
        if let best { return best.cue }
        return 0
    }
}

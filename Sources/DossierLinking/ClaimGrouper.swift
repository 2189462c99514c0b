import DossierModel

/// Groups the figures a story's articles give about the same thing — same unit head, and a
/// sentence about the same subject — and says whether they agree: within tolerance, or
/// overlapping once ranges and bounds ("at least", "up to", "about") are read as intervals.
/// A figure is compared clause by clause with the group's figures, not with the union of
/// their words, so that a group does not drift from one subject to the next; optionally only
/// with figures published within a few days (`claimWindowDays`), since many counts change as a
/// story runs. Each independent
/// source gives one figure per group; reprints add nothing.
enum ClaimGrouper {
    struct Draft {
        var unit: String
        var context: Set<UInt64>
        /// Clauses of the figures after the first, each compared in its own right.
        var otherContexts: [Set<UInt64>] = []
        var day: Int?
        var figures: [ClaimGroup.Figure] = []
        var intervals: [ClosedRange<Double>] = []
        var roots: Set<String> = []
    }

    static func claims(_ sources: StorySources, tolerance: Double, windowDays: Int?) -> [ClaimGroup] {
        var drafts: [Draft] = []
        var byUnit: [String: [Int]] = [:]
        for item in sources.items {
            for amount in item.article.annotations.amounts {
                guard let rawUnit = amount.unit, !rawUnit.isEmpty else { continue }
                let unit = unitKey(rawUnit)
                let span = StorySources.sentence(containing: amount.span, in: item)
                let sentence = item.text[span]
                var context = subjectStems(item.text[clause(around: amount.span, in: span, item.text)])
                context.subtract(contentStems(rawUnit))
                let figure = ClaimGroup.Figure(amount: amount, article: item.article.id, outlet: item.article.outlet, sentence: sentence)
                let day = item.article.published?.dayNumber
                // The group whose closest clause is most alike; one figure per independent source
                // and group (a reprint's figure is the original's).
                var best: (k: Int, score: Double)?
                for k in byUnit[unit] ?? [] {
                    let d = drafts[k]
                    guard !d.roots.contains(item.root), sameScale(d.figures[0].amount, amount),
                          sameTime(d.day, day, window: windowDays) else { continue }
                    let score = ([d.context] + d.otherContexts).filter { sameSubject($0, context) }.map { jaccard($0, context) }.max()
                    if let score, score > (best?.score ?? -1) { best = (k, score) }
                }
                if let k = best?.k {
                    drafts[k].roots.insert(item.root)
                    drafts[k].figures.append(figure)
                    drafts[k].intervals.append(interval(amount, tolerance: tolerance))
                    drafts[k].otherContexts.append(context)
                } else {
                    byUnit[unit, default: []].append(drafts.count)
                    drafts.append(Draft(unit: unit, context: context, day: day, figures: [figure],
                                        intervals: [interval(amount, tolerance: tolerance)], roots: [item.root]))
                }
            }
        }
        return drafts.filter { $0.roots.count >= 2 }.map { d in
            var agree = true
            for i in d.intervals.indices { for j in d.intervals.indices where j > i && !d.intervals[i].overlaps(d.intervals[j]) { agree = false } }
            return ClaimGroup(unit: d.unit, verdict: agree ? .agree : .conflict, figures: d.figures)
        }
    }

    /// "Passengers" and "passenger" are one unit; currency codes and "percent" stay as they are.
    static func unitKey(_ unit: String) -> String {
        var u = unit.lowercased().trimmingCharacters(in: .whitespaces)
        if let last = u.split(separator: " ").last { u = String(last) }
        let b = Array(u.utf8)
        return String(decoding: b[0..<WordScanner.stemLength(b)], as: UTF8.self)
    }

    /// The clause holding a figure: what it counts is said there, not in the rest of a sentence
    /// that may give other figures ("30 died, and 120 were rescued").
    static func clause(around amount: Span, in sentence: Span, _ text: ScalarText) -> Span {
        let s = text.scalars
        let stops: Set<Unicode.Scalar> = [",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "\"", "\u{201C}", "\u{201D}"]
        var a = max(sentence.start, min(amount.start, s.count)), b = min(max(amount.end, a), min(sentence.end, s.count))
        while a > sentence.start && !stops.contains(s[a - 1]) && !endsConjunction(s, a, sentence.start) { a -= 1 }
        while b < sentence.end && b < s.count && !stops.contains(s[b]) && !startsConjunction(s, b, sentence.end) { b += 1 }
        return Span(a, b)
    }

    static let conjunctions = ["while", "whereas", "but", "and"].map { Array($0.unicodeScalars) }

    /// Whether the words just before `i` end in " while " and the like.
    private static func endsConjunction(_ s: [Unicode.Scalar], _ i: Int, _ floor: Int) -> Bool {
        guard s[i - 1] == " " else { return false }
        for c in conjunctions {
            let start = i - 1 - c.count
            if start > floor, s[start - 1] == " ", Array(s[start..<(i - 1)]).map({ $0.properties.lowercaseMapping.unicodeScalars.first! }) == c { return true }
        }
        return false
    }

    private static func startsConjunction(_ s: [Unicode.Scalar], _ i: Int, _ ceiling: Int) -> Bool {
        guard s[i] == " " else { return false }
        for c in conjunctions {
            let end = i + 1 + c.count
            if end < ceiling, s[end] == " ", Array(s[(i + 1)..<end]) == c { return true }
        }
        return false
    }

    /// A count that changes over a story ("ships waiting at anchor") is not in conflict with
    /// itself a week later: with a window, figures are compared within it of the group's first one.
    static func sameTime(_ a: Int?, _ b: Int?, window: Int?) -> Bool {
        guard let a, let b, let window else { return true }
        return abs(a - b) <= window
    }

    /// What a clause says a figure counts: its common content words. Names are left out, since
    /// the same few names run through every sentence of a story ("the Port of Kessvik Authority
    /// offered a €2m fund" and "a €6.5m claim against the Port of Kessvik Authority").
    static func subjectStems(_ s: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        WordScanner.scan(s) { w in if !w.isStopword && !w.isNumber && !w.isName { out.insert(w.stem) } }
        return out
    }

    /// Figures orders of magnitude apart count different things ("$100 million" of oil against
    /// "$100 billion" of trade), however alike their sentences; a conflict is a smaller gap.
    static func sameScale(_ a: Amount, _ b: Amount) -> Bool {
        let x = max(abs(a.value), 1e-9), y = max(abs(b.high ?? b.value), abs(b.value), 1e-9)
        return max(x, y) / min(x, y) <= 10
    }

    /// Sentences about the same subject share content words beyond the unit itself.
    static func sameSubject(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Bool {
        let shared = a.intersection(b).count
        return (shared >= 2 && jaccard(a, b) >= 0.15) || jaccard(a, b) >= 0.3
    }

    static let lowerBounds: Set<String> = ["at least", "more than", "over", "above", "in excess of", "upwards of", "exceeding", "no fewer than", "no less than"]
    static let upperBounds: Set<String> = ["up to", "less than", "under", "below", "fewer than", "at most", "no more than"]
    static let nearlies: Set<String> = ["nearly", "almost", "just under", "close to"]

    /// The values a figure allows, widened by the tolerance.
    static func interval(_ a: Amount, tolerance t: Double) -> ClosedRange<Double> {
        var lo = a.value, hi = a.high ?? a.value
        let m = a.modifier?.lowercased() ?? ""
        if lowerBounds.contains(m) { hi = .infinity } else if upperBounds.contains(m) { lo = 0 } else if nearlies.contains(m) {
            lo = a.value * (1 - 4 * t)
        } else if !m.isEmpty { // about, around, roughly, some, an estimated
            lo = a.value * (1 - 2 * t); hi = (a.high ?? a.value) * (1 + 2 * t)
        }
        lo *= (1 - t)
        hi *= (1 + t)
        return min(lo, hi)...max(lo, hi)
    }
}

import DossierModel

/// Groups the figures a story's articles give about the same thing — same unit head, and a
/// sentence about the same subject — and says whether they agree: within tolerance, or
/// overlapping once ranges and bounds ("at least", "up to", "about") are read as intervals.
/// Each independent source gives one figure per group; reprints add nothing.
enum ClaimGrouper {
    struct Draft {
        var unit: String
        var context: Set<UInt64>
        var figures: [ClaimGroup.Figure] = []
        var intervals: [ClosedRange<Double>] = []
        var roots: Set<String> = []
    }

    static func claims(_ sources: StorySources, tolerance: Double) -> [ClaimGroup] {
        var drafts: [Draft] = []
        for item in sources.items {
            for amount in item.article.annotations.amounts {
                guard let rawUnit = amount.unit, !rawUnit.isEmpty else { continue }
                let unit = unitKey(rawUnit)
                let span = StorySources.sentence(containing: amount.span, in: item)
                let sentence = item.text[span]
                var context = contentStems(sentence)
                context.subtract(contentStems(rawUnit))
                let figure = ClaimGroup.Figure(amount: amount, article: item.article.id, outlet: item.article.outlet, sentence: sentence)
                let k = drafts.firstIndex { $0.unit == unit && sameSubject($0.context, context) }
                if let k {
                    // One figure per independent source: a reprint's figure is the original's.
                    guard !drafts[k].roots.contains(item.root) else { continue }
                    drafts[k].roots.insert(item.root)
                    drafts[k].figures.append(figure)
                    drafts[k].intervals.append(interval(amount, tolerance: tolerance))
                    drafts[k].context.formUnion(context)
                } else {
                    drafts.append(Draft(unit: unit, context: context, figures: [figure],
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

    /// Sentences about the same subject share content words beyond the unit itself.
    static func sameSubject(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Bool {
        let shared = a.intersection(b).count
        return shared >= 2 || jaccard(a, b) >= 0.25
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

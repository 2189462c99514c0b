import DossierModel

/// A story's title: its most central headline, that of the independent report most like the
/// story as a whole (its words against the story's word spread, a cosine with the centroid of
/// the reports' word sets), so that a storyline of months is named for what runs through it
/// rather than for its first day or an opinion piece's turn of phrase. Never a site name:
/// headline segments that are the outlet's name or that recur across unrelated headlines
/// ("Breaking News | Example Times") are cut off, and a headline left with fewer than
/// `minWords` content words is not a candidate.
enum StoryTitle {
    static let separators: [String] = [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00B7} "]

    static func central(_ articles: [Article], originalOf: [String: String], minWords: Int) -> String {
        let fallback = StoryAssembler.headline(articles, originalOf: originalOf)
        let independent = articles.filter { originalOf[$0.id] == nil }
        guard independent.count >= 2 else { return cleaned(fallback, outlet: articles.first?.outlet, recurring: []) }
        // Segments found in two or more different headlines are a site's name, not news.
        var segmentCount: [String: Int] = [:]
        for a in independent {
            for s in Set(segments(a.title ?? "").map { $0.lowercased() }) { segmentCount[s, default: 0] += 1 }
        }
        let recurring = Set(segmentCount.filter { $0.value >= 2 }.map(\.key))
        // Word spread over the story's independent reports.
        var df: [UInt64: Int] = [:]
        var words: [Set<UInt64>] = []
        for a in independent {
            let w = contentStems((a.title ?? "") + "\n" + a.text)
            words.append(w)
            for t in w { df[t, default: 0] += 1 }
        }
        var best: (title: String, score: Double)?
        for (a, w) in zip(independent, words) where !w.isEmpty {
            let t = cleaned(a.title ?? "", outlet: a.outlet, recurring: recurring)
            guard contentStems(t).count >= minWords else { continue }
            // The report's own words are left out of the spread it is measured against.
            let score = w.reduce(0.0) { $0 + Double((df[$1] ?? 1) - 1) } / Double(w.count).squareRoot()
            if score > (best?.score ?? -1) { best = (t, score) }
        }
        return best?.title ?? cleaned(fallback, outlet: articles.first?.outlet, recurring: recurring)
    }

    static func segments(_ title: String) -> [String] {
        var parts = [title]
        for sep in separators { parts = parts.flatMap { $0.components(separatedBy: sep) } }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The headline without segments naming its site; the longest remaining segment when it was cut.
    static func cleaned(_ title: String, outlet: String?, recurring: Set<String>) -> String {
        let parts = segments(title)
        guard parts.count > 1 else { return title.trimmingCharacters(in: .whitespaces) }
        let site = outlet?.lowercased()
        let kept = parts.filter { p in
            let l = p.lowercased()
            let namesSite = site.map { l.contains($0) && p.count <= $0.count + 12 } ?? false
            return !recurring.contains(l) && l != site && !namesSite
        }
        if kept.isEmpty { return parts.max { $0.count < $1.count } ?? title }
        if kept.count == parts.count { return title.trimmingCharacters(in: .whitespaces) }
        return kept.max { $0.count < $1.count } ?? title
    }
}

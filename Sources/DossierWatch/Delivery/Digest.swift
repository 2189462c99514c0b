import DossierModel
import DossierStore

/// A Markdown brief of what changed since a time: alerts by watchlist with the span that
/// triggered each and its sources, the stories that grew, and sources that keep failing.
public enum Digest {
    public static func markdown(
        _ store: ArticleStore, since: Double, now: Double, failingAfter: Int = 5
    ) throws -> String {
        var md = "# Dossier digest\n\nSince \(AtomWriter.rfc3339(since)) (as of \(AtomWriter.rfc3339(now))).\n"
        let alerts = try store.alerts(since: since, limit: 10_000)
        md += "\n## Alerts (\(alerts.count))\n"
        if alerts.isEmpty { md += "\nNone.\n" }
        let titles = Dictionary(
            try store.articleSummaries(ids: alerts.map(\.articleId)).map { ($0.id, $0.title ?? $0.id) },
            uniquingKeysWith: { a, _ in a })
        for name in alerts.map(\.watchlist).uniqued() {
            md += "\n### \(name)\n\n"
            for a in alerts where a.watchlist == name {
                md +=
                    "- **\(escape(titles[a.articleId] ?? a.articleId))** (\(a.kind.rawValue)): "
                    + "“\(escape(a.triggerText))”"
                let cited = a.sources.prefix(5).map { s in
                    let label = escape(s.outlet ?? s.url ?? s.articleId)
                    return s.url.map { "[\(label)](\($0))" } ?? label
                }
                if !cited.isEmpty { md += " — " + cited.joined(separator: ", ") }
                md += "\n"
            }
        }
        let stories = try store.watchStories(updatedSince: since, limit: 200)
        md += "\n## Stories updated (\(stories.count))\n\n"
        if stories.isEmpty { md += "None.\n" }
        let times = try store.watchStoryTimes()
        for s in stories {
            let new = times[s.id]?.filter { $0 >= since }.count ?? 0
            let trend = TrendScore(times: times[s.id] ?? [], now: now)
            md +=
                "- \(escape(s.title ?? s.id)) (`\(s.id)`): \(new) new of \(s.articles) articles, trend "
                + String(format: "%.1f", trend.score) + "\n"
        }
        let failing = try store.sources().filter { $0.failures >= failingAfter }
        if !failing.isEmpty {
            md += "\n## Sources failing (\(failing.count))\n\n"
            for s in failing {
                md += "- \(s.url): \(s.failures) failures in a row, last: \(escape(s.lastError ?? ""))\n"
            }
        }
        return md
    }

    /// Markdown's emphasis and link characters escaped, line breaks flattened.
    static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c == "\n" || c == "\r" { out.append(" "); continue }
            if "\\*_[]`<>".unicodeScalars.contains(c) { out.append("\\") }
            out.append(c)
        }
        return String(out)
    }
}

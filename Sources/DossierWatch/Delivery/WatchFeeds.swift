import DossierModel
import DossierStore

/// Atom feeds of a watchlist's alerts and of a watched story's articles.
public enum WatchFeeds {
    /// Entries kept in a feed, newest first.
    public static let maxEntries = 100

    /// The watchlist's alerts, or nil when there is no such watchlist.
    public static func watchlist(_ store: any WatchStoring, name: String, selfLink: String? = nil) throws -> String? {
        guard try store.watchlist(named: name) != nil else { return nil }
        let alerts = try store.alerts(watchlist: name, since: -.infinity, limit: maxEntries)
        let articles = Dictionary(
            try store.articleSummaries(ids: alerts.map(\.articleId)).map { ($0.id, $0) },
            uniquingKeysWith: { a, _ in a })
        let entries = alerts.map { a in
            let art = articles[a.articleId]
            let reported = a.sources.compactMap { $0.outlet }.uniqued().joined(separator: ", ")
            return AtomWriter.Entry(
                id: "urn:dossier:alert:\(a.id)", title: "[\(a.watchlist)] \(art?.title ?? a.articleId)",
                link: art?.url, updated: AtomWriter.rfc3339(a.created),
                summary: "\(a.kind.rawValue): \(a.triggerText)"
                    + (reported.isEmpty ? "" : "\nReported by: \(reported)"),
                author: art?.outlet)
        }
        let updated = alerts.first.map { AtomWriter.rfc3339($0.created) } ?? AtomWriter.rfc3339(0)
        return AtomWriter.document(
            id: "urn:dossier:watchlist:\(name)", title: "Dossier watchlist: \(name)",
            selfLink: selfLink, updated: updated, entries: entries)
    }

    /// The watched story's articles, newest first, or nil when there is no such story.
    public static func story(_ store: any WatchStoring, id: String, selfLink: String? = nil) throws -> String? {
        guard let story = try store.watchStory(id: id) else { return nil }
        let members = Array(try store.watchMembers(story: id).suffix(maxEntries).reversed())
        let added = Dictionary(members.map { ($0.articleId, $0.added) }, uniquingKeysWith: { a, _ in a })
        return storyDocument(
            id: id, title: story.title ?? id, updated: story.updated,
            articles: try store.articleSummaries(ids: members.map(\.articleId)), added: added,
            selfLink: selfLink)
    }

    /// A story feed of these articles (newest first); `added` gives each entry's time, else `updated`.
    public static func storyDocument(
        id: String, title: String, updated: Double, articles: [ArticleSummary],
        added: [String: Double], selfLink: String?
    ) -> String {
        let entries = articles.prefix(maxEntries).map { a in
            AtomWriter.Entry(
                id: "urn:dossier:article:\(a.id)", title: a.title ?? a.id, link: a.url,
                updated: AtomWriter.rfc3339(added[a.id] ?? updated),
                summary: [a.outlet, a.published].compactMap { $0 }.joined(separator: ", "), author: a.outlet)
        }
        return AtomWriter.document(
            id: "urn:dossier:story:\(id)", title: "Dossier story: \(title)",
            selfLink: selfLink, updated: AtomWriter.rfc3339(updated), entries: entries)
    }
}

extension Sequence where Element: Hashable {
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}

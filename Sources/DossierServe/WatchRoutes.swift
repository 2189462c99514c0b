import DossierModel
import DossierOutput
import DossierStore
import DossierText
import DossierWatch
import Foundation
import Hummingbird

/// What `dossier watch` keeps, over HTTP: Atom feeds of watchlists and stories, source health
/// and alerts as JSON.
extension DossierApp {
    static let atomType = "application/atom+xml; charset=utf-8"

    /// The watcher's tables (sources, watchlists, alerts, watched stories): both engines keep
    /// them (`WatchStoring`); a store that does not (a test double) gets 501 rather than an empty answer.
    func watchStore() throws -> any WatchStoring {
        guard let watch = store as? any WatchStoring else {
            throw APIError(.notImplemented, "this server's store keeps no watch data (sources, watchlists, alerts)")
        }
        return watch
    }

    func addWatchRoutes(_ router: Router<DossierContext>) {
        router.get("/feeds/watchlists/:name") { request, context in
            let name = try Self.parameter(context, "name")
            let store = try self.watchStore()
            guard let doc = try WatchFeeds.watchlist(store, name: name, selfLink: request.uri.path) else {
                throw APIError.notFound("no watchlist \(name)")
            }
            return Reply.bytes(Array(doc.utf8), contentType: Self.atomType)
        }
        router.get("/feeds/stories/:id") { request, context in
            let id = try Self.parameter(context, "id")
            if let doc = try WatchFeeds.story(try self.watchStore(), id: id, selfLink: request.uri.path) {
                return Reply.bytes(Array(doc.utf8), contentType: Self.atomType)
            }
            // A story of the web app's list (built from the whole store), newest article first.
            let snap = try self.catalog.snapshot()
            let s = try self.story(id, in: snap)
            let summaries = try self.watchStore().articleSummaries(ids: s.story.articles.map(\.id))
                .sorted { ($0.published ?? "", $0.id) > ($1.published ?? "", $1.id) }
            let times = Dictionary(
                summaries.compactMap { a in
                    a.published.flatMap(DossierText.DateParsing.parse).flatMap(PollSchedule.epochSeconds).map {
                        (a.id, $0)
                    }
                }, uniquingKeysWith: { a, _ in a })
            let doc = WatchFeeds.storyDocument(
                id: id, title: s.story.title ?? id, updated: times.values.max() ?? 0,
                articles: summaries, added: times, selfLink: request.uri.path)
            return Reply.bytes(Array(doc.utf8), contentType: Self.atomType)
        }
        router.get("/sources") { _, _ in
            let failingAfter = WatchConfiguration().failingAfter
            let health = try self.watchStore().sources().map { SourceHealth($0, failingAfter: failingAfter) }
            return Reply.page(SourcesPage.render(health))
        }
        router.get("/api/sources") { _, _ in
            let failingAfter = WatchConfiguration().failingAfter
            let items = try self.watchStore().sources().map { SourceHealth($0, failingAfter: failingAfter).json() }
            return Reply.document(.object([("items", .array(items)), ("total", .int(items.count))]))
        }
        router.get("/api/trending") { _, _ in
            let now = Date().timeIntervalSince1970
            func trend(_ t: TrendScore) -> [(String, JSONValue)] {
                [
                    ("score", .double((t.score * 100).rounded() / 100)), ("last_24h", .int(t.last24h)),
                    ("baseline_per_day", .double((t.baselinePerDay * 100).rounded() / 100)),
                ]
            }
            let stories: [JSONValue] = try TrendRanking.stories(try self.watchStore(), now: now).prefix(50).map {
                .object([("id", .string($0.id)), ("title", .string($0.title))] + trend($0.trend))
            }
            let entities: [JSONValue] = try TrendRanking.entities(try self.watchStore(), now: now).prefix(50).map {
                .object([("name", .string($0.name))] + trend($0.trend))
            }
            return Reply.document(.object([("stories", .array(stories)), ("entities", .array(entities))]))
        }
        router.get("/api/alerts") { request, _ in
            let fields = Self.fields(request)
            var limit = 50
            if let l = fields["limit"] {
                guard let n = Int(l), (1...200).contains(n) else { throw APIError.badRequest("limit must be 1 to 200") }
                limit = n
            }
            let alerts = try self.watchStore().alerts(watchlist: fields["watchlist"], since: -.infinity, limit: limit)
            let refs = Dictionary(
                try self.watchStore().articleSummaries(ids: alerts.map(\.articleId)).map { ($0.id, $0) },
                uniquingKeysWith: { a, _ in a })
            let items: [JSONValue] = alerts.map { a in
                let r = refs[a.articleId]
                return WebhookSender.alertJSON(
                    a,
                    article: r.map {
                        WebhookSender.ArticleRef(
                            id: $0.id, title: $0.title, url: $0.url, outlet: $0.outlet, published: $0.published)
                    })
            }
            return Reply.document(.object([("items", .array(items)), ("total", .int(items.count))]))
        }
    }
}

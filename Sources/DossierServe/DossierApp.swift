import DossierModel
import DossierStore
import Foundation
import Hummingbird

/// The web app's state and its route table: the store, the story catalog, the ingestor, the
/// write guard and rate limit. Handlers live in the `*Routes.swift` files, one group each.
public final class DossierApp: Sendable {
    let store: any ArticleStoring
    let catalog: StoryCatalog
    let configuration: ServeConfiguration
    let ingestor: ArticleIngestor
    let guardian: TokenGuard
    let limiter: WriteRateLimiter

    public init(
        store: any ArticleStoring, configuration: ServeConfiguration, source: any StorySource = LinkedStorySource()
    ) {
        self.store = store
        self.configuration = configuration
        catalog = StoryCatalog(store: store, source: source)
        ingestor = ArticleIngestor(store: store)
        guardian = TokenGuard(token: configuration.token)
        limiter = WriteRateLimiter(perMinute: configuration.writesPerMinute)
    }

    public func router() -> Router<DossierContext> {
        let router = Router(context: DossierContext.self)
        router.add(middleware: ErrorMiddleware())
        addPageRoutes(router)
        addAPIRoutes(router)
        addExportRoutes(router)
        addIngestRoutes(router)
        addWatchRoutes(router)
        return router
    }

    // MARK: shared helpers

    /// A path parameter, percent-decoded.
    static func parameter(_ context: DossierContext, _ name: String) throws -> String {
        guard let raw = context.parameters.get(name) else { throw APIError.badRequest("missing \(name) in the path") }
        return raw.removingPercentEncoding ?? raw
    }

    static func fields(_ request: Request) -> FormFields { FormFields(request.uri.query) }

    /// A response from this revision's cache, or rendered now and kept.
    func cached(
        _ request: Request, _ snap: StorySnapshot, render: () throws -> ResponseCache.Entry
    ) rethrows
        -> Response
    {
        let key = request.uri.string
        if let hit = snap.responses.get(key) { return Reply.bytes(hit.body, contentType: hit.contentType) }
        let entry = try render()
        snap.responses.put(key, entry)
        return Reply.bytes(entry.body, contentType: entry.contentType)
    }

    /// The client address the write limit counts by.
    static func client(_ context: DossierContext) -> String {
        context.remoteAddress?.ipAddress ?? "unknown"
    }

    func article(_ id: String) throws -> Article {
        guard let a = try store.article(id: id) else {
            throw APIError.notFound("no article with id \(id): GET /api/articles lists them")
        }
        return a
    }

    func story(_ id: String, in snap: StorySnapshot) throws -> (story: Story, stats: StoryStats) {
        guard let s = snap.story(id) else {
            throw APIError.notFound(
                "no story with id \(id): GET /api/stories lists them (ids change when "
                    + "articles are added)")
        }
        return s
    }

    func search(
        _ fields: FormFields, paging: Paging
    ) throws
        -> (
            text: String, query: SearchQuery, scope: ArticleStore.SearchScope, page: ResultPage<SearchHit>,
            days: [(day: String, count: Int)]
        )
    {
        guard let text = fields["q"] else {
            throw APIError.badRequest("give a search in q, such as q=\"oil spill\" AND harbour")
        }
        var scope = ArticleStore.SearchScope.all
        if let s = fields.raw("scope") {
            guard let v = ArticleStore.SearchScope(rawValue: s) else {
                throw APIError.badRequest("scope must be all, articles or quotes")
            }
            scope = v
        }
        let q = SearchQuery.parse(text)
        guard !q.isEmpty else {
            throw APIError.badRequest("the search has no words or filters: give a word, a \"phrase\" or person:Name")
        }
        do {
            let r = try store.searchWithDays(q, scope: scope, limit: paging.limit, offset: paging.offset)
            return (text, q, scope, r.page, r.days)
        } catch ArticleStore.SearchError.invalid(let why) {
            throw APIError.badRequest("the search could not be read (\(why)); put unusual words in \"quotes\"")
        }
    }
}

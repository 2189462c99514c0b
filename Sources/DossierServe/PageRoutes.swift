import DossierModel
import DossierStore
import Hummingbird

/// The HTML pages: stories, story, article, person, search, and the stylesheet.
extension DossierApp {
    func addPageRoutes(_ router: Router<DossierContext>) {
        router.get("/") { request, _ in
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let fields = Self.fields(request)
                let filter = try StoryFilter(fields, strict: false)
                let paging = try Paging(fields, configuration: self.configuration)
                return .page(StoryListPage.render(snap, filter: filter, picked: snap.select(filter), paging: paging))
            }
        }
        router.get("/stories/:id") { request, context in
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let s = try self.story(Self.parameter(context, "id"), in: snap)
                return .page(StoryPage.render(s.story, brief: snap.brief(s.story)))
            }
        }
        router.get("/articles/:id") { request, context in
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let a = try self.article(Self.parameter(context, "id"))
                let storyID = snap.storyOfArticle[a.id]
                let cited = Self.fields(request)["hl"].flatMap(Self.span)
                let title = storyID.flatMap { snap.story($0)?.story.title }
                return .page(ArticlePage.render(a, storyID: storyID, storyTitle: title, cited: cited))
            }
        }
        router.get("/people/:name") { request, context in
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let name = try Self.parameter(context, "name")
                let paging = try Paging(Self.fields(request), configuration: self.configuration)
                let (e, quotes) = try self.person(name, paging: paging)
                return .page(
                    PersonPage.render(
                        e, quotes: quotes, stories: snap.stories(mentioning: e.name),
                        paging: paging))
            }
        }
        router.get("/search") { request, _ in
            let fields = Self.fields(request)
            let paging = try Paging(fields, configuration: self.configuration)
            let scope = fields["scope"].flatMap(ArticleStore.SearchScope.init) ?? .all
            guard fields["q"] != nil else {
                return Reply.page(
                    SearchPage.render(
                        text: nil, scope: scope, result: nil, days: [], paging: paging,
                        error: nil))
            }
            do {
                let r = try self.search(fields, paging: paging)
                return Reply.page(
                    SearchPage.render(
                        text: r.text, scope: r.scope, result: r.page, days: r.days,
                        paging: paging, error: nil))
            } catch let e as APIError {
                let page = SearchPage.render(
                    text: fields["q"], scope: scope, result: nil, days: [], paging: paging,
                    error: e.message)
                return Reply.page(page, status: e.status)
            }
        }
        router.get("/static/:name") { _, context in
            guard let asset = StaticAssets.asset(try Self.parameter(context, "name")) else {
                throw APIError.notFound("no such file")
            }
            return Reply.bytes(
                Array(asset.body.utf8), contentType: asset.contentType,
                extra: [.cacheControl: "public, max-age=3600"])
        }
    }

    /// "12-40" as a span, for the cited-span highlight.
    static func span(_ s: String) -> Span? {
        let parts = s.split(separator: "-")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), a >= 0, b > a else { return nil }
        return Span(a, b)
    }

    func person(_ name: String, paging: Paging) throws -> (NamedEntityRecord, ResultPage<StoredQuote>) {
        let quotesOnly = { (quotes: ResultPage<StoredQuote>) -> NamedEntityRecord? in
            quotes.total == 0
                ? nil
                : NamedEntityRecord(name: name, types: [], descriptions: [], aliases: [], articles: [])
        }
        let e = try store.namedEntity(name)
        let quotes = try store.quotes(
            by: e?.name ?? name, aliases: e?.aliases ?? [], limit: paging.limit,
            offset: paging.offset)
        guard let record = e ?? quotesOnly(quotes) else {
            throw APIError.notFound("no person or organisation named \(name) in the store: search finds partial names")
        }
        return (record, quotes)
    }
}

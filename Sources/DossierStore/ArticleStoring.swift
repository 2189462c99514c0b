import DossierModel

/// What ingest, stories, brief, serve and the workers need from a store, whatever the engine:
/// `ArticleStore` (SQLite, the default, zero set-up) and `PostgresStore` (DossierPostgres, for
/// shared deployments). Both keep the same tables, columns and migrations, so the same inputs
/// give the same rows and the same stories.
public protocol ArticleStoring: AnyObject, Sendable {
    /// The database as the user named it (a path, or a connection string without its password).
    var location: String { get }

    /// Runs `body` inside one write transaction, handing it a function that stores one article.
    /// Ids are content-addressed: an unchanged article is left alone, a changed one replaced whole.
    func inTransaction(_ body: (_ store: (Article) throws -> Void) throws -> Void) throws -> ArticleStore.SaveReport
    /// `inTransaction` for articles already turned into rows (`PreparedArticle`, made off the
    /// writing thread): what ingest and the workers use.
    func inPreparedTransaction(
        _ body: (_ store: (PreparedArticle) throws -> Void) throws -> Void
    ) throws -> ArticleStore.SaveReport

    /// Rows per table (article, entity, quote, amount, timex).
    func counts() throws -> [String: Int]
    /// Every stored article with its annotations, oldest first (published, then id).
    func loadArticles() throws -> [Article]
    func article(id: String) throws -> Article?
    /// Every stored article's id and publication time, in `loadArticles` order: what `stories`
    /// reads first to link a store in passes without holding its articles.
    func articleTimes() throws -> [(id: String, published: Timestamp?)]
    /// The stored articles with these ids, in the order given; an id not stored is left out. Without
    /// `withQuotesAndFigures` an engine may leave quotes and figures out (clustering reads neither).
    func articles(ids: [String], withQuotesAndFigures: Bool) throws -> [Article]

    /// Changes with every insert or delete of an article: what readers key their caches on.
    func revision() throws -> Int
    func articleCount() throws -> Int
    func articles(limit: Int, offset: Int) throws -> ResultPage<ArticleSummary>

    func search(
        _ q: SearchQuery, scope: ArticleStore.SearchScope, limit: Int, offset: Int
    ) throws
        -> ResultPage<SearchHit>
    func searchWithDays(
        _ q: SearchQuery, scope: ArticleStore.SearchScope, limit: Int, offset: Int
    ) throws
        -> (page: ResultPage<SearchHit>, days: [(day: String, count: Int)])
    func searchDays(_ q: SearchQuery, scope: ArticleStore.SearchScope) throws -> [(day: String, count: Int)]
    func namedEntity(_ name: String) throws -> NamedEntityRecord?
    func quotes(by speaker: String, aliases: [String], limit: Int, offset: Int) throws -> ResultPage<StoredQuote>
}

extension ArticleStoring {
    /// Each article prepared as it is handed over, on the caller's thread, then stored as
    /// `inPreparedTransaction` stores it: one write path for both engines.
    public func inTransaction(
        _ body: (_ store: (Article) throws -> Void) throws -> Void
    ) throws -> ArticleStore.SaveReport {
        try inPreparedTransaction { store in try PreparedArticle.preparing(body, into: store) }
    }
}

extension ArticleStoring {
    /// Stores articles in one transaction.
    public func save<S: Sequence>(_ articles: S) throws -> ArticleStore.SaveReport where S.Element == Article {
        try inTransaction { store in
            for a in articles { try store(a) }
        }
    }
}

extension ArticleStore.SaveReport {
    public static func += (a: inout Self, b: Self) {
        a.inserted += b.inserted
        a.replaced += b.replaced
        a.unchanged += b.unchanged
    }
}

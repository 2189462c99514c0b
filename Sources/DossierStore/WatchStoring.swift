import DossierModel

/// What `dossier watch`, `dossier sources`, `dossier watchlist`, `dossier feed` and the web app's
/// watch routes need from a store, whatever the engine: `ArticleStore` (SQLite) and
/// `PostgresStore` (DossierPostgres). Both keep the same watch tables (`WatchSchema`, migrations
/// v3-watch and v4-watch-spill) with the same semantics: an item key is recorded once, an article
/// is placed in one story once, an alert is raised once per watchlist and article, and each
/// write that belongs together (an article with its keys, placement and alerts) is one transaction.
///
/// Requirements carry no default arguments (a protocol cannot): `ArticleStore` and
/// `PostgresStore` give their own, and code holding `any WatchStoring` passes every argument.
public protocol WatchStoring: ArticleStoring {
    // MARK: The one watcher

    /// Claims the store for one watcher (see `WatcherLock`); throws, saying so, when another
    /// process holds it.
    func holdWatcherLock() throws -> WatcherLock

    // MARK: Sources

    /// Adds sources not yet kept (by exact URL); returns which of `urls` were new. They are due at once.
    @discardableResult
    func addSources(
        _ urls: [String], kind: WatchSource.Kind, interval: Double, now: Double, titles: [String: String]
    ) throws -> [Bool]
    /// Removes sources by id or URL; returns how many went. What they brought in stays.
    func removeSource(_ idOrURL: String) throws -> Int
    /// Every source, by id.
    func sources() throws -> [WatchSource]
    /// Sources whose next poll is at or before `now`, soonest first.
    func dueSources(now: Double, limit: Int) throws -> [WatchSource]
    /// Writes a source's poll state (not its URL or when it was added).
    func updateSource(_ s: WatchSource) throws

    // MARK: Items seen

    /// The first of `keys` already seen, if any ("guid:…", "url:…", "hash:…").
    func seenKey(_ keys: [String]) throws -> String?
    /// Records keys as seen (an item that could not be read is not fetched again); a key seen
    /// before keeps its first record.
    func markSeen(_ keys: [String], sourceID: Int64, articleID: String?, now: Double) throws

    // MARK: Watched articles and stories

    /// Stores a new article with its seen keys, its place in a story and an event and the alerts
    /// it raised, in one transaction (see `ArticleStore.saveWatched`). Returns the alerts actually new.
    func saveWatched(
        _ article: Article, seen: [String], sourceID: Int64, member: WatchMember, storyTitle: String?, now: Double,
        alerts: (_ query: (SearchQuery) throws -> ArticleStore.QueryMatch) throws -> [WatchAlert]
    ) throws -> [WatchAlert]
    /// Places an article already stored in a watched story and event; false when it had been placed already.
    @discardableResult
    func placeStored(_ member: WatchMember, storyTitle: String?, now: Double) throws -> Bool
    /// Stored articles not placed in a watched story, in the order they were stored, looking at
    /// rows after `after` (a `scanned` this returned before); `scanned` is where the next call starts.
    func unplacedArticles(after: Int64, limit: Int) throws -> (ids: [String], scanned: Int64)
    /// Where each watched article was placed, in the order they were placed.
    func watchMembers() throws -> [WatchMember]
    /// The members of one watched story, in arrival order.
    func watchMembers(story: String) throws -> [WatchMember]
    /// Watched stories updated at or after `updatedSince`, most recently updated first.
    func watchStories(updatedSince: Double, limit: Int) throws -> [WatchStory]
    func watchStory(id: String) throws -> WatchStory?
    /// Arrival times of the articles of each watched story, for trend scores.
    func watchStoryTimes() throws -> [String: [Double]]
    /// Arrival times of watched articles since `since`, per entity name (once per article).
    func watchedEntityTimes(since: Double) throws -> [String: [Double]]
    /// Summaries of the articles with these ids, in the order given (unknown ids left out).
    func articleSummaries(ids: [String]) throws -> [ArticleSummary]

    // MARK: Watchlists and alerts

    /// Adds or replaces a watchlist (its alerts stay).
    func saveWatchlist(_ w: Watchlist) throws
    /// Removes a watchlist and its alerts; false when there was none.
    func removeWatchlist(_ name: String) throws -> Bool
    /// Every watchlist, by name.
    func watchlists() throws -> [Watchlist]
    /// Alerts newest first, of one watchlist or all, created at or after `since`.
    func alerts(watchlist: String?, since: Double, limit: Int) throws -> [WatchAlert]
    func alert(id: Int64) throws -> WatchAlert?

    // MARK: Webhook deliveries

    /// Deliveries not yet made whose next attempt is due at `now`, soonest first.
    func dueDeliveries(now: Double, limit: Int) throws -> [WatchDelivery]
    /// Records one attempt: delivered when `error` is nil, else retried at `retryAt` (never, when nil).
    func recordDelivery(alertID: Int64, error: String?, now: Double, retryAt: Double?) throws
    /// The delivery state of one alert: attempts made and whether it got through.
    func delivery(alertID: Int64) throws -> (attempts: Int, delivered: Bool, lastError: String?)?

    // MARK: Spilled stories (the story tracker's overflow)

    /// Forgets every spilled story (the tracker rebuilds them when it starts).
    func clearSpilledStories() throws
    /// Drops the stories of `forget` at `level`, then keeps those of `save`, in one transaction.
    func saveSpilledStories(level: Int, save: [ArticleStore.SpilledRow], forget: [Int]) throws
    /// The spilled stories at `level` sharing the most of `terms` (then the latest numbers), at most `limit`.
    func spilledStories(level: Int, terms: [UInt64], limit: Int) throws -> [[UInt8]]
    /// Spilled stories kept at `level`.
    func spilledStoryCount(level: Int) throws -> Int
}

extension WatchStoring {
    public func watchlist(named name: String) throws -> Watchlist? {
        try watchlists().first { $0.name == name }
    }

    // The shorter calls `ArticleStore` allows through its default arguments, with the same
    // defaults, for code holding `any WatchStoring` (a concrete store's own method wins).

    @discardableResult
    public func addSources(
        _ urls: [String], kind: WatchSource.Kind = .auto, interval: Double, now: Double
    ) throws -> [Bool] {
        try addSources(urls, kind: kind, interval: interval, now: now, titles: [:])
    }

    public func dueSources(now: Double) throws -> [WatchSource] { try dueSources(now: now, limit: 10_000) }

    public func watchStories() throws -> [WatchStory] { try watchStories(updatedSince: -.infinity, limit: 1_000) }

    public func alerts(watchlist: String? = nil) throws -> [WatchAlert] {
        try alerts(watchlist: watchlist, since: -.infinity, limit: 1_000)
    }
}

import DossierModel
import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

/// What `dossier watch`, `dossier sources` and `dossier watchlist` keep in the store.
extension ArticleStore: WatchStoring {
    // MARK: - The one watcher

    /// `flock` on `PATH.watch-lock`: the kernel drops it when the process ends, however it ends.
    /// The holder writes its process id there so the refusal can name it.
    public func holdWatcherLock() throws -> WatcherLock {
        // An in-memory database belongs to this process alone: nobody else can watch it.
        guard !path.isEmpty, path != ":memory:" else { return WatcherLock(release: {}) }
        let lockPath = path + ".watch-lock"
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw StoreError(path: lockPath, problem: "cannot open the watcher's lock file: \(errnoText())")
        }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let busy = errno == EWOULDBLOCK
            let problem = busy ? "" : errnoText()
            var bytes = [UInt8](repeating: 0, count: 32)
            let n = busy ? Glibc.read(fd, &bytes, bytes.count) : 0
            close(fd)
            guard busy else { throw StoreError(path: lockPath, problem: "cannot lock: \(problem)") }
            let pid =
                n > 0
                ? String(decoding: bytes[0..<n], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) : ""
            let who = pid.isEmpty ? "another `dossier watch`" : "another `dossier watch` (process \(pid))"
            throw StoreError(path: path, problem: "\(who) is watching this store; run one watcher per store")
        }
        let mine = Array("\(getpid())\n".utf8)
        _ = ftruncate(fd, 0)
        _ = mine.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        // The file stays: removing it while another process waits to open it would let two
        // processes lock two different files of one name.
        return WatcherLock(release: { close(fd) })
    }

    private func errnoText() -> String { String(cString: strerror(errno)) }

    // MARK: - Sources

    /// Adds sources not yet kept (by exact URL); returns which of `urls` were new. They are due at once.
    @discardableResult
    public func addSources(
        _ urls: [String], kind: WatchSource.Kind = .auto, interval: Double, now: Double,
        titles: [String: String] = [:]
    ) throws -> [Bool] {
        try writeTransaction { db, _ in
            try urls.map { url in
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO watch_source (url, kind, title, added, interval, nextPoll)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, arguments: [url, kind.rawValue, titles[url], now, interval, now])
                return db.changesCount > 0
            }
        }
    }

    /// Removes sources by id or URL; returns how many went. What they brought in stays.
    public func removeSource(_ idOrURL: String) throws -> Int {
        try writeTransaction { db, _ in
            try db.execute(
                sql: "DELETE FROM watch_source WHERE url = ? OR CAST(id AS TEXT) = ?",
                arguments: [idOrURL, idOrURL])
            return db.changesCount
        }
    }

    public func sources() throws -> [WatchSource] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM watch_source ORDER BY id").map(Self.source) }
    }

    /// Sources whose next poll is at or before `now`, soonest first.
    public func dueSources(now: Double, limit: Int = 10_000) throws -> [WatchSource] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM watch_source WHERE nextPoll <= ? ORDER BY nextPoll, id LIMIT ?",
                arguments: [now, limit]
            ).map(Self.source)
        }
    }

    /// The earliest next poll of any source.
    public func nextPollTime() throws -> Double? {
        try read { db in try Double.fetchOne(db, sql: "SELECT MIN(nextPoll) FROM watch_source") }
    }

    /// Writes a source's poll state (not its URL or when it was added).
    public func updateSource(_ s: WatchSource) throws {
        try writeTransaction { db, _ in try Self.update(s, db) }
    }

    static func update(_ s: WatchSource, _ db: Database) throws {
        try db.execute(
            sql: """
                UPDATE watch_source SET kind = ?, title = ?, etag = ?, lastModified = ?, interval = ?, nextPoll = ?,
                  lastPoll = ?, lastSuccess = ?, lastError = ?, lastErrorAt = ?, failures = ?, itemsSeen = ?,
                  lastHash = ?
                WHERE id = ?
                """,
            arguments: [
                s.kind.rawValue, s.title, s.etag, s.lastModified, s.interval, s.nextPoll, s.lastPoll,
                s.lastSuccess, s.lastError, s.lastErrorAt, s.failures, s.itemsSeen, s.lastHash, s.id,
            ])
    }

    static func source(_ r: Row) -> WatchSource {
        var s = WatchSource(
            id: r["id"], url: r["url"], kind: WatchSource.Kind(rawValue: r["kind"]) ?? .auto,
            added: r["added"], interval: r["interval"], nextPoll: r["nextPoll"])
        s.title = r["title"]
        s.etag = r["etag"]
        s.lastModified = r["lastModified"]
        s.lastPoll = r["lastPoll"]
        s.lastSuccess = r["lastSuccess"]
        s.lastError = r["lastError"]
        s.lastErrorAt = r["lastErrorAt"]
        s.failures = r["failures"]
        s.itemsSeen = r["itemsSeen"]
        s.lastHash = r["lastHash"]
        return s
    }

    // MARK: - Items seen

    /// The first of `keys` already seen, if any ("guid:…", "url:…", "hash:…").
    public func seenKey(_ keys: [String]) throws -> String? {
        try read { db in
            for k in keys
            where try Bool.fetchOne(db, sql: "SELECT 1 FROM watch_seen WHERE key = ?", arguments: [k]) != nil {
                return k
            }
            return nil
        }
    }

    /// Records keys as seen without an article (an item that could not be read is not fetched again).
    public func markSeen(_ keys: [String], sourceID: Int64, articleID: String?, now: Double) throws {
        try writeTransaction { db, _ in try Self.markSeen(keys, sourceID: sourceID, articleID: articleID, now: now, db)
        }
    }

    static func markSeen(_ keys: [String], sourceID: Int64, articleID: String?, now: Double, _ db: Database) throws {
        for k in keys {
            try db.execute(
                sql: "INSERT OR IGNORE INTO watch_seen (key, articleId, sourceId, firstSeen) VALUES (?, ?, ?, ?)",
                arguments: [k, articleID, sourceID, now])
        }
    }

    // MARK: - One watched article, whole

    /// Stores a new article with everything it brought, in one transaction: the article, its
    /// seen keys, its place in a story and an event (whose `updated` times move to `now`), and
    /// the alerts it raised (each stored once per watchlist and article; a webhook delivery is
    /// queued for each new alert whose watchlist has one). `alerts` runs once the article is
    /// stored, inside the transaction, with a function that checks a saved search against it.
    /// Returns the alerts actually new.
    public func saveWatched(
        _ article: Article, seen: [String], sourceID: Int64, member: WatchMember, storyTitle: String?, now: Double,
        alerts: (_ query: (SearchQuery) throws -> QueryMatch) throws -> [WatchAlert]
    ) throws -> [WatchAlert] {
        try writeTransaction { db, store in
            try store(article)
            try Self.markSeen(seen, sourceID: sourceID, articleID: article.id, now: now, db)
            try Self.insertMember(member, storyTitle: storyTitle, now: now, db)
            var fresh: [WatchAlert] = []
            let raised = try alerts { q in try Self.match(q, articleID: article.id, db) }
            for var a in raised {
                try db.execute(
                    sql: """
                        INSERT OR IGNORE INTO watch_alert (watchlist, articleId, storyId, kind, triggerText,
                          triggerStart,
                          triggerEnd, sources, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        a.watchlist, a.articleId, a.storyId, a.kind.rawValue, a.triggerText, a.triggerStart,
                        a.triggerEnd, try Self.json(a.sources), a.created,
                    ])
                guard db.changesCount > 0 else { continue }
                a.id = db.lastInsertedRowID
                if let hook = try String.fetchOne(
                    db, sql: "SELECT webhook FROM watchlist WHERE name = ?",
                    arguments: [a.watchlist])
                {
                    try db.execute(
                        sql: "INSERT INTO watch_delivery (alertId, url, nextAttempt) VALUES (?, ?, ?)",
                        arguments: [a.id, hook, now])
                }
                fresh.append(a)
            }
            return fresh
        }
    }

    /// Places an article already stored (by `dossier ingest`, say) in a watched story and event;
    /// false when it had been placed already.
    @discardableResult
    public func placeStored(_ member: WatchMember, storyTitle: String?, now: Double) throws -> Bool {
        try writeTransaction { db, _ in try Self.insertMember(member, storyTitle: storyTitle, now: now, db) }
    }

    /// The member row, and its story's and event's counts and `updated` times moved to `now`.
    @discardableResult
    static func insertMember(_ member: WatchMember, storyTitle: String?, now: Double, _ db: Database) throws -> Bool {
        try db.execute(
            sql: "INSERT OR IGNORE INTO watch_member (articleId, storyId, eventId, added) VALUES (?, ?, ?, ?)",
            arguments: [member.articleId, member.storyId, member.eventId, member.added])
        guard db.changesCount > 0 else { return false }
        try db.execute(
            sql: """
                INSERT INTO watch_story (id, title, opened, updated, articles) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (id) DO UPDATE SET updated = excluded.updated, articles = articles + 1,
                  title = coalesce(title, excluded.title)
                """, arguments: [member.storyId, storyTitle, now, now])
        try db.execute(
            sql: """
                INSERT INTO watch_event (id, storyId, opened, updated, articles) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (id) DO UPDATE SET updated = excluded.updated, articles = articles + 1
                """, arguments: [member.eventId, member.storyId, now, now])
        return true
    }

    /// Stored articles not placed in a watched story, in the order they were stored, looking only
    /// at rows stored after `after` (a row number this returned as `scanned` before) so that each
    /// call reads what is new. `scanned` is where the next call starts.
    public func unplacedArticles(after: Int64, limit: Int) throws -> (ids: [String], scanned: Int64) {
        try read { db in
            let top = try Int64.fetchOne(db, sql: "SELECT MAX(rowid) FROM article") ?? after
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT a.rowid AS n, a.id AS id FROM article a
                    WHERE a.rowid > ? AND a.rowid <= ?
                      AND NOT EXISTS (SELECT 1 FROM watch_member m WHERE m.articleId = a.id)
                    ORDER BY a.rowid LIMIT ?
                    """, arguments: [after, top, max(1, limit)])
            let ids: [String] = rows.map { $0["id"] }
            // A full batch may have more behind it: the next call starts after its last row.
            let scanned: Int64 = rows.count >= max(1, limit) ? (rows.last?["n"] ?? top) : max(top, after)
            return (ids, scanned)
        }
    }

    /// Whether a saved search matches one stored article, and the first of its quotes it matches.
    public struct QueryMatch: Sendable {
        public var matches: Bool
        public var quoteOrdinal: Int? = nil

        public init(matches: Bool, quoteOrdinal: Int? = nil) {
            self.matches = matches
            self.quoteOrdinal = quoteOrdinal
        }
    }

    static func match(_ q: SearchQuery, articleID: String, _ db: Database) throws -> QueryMatch {
        let (filterSQL, filterArgs) = filters(q)
        var sql = "SELECT 1 FROM article a WHERE a.id = ?\(filterSQL)"
        var args: StatementArguments = [articleID]
        args += filterArgs
        if let m = q.match {
            sql += """
                 AND (a.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?)
                 OR EXISTS (SELECT 1 FROM quote q JOIN quote_fts ON quote_fts.rowid = q.rowid
                   WHERE q.articleId = a.id AND quote_fts MATCH ?))
                """
            args += [m, m]
        }
        guard try Bool.fetchOne(db, sql: sql, arguments: args) != nil else { return QueryMatch(matches: false) }
        guard let m = q.match else { return QueryMatch(matches: true) }
        let ordinal = try Int.fetchOne(
            db,
            sql: """
                SELECT q.ordinal FROM quote q JOIN quote_fts ON quote_fts.rowid = q.rowid
                WHERE q.articleId = ? AND quote_fts MATCH ? ORDER BY q.ordinal LIMIT 1
                """, arguments: [articleID, m])
        return QueryMatch(matches: true, quoteOrdinal: ordinal)
    }

    /// Where each watched article was placed, in the order they were placed.
    public func watchMembers() throws -> [WatchMember] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM watch_member ORDER BY seq").map {
                WatchMember(
                    articleId: $0["articleId"], storyId: $0["storyId"], eventId: $0["eventId"], added: $0["added"])
            }
        }
    }

    /// Watched stories, most recently updated first.
    public func watchStories(updatedSince: Double = -.infinity, limit: Int = 1_000) throws -> [WatchStory] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM watch_story WHERE updated >= ? ORDER BY updated DESC, id LIMIT ?",
                arguments: [updatedSince, limit]
            ).map(Self.story)
        }
    }

    public func watchStory(id: String) throws -> WatchStory? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM watch_story WHERE id = ?", arguments: [id]).map(Self.story)
        }
    }

    public func watchEvents(story: String) throws -> [WatchStory] {
        try read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM watch_event WHERE storyId = ? ORDER BY opened, id",
                arguments: [story]
            ).map(Self.story)
        }
    }

    /// The members of one watched story, in arrival order.
    public func watchMembers(story: String) throws -> [WatchMember] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM watch_member WHERE storyId = ? ORDER BY seq", arguments: [story])
                .map {
                    WatchMember(
                        articleId: $0["articleId"], storyId: $0["storyId"], eventId: $0["eventId"], added: $0["added"])
                }
        }
    }

    static func story(_ r: Row) -> WatchStory {
        WatchStory(id: r["id"], title: r["title"], opened: r["opened"], updated: r["updated"], articles: r["articles"])
    }

    // MARK: - Watchlists and alerts

    /// Adds or replaces a watchlist.
    public func saveWatchlist(_ w: Watchlist) throws {
        try writeTransaction { db, _ in
            try db.execute(
                sql: """
                    INSERT INTO watchlist (name, kind, value, webhook, secret, created) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, value = excluded.value,
                      webhook = excluded.webhook, secret = excluded.secret
                    """, arguments: [w.name, w.kind.rawValue, w.value, w.webhook, w.secret, w.created])
        }
    }

    public func removeWatchlist(_ name: String) throws -> Bool {
        try writeTransaction { db, _ in
            try db.execute(sql: "DELETE FROM watchlist WHERE name = ?", arguments: [name])
            return db.changesCount > 0
        }
    }

    public func watchlists() throws -> [Watchlist] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM watchlist ORDER BY name").map {
                Watchlist(
                    name: $0["name"], kind: Watchlist.Kind(rawValue: $0["kind"]) ?? .keyword, value: $0["value"],
                    webhook: $0["webhook"], secret: $0["secret"], created: $0["created"])
            }
        }
    }

    /// Alerts newest first, of one watchlist or all, created at or after `since`.
    public func alerts(watchlist: String? = nil, since: Double = -.infinity, limit: Int = 1_000) throws -> [WatchAlert]
    {
        try read { db in
            let filter = watchlist == nil ? "" : " AND watchlist = ?"
            var args: StatementArguments = [since]
            if let watchlist { args += [watchlist] }
            args += [limit]
            return try Row.fetchAll(
                db, sql: "SELECT * FROM watch_alert WHERE created >= ?\(filter) ORDER BY created DESC, id DESC LIMIT ?",
                arguments: args
            ).map(Self.alert)
        }
    }

    public func alert(id: Int64) throws -> WatchAlert? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM watch_alert WHERE id = ?", arguments: [id]).map(Self.alert)
        }
    }

    static func alert(_ r: Row) -> WatchAlert {
        let sourcesJSON: String = r["sources"]
        let sources = (try? JSONDecoder().decode([WatchAlert.Source].self, from: Data(sourcesJSON.utf8))) ?? []
        return WatchAlert(
            id: r["id"], watchlist: r["watchlist"], articleId: r["articleId"], storyId: r["storyId"],
            kind: WatchAlert.Kind(rawValue: r["kind"]) ?? .article, triggerText: r["triggerText"],
            triggerStart: r["triggerStart"], triggerEnd: r["triggerEnd"], sources: sources,
            created: r["created"])
    }

    // MARK: - Webhook deliveries

    public func dueDeliveries(now: Double, limit: Int = 100) throws -> [WatchDelivery] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM watch_delivery WHERE delivered IS NULL AND nextAttempt <= ?
                    ORDER BY nextAttempt LIMIT ?
                    """, arguments: [now, limit]
            ).map {
                WatchDelivery(
                    alertId: $0["alertId"], url: $0["url"], attempts: $0["attempts"], nextAttempt: $0["nextAttempt"])
            }
        }
    }

    /// Records one attempt: delivered when `error` is nil, else retried at `retryAt` (never, when nil).
    public func recordDelivery(alertID: Int64, error: String?, now: Double, retryAt: Double?) throws {
        try writeTransaction { db, _ in
            try db.execute(
                sql: """
                    UPDATE watch_delivery SET attempts = attempts + 1, delivered = ?, lastError = ?, nextAttempt = ?
                    WHERE alertId = ?
                    """,
                arguments: [error == nil ? now : nil, error, retryAt ?? Double.greatestFiniteMagnitude, alertID])
        }
    }

    /// The delivery state of one alert: attempts made and whether it got through.
    public func delivery(alertID: Int64) throws -> (attempts: Int, delivered: Bool, lastError: String?)? {
        try read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM watch_delivery WHERE alertId = ?", arguments: [alertID]).map {
                (attempts: $0["attempts"], delivered: ($0["delivered"] as Double?) != nil, lastError: $0["lastError"])
            }
        }
    }

    private static func json<T: Encodable>(_ v: T) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return String(decoding: try enc.encode(v), as: UTF8.self)
    }

    /// Publication or arrival times of the articles of each watched story, for trend scores.
    public func watchStoryTimes() throws -> [String: [Double]] {
        try read { db in
            var out: [String: [Double]] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT storyId, added FROM watch_member") {
                out[r["storyId"], default: []].append(r["added"])
            }
            return out
        }
    }
}

extension ArticleStore {
    /// Summaries of the articles with these ids, in the order given (unknown ids left out).
    public func articleSummaries(ids: [String]) throws -> [ArticleSummary] {
        try read { db in
            try ids.compactMap { id in
                try Row.fetchOne(
                    db, sql: "SELECT \(Self.summaryColumns) FROM article a WHERE a.id = ?", arguments: [id]
                )
                .map(Self.summary)
            }
        }
    }
}

extension ArticleStore {
    /// Arrival times of watched articles since `since`, per entity name (once per article).
    public func watchedEntityTimes(since: Double) throws -> [String: [Double]] {
        try read { db in
            var out: [String: [Double]] = [:]
            for r in try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT e.name AS name, m.articleId AS articleId, m.added AS added FROM watch_member m
                    JOIN entity e ON e.articleId = m.articleId WHERE m.added >= ?
                    """, arguments: [since])
            {
                out[r["name"], default: []].append(r["added"])
            }
            return out
        }
    }
}

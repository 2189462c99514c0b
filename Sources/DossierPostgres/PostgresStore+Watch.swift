import DossierModel
import DossierStore
import Foundation

/// What `dossier watch`, `dossier sources` and `dossier watchlist` keep, in PostgreSQL: the same
/// tables and semantics as `ArticleStore+Watch` (SQLite). Statements that belong together run in
/// one transaction; "once" is the unique keys' work (ON CONFLICT DO NOTHING), so two writers
/// racing on one item, placement or alert leave one row.
extension PostgresStore: WatchStoring {
    // MARK: - The one watcher

    /// A session-level advisory lock on a connection of its own, kept out of the pool for as
    /// long as the claim lives: the server drops it when that session ends, however the watcher
    /// ends. Advisory locks are per database, so the key names the store's schema too (two
    /// stores in two schemas of one database each get their watcher).
    public func holdWatcherLock() throws -> WatcherLock {
        let c = try PGConnection(conninfo, location: location)
        let key = "hashtext('dossier.watch'), hashtext(current_schema())"
        let taken = try c.exec("SELECT pg_try_advisory_lock(\(key))").firstValue
        guard taken == "t" else {
            throw PostgresError(
                location: location, sqlState: nil,
                message: "another `dossier watch` is watching this store; run one watcher per store")
        }
        // The connection goes with the closure once it has run (the lock object drops it).
        return WatcherLock(release: { _ = try? c.exec("SELECT pg_advisory_unlock(\(key))") })
    }

    // MARK: - Sources

    @discardableResult
    public func addSources(
        _ urls: [String], kind: WatchSource.Kind = .auto, interval: Double, now: Double,
        titles: [String: String] = [:]
    ) throws -> [Bool] {
        try transaction { c in
            try urls.map { url in
                try c.exec(
                    """
                    INSERT INTO watch_source (url, kind, title, added, "interval", nextPoll)
                    VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (url) DO NOTHING
                    """,
                    [
                        .text(url), .text(kind.rawValue), StoredValue(titles[url]), .real(now),
                        .real(interval), .real(now),
                    ]
                ).affected > 0
            }
        }
    }

    public func removeSource(_ idOrURL: String) throws -> Int {
        try withConnection { c in
            try c.exec("DELETE FROM watch_source WHERE url = $1 OR CAST(id AS TEXT) = $1", [.text(idOrURL)]).affected
        }
    }

    public func sources() throws -> [WatchSource] {
        try withConnection { c in try c.exec("SELECT * FROM watch_source ORDER BY id").all.map(Self.source) }
    }

    public func dueSources(now: Double, limit: Int = 10_000) throws -> [WatchSource] {
        try withConnection { c in
            try c.exec(
                "SELECT * FROM watch_source WHERE nextPoll <= $1 ORDER BY nextPoll, id LIMIT $2",
                [.real(now), .integer(max(0, limit))]
            ).all.map(Self.source)
        }
    }

    public func updateSource(_ s: WatchSource) throws {
        _ = try withConnection { c in
            try c.exec(
                """
                UPDATE watch_source SET kind = $1, title = $2, etag = $3, lastModified = $4, "interval" = $5,
                  nextPoll = $6, lastPoll = $7, lastSuccess = $8, lastError = $9, lastErrorAt = $10, failures = $11,
                  itemsSeen = $12, lastHash = $13
                WHERE id = $14
                """,
                [
                    .text(s.kind.rawValue), StoredValue(s.title), StoredValue(s.etag), StoredValue(s.lastModified),
                    .real(s.interval), .real(s.nextPoll), StoredValue(s.lastPoll), StoredValue(s.lastSuccess),
                    StoredValue(s.lastError), StoredValue(s.lastErrorAt), .integer(s.failures), .integer(s.itemsSeen),
                    StoredValue(s.lastHash), .integer(Int(s.id)),
                ])
        }
    }

    static func source(_ r: PGRow) -> WatchSource {
        var s = WatchSource(
            id: Int64(r.integer("id") ?? 0), url: r.text("url") ?? "",
            kind: WatchSource.Kind(rawValue: r.text("kind") ?? "") ?? .auto,
            added: r.real("added") ?? 0, interval: r.real("interval") ?? 0, nextPoll: r.real("nextPoll") ?? 0)
        s.title = r.text("title")
        s.etag = r.text("etag")
        s.lastModified = r.text("lastModified")
        s.lastPoll = r.real("lastPoll")
        s.lastSuccess = r.real("lastSuccess")
        s.lastError = r.text("lastError")
        s.lastErrorAt = r.real("lastErrorAt")
        s.failures = r.integer("failures") ?? 0
        s.itemsSeen = r.integer("itemsSeen") ?? 0
        s.lastHash = r.text("lastHash")
        return s
    }

    /// A bigint[] literal.
    static func integerArray<S: Sequence>(_ values: S) -> StoredValue where S.Element: BinaryInteger {
        .text("{" + values.map { "\($0)" }.joined(separator: ",") + "}")
    }

    /// A text[] literal: each element quoted, with `"` and `\` escaped (NUL cannot be sent).
    static func textArray(_ items: [String]) -> StoredValue {
        var out = "{"
        for (k, item) in items.enumerated() {
            if k > 0 { out += "," }
            out += "\""
            for u in PGConnection.withoutNUL(item).unicodeScalars {
                if u == "\"" || u == "\\" { out.unicodeScalars.append("\\") }
                out.unicodeScalars.append(u)
            }
            out += "\""
        }
        return .text(out + "}")
    }

    // MARK: - Items seen

    public func seenKey(_ keys: [String]) throws -> String? {
        guard !keys.isEmpty else { return nil }
        let seen = try withConnection { c in
            Set(
                try c.exec("SELECT key FROM watch_seen WHERE key = ANY($1::text[])", [Self.textArray(keys)]).rows
                    .compactMap { $0.first ?? nil })
        }
        return keys.first { seen.contains(PGConnection.withoutNUL($0)) }
    }

    public func markSeen(_ keys: [String], sourceID: Int64, articleID: String?, now: Double) throws {
        try transaction { c in try Self.markSeen(keys, sourceID: sourceID, articleID: articleID, now: now, c) }
    }

    static func markSeen(_ keys: [String], sourceID: Int64, articleID: String?, now: Double, _ c: PGConnection) throws {
        for k in keys {
            try c.exec(
                """
                INSERT INTO watch_seen (key, articleId, sourceId, firstSeen) VALUES ($1, $2, $3, $4)
                ON CONFLICT (key) DO NOTHING
                """, [.text(k), StoredValue(articleID), .integer(Int(sourceID)), .real(now)])
        }
    }

    // MARK: - One watched article, whole

    public func saveWatched(
        _ article: Article, seen: [String], sourceID: Int64, member: WatchMember, storyTitle: String?, now: Double,
        alerts: (_ query: (SearchQuery) throws -> ArticleStore.QueryMatch) throws -> [WatchAlert]
    ) throws -> [WatchAlert] {
        try transaction { c in
            _ = try Self.store(into: c) { put in try put(PreparedArticle(article)) }
            try Self.markSeen(seen, sourceID: sourceID, articleID: article.id, now: now, c)
            try Self.insertMember(member, storyTitle: storyTitle, now: now, c)
            var fresh: [WatchAlert] = []
            let raised = try alerts { q in try Self.match(q, articleID: article.id, c) }
            for var a in raised {
                let inserted = try c.exec(
                    """
                    INSERT INTO watch_alert (watchlist, articleId, storyId, kind, triggerText, triggerStart, triggerEnd,
                      sources, created) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                    ON CONFLICT (watchlist, articleId) DO NOTHING RETURNING id
                    """,
                    [
                        .text(a.watchlist), .text(a.articleId), StoredValue(a.storyId), .text(a.kind.rawValue),
                        .text(a.triggerText), .integer(a.triggerStart), .integer(a.triggerEnd),
                        .text(try ArticleStore.encode(a.sources)), .real(a.created),
                    ])
                guard let id = inserted.firstValue.flatMap({ Int64($0) }) else { continue }
                a.id = id
                if let hook = try c.exec("SELECT webhook FROM watchlist WHERE name = $1", [.text(a.watchlist)])
                    .firstValue
                {
                    try c.exec(
                        "INSERT INTO watch_delivery (alertId, url, nextAttempt) VALUES ($1, $2, $3)",
                        [.integer(Int(id)), .text(hook), .real(now)])
                }
                fresh.append(a)
            }
            return fresh
        }
    }

    @discardableResult
    public func placeStored(_ member: WatchMember, storyTitle: String?, now: Double) throws -> Bool {
        try transaction { c in try Self.insertMember(member, storyTitle: storyTitle, now: now, c) }
    }

    @discardableResult
    static func insertMember(_ member: WatchMember, storyTitle: String?, now: Double, _ c: PGConnection) throws -> Bool
    {
        let added = try c.exec(
            """
            INSERT INTO watch_member (articleId, storyId, eventId, added) VALUES ($1, $2, $3, $4)
            ON CONFLICT (articleId) DO NOTHING
            """, [.text(member.articleId), .text(member.storyId), .text(member.eventId), .real(member.added)])
        guard added.affected > 0 else { return false }
        try c.exec(
            """
            INSERT INTO watch_story (id, title, opened, updated, articles) VALUES ($1, $2, $3, $3, 1)
            ON CONFLICT (id) DO UPDATE SET updated = excluded.updated, articles = watch_story.articles + 1,
              title = coalesce(watch_story.title, excluded.title)
            """, [.text(member.storyId), StoredValue(storyTitle), .real(now)])
        try c.exec(
            """
            INSERT INTO watch_event (id, storyId, opened, updated, articles) VALUES ($1, $2, $3, $3, 1)
            ON CONFLICT (id) DO UPDATE SET updated = excluded.updated, articles = watch_event.articles + 1
            """, [.text(member.eventId), .text(member.storyId), .real(now)])
        return true
    }

    /// Whether a saved search matches one stored article (seen inside the transaction storing
    /// it), and the first of its quotes it matches: as SQLite's `ArticleStore.match`.
    static func match(_ q: SearchQuery, articleID: String, _ c: PGConnection) throws -> ArticleStore.QueryMatch {
        var b = Bindings()
        var sql = "SELECT 1 FROM article a WHERE a.id = \(b.bind(.text(articleID)))" + filters(q, &b)
        if let m = q.match {
            let query = TSQueryTranslation.sql(m, &b)
            sql += " AND (a.tsv @@ \(query)"
            sql += " OR EXISTS (SELECT 1 FROM quote q WHERE q.articleId = a.id AND q.tsv @@ \(query)))"
        }
        guard try c.exec(sql, b.values).rows.isEmpty == false else { return ArticleStore.QueryMatch(matches: false) }
        guard let m = q.match else { return ArticleStore.QueryMatch(matches: true) }
        var o = Bindings()
        let id = o.bind(.text(articleID))
        let query = TSQueryTranslation.sql(m, &o)
        let ordinal = try c.exec(
            "SELECT q.ordinal FROM quote q WHERE q.articleId = \(id) AND q.tsv @@ \(query) ORDER BY q.ordinal LIMIT 1",
            o.values
        ).firstValue.flatMap { Int($0) }
        return ArticleStore.QueryMatch(matches: true, quoteOrdinal: ordinal)
    }

    /// As SQLite's, with one difference PostgreSQL's concurrency calls for: rows are numbered
    /// (`rowid`, a sequence) when inserted but seen when committed, and a worker's batch may
    /// commit after rows numbered later. So `scanned` never passes a number a transaction still
    /// running may hold (`unplacedScanBound`): rows behind it are looked at again, which costs
    /// an index range scan, while a row skipped would never be placed.
    public func unplacedArticles(after: Int64, limit: Int) throws -> (ids: [String], scanned: Int64) {
        let n = max(1, limit)
        return try withConnection { c in
            let bound = try unplacedScanBound(c)
            let top = Int64(try c.exec("SELECT MAX(rowid) FROM article").firstValue ?? "") ?? after
            let rows = try c.exec(
                """
                SELECT a.rowid AS n, a.id AS id FROM article a
                WHERE a.rowid > $1 AND a.rowid <= $2
                  AND NOT EXISTS (SELECT 1 FROM watch_member m WHERE m.articleId = a.id)
                ORDER BY a.rowid LIMIT $3
                """, [.integer(Int(after)), .integer(Int(top)), .integer(n)]
            ).all
            let ids = rows.map { $0.text("id") ?? "" }
            let reached: Int64 = rows.count >= n ? (rows.last?.integer("n").map(Int64.init) ?? top) : top
            return (ids, max(after, min(reached, bound)))
        }
    }

    // MARK: - Stories

    public func watchMembers() throws -> [WatchMember] {
        try withConnection { c in try c.exec("SELECT * FROM watch_member ORDER BY seq").all.map(Self.member) }
    }

    public func watchMembers(story: String) throws -> [WatchMember] {
        try withConnection { c in
            try c.exec("SELECT * FROM watch_member WHERE storyId = $1 ORDER BY seq", [.text(story)]).all.map(
                Self.member)
        }
    }

    static func member(_ r: PGRow) -> WatchMember {
        WatchMember(
            articleId: r.text("articleId") ?? "", storyId: r.text("storyId") ?? "", eventId: r.text("eventId") ?? "",
            added: r.real("added") ?? 0)
    }

    public func watchStories(updatedSince: Double = -.infinity, limit: Int = 1_000) throws -> [WatchStory] {
        try withConnection { c in
            try c.exec(
                "SELECT * FROM watch_story WHERE updated >= $1 ORDER BY updated DESC, id LIMIT $2",
                [.real(updatedSince), .integer(max(0, limit))]
            ).all.map(Self.story)
        }
    }

    public func watchStory(id: String) throws -> WatchStory? {
        try withConnection { c in
            try c.exec("SELECT * FROM watch_story WHERE id = $1", [.text(id)]).all.first.map(Self.story)
        }
    }

    static func story(_ r: PGRow) -> WatchStory {
        WatchStory(
            id: r.text("id") ?? "", title: r.text("title"), opened: r.real("opened") ?? 0,
            updated: r.real("updated") ?? 0, articles: r.integer("articles") ?? 0)
    }

    public func watchStoryTimes() throws -> [String: [Double]] {
        try withConnection { c in
            var out: [String: [Double]] = [:]
            for r in try c.exec("SELECT storyId, added FROM watch_member ORDER BY seq").all {
                out[r.text("storyId") ?? "", default: []].append(r.real("added") ?? 0)
            }
            return out
        }
    }

    public func watchedEntityTimes(since: Double) throws -> [String: [Double]] {
        try withConnection { c in
            var out: [String: [Double]] = [:]
            for r in try c.exec(
                """
                SELECT DISTINCT e.name AS name, m.articleId AS articleId, m.added AS added FROM watch_member m
                JOIN entity e ON e.articleId = m.articleId WHERE m.added >= $1
                """, [.real(since)]
            ).all {
                out[r.text("name") ?? "", default: []].append(r.real("added") ?? 0)
            }
            return out
        }
    }

    public func articleSummaries(ids: [String]) throws -> [ArticleSummary] {
        guard !ids.isEmpty else { return [] }
        let found = try withConnection { c in
            try c.exec(
                "SELECT \(Self.summaryColumns) FROM article a WHERE a.id = ANY($1::text[])", [Self.textArray(ids)]
            ).all.map(Self.summary)
        }
        let byID = Dictionary(found.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return ids.compactMap { byID[$0] }
    }

    // MARK: - Watchlists and alerts

    public func saveWatchlist(_ w: Watchlist) throws {
        _ = try withConnection { c in
            try c.exec(
                """
                INSERT INTO watchlist (name, kind, value, webhook, secret, created) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (name) DO UPDATE SET kind = excluded.kind, value = excluded.value,
                  webhook = excluded.webhook, secret = excluded.secret
                """,
                [
                    .text(w.name), .text(w.kind.rawValue), .text(w.value), StoredValue(w.webhook),
                    StoredValue(w.secret), .real(w.created),
                ])
        }
    }

    public func removeWatchlist(_ name: String) throws -> Bool {
        try withConnection { c in try c.exec("DELETE FROM watchlist WHERE name = $1", [.text(name)]).affected > 0 }
    }

    public func watchlists() throws -> [Watchlist] {
        try withConnection { c in
            try c.exec("SELECT * FROM watchlist ORDER BY name").all.map { r in
                Watchlist(
                    name: r.text("name") ?? "", kind: Watchlist.Kind(rawValue: r.text("kind") ?? "") ?? .keyword,
                    value: r.text("value") ?? "", webhook: r.text("webhook"), secret: r.text("secret"),
                    created: r.real("created") ?? 0)
            }
        }
    }

    public func alerts(watchlist: String? = nil, since: Double = -.infinity, limit: Int = 1_000) throws -> [WatchAlert]
    {
        try withConnection { c in
            var b = Bindings()
            var sql = "SELECT * FROM watch_alert WHERE created >= \(b.bind(.real(since)))"
            if let watchlist { sql += " AND watchlist = \(b.bind(.text(watchlist)))" }
            sql += " ORDER BY created DESC, id DESC LIMIT \(b.bind(.integer(max(0, limit))))"
            return try c.exec(sql, b.values).all.map(Self.alert)
        }
    }

    public func alert(id: Int64) throws -> WatchAlert? {
        try withConnection { c in
            try c.exec("SELECT * FROM watch_alert WHERE id = $1", [.integer(Int(id))]).all.first.map(Self.alert)
        }
    }

    static func alert(_ r: PGRow) -> WatchAlert {
        let sources =
            (try? ArticleStore.decode([WatchAlert.Source].self, r.text("sources") ?? "[]")) ?? []
        return WatchAlert(
            id: Int64(r.integer("id") ?? 0), watchlist: r.text("watchlist") ?? "",
            articleId: r.text("articleId") ?? "", storyId: r.text("storyId"),
            kind: WatchAlert.Kind(rawValue: r.text("kind") ?? "") ?? .article, triggerText: r.text("triggerText") ?? "",
            triggerStart: r.integer("triggerStart") ?? 0, triggerEnd: r.integer("triggerEnd") ?? 0, sources: sources,
            created: r.real("created") ?? 0)
    }

    // MARK: - Webhook deliveries

    public func dueDeliveries(now: Double, limit: Int = 100) throws -> [WatchDelivery] {
        try withConnection { c in
            try c.exec(
                """
                SELECT * FROM watch_delivery WHERE delivered IS NULL AND nextAttempt <= $1
                ORDER BY nextAttempt, alertId LIMIT $2
                """, [.real(now), .integer(max(0, limit))]
            ).all.map { r in
                WatchDelivery(
                    alertId: Int64(r.integer("alertId") ?? 0), url: r.text("url") ?? "",
                    attempts: r.integer("attempts") ?? 0, nextAttempt: r.real("nextAttempt") ?? 0)
            }
        }
    }

    public func recordDelivery(alertID: Int64, error: String?, now: Double, retryAt: Double?) throws {
        _ = try withConnection { c in
            try c.exec(
                """
                UPDATE watch_delivery SET attempts = attempts + 1, delivered = $1, lastError = $2, nextAttempt = $3
                WHERE alertId = $4
                """,
                [
                    error == nil ? .real(now) : .null, StoredValue(error),
                    .real(retryAt ?? Double.greatestFiniteMagnitude),
                    .integer(Int(alertID)),
                ])
        }
    }

    public func delivery(alertID: Int64) throws -> (attempts: Int, delivered: Bool, lastError: String?)? {
        try withConnection { c in
            try c.exec("SELECT * FROM watch_delivery WHERE alertId = $1", [.integer(Int(alertID))]).all.first.map {
                (
                    attempts: $0.integer("attempts") ?? 0, delivered: $0.text("delivered") != nil,
                    lastError: $0.text("lastError")
                )
            }
        }
    }
}

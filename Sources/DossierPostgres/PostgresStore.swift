import DossierModel
import DossierStore
import Foundation

/// Articles and their annotations in PostgreSQL: the shared deployment, where several workers
/// and a web server use one database. Same rows and semantics as `ArticleStore` (SQLite).
///
/// Connections are pooled (libpq connections are not thread-safe): each call takes one, uses
/// it alone and gives it back, so concurrent web requests read in parallel.
public final class PostgresStore: ArticleStoring, @unchecked Sendable {
    public let location: String
    let conninfo: String
    private let lock = NSLock()
    private var idle: [PGConnection] = []
    /// Connections kept open when idle; more are opened under load and closed when handed back.
    static let idleConnections = 8
    /// `unplacedArticles`' marks (PostgresStore+UnplacedScan), under `lock`.
    private var scanMarkList: [(time: Double, sequence: Int64)] = []

    func withScanMarks<T>(_ body: (inout [(time: Double, sequence: Int64)]) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&scanMarkList)
    }

    /// `url` is a libpq connection string or URI (postgres://user@host:port/db?…).
    public init(url: String) throws {
        conninfo = url
        location = Self.withoutPassword(url)
        try withConnection { c in try Self.migrate(c) }
    }

    /// The connection string as shown in messages: `user:secret@` loses its secret.
    static func withoutPassword(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@") else {
            return url
        }
        let userInfo = url[scheme.upperBound..<at]
        guard let colon = userInfo.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + String(url[at...])
    }

    func withConnection<T>(_ body: (PGConnection) throws -> T) throws -> T {
        lock.lock()
        let pooled = idle.popLast()
        lock.unlock()
        let c = try pooled ?? PGConnection(conninfo, location: location)
        defer {
            if !c.isBroken {
                lock.lock()
                if idle.count < Self.idleConnections { idle.append(c) }
                lock.unlock()
            }
        }
        return try body(c)
    }

    /// Runs `body` in one transaction on one connection: committed when it returns, rolled back
    /// when it throws.
    func transaction<T>(_ body: (PGConnection) throws -> T) throws -> T {
        try withConnection { c in
            try c.exec("BEGIN")
            do {
                let value = try body(c)
                try c.exec("COMMIT")
                return value
            } catch {
                _ = try? c.exec("ROLLBACK")
                throw error
            }
        }
    }

    /// Applies the migrations not yet recorded, under an advisory lock: workers starting at
    /// once on a new database wait for the first to create the schema instead of racing it.
    static func migrate(_ c: PGConnection) throws {
        try c.exec("BEGIN")
        do {
            try c.exec("SELECT pg_advisory_xact_lock(4242016)")
            try c.exec("CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let done = Set(try c.exec("SELECT identifier FROM grdb_migrations").rows.compactMap { $0.first ?? nil })
            for m in PostgresSchema.migrations where !done.contains(m.id) {
                try c.execScript(m.sql)
                try c.exec("INSERT INTO grdb_migrations (identifier) VALUES ($1)", [.text(m.id)])
            }
            try c.exec("COMMIT")
        } catch {
            _ = try? c.exec("ROLLBACK")
            throw error
        }
    }

    // MARK: Writing

    public func inPreparedTransaction(
        _ body: (_ store: (PreparedArticle) throws -> Void) throws -> Void
    ) throws
        -> ArticleStore.SaveReport
    {
        try transaction { c in try Self.store(into: c, body) }
    }

    /// Articles written together: one round trip looks up (and locks) their stored rows, one
    /// inserts the new ones, one per table their annotations, in place of five or six round trips
    /// an article. They are in the caller's transaction either way, so what a kill loses is the same.
    static let articlesPerRoundTrip = 32

    static func store(
        into c: PGConnection, _ body: (_ store: (PreparedArticle) throws -> Void) throws -> Void
    ) throws
        -> ArticleStore.SaveReport
    {
        var report = ArticleStore.SaveReport()
        var pending: [PreparedArticle] = []
        var pendingIDs: Set<String> = []
        func flush() throws {
            guard !pending.isEmpty else { return }
            try storeTogether(c, pending, &report)
            pending.removeAll(keepingCapacity: true)
            pendingIDs.removeAll(keepingCapacity: true)
        }
        try body { a in
            // The same id twice (a copy in the same batch): the first is stored before the
            // second is compared with it, as when they came one at a time.
            if pendingIDs.contains(a.id) { try flush() }
            pending.append(a)
            pendingIDs.insert(a.id)
            if pending.count >= articlesPerRoundTrip { try flush() }
        }
        try flush()
        return report
    }

    /// Stores articles with distinct ids: what `storeOne` does for each, in a few round trips.
    static func storeTogether(
        _ c: PGConnection, _ batch: [PreparedArticle], _ report: inout ArticleStore.SaveReport
    ) throws {
        // FOR UPDATE: two workers storing the same article wait for each other here instead
        // of both inserting it.
        let list = batch.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        let existing = try c.exec(
            "SELECT id, contentHash, source FROM article WHERE id IN (\(list)) FOR UPDATE", batch.map { .text($0.id) })
        var stored: [String: PGRow] = [:]
        for row in existing.all { if let id = row.text("id") { stored[id] = row } }
        var written: [PreparedArticle] = []
        var fresh: [PreparedArticle] = []
        for a in batch {
            guard let old = stored[a.id] else {
                fresh.append(a)
                continue
            }
            if ArticleStore.keepsStored(hash: old.text("contentHash"), source: old.text("source"), against: a) {
                report.unchanged += 1
                continue
            }
            try c.exec("DELETE FROM article WHERE id = $1", [.text(a.id)])
            try c.exec(Self.articleInsert, a.articleRow)
            report.replaced += 1
            written.append(a)
        }
        if !fresh.isEmpty {
            // ON CONFLICT DO NOTHING waits for another worker's transaction storing the same
            // article (a copy in another input); one it committed meanwhile is left out here and
            // compared one at a time (`storeOne`), as is any row not of the table's shape.
            var inserted: Set<String> = []
            let whole = fresh.filter { $0.articleRow.count == StoredRows.width("article") }
            if !whole.isEmpty {
                let sql =
                    StoredRows.insertSQL("article", rows: whole.count) { "$\($0)" }
                    + " ON CONFLICT (id) DO NOTHING RETURNING id"
                inserted = Set(try c.exec(sql, whole.flatMap(\.articleRow)).rows.compactMap { $0.first ?? nil })
            }
            for a in fresh {
                if inserted.contains(a.id) {
                    report.inserted += 1
                    written.append(a)
                } else if try storeOne(c, a, &report) {
                    written.append(a)
                }
            }
        }
        for table in StoredRows.columns.dropFirst().map(\.table) {
            let rows = written.flatMap { a in a.annotationTables.first { $0.table == table }?.rows ?? [] }
            try insertRows(c, table, rows)
        }
    }

    /// One article's row: returns whether it was written (inserted or replaced), so its
    /// annotations are to be inserted.
    static func storeOne(
        _ c: PGConnection, _ a: PreparedArticle, _ report: inout ArticleStore.SaveReport
    ) throws -> Bool {
        // ON CONFLICT DO NOTHING waits for another worker's transaction storing the same
        // article: if that one commits, this insert does nothing and the row is compared
        // again; if it rolls back, this one inserts.
        for _ in 0..<2 {
            let existing = try c.exec(
                "SELECT contentHash, source FROM article WHERE id = $1 FOR UPDATE", [.text(a.id)])
            if let old = existing.all.first {
                if ArticleStore.keepsStored(hash: old.text("contentHash"), source: old.text("source"), against: a) {
                    report.unchanged += 1
                    return false
                }
                try c.exec("DELETE FROM article WHERE id = $1", [.text(a.id)])
                try c.exec(Self.articleInsert, a.articleRow)
                report.replaced += 1
                return true
            } else if try c.exec(Self.articleInsert + " ON CONFLICT (id) DO NOTHING", a.articleRow).affected == 1 {
                report.inserted += 1
                return true
            }
        }
        throw PostgresError(location: c.location, sqlState: nil, message: "article \(a.id) kept changing")
    }

    static let articleInsert = StoredRows.insertSQL("article") { "$\($0)" }

    /// Most rows an annotation insert carries: one round trip for an article's entities, not one
    /// each (a round trip per row made PostgreSQL ingest wait on the socket); PostgreSQL takes at
    /// most 65,535 parameters a statement.
    static let rowsPerInsert = 500

    /// The rows of one table in as few statements as `rowsPerInsert` allows.
    static func insertRows(_ c: PGConnection, _ table: String, _ rows: [[StoredValue]]) throws {
        let width = max(1, StoredRows.width(table))
        let perStatement = max(1, min(rowsPerInsert, 65_535 / width))
        var start = 0
        while start < rows.count {
            let end = min(rows.count, start + perStatement)
            let chunk = rows[start..<end]
            guard chunk.allSatisfy({ $0.count == width }) else {
                // Not the table's shape (never expected): row by row, as PostgreSQL will then say what is wrong.
                let sql = StoredRows.insertSQL(table) { "$\($0)" }
                for row in chunk { try c.exec(sql, row) }
                start = end
                continue
            }
            try c.exec(StoredRows.insertSQL(table, rows: chunk.count) { "$\($0)" }, chunk.flatMap { $0 })
            start = end
        }
    }

    // MARK: Reading

    public func counts() throws -> [String: Int] {
        try withConnection { c in
            var out: [String: Int] = [:]
            for table in ["article", "entity", "quote", "amount", "timex"] {
                out[table] = Int(try c.exec("SELECT COUNT(*) FROM \(table)").firstValue ?? "0") ?? 0
            }
            return out
        }
    }

    public func loadArticles() throws -> [Article] {
        try withConnection { c in try StoredArticles.assemble(where: false) { sql in try c.exec(sql(.dollarOne)).all } }
    }

    public func article(id: String) throws -> Article? {
        try withConnection { c in
            try StoredArticles.assemble(where: true) { sql in try c.exec(sql(.dollarOne), [.text(id)]).all }.first
        }
    }

    public func articleTimes() throws -> [(id: String, published: Timestamp?)] {
        try withConnection { c in
            // The order of `loadArticles` (StoredArticles); id and published sort by "C", as in SQLite.
            try c.exec("SELECT id, published FROM article ORDER BY published IS NULL, published, id").all.map { row in
                (row.text("id") ?? "", row.text("published").flatMap { Timestamp(iso8601: $0, strict: false) })
            }
        }
    }

    public func articles(ids: [String], withQuotesAndFigures: Bool = true) throws -> [Article] {
        try withConnection { c in
            try StoredArticles.byIDs(ids, placeholder: .dollarOne, withQuotesAndFigures: withQuotesAndFigures) {
                sql, part in try c.exec(sql, part.map(StoredValue.text)).all
            }
        }
    }

    public func revision() throws -> Int {
        try withConnection { c in
            // last_value before the first nextval is the start (1) with is_called false.
            let r = try c.exec("SELECT last_value, is_called FROM article_revision")
            guard let row = r.all.first, let v = row.integer("last_value") else { return 0 }
            return row.text("is_called") == "t" ? v : 0
        }
    }

    public func articleCount() throws -> Int {
        try withConnection { c in Int(try c.exec("SELECT COUNT(*) FROM article").firstValue ?? "0") ?? 0 }
    }

    static let summaryColumns = "a.id, a.title, a.outlet, a.published, a.language, a.url, a.source"

    static func summary(_ row: PGRow) -> ArticleSummary {
        ArticleSummary(
            id: row.text("id") ?? "", title: row.text("title"), outlet: row.text("outlet"),
            published: row.text("published"), language: row.text("language"), url: row.text("url"),
            source: row.text("source") ?? "")
    }

    public func articles(limit: Int, offset: Int) throws -> ResultPage<ArticleSummary> {
        try withConnection { c in
            let total = Int(try c.exec("SELECT COUNT(*) FROM article").firstValue ?? "0") ?? 0
            let rows = try c.exec(
                """
                SELECT \(Self.summaryColumns) FROM article a
                ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT $1 OFFSET $2
                """, [.integer(max(0, limit)), .integer(max(0, offset))])
            return ResultPage(items: rows.all.map(Self.summary), total: total, offset: offset)
        }
    }

    public func namedEntity(_ name: String) throws -> NamedEntityRecord? {
        try withConnection { c in
            let rows = try c.exec(
                """
                SELECT e.name, e.type, e.description, e.aliases, \(Self.summaryColumns)
                FROM entity e JOIN article a ON a.id = e.articleId
                WHERE lower(e.name) = lower($1) OR e.aliases ILIKE $2 ESCAPE '\\'
                ORDER BY a.published IS NULL, a.published, a.id
                """, [.text(name), .text("%\"" + ArticleStore.likeEscaped(name) + "\"%")])
            return NamedEntityRecord.assemble(
                name,
                rows.all.map { row in
                    (
                        name: row.text("name") ?? "", type: row.text("type") ?? "",
                        description: row.text("description"),
                        aliases: row.text("aliases") ?? "[]", article: Self.summary(row)
                    )
                })
        }
    }

    public func quotes(
        by speaker: String, aliases: [String], limit: Int, offset: Int
    ) throws
        -> ResultPage<StoredQuote>
    {
        let names = Array(Set(([speaker] + aliases).map { $0.lowercased() })).sorted()
        let placeholders = names.indices.map { "$\($0 + 1)" }.joined(separator: ", ")
        let condition = "q.speakerNamed = 1 AND lower(q.speaker) IN (\(placeholders))"
        let params = names.map(StoredValue.text)
        return try withConnection { c in
            let total =
                Int(try c.exec("SELECT COUNT(*) FROM quote q WHERE \(condition)", params).firstValue ?? "0") ?? 0
            let n = params.count
            let rows = try c.exec(
                """
                SELECT q.ordinal, q.text AS quoteText, q.kind, q.speaker, q.speakerDescription, q.spanStart, q.spanEnd,
                  \(Self.summaryColumns)
                FROM quote q JOIN article a ON a.id = q.articleId WHERE \(condition)
                ORDER BY a.published IS NULL, a.published, a.id, q.ordinal LIMIT $\(n + 1) OFFSET $\(n + 2)
                """, params + [.integer(max(0, limit)), .integer(max(0, offset))])
            let items = rows.all.map { row in
                StoredQuote(
                    article: Self.summary(row), ordinal: row.integer("ordinal") ?? 0,
                    text: row.text("quoteText") ?? "", kind: row.text("kind") ?? "",
                    speaker: row.text("speaker"), speakerDescription: row.text("speakerDescription"),
                    start: row.integer("spanStart") ?? 0, end: row.integer("spanEnd") ?? 0)
            }
            return ResultPage(items: items, total: total, offset: offset)
        }
    }
}

import DossierModel
import Foundation
import GRDB

/// Articles and their annotations in SQLite.
///
/// Ids are content-addressed (or the input's own), so storing the same input twice changes
/// nothing; an article whose content or analysis changed is replaced whole. Each call to
/// `save` is one transaction: a failure leaves the database as it was.
public final class ArticleStore: ArticleStoring {
    public let path: String
    public var location: String { path }
    private let db: any DatabaseWriter

    public struct SaveReport: Sendable, Equatable {
        public var inserted = 0
        public var replaced = 0
        public var unchanged = 0

        public init(inserted: Int = 0, replaced: Int = 0, unchanged: Int = 0) {
            self.inserted = inserted
            self.replaced = replaced
            self.unchanged = unchanged
        }
    }

    /// How the store is opened.
    public enum Mode: Sendable {
        /// Created when missing (ingest).
        case create
        /// Must exist already (reading commands): a mistyped path is an error, not a new empty store.
        case existing
    }

    /// Seconds a writer waits for another process's write to finish before giving up.
    public static let defaultBusyTimeout = 30.0

    /// `concurrentReads` opens the file in WAL mode with a pool of readers, for the web server,
    /// where many requests read at once; the command line keeps the simpler single connection.
    public init(
        path: String, mode: Mode = .create, concurrentReads: Bool = false,
        busyTimeout: Double = ArticleStore.defaultBusyTimeout
    ) throws {
        self.path = path
        if mode == .existing {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                throw StoreError(path: path, problem: "no such database (run `dossier ingest ... --db \(path)` first)")
            }
            if isDir.boolValue { throw StoreError(path: path, problem: "is a folder, not a database file") }
        }
        var config = Configuration()
        config.foreignKeysEnabled = true
        // Two ingests into one file: the second waits for the first's transaction, then writes.
        config.busyMode = .timeout(busyTimeout)
        if concurrentReads { config.maximumReaderCount = 8 }
        db = try StoreError.naming(path, busyTimeout: busyTimeout) {
            let writer: any DatabaseWriter =
                concurrentReads
                ? try DatabasePool(path: path, configuration: config)
                : try DatabaseQueue(path: path, configuration: config)
            do {
                try Self.migrator.migrate(writer)
            } catch is DatabaseError {
                // Two processes creating the same new store race through the migrations (GRDB
                // reads what is applied before it takes the write lock); the loser's second pass,
                // after the winner's transaction is in, finds nothing left to do.
                try Self.migrator.migrate(writer)
            }
            return writer
        }
        self.busyTimeout = busyTimeout
    }

    private let busyTimeout: Double

    /// Every database call, with SQLite's errors turned into one line naming the file.
    private func guarded<T>(_ body: () throws -> T) throws -> T {
        try StoreError.naming(path, busyTimeout: busyTimeout, body)
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1") { db in
            try db.create(table: "article") { t in
                t.primaryKey("id", .text)
                t.column("contentHash", .text).notNull()
                t.column("source", .text).notNull()
                t.column("url", .text)
                t.column("outlet", .text)
                t.column("title", .text)
                t.column("byline", .text)
                t.column("published", .text)
                t.column("language", .text)
                t.column("text", .text).notNull()
                t.column("removed", .text).notNull()
                t.column("paragraphs", .text).notNull()
                t.column("sentences", .text).notNull()
            }
            try db.create(table: "entity") { t in
                t.belongsTo("article", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("name", .text).notNull()
                t.column("type", .text).notNull()
                t.column("aliases", .text).notNull()
                t.column("description", .text)
                t.column("mentions", .text).notNull()
                t.primaryKey(["articleId", "ordinal"])
            }
            try db.create(table: "quote") { t in
                t.belongsTo("article", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("speaker", .text)
                t.column("speakerDescription", .text)
                t.column("cue", .text)
                t.column("spanStart", .integer).notNull()
                t.column("spanEnd", .integer).notNull()
                t.primaryKey(["articleId", "ordinal"])
            }
            try db.create(table: "amount") { t in
                t.belongsTo("article", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("value", .double).notNull()
                t.column("high", .double)
                t.column("unit", .text)
                t.column("modifier", .text)
                t.column("text", .text).notNull()
                t.column("claimant", .text)
                t.column("spanStart", .integer).notNull()
                t.column("spanEnd", .integer).notNull()
                t.primaryKey(["articleId", "ordinal"])
            }
            try db.create(table: "timex") { t in
                t.belongsTo("article", onDelete: .cascade).notNull()
                t.column("ordinal", .integer).notNull()
                t.column("text", .text).notNull()
                t.column("type", .text).notNull()
                t.column("value", .text).notNull()
                t.column("spanStart", .integer).notNull()
                t.column("spanEnd", .integer).notNull()
                t.primaryKey(["articleId", "ordinal"])
            }
        }
        // v2: full-text indexes for search (FTS5, ranked by bm25) and a revision counter that every
        // change to the article table bumps, so readers can cache what they derive from the store.
        // The indexes share the rowids of the rows they index and are kept by triggers, so
        // ingest code needs no change and a re-ingest that changes nothing touches nothing.
        m.registerMigration("v2-search") { db in
            try db.execute(
                sql: """
                    CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
                    INSERT INTO meta VALUES ('revision', 0);
                    CREATE VIRTUAL TABLE article_fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics \
                    2');
                    CREATE VIRTUAL TABLE quote_fts USING fts5(text, speaker, tokenize = 'unicode61 remove_diacritics \
                    2');
                    INSERT INTO article_fts (rowid, title, text) SELECT rowid, coalesce(title, ''), text FROM article;
                    INSERT INTO quote_fts (rowid, text, speaker) SELECT rowid, text, coalesce(speaker, '') FROM quote;
                    CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
                        INSERT INTO article_fts (rowid, title, text) VALUES (new.rowid, coalesce(new.title, ''), \
                    new.text);
                        UPDATE meta SET value = value + 1 WHERE key = 'revision';
                    END;
                    CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
                        DELETE FROM article_fts WHERE rowid = old.rowid;
                        UPDATE meta SET value = value + 1 WHERE key = 'revision';
                    END;
                    CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
                        INSERT INTO quote_fts (rowid, text, speaker) VALUES (new.rowid, new.text, \
                    coalesce(new.speaker, ''));
                    END;
                    CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
                        DELETE FROM quote_fts WHERE rowid = old.rowid;
                    END;
                    CREATE INDEX entity_name ON entity (name COLLATE NOCASE);
                    CREATE INDEX quote_speaker ON quote (speaker COLLATE NOCASE);
                    """)
        }
        m.registerMigration("v3-watch") { db in try WatchSchema.create(db) }
        m.registerMigration("v4-watch-spill") { db in try WatchSchema.createSpill(db) }
        m.registerMigration(speakerNamedMigration.id) { db in try db.execute(sql: speakerNamedMigration.sql) }
        return m
    }

    /// v5: whether a quote's speaker is a name or a description the text gives ("a senior official").
    /// Rows stored before it had a speaker only when it was a name, so they are named exactly when they
    /// have one. The same SQL on both engines (PostgreSQL runs it as its own `v5-speaker-named`).
    public static let speakerNamedMigration = (
        id: "v5-speaker-named",
        sql: """
        ALTER TABLE quote ADD COLUMN speakerNamed INTEGER NOT NULL DEFAULT 0;
        UPDATE quote SET speakerNamed = CASE WHEN speaker IS NULL THEN 0 ELSE 1 END;
        """
    )

    /// Runs `body` inside one write transaction, handing it a function that stores one article
    /// already turned into rows (`PreparedArticle`, as the pipeline's worker threads hand them
    /// over); `inTransaction` (ArticleStoring) prepares plain articles on the way.
    public func inPreparedTransaction(
        _ body: (_ store: (PreparedArticle) throws -> Void) throws -> Void
    ) throws -> SaveReport {
        try guarded { try write(body) }
    }

    private func write(_ body: (_ store: (PreparedArticle) throws -> Void) throws -> Void) throws -> SaveReport {
        // IMMEDIATE takes the write lock up front: a deferred transaction that reads first and
        // then writes can meet another writer in a way SQLite resolves by failing at once
        // instead of waiting out the busy timeout.
        try db.writeWithoutTransaction { db in
            var report = SaveReport()
            try db.inTransaction(.immediate) {
                report = try self.store(into: db, body)
                return .commit
            }
            return report
        }
    }

    /// One IMMEDIATE write transaction for the store's other files (sources, stories, alerts),
    /// with `store` writing articles inside the same transaction.
    func writeTransaction<T>(_ body: (Database, _ store: (Article) throws -> Void) throws -> T) throws -> T {
        try guarded {
            try db.writeWithoutTransaction { db in
                var out: T?
                try db.inTransaction(.immediate) {
                    _ = try self.store(into: db) { save in
                        out = try withoutActuallyEscaping(save) { save in
                            try body(db) { a in try save(PreparedArticle(a)) }
                        }
                    }
                    return .commit
                }
                guard let out else { throw StoreError(path: path, problem: "write transaction returned nothing") }
                return out
            }
        }
    }

    private func store(
        into db: Database, _ body: (_ store: (PreparedArticle) throws -> Void) throws -> Void
    ) throws -> SaveReport {
        var report = SaveReport()
        // Statements compiled once per connection (GRDB caches them), not once per row: parsing and authorising
        // the SQL cost more than running it.
        let lookup = try db.cachedStatement(sql: "SELECT contentHash, source FROM article WHERE id = ?")
        let delete = try db.cachedStatement(sql: "DELETE FROM article WHERE id = ?")
        try body { a in
            if let existing = try Row.fetchOne(lookup, arguments: [a.id]) {
                if Self.keepsStored(hash: existing["contentHash"], source: existing["source"], against: a) {
                    report.unchanged += 1
                    return
                }
                try delete.execute(arguments: [a.id])
                report.replaced += 1
            } else {
                report.inserted += 1
            }
            try Self.insert(a, db, path: path)
        }
        return report
    }

    public func counts() throws -> [String: Int] {
        try guarded { try countRows() }
    }

    /// Whether SQLite finds the file whole (`PRAGMA integrity_check` says "ok").
    public func integrityCheck() throws -> String {
        try guarded {
            try db.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
        }
    }

    private func countRows() throws -> [String: Int] {
        try db.read { db in
            var out: [String: Int] = [:]
            for table in ["article", "entity", "quote", "amount", "timex"] {
                out[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
            }
            return out
        }
    }

    /// Every stored article with its annotations, oldest first.
    public func loadArticles() throws -> [Article] {
        try guarded { try db.read { db in try Self.load(db, where: nil) } }
    }

    /// One stored article with its annotations, or nil when no article has that id.
    public func article(id: String) throws -> Article? {
        try guarded { try db.read { db in try Self.load(db, where: id).first } }
    }

    /// Runs read-only queries of the store's other files (search, people, revision).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try guarded { try db.read(body) }
    }

    private static func load(_ db: Database, where id: String?) throws -> [Article] {
        let args: StatementArguments = id.map { [$0] } ?? []
        return try StoredArticles.assemble(where: id != nil) { sql in
            try Row.fetchAll(db, sql: sql(.questionMark), arguments: args).map(GRDBRow.init)
        }
    }

    /// Rows one multi-row INSERT carries: fewer statements to step through for an article's
    /// dozens of entities and dates, with the statement for a full chunk compiled once.
    static let rowsPerInsert = 16

    /// The article's rows in table order (its own row first, then its annotations, each in
    /// order), so rowids, and the full-text rows that share them, are as one insert per row gives.
    private static func insert(_ a: PreparedArticle, _ db: Database, path: String) throws {
        for t in a.tables {
            let width = StoredRows.width(t.table)
            var start = 0
            while start < t.rows.count {
                let chunk = min(rowsPerInsert, t.rows.count - start)
                // A full chunk in one statement, the rest one row at a time (two statements cached per table).
                let rows = chunk == rowsPerInsert ? rowsPerInsert : 1
                let slice = t.rows[start..<(start + rows)]
                guard slice.allSatisfy({ $0.count == width }) else {
                    throw StoreError(path: path, problem: "a \(t.table) row does not have the table's \(width) columns")
                }
                let statement = try db.cachedStatement(
                    sql: StoredRows.insertSQL(t.table, rows: rows, placeholder: { _ in "?" }))
                try statement.execute(arguments: StatementArguments(slice.flatMap { $0.map(\.databaseValue) }))
                start += rows
            }
        }
    }

    /// Whether the stored row with `a`'s id stays as it is. It stays when it is the same analysis,
    /// and when it is a copy of the same text from another input whose name sorts first: which
    /// copy is kept then depends on the inputs alone, not on the order workers or threads happen
    /// to store them in, so any number of workers gives the same store.
    public static func keepsStored(
        hash storedHash: String?, source storedSource: String?, against a: PreparedArticle
    ) -> Bool {
        if storedHash == a.hash { return true }
        guard let storedSource else { return false }
        return storedSource != a.source && storedSource < a.source
    }

    /// A digest of everything stored for an article, so an unchanged re-ingest writes nothing.
    public static func contentHash(_ a: Article) throws -> String {
        try contentHash(a, StoredRows.EncodedColumns(a))
    }

    /// The hash over columns already encoded for the article's row.
    static func contentHash(_ a: Article, _ json: StoredRows.EncodedColumns) throws -> String {
        let ann = a.annotations
        return ContentID.make(
            a.source, a.url, a.outlet, a.title, a.byline, a.published?.iso8601, a.language, a.text,
            json.removed, json.paragraphs, json.sentences, try encode(ann.entities),
            try encode(ann.quotes), try encode(ann.amounts), try encode(ann.dates))
    }

    public static func encode<T: Encodable>(_ v: T) throws -> String {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        return String(decoding: try enc.encode(v), as: UTF8.self)
    }

    /// Spans as `JSONEncoder` writes them (`[[start,end],…]`, no spaces), byte for byte, without
    /// it: an article's sentences and paragraphs are hundreds of spans, and the generic encoder
    /// spent more on them than SQLite spent storing the article.
    public static func encode(_ spans: [Span]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(2 + spans.count * 12)
        out.append(UInt8(ascii: "["))
        // A small string: no allocation for the digits.
        func number(_ n: Int) { out.append(contentsOf: String(n).utf8) }
        for (k, s) in spans.enumerated() {
            if k > 0 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "["))
            number(s.start)
            out.append(UInt8(ascii: ","))
            number(s.end)
            out.append(UInt8(ascii: "]"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, _ s: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(s.utf8))
    }
}

import GRDB

/// Tables of `dossier watch` (migration v3-watch): the sources polled and their health, the
/// items already seen, the stories and events articles were placed in as they arrived,
/// watchlists, their alerts and the webhook deliveries of those alerts. Times are Unix seconds.
enum WatchSchema {
    static func create(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE watch_source (
                    id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT,
                    added REAL NOT NULL, etag TEXT, lastModified TEXT, interval REAL NOT NULL, nextPoll REAL NOT NULL,
                    lastPoll REAL, lastSuccess REAL, lastError TEXT, lastErrorAt REAL,
                    failures INTEGER NOT NULL DEFAULT 0, itemsSeen INTEGER NOT NULL DEFAULT 0, lastHash TEXT);
                CREATE INDEX watch_source_due ON watch_source (nextPoll);
                CREATE TABLE watch_seen (
                    key TEXT PRIMARY KEY NOT NULL, articleId TEXT, sourceId INTEGER, firstSeen REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE TABLE watch_story (
                    id TEXT PRIMARY KEY NOT NULL, title TEXT, opened REAL NOT NULL, updated REAL NOT NULL,
                    articles INTEGER NOT NULL);
                CREATE TABLE watch_event (
                    id TEXT PRIMARY KEY NOT NULL, storyId TEXT NOT NULL, opened REAL NOT NULL, updated REAL NOT NULL,
                    articles INTEGER NOT NULL);
                CREATE TABLE watch_member (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT, articleId TEXT NOT NULL UNIQUE, storyId TEXT NOT NULL,
                    eventId TEXT NOT NULL, added REAL NOT NULL);
                CREATE INDEX watch_member_story ON watch_member (storyId);
                CREATE TABLE watchlist (
                    name TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, value TEXT NOT NULL, webhook TEXT, secret TEXT,
                    created REAL NOT NULL);
                CREATE TABLE watch_alert (
                    id INTEGER PRIMARY KEY, watchlist TEXT NOT NULL REFERENCES watchlist(name) ON DELETE CASCADE,
                    articleId TEXT NOT NULL, storyId TEXT, kind TEXT NOT NULL, triggerText TEXT NOT NULL,
                    triggerStart INTEGER NOT NULL, triggerEnd INTEGER NOT NULL, sources TEXT NOT NULL,
                    created REAL NOT NULL, UNIQUE (watchlist, articleId));
                CREATE INDEX watch_alert_created ON watch_alert (created);
                CREATE TABLE watch_delivery (
                    alertId INTEGER PRIMARY KEY REFERENCES watch_alert(id) ON DELETE CASCADE, url TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0, nextAttempt REAL NOT NULL, delivered REAL, lastError TEXT);
                """)
    }

    /// Stories the watcher's story tracker took out of memory (migration v4-watch-spill): each
    /// one's state as the clusterer encodes it, and the index terms it is found by (64-bit
    /// hashes stored as their signed bit pattern). `level` tells events (0) from stories (1).
    /// The tracker rebuilds both at each start, so their rows are never read across versions.
    static func createSpill(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE watch_spill (
                    level INTEGER NOT NULL, number INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (level, number)
                ) WITHOUT ROWID;
                CREATE TABLE watch_spill_term (
                    level INTEGER NOT NULL, term INTEGER NOT NULL, number INTEGER NOT NULL,
                    PRIMARY KEY (level, term, number)
                ) WITHOUT ROWID;
                CREATE INDEX watch_spill_term_number ON watch_spill_term (level, number);
                """)
    }
}

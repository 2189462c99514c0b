import DossierStore

/// The store's schema in PostgreSQL: the same tables, columns and migration names as the
/// SQLite store (`ArticleStore.migrator`), recorded in the same `grdb_migrations` table, so
/// one version string means one schema on both engines; `v3-queue` (the work queue) is
/// PostgreSQL's alone, as it needs `FOR UPDATE SKIP LOCKED`.
///
/// Differences are the engines' own: text columns that order results use the "C" collation
/// (SQLite compares bytes, so ids and dates sort the same on both); full-text search is a
/// stored `tsvector` with a GIN index instead of FTS5 tables; the revision readers cache on is
/// a sequence, which concurrent workers bump without waiting on each other's row lock.
enum PostgresSchema {
    static let migrations: [(id: String, sql: String)] = [
        ("v1", v1), ("v2-search", v2), ("v3-queue", v3), ("v3-watch", v3Watch), ("v4-watch-spill", v4WatchSpill),
        (ArticleStore.speakerNamedMigration.id, ArticleStore.speakerNamedMigration.sql),
    ]

    static let v1 = """
        CREATE TABLE article (
            rowid BIGSERIAL UNIQUE,
            id TEXT COLLATE "C" PRIMARY KEY,
            contentHash TEXT NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            outlet TEXT COLLATE "C",
            title TEXT COLLATE "C",
            byline TEXT,
            published TEXT COLLATE "C",
            language TEXT,
            text TEXT NOT NULL,
            removed TEXT NOT NULL,
            paragraphs TEXT NOT NULL,
            sentences TEXT NOT NULL);
        CREATE TABLE entity (
            articleId TEXT COLLATE "C" NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            name TEXT COLLATE "C" NOT NULL,
            type TEXT NOT NULL,
            aliases TEXT NOT NULL,
            description TEXT COLLATE "C",
            mentions TEXT NOT NULL,
            PRIMARY KEY (articleId, ordinal));
        CREATE TABLE quote (
            articleId TEXT COLLATE "C" NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speakerDescription TEXT,
            cue TEXT,
            spanStart INTEGER NOT NULL,
            spanEnd INTEGER NOT NULL,
            PRIMARY KEY (articleId, ordinal));
        CREATE TABLE amount (
            articleId TEXT COLLATE "C" NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            value DOUBLE PRECISION NOT NULL,
            high DOUBLE PRECISION,
            unit TEXT,
            modifier TEXT,
            text TEXT NOT NULL,
            claimant TEXT,
            spanStart INTEGER NOT NULL,
            spanEnd INTEGER NOT NULL,
            PRIMARY KEY (articleId, ordinal));
        CREATE TABLE timex (
            articleId TEXT COLLATE "C" NOT NULL REFERENCES article(id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            value TEXT NOT NULL,
            spanStart INTEGER NOT NULL,
            spanEnd INTEGER NOT NULL,
            PRIMARY KEY (articleId, ordinal));
        """

    /// The 'simple' configuration lower-cases and splits words without stemming or stop words,
    /// as FTS5's unicode61 tokenizer does; titles weigh more than text (A against B), as bm25's
    /// column weights 4:1 do in SQLite. Text past 500,000 characters is not indexed: a tsvector
    /// holds at most 1 MB and an article that long would otherwise fail to store.
    static let v2 = """
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
        INSERT INTO meta VALUES ('revision', 0);
        CREATE SEQUENCE article_revision;
        ALTER TABLE article ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', coalesce(title, '')), 'A')
            || setweight(to_tsvector('simple', left(text, 500000)), 'B')) STORED;
        ALTER TABLE quote ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', text), 'A')
            || setweight(to_tsvector('simple', coalesce(speaker, '')), 'B')) STORED;
        CREATE INDEX article_tsv ON article USING GIN (tsv);
        CREATE INDEX quote_tsv ON quote USING GIN (tsv);
        CREATE FUNCTION dossier_bump_revision() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM nextval('article_revision'); RETURN NULL; END $$;
        CREATE TRIGGER article_revision AFTER INSERT OR DELETE ON article
            FOR EACH STATEMENT EXECUTE FUNCTION dossier_bump_revision();
        CREATE FUNCTION dossier_prefix(q tsquery) RETURNS tsquery LANGUAGE sql IMMUTABLE AS $$
            SELECT CASE WHEN numnode(q) = 0 THEN q ELSE (q::text || ':*')::tsquery END $$;
        CREATE INDEX entity_name ON entity (lower(name));
        CREATE INDEX quote_speaker ON quote (lower(speaker));
        """

    /// The work queue (`dossier ingest --enqueue`, `dossier worker`): one row per input.
    static let v3 = """
        CREATE TABLE job (
            id BIGSERIAL PRIMARY KEY,
            input TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL DEFAULT 'pending',
            worker TEXT,
            leaseUntil TIMESTAMPTZ,
            attempts INTEGER NOT NULL DEFAULT 0,
            articles INTEGER,
            error TEXT);
        CREATE INDEX job_open ON job (id) WHERE state <> 'done' AND state <> 'failed';
        """

    /// `dossier watch`'s tables, as SQLite's `WatchSchema.create`: sources and their health,
    /// items seen, watched stories, events and members, watchlists, alerts and webhook
    /// deliveries. Times are Unix seconds (float8, as SQLite's REAL); SQLite's INTEGER is 64-bit,
    /// so BIGINT; ids SQLite numbers itself (INTEGER PRIMARY KEY, AUTOINCREMENT) are BIGSERIAL.
    /// The same unique keys make each item, placement and alert happen once (ON CONFLICT DO
    /// NOTHING where SQLite says INSERT OR IGNORE). `interval` is quoted: a keyword in PostgreSQL.
    static let v3Watch = """
        CREATE TABLE watch_source (
            id BIGSERIAL PRIMARY KEY, url TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, title TEXT,
            added DOUBLE PRECISION NOT NULL, etag TEXT, lastModified TEXT, "interval" DOUBLE PRECISION NOT NULL,
            nextPoll DOUBLE PRECISION NOT NULL, lastPoll DOUBLE PRECISION, lastSuccess DOUBLE PRECISION,
            lastError TEXT, lastErrorAt DOUBLE PRECISION, failures BIGINT NOT NULL DEFAULT 0,
            itemsSeen BIGINT NOT NULL DEFAULT 0, lastHash TEXT);
        CREATE INDEX watch_source_due ON watch_source (nextPoll);
        CREATE TABLE watch_seen (
            key TEXT PRIMARY KEY, articleId TEXT, sourceId BIGINT, firstSeen DOUBLE PRECISION NOT NULL);
        CREATE TABLE watch_story (
            id TEXT COLLATE "C" PRIMARY KEY, title TEXT, opened DOUBLE PRECISION NOT NULL,
            updated DOUBLE PRECISION NOT NULL, articles BIGINT NOT NULL);
        CREATE TABLE watch_event (
            id TEXT COLLATE "C" PRIMARY KEY, storyId TEXT COLLATE "C" NOT NULL, opened DOUBLE PRECISION NOT NULL,
            updated DOUBLE PRECISION NOT NULL, articles BIGINT NOT NULL);
        CREATE TABLE watch_member (
            seq BIGSERIAL PRIMARY KEY, articleId TEXT COLLATE "C" NOT NULL UNIQUE, storyId TEXT COLLATE "C" NOT NULL,
            eventId TEXT COLLATE "C" NOT NULL, added DOUBLE PRECISION NOT NULL);
        CREATE INDEX watch_member_story ON watch_member (storyId);
        CREATE TABLE watchlist (
            name TEXT COLLATE "C" PRIMARY KEY, kind TEXT NOT NULL, value TEXT NOT NULL, webhook TEXT, secret TEXT,
            created DOUBLE PRECISION NOT NULL);
        CREATE TABLE watch_alert (
            id BIGSERIAL PRIMARY KEY,
            watchlist TEXT COLLATE "C" NOT NULL REFERENCES watchlist(name) ON DELETE CASCADE,
            articleId TEXT COLLATE "C" NOT NULL, storyId TEXT COLLATE "C", kind TEXT NOT NULL,
            triggerText TEXT NOT NULL, triggerStart BIGINT NOT NULL, triggerEnd BIGINT NOT NULL,
            sources TEXT NOT NULL, created DOUBLE PRECISION NOT NULL, UNIQUE (watchlist, articleId));
        CREATE INDEX watch_alert_created ON watch_alert (created);
        CREATE TABLE watch_delivery (
            alertId BIGINT PRIMARY KEY REFERENCES watch_alert(id) ON DELETE CASCADE, url TEXT NOT NULL,
            attempts BIGINT NOT NULL DEFAULT 0, nextAttempt DOUBLE PRECISION NOT NULL,
            delivered DOUBLE PRECISION, lastError TEXT);
        """

    /// The watcher's spilled stories, as SQLite's `WatchSchema.createSpill`: opaque bytes (bytea)
    /// and the 64-bit index terms they are found by (as their signed bit pattern).
    static let v4WatchSpill = """
        CREATE TABLE watch_spill (
            level INTEGER NOT NULL, number BIGINT NOT NULL, data BYTEA NOT NULL, PRIMARY KEY (level, number));
        CREATE TABLE watch_spill_term (
            level INTEGER NOT NULL, term BIGINT NOT NULL, number BIGINT NOT NULL, PRIMARY KEY (level, term, number));
        CREATE INDEX watch_spill_term_number ON watch_spill_term (level, number);
        """
}

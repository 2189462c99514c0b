import Foundation
import GRDB

/// Read queries for the web app and API: revision, listing, full-text search, people.
/// Every value reaches SQLite as a bound argument; only fixed SQL fragments are concatenated.
extension ArticleStore {
    public enum SearchScope: String, Sendable, CaseIterable { case all, articles, quotes }

    /// Bumped by every insert or delete of an article: what readers key their caches on.
    public func revision() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'revision'") ?? 0 }
    }

    public func articleCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// Articles newest first, a page at a time.
    public func articles(limit: Int, offset: Int) throws -> ResultPage<ArticleSummary> {
        try read { db in
            let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.summaryColumns) FROM article a ORDER BY a.published IS NULL, a.published DESC, a.id
                    LIMIT ? OFFSET ?
                    """, arguments: [limit, offset])
            return ResultPage(items: rows.map(Self.summary), total: total, offset: offset)
        }
    }

    static let summaryColumns = "a.id, a.title, a.outlet, a.published, a.language, a.url, a.source"

    static func summary(_ row: Row) -> ArticleSummary {
        ArticleSummary(
            id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published"],
            language: row["language"], url: row["url"], source: row["source"])
    }

    /// Filters shared by both arms of a search, on the article alias `a`.
    static func filters(_ q: SearchQuery) -> (sql: String, args: StatementArguments) {
        var sql = ""
        var args: StatementArguments = []
        if let o = q.outlet {
            sql += " AND (a.outlet = ? COLLATE NOCASE OR a.outlet LIKE ? ESCAPE '\\')"
            args += [o, "%" + likeEscaped(o) + "%"]
        }
        if let f = q.from { sql += " AND substr(a.published, 1, 10) >= ?"; args += [f] }
        if let t = q.to { sql += " AND substr(a.published, 1, 10) <= ?"; args += [t] }
        if let p = q.person {
            sql += """
                 AND EXISTS (SELECT 1 FROM entity e WHERE e.articleId = a.id
                 AND (e.name = ? COLLATE NOCASE OR e.aliases LIKE ? ESCAPE '\\'))
                """
            args += [p, "%\"" + likeEscaped(p) + "\"%"]
        }
        return (sql, args)
    }

    public static func likeEscaped(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if c == "%" || c == "_" || c == "\\" { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(c)
        }
        return out
    }

    /// The two arms of a search (articles, quotes) as SELECTs of the same columns.
    /// `ranked` false leaves bm25 out, for counts that need no order.
    private static func arms(
        _ q: SearchQuery, scope: SearchScope, ranked: Bool = true
    )
        -> (sql: String, args: StatementArguments)
    {
        let (filterSQL, filterArgs) = filters(q)
        var parts: [String] = []
        var args: StatementArguments = []
        if scope != .quotes {
            if let m = q.match {
                parts.append(
                    """
                    SELECT 'article' AS kind, a.id AS articleId, NULL AS ordinal, a.title, a.outlet, a.published,
                      NULL AS speaker, NULL AS snippet, article_fts.rowid AS ftsRow,
                      \(ranked ? "bm25(article_fts, 4.0, 1.0)" : "0.0") AS score
                    FROM article_fts JOIN article a ON a.rowid = article_fts.rowid
                    WHERE article_fts MATCH ?\(filterSQL)
                    """)
                args += [m]
            } else {
                parts.append(
                    """
                    SELECT 'article' AS kind, a.id AS articleId, NULL AS ordinal, a.title, a.outlet, a.published,
                      NULL AS speaker, substr(a.text, 1, 200) AS snippet, NULL AS ftsRow, 0.0 AS score
                    FROM article a WHERE 1\(filterSQL)
                    """)
            }
            args += filterArgs
        }
        if scope != .articles {
            // A person filter on quotes means quotes by that person, not quotes in articles naming them.
            var quoteFilter = filterSQL
            var quoteArgs = filterArgs
            if let p = q.person {
                var nonPerson = q
                nonPerson.person = nil
                (quoteFilter, quoteArgs) = filters(nonPerson)
                quoteFilter += " AND q.speakerNamed = 1 AND q.speaker LIKE ? ESCAPE '\\'"
                quoteArgs += ["%" + likeEscaped(p) + "%"]
            }
            if let m = q.match {
                parts.append(
                    """
                    SELECT 'quote' AS kind, a.id AS articleId, q.ordinal AS ordinal, a.title, a.outlet, a.published,
                      q.speaker AS speaker, NULL AS snippet, quote_fts.rowid AS ftsRow,
                      \(ranked ? "bm25(quote_fts, 1.0, 0.5)" : "0.0") AS score
                    FROM quote_fts JOIN quote q ON q.rowid = quote_fts.rowid JOIN article a ON a.id = q.articleId
                    WHERE quote_fts MATCH ?\(quoteFilter)
                    """)
                args += [m]
            } else {
                parts.append(
                    """
                    SELECT 'quote' AS kind, a.id AS articleId, q.ordinal AS ordinal, a.title, a.outlet, a.published,
                      q.speaker AS speaker, q.text AS snippet, NULL AS ftsRow, 0.0 AS score
                    FROM quote q JOIN article a ON a.id = q.articleId WHERE 1\(quoteFilter)
                    """)
            }
            args += quoteArgs
        }
        return (parts.joined(separator: "\nUNION ALL\n"), args)
    }

    /// Articles and quotes matching `q`, best first (bm25; ties by recency, then id).
    /// Throws `SearchError.invalid` when SQLite rejects the expression.
    public func search(
        _ q: SearchQuery, scope: SearchScope = .all, limit: Int, offset: Int
    ) throws
        -> ResultPage<SearchHit>
    {
        let (countSQL, countArgs) = Self.arms(q, scope: scope, ranked: false)
        return try Self.translatingSearchErrors {
            try read { db in
                let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (\(countSQL))", arguments: countArgs) ?? 0
                return try Self.rankedPage(db, q, scope: scope, limit: limit, offset: offset, total: total)
            }
        }
    }

    /// A page of `search` with the matches per day (`searchDays`), from one read of the store.
    /// The total comes from the per-day counts (undated matches included), saving a pass.
    public func searchWithDays(
        _ q: SearchQuery, scope: SearchScope = .all, limit: Int, offset: Int
    ) throws
        -> (page: ResultPage<SearchHit>, days: [(day: String, count: Int)])
    {
        let (countSQL, countArgs) = Self.arms(q, scope: scope, ranked: false)
        return try Self.translatingSearchErrors {
            try read { db in
                let groups = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(published, 1, 10) AS day, COUNT(*) AS n FROM (\(countSQL)) GROUP BY day ORDER \
                        BY day
                        """, arguments: countArgs
                ).map { (day: $0["day"] as String?, count: $0["n"] as Int) }
                let total = groups.map(\.count).reduce(0, +)
                let page = try Self.rankedPage(db, q, scope: scope, limit: limit, offset: offset, total: total)
                return (page, groups.compactMap { g in g.day.map { (day: $0, count: g.count) } })
            }
        }
    }

    private static func rankedPage(
        _ db: Database, _ q: SearchQuery, scope: SearchScope, limit: Int, offset: Int,
        total: Int
    ) throws -> ResultPage<SearchHit> {
        let (sql, args) = arms(q, scope: scope)
        var pageArgs = args
        pageArgs += [limit, offset]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM (\(sql)) ORDER BY score, published DESC, articleId, ordinal LIMIT ? OFFSET ?
                """, arguments: pageArgs)
        // Snippets are made for the page's rows only: making them for every match before
        // ranking cost most of a search's time.
        let hits = try rows.map { row in
            let kind = SearchHit.Kind(rawValue: row["kind"]) ?? .article
            var snippet: String = row["snippet"] ?? ""
            if let m = q.match, let ftsRow: Int64 = row["ftsRow"] {
                snippet = try Self.snippet(db, kind: kind, match: m, row: ftsRow) ?? snippet
            }
            return SearchHit(
                kind: kind, articleID: row["articleId"], ordinal: row["ordinal"],
                title: row["title"], outlet: row["outlet"], published: row["published"],
                speaker: row["speaker"], snippet: snippet, score: row["score"] ?? 0)
        }
        return ResultPage(items: hits, total: total, offset: offset)
    }

    /// The highlighted passage of one matching row of an FTS table.
    private static func snippet(_ db: Database, kind: SearchHit.Kind, match: String, row: Int64) throws -> String? {
        let mark = "'\(SearchHit.markStart)', '\(SearchHit.markEnd)'"
        let (table, column, words) = kind == .article ? ("article_fts", 1, 24) : ("quote_fts", 0, 32)
        let sql =
            "SELECT snippet(\(table), \(column), \(mark), '…', \(words)) FROM \(table) "
            + "WHERE \(table) MATCH ? AND rowid = ?"
        return try String.fetchOne(db, sql: sql, arguments: [match, row])
    }

    /// Matching articles and quotes per publication day, oldest first: the attention chart.
    public func searchDays(_ q: SearchQuery, scope: SearchScope = .all) throws -> [(day: String, count: Int)] {
        let (sql, args) = Self.arms(q, scope: scope, ranked: false)
        return try Self.translatingSearchErrors {
            try read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT substr(published, 1, 10) AS day, COUNT(*) AS n FROM (\(sql))
                        WHERE published IS NOT NULL GROUP BY day ORDER BY day
                        """, arguments: args
                ).map { (day: $0["day"], count: $0["n"]) }
            }
        }
    }

    public enum SearchError: Error, Sendable, Equatable {
        case invalid(String)
    }

    private static func translatingSearchErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as DatabaseError where e.resultCode == .SQLITE_ERROR {
            throw SearchError.invalid(e.message ?? "the search could not be read")
        }
    }

    /// Everything stored under a name (or alias), matched without regard to case; nil if none.
    public func namedEntity(_ name: String) throws -> NamedEntityRecord? {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT e.name, e.type, e.description, e.aliases, \(Self.summaryColumns)
                    FROM entity e JOIN article a ON a.id = e.articleId
                    WHERE e.name = ? COLLATE NOCASE OR e.aliases LIKE ? ESCAPE '\\'
                    ORDER BY a.published IS NULL, a.published, a.id
                    """, arguments: [name, "%\"" + Self.likeEscaped(name) + "\"%"])
            return NamedEntityRecord.assemble(
                name,
                rows.map { row in
                    (
                        name: row["name"], type: row["type"], description: row["description"], aliases: row["aliases"],
                        article: Self.summary(row)
                    )
                })
        }
    }

    /// Quotes attributed to `speaker` (or to one of `aliases`) by name, oldest first, a page at a time: a
    /// description that happens to read the same ("Police") is nobody's quote.
    public func quotes(
        by speaker: String, aliases: [String] = [], limit: Int, offset: Int
    ) throws
        -> ResultPage<StoredQuote>
    {
        let names = Array(Set(([speaker] + aliases).map { $0.lowercased() })).sorted()
        let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let condition = "q.speakerNamed = 1 AND lower(q.speaker) IN (\(placeholders))"
        return try read { db in
            let total =
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM quote q WHERE \(condition)",
                    arguments: StatementArguments(names)) ?? 0
            var args = StatementArguments(names)
            args += [limit, offset]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT q.ordinal, q.text AS quoteText, q.kind, q.speaker, q.speakerDescription, q.spanStart, \
                    q.spanEnd,
                      \(Self.summaryColumns)
                    FROM quote q JOIN article a ON a.id = q.articleId WHERE \(condition)
                    ORDER BY a.published IS NULL, a.published, a.id, q.ordinal LIMIT ? OFFSET ?
                    """, arguments: args)
            let items = rows.map { row in
                StoredQuote(
                    article: Self.summary(row), ordinal: row["ordinal"], text: row["quoteText"],
                    kind: row["kind"], speaker: row["speaker"], speakerDescription: row["speakerDescription"],
                    start: row["spanStart"], end: row["spanEnd"])
            }
            return ResultPage(items: items, total: total, offset: offset)
        }
    }
}

import DossierStore

/// Full-text search in PostgreSQL: the same `SearchQuery` (parsed for FTS5) answered through
/// the stored `tsvector`s. Every word or phrase goes to `websearch_to_tsquery` as one quoted
/// phrase, so no input is read as tsquery syntax; the query's AND / OR / NOT and parentheses
/// become tsquery's `&&`, `||`, `&& !!` with explicit parentheses (PostgreSQL gives those
/// operators one precedence, FTS5 does not). Scores are `-ts_rank_cd`: lower is better, as with bm25.
extension PostgresStore {
    /// Parameters collected while SQL is written: `bind` returns the placeholder of a new one.
    struct Bindings {
        var values: [StoredValue] = []
        mutating func bind(_ v: StoredValue) -> String {
            values.append(v)
            return "$\(values.count)"
        }
    }

    /// A search's filters (outlet, dates, person) on the article `a`, as SQL conditions.
    static func filters(_ q: SearchQuery, _ b: inout Bindings) -> String {
        var sql = ""
        if let o = q.outlet {
            sql += " AND (lower(a.outlet) = lower(\(b.bind(.text(o))))"
            sql += " OR a.outlet ILIKE \(b.bind(.text("%" + ArticleStore.likeEscaped(o) + "%"))) ESCAPE '\\')"
        }
        if let f = q.from { sql += " AND substr(a.published, 1, 10) >= \(b.bind(.text(f)))" }
        if let t = q.to { sql += " AND substr(a.published, 1, 10) <= \(b.bind(.text(t)))" }
        if let p = q.person {
            sql +=
                " AND EXISTS (SELECT 1 FROM entity e WHERE e.articleId = a.id AND (lower(e.name) = lower("
                + b.bind(.text(p)) + ") OR e.aliases ILIKE "
                + b.bind(.text("%\"" + ArticleStore.likeEscaped(p) + "\"%")) + " ESCAPE '\\'))"
        }
        return sql
    }

    /// The arms of a search (articles, quotes) as SELECTs of the same columns.
    static func arms(_ q: SearchQuery, scope: ArticleStore.SearchScope, ranked: Bool, _ b: inout Bindings) -> String {
        var parts: [String] = []
        if scope != .quotes {
            if let m = q.match {
                let query = TSQueryTranslation.sql(m, &b)
                let score = ranked ? "-ts_rank_cd(a.tsv, \(query))" : "0.0"
                parts.append(
                    """
                    SELECT 'article' AS kind, a.id AS articleId, NULL::integer AS ordinal, a.title, a.outlet,
                      a.published, NULL::text AS speaker, NULL::text AS snippet, \(score)::float8 AS score
                    FROM article a WHERE a.tsv @@ \(query)\(filters(q, &b))
                    """)
            } else {
                parts.append(
                    """
                    SELECT 'article' AS kind, a.id AS articleId, NULL::integer AS ordinal, a.title, a.outlet,
                      a.published, NULL::text AS speaker, substr(a.text, 1, 200) AS snippet, 0.0::float8 AS score
                    FROM article a WHERE true\(filters(q, &b))
                    """)
            }
        }
        if scope != .articles {
            // A person filter on quotes means quotes by that person, not quotes in articles naming them.
            var nonPerson = q
            nonPerson.person = nil
            var quoteFilter = filters(nonPerson, &b)
            if let p = q.person {
                let pattern = b.bind(.text("%" + ArticleStore.likeEscaped(p) + "%"))
                quoteFilter += " AND q.speakerNamed = 1 AND q.speaker ILIKE \(pattern) ESCAPE '\\'"
            }
            if let m = q.match {
                let query = TSQueryTranslation.sql(m, &b)
                let score = ranked ? "-ts_rank_cd(q.tsv, \(query))" : "0.0"
                parts.append(
                    """
                    SELECT 'quote' AS kind, a.id AS articleId, q.ordinal AS ordinal, a.title, a.outlet, a.published,
                      q.speaker AS speaker, NULL::text AS snippet, \(score)::float8 AS score
                    FROM quote q JOIN article a ON a.id = q.articleId WHERE q.tsv @@ \(query)\(quoteFilter)
                    """)
            } else {
                parts.append(
                    """
                    SELECT 'quote' AS kind, a.id AS articleId, q.ordinal AS ordinal, a.title, a.outlet, a.published,
                      q.speaker AS speaker, q.text AS snippet, 0.0::float8 AS score
                    FROM quote q JOIN article a ON a.id = q.articleId WHERE true\(quoteFilter)
                    """)
            }
        }
        return parts.joined(separator: "\nUNION ALL\n")
    }

    public func search(
        _ q: SearchQuery, scope: ArticleStore.SearchScope, limit: Int, offset: Int
    ) throws
        -> ResultPage<SearchHit>
    {
        try searching { c in
            var b = Bindings()
            let sql = Self.arms(q, scope: scope, ranked: false, &b)
            let total = Int(try c.exec("SELECT COUNT(*) FROM (\(sql)) s", b.values).firstValue ?? "0") ?? 0
            return try Self.rankedPage(c, q, scope: scope, limit: limit, offset: offset, total: total)
        }
    }

    public func searchWithDays(
        _ q: SearchQuery, scope: ArticleStore.SearchScope, limit: Int, offset: Int
    ) throws
        -> (page: ResultPage<SearchHit>, days: [(day: String, count: Int)])
    {
        try searching { c in
            let groups = try Self.dayCounts(c, q, scope: scope)
            let total = groups.map(\.count).reduce(0, +)
            let page = try Self.rankedPage(c, q, scope: scope, limit: limit, offset: offset, total: total)
            return (page, groups.compactMap { g in g.day.map { (day: $0, count: g.count) } })
        }
    }

    public func searchDays(_ q: SearchQuery, scope: ArticleStore.SearchScope) throws -> [(day: String, count: Int)] {
        try searching { c in
            try Self.dayCounts(c, q, scope: scope).compactMap { g in g.day.map { (day: $0, count: g.count) } }
        }
    }

    private static func dayCounts(
        _ c: PGConnection, _ q: SearchQuery, scope: ArticleStore.SearchScope
    ) throws
        -> [(day: String?, count: Int)]
    {
        var b = Bindings()
        let sql = arms(q, scope: scope, ranked: false, &b)
        return try c.exec(
            """
            SELECT substr(published, 1, 10) AS day, COUNT(*) AS n FROM (\(sql)) s
            GROUP BY day ORDER BY day NULLS FIRST
            """, b.values
        ).all.map { (day: $0.text("day"), count: $0.integer("n") ?? 0) }
    }

    private static func rankedPage(
        _ c: PGConnection, _ q: SearchQuery, scope: ArticleStore.SearchScope, limit: Int,
        offset: Int, total: Int
    ) throws -> ResultPage<SearchHit> {
        var b = Bindings()
        let sql = arms(q, scope: scope, ranked: true, &b)
        let page = "LIMIT \(b.bind(.integer(max(0, limit)))) OFFSET \(b.bind(.integer(max(0, offset))))"
        let rows = try c.exec(
            """
            SELECT * FROM (\(sql)) s ORDER BY score, published DESC NULLS LAST, articleId, ordinal NULLS FIRST \(page)
            """, b.values)
        // Snippets for the page's rows only, as in SQLite: ts_headline over every match would
        // cost most of a search's time.
        return ResultPage(
            items: try rows.all.map { row in
                let kind = SearchHit.Kind(rawValue: row.text("kind") ?? "") ?? .article
                let id = row.text("articleId") ?? ""
                var snippet = row.text("snippet") ?? ""
                if let m = q.match {
                    snippet =
                        try Self.snippet(c, kind: kind, match: m, articleID: id, ordinal: row.integer("ordinal"))
                        ?? snippet
                }
                return SearchHit(
                    kind: kind, articleID: id, ordinal: row.integer("ordinal"), title: row.text("title"),
                    outlet: row.text("outlet"), published: row.text("published"),
                    speaker: row.text("speaker"), snippet: snippet, score: row.real("score") ?? 0)
            }, total: total, offset: offset)
    }

    /// The highlighted passage of one match, marked as SQLite's `snippet` marks it.
    private static func snippet(
        _ c: PGConnection, kind: SearchHit.Kind, match: String, articleID: String,
        ordinal: Int?
    ) throws -> String? {
        var b = Bindings()
        let query = TSQueryTranslation.sql(match, &b)
        let words = kind == .article ? 24 : 32
        let options =
            "StartSel=\(SearchHit.markStart), StopSel=\(SearchHit.markEnd), MaxWords=\(words), "
            + "MinWords=\(words / 2), MaxFragments=1, FragmentDelimiter=…"
        let opts = b.bind(.text(options))
        let id = b.bind(.text(articleID))
        let sql =
            kind == .article
            ? "SELECT ts_headline('simple', left(text, 500000), \(query), \(opts)) FROM article WHERE id = \(id)"
            : "SELECT ts_headline('simple', text, \(query), \(opts)) FROM quote WHERE articleId = \(id) "
                + "AND ordinal = \(b.bind(.integer(ordinal ?? 0)))"
        return try c.exec(sql, b.values).firstValue
    }

    /// Runs a search, turning what PostgreSQL rejects in it into `SearchError.invalid`.
    private func searching<T>(_ body: (PGConnection) throws -> T) throws -> T {
        do {
            return try withConnection(body)
        } catch let e as PostgresError where e.sqlState?.hasPrefix("42") == true || e.sqlState?.hasPrefix("22") == true
        {
            throw ArticleStore.SearchError.invalid(e.message)
        }
    }
}

/// FTS5 expressions (as `SearchQuery` writes them) turned into tsquery SQL.
enum TSQueryTranslation {
    enum Token: Equatable { case term(String, prefix: Bool), and, or, not, open, close }

    /// Deepest parenthesis nesting translated as written; deeper queries fall back to all their
    /// words ANDed (a bound on recursion for any input).
    static let maxDepth = 32

    static func tokens(_ match: String) -> [Token] {
        let s = Array(match.unicodeScalars)
        var out: [Token] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == " " { i += 1; continue }
            if c == "(" { out.append(.open); i += 1; continue }
            if c == ")" { out.append(.close); i += 1; continue }
            if c == "\"" {
                var text = String.UnicodeScalarView()
                var j = i + 1
                while j < s.count {
                    if s[j] == "\"" {
                        if j + 1 < s.count, s[j + 1] == "\"" { text.append("\""); j += 2; continue }
                        break
                    }
                    text.append(s[j])
                    j += 1
                }
                j += 1
                let prefix = j < s.count && s[j] == "*"
                if prefix { j += 1 }
                out.append(.term(String(text), prefix: prefix))
                i = j
                continue
            }
            var j = i
            while j < s.count, s[j] != " ", s[j] != "(", s[j] != ")", s[j] != "\"" { j += 1 }
            switch String(String.UnicodeScalarView(s[i..<j])) {
            case "AND": out.append(.and)
            case "OR": out.append(.or)
            case "NOT": out.append(.not)
            default: break
            }
            i = max(j, i + 1)
        }
        return out
    }

    /// A tsquery-valued SQL expression for `match`, its words bound through `b`.
    static func sql(_ match: String, _ b: inout PostgresStore.Bindings) -> String {
        let toks = tokens(match)
        var parser = Parser(tokens: toks)
        if let tree = parser.orExpression(depth: 0), parser.k == toks.count {
            return render(tree, &b)
        }
        // Unreadable (too deep): every word must appear.
        let words: [Node] = toks.compactMap {
            if case .term(let t, let p) = $0 { return .term(t, p) }; return nil
        }
        guard var tree = words.first else { return "''::tsquery" }
        for w in words.dropFirst() { tree = .and(tree, w) }
        return render(tree, &b)
    }

    indirect enum Node {
        case term(String, Bool), and(Node, Node), or(Node, Node), not(Node, Node)
    }

    /// Precedence as FTS5 reads it: NOT binds tighter than AND, AND tighter than OR.
    struct Parser {
        let tokens: [Token]
        var k = 0

        mutating func orExpression(depth: Int) -> Node? {
            guard depth <= TSQueryTranslation.maxDepth, var left = andExpression(depth: depth) else { return nil }
            while k < tokens.count, tokens[k] == .or {
                k += 1
                guard let right = andExpression(depth: depth) else { return nil }
                left = .or(left, right)
            }
            return left
        }

        mutating func andExpression(depth: Int) -> Node? {
            guard var left = notExpression(depth: depth) else { return nil }
            while k < tokens.count, tokens[k] == .and {
                k += 1
                guard let right = notExpression(depth: depth) else { return nil }
                left = .and(left, right)
            }
            return left
        }

        mutating func notExpression(depth: Int) -> Node? {
            guard var left = primary(depth: depth) else { return nil }
            while k < tokens.count, tokens[k] == .not {
                k += 1
                guard let right = primary(depth: depth) else { return nil }
                left = .not(left, right)
            }
            return left
        }

        mutating func primary(depth: Int) -> Node? {
            guard k < tokens.count else { return nil }
            switch tokens[k] {
            case .term(let t, let p):
                k += 1
                return .term(t, p)
            case .open:
                k += 1
                guard let inner = orExpression(depth: depth + 1), k < tokens.count, tokens[k] == .close else {
                    return nil
                }
                k += 1
                return inner
            default:
                return nil
            }
        }
    }

    /// Rendering recurses as deep as the tree, which the parser bounded; a long flat chain of
    /// ANDs renders iteratively enough (each level is one operator of a bounded query).
    static func render(_ n: Node, _ b: inout PostgresStore.Bindings) -> String {
        switch n {
        case .term(let text, let prefix):
            // Quoted for websearch_to_tsquery: a phrase, with nothing in it read as an operator.
            let phrase = "\"" + String(String.UnicodeScalarView(text.unicodeScalars.filter { $0 != "\"" })) + "\""
            let q = "websearch_to_tsquery('simple', \(b.bind(.text(phrase))))"
            return prefix ? "dossier_prefix(\(q))" : q
        case .and(let l, let r): return "(\(render(l, &b)) && \(render(r, &b)))"
        case .or(let l, let r): return "(\(render(l, &b)) || \(render(r, &b)))"
        case .not(let l, let r): return "(\(render(l, &b)) && !!\(render(r, &b)))"
        }
    }
}

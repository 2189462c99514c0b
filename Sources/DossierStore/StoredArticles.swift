import DossierModel
import GRDB

/// A stored row as both engines hand it over: values by column name.
public protocol StoredRowReading {
    func text(_ column: String) -> String?
    func integer(_ column: String) -> Int?
    func real(_ column: String) -> Double?
}

extension StoredRowReading {
    func required(_ column: String) throws -> String {
        guard let v = text(column) else { throw StoredArticles.Damaged(column: column) }
        return v
    }

    func span() throws -> Span {
        guard let a = integer("spanStart"), let b = integer("spanEnd"), a >= 0, a <= b else {
            throw StoredArticles.Damaged(column: "spanStart")
        }
        return Span(a, b)
    }
}

/// A GRDB row read by column name.
struct GRDBRow: StoredRowReading {
    let row: Row
    func text(_ column: String) -> String? { row[column] }
    func integer(_ column: String) -> Int? { row[column] }
    func real(_ column: String) -> Double? { row[column] }
}

/// Articles rebuilt from their stored rows, the same way for every engine.
public enum StoredArticles {
    /// A row that cannot be what Dossier wrote (a missing value, a reversed span).
    public struct Damaged: Error, CustomStringConvertible {
        public var column: String
        public var description: String { "a stored row has a damaged \(column) value" }
    }

    /// How an engine spells the one bound parameter (the article id) in a query.
    public enum Placeholder {
        case questionMark, dollarOne
        var text: String { self == .questionMark ? "?" : "$1" }
        /// `count` parameters in a row: `?,?,?` or `$1,$2,$3`.
        func list(_ count: Int) -> String {
            (1...max(1, count)).map { self == .questionMark ? "?" : "$\($0)" }.joined(separator: ",")
        }
    }

    /// Ids bound in one query: well under SQLite's limit on parameters and PostgreSQL's 65,535.
    public static let idsPerQuery = 500

    /// The stored articles with these ids, in the order given (an id not stored is left out), read
    /// `idsPerQuery` ids at a time: `fetch` runs a statement with those ids bound, spelled as
    /// `placeholder` says. What each engine's `articles(ids:withQuotesAndFigures:)` is made of.
    public static func byIDs(
        _ ids: [String], placeholder: Placeholder, withQuotesAndFigures: Bool,
        fetch: (_ sql: String, _ ids: [String]) throws -> [any StoredRowReading]
    ) throws -> [Article] {
        var found: [String: Article] = [:]
        found.reserveCapacity(ids.count)
        for start in stride(from: 0, to: ids.count, by: idsPerQuery) {
            let part = Array(ids[start..<min(start + idsPerQuery, ids.count)])
            let loaded = try assemble(
                idCount: part.count, placeholder: placeholder, withQuotesAndFigures: withQuotesAndFigures
            ) { sql in try fetch(sql, part) }
            for a in loaded { found[a.id] = a }
        }
        return ids.compactMap { found[$0] }
    }

    /// Runs the five queries through `fetch` (one article when `oneArticle`, bound to the single
    /// parameter, else all of them) and joins their rows into articles, oldest first.
    public static func assemble(
        where oneArticle: Bool,
        fetch: (_ sql: (Placeholder) -> String) throws -> [any StoredRowReading]
    ) throws
        -> [Article]
    {
        try assemble(condition: { key, p in oneArticle ? " WHERE \(key) = \(p.text)" : "" }, fetch: fetch)
    }

    /// The articles whose ids are bound to `count` parameters, spelled as `placeholder` says, oldest
    /// first; without their quotes and figures when not `withQuotesAndFigures` (what clustering reads).
    static func assemble(
        idCount count: Int, placeholder: Placeholder, withQuotesAndFigures: Bool,
        fetch: (_ sql: String) throws -> [any StoredRowReading]
    ) throws -> [Article] {
        guard count > 0 else { return [] }
        let marks = placeholder.list(count)
        return try assemble(
            condition: { key, _ in " WHERE \(key) IN (\(marks))" },
            skipping: withQuotesAndFigures ? [] : ["quote", "amount"],
            fetch: { try fetch($0(placeholder)) })
    }

    /// Runs the five queries, each restricted by `condition(key column, placeholder)`.
    private static func assemble(
        condition: @escaping (_ key: String, _ placeholder: Placeholder) -> String, skipping: Set<String> = [],
        fetch: (_ sql: (Placeholder) -> String) throws -> [any StoredRowReading]
    ) throws -> [Article] {
        func rows(_ table: String, order: String) throws -> [any StoredRowReading] {
            if skipping.contains(table) { return [] }
            return try fetch { p in
                let key = table == "article" ? "id" : "articleId"
                return "SELECT * FROM \(table)" + condition(key, p) + " ORDER BY \(order)"
            }
        }
        var articles: [Article] = []
        var index: [String: Int] = [:]
        for row in try rows("article", order: "published IS NULL, published, id") {
            let id = try row.required("id")
            var a = Article(
                id: id, source: try row.required("source"), url: row.text("url"), outlet: row.text("outlet"),
                title: row.text("title"), byline: row.text("byline"),
                published: row.text("published").flatMap { Timestamp(iso8601: $0, strict: false) },
                language: row.text("language"), text: try row.required("text"),
                paragraphs: try StoredJSON.spans(row.required("paragraphs")),
                removed: try StoredJSON.strings(row.required("removed")))
            a.annotations.sentences = try StoredJSON.spans(row.required("sentences"))
            index[id] = articles.count
            articles.append(a)
        }
        let order = "articleId, ordinal"
        for row in try rows("entity", order: order) {
            guard let k = row.text("articleId").flatMap({ index[$0] }) else { continue }
            articles[k].annotations.entities.append(
                Entity(
                    name: try row.required("name"), type: EntityType(rawValue: try row.required("type")) ?? .misc,
                    aliases: try StoredJSON.strings(row.required("aliases")),
                    description: row.text("description"),
                    mentions: try StoredJSON.spans(row.required("mentions"))))
        }
        for row in try rows("quote", order: order) {
            guard let k = row.text("articleId").flatMap({ index[$0] }) else { continue }
            articles[k].annotations.quotes.append(
                Quote(
                    text: try row.required("text"), kind: QuoteKind(rawValue: try row.required("kind")) ?? .direct,
                    speaker: row.text("speaker"), speakerNamed: row.integer("speakerNamed").map { $0 != 0 },
                    speakerDescription: row.text("speakerDescription"), cue: row.text("cue"),
                    span: try row.span()))
        }
        for row in try rows("amount", order: order) {
            guard let k = row.text("articleId").flatMap({ index[$0] }) else { continue }
            guard let value = row.real("value") else { throw Damaged(column: "value") }
            articles[k].annotations.amounts.append(
                Amount(
                    value: value, high: row.real("high"), unit: row.text("unit"), modifier: row.text("modifier"),
                    text: try row.required("text"), span: try row.span(), claimant: row.text("claimant")))
        }
        for row in try rows("timex", order: order) {
            guard let k = row.text("articleId").flatMap({ index[$0] }) else { continue }
            articles[k].annotations.dates.append(
                TimeExpression(
                    text: try row.required("text"), type: TimeType(rawValue: try row.required("type")) ?? .date,
                    value: try row.required("value"), span: try row.span()))
        }
        return articles
    }
}

import DossierModel
import GRDB

/// One value of a stored row, engine-neutral: each engine binds it in its own way.
public enum StoredValue: Sendable, Equatable {
    case text(String)
    case integer(Int)
    case real(Double)
    case null

    /// Text, or null for nil.
    public init(_ s: String?) { self = s.map(StoredValue.text) ?? .null }
    /// A real, or null for nil.
    public init(_ d: Double?) { self = d.map(StoredValue.real) ?? .null }

    var databaseValue: DatabaseValue {
        switch self {
        case .text(let s): return s.databaseValue
        case .integer(let n): return n.databaseValue
        case .real(let d): return d.databaseValue
        case .null: return .null
        }
    }
}

/// The rows an article is stored as, by named column, for every engine: inserts name their
/// columns, so a column added by a later migration (or a different column order in an older
/// file) cannot shift values into the wrong place.
public enum StoredRows {
    /// Tables in the order rows are inserted (the article before its annotations) and their columns.
    public static let columns: [(table: String, columns: [String])] = [
        (
            "article",
            [
                "id", "contentHash", "source", "url", "outlet", "title", "byline", "published", "language",
                "text", "removed", "paragraphs", "sentences",
            ]
        ),
        ("entity", ["articleId", "ordinal", "name", "type", "aliases", "description", "mentions"]),
        (
            "quote",
            [
                "articleId", "ordinal", "text", "kind", "speaker", "speakerDescription", "cue", "spanStart",
                "spanEnd", "speakerNamed",
            ]
        ),
        (
            "amount",
            [
                "articleId", "ordinal", "value", "high", "unit", "modifier", "text", "claimant", "spanStart",
                "spanEnd",
            ]
        ),
        ("timex", ["articleId", "ordinal", "text", "type", "value", "spanStart", "spanEnd"]),
    ]

    /// `INSERT INTO table (columns) VALUES (placeholders)`; `placeholder(k)` spells the k-th
    /// (1-based) parameter as the engine wants it (`?` in SQLite, `$k` in PostgreSQL).
    /// With `rows` above 1, one statement inserts that many rows, parameters numbered row after row.
    public static func insertSQL(_ table: String, rows: Int = 1, placeholder: (Int) -> String) -> String {
        let names = columns.first { $0.table == table }?.columns ?? []
        let width = max(1, names.count)
        let tuples = (0..<max(1, rows)).map { r in
            "(" + (1...width).map { placeholder(r * width + $0) }.joined(separator: ", ") + ")"
        }
        return "INSERT INTO \(table) (\(names.joined(separator: ", "))) VALUES \(tuples.joined(separator: ", "))"
    }

    /// Columns of `table` (0 for a table not listed).
    public static func width(_ table: String) -> Int {
        columns.first { $0.table == table }?.columns.count ?? 0
    }

    /// Every row of `a`, table by table, values in the order of `columns`.
    public static func of(_ a: Article, hash: String) throws -> [(table: String, rows: [[StoredValue]])] {
        try of(a, hash: hash, EncodedColumns(a)).map { ($0.table, $0.rows) }
    }

    /// The JSON columns the content hash and the article row share, encoded once.
    struct EncodedColumns {
        var removed: String
        var paragraphs: String
        var sentences: String

        init(_ a: Article) throws {
            removed = try ArticleStore.encode(a.removed)
            paragraphs = ArticleStore.encode(a.paragraphs)
            sentences = ArticleStore.encode(a.annotations.sentences)
        }
    }

    static func of(_ a: Article, hash: String, _ json: EncodedColumns) throws -> [StoredTableRows] {
        typealias V = StoredValue
        let ann = a.annotations
        let article: [V] = [
            .text(a.id), .text(hash), .text(a.source), V(a.url), V(a.outlet), V(a.title), V(a.byline),
            V(a.published?.iso8601), V(a.language), .text(a.text), .text(json.removed),
            .text(json.paragraphs), .text(json.sentences),
        ]
        let entities: [[V]] = try ann.entities.enumerated().map { k, e in
            [
                .text(a.id), .integer(k), .text(e.name), .text(e.type.rawValue),
                .text(try ArticleStore.encode(e.aliases)),
                V(e.description), .text(ArticleStore.encode(e.mentions)),
            ]
        }
        let quotes: [[V]] = ann.quotes.enumerated().map { k, q in
            [
                .text(a.id), .integer(k), .text(q.text), .text(q.kind.rawValue), V(q.speaker), V(q.speakerDescription),
                V(q.cue), .integer(q.span.start), .integer(q.span.end), .integer(q.speakerNamed ? 1 : 0),
            ]
        }
        let amounts: [[V]] = ann.amounts.enumerated().map { k, m in
            [
                .text(a.id), .integer(k), .real(m.value), V(m.high), V(m.unit), V(m.modifier), .text(m.text),
                V(m.claimant), .integer(m.span.start), .integer(m.span.end),
            ]
        }
        let dates: [[V]] = ann.dates.enumerated().map { k, t in
            [
                .text(a.id), .integer(k), .text(t.text), .text(t.type.rawValue), .text(t.value), .integer(t.span.start),
                .integer(t.span.end),
            ]
        }
        return [
            StoredTableRows(table: "article", rows: [article]), StoredTableRows(table: "entity", rows: entities),
            StoredTableRows(table: "quote", rows: quotes), StoredTableRows(table: "amount", rows: amounts),
            StoredTableRows(table: "timex", rows: dates),
        ]
    }
}

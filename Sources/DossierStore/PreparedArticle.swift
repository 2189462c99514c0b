import DossierModel

/// An article as the rows either engine stores, with its content hash: everything a write needs
/// that does not need the database. Made where the article is analysed (the pipeline's worker
/// threads, `Pipeline.run(prepare:)`), so the one thread that writes only writes; and each JSON
/// column is encoded once, for the hash and the row alike.
public struct PreparedArticle: Sendable {
    public let id: String
    public let source: String
    public let hash: String
    /// Rows by table, in `StoredRows.columns` order: the article's own row first.
    public let tables: [StoredTableRows]

    public init(_ a: Article) throws {
        let json = try StoredRows.EncodedColumns(a)
        id = a.id
        source = a.source
        hash = try ArticleStore.contentHash(a, json)
        tables = try StoredRows.of(a, hash: hash, json)
    }

    /// The article's own row (`article` table).
    public var articleRow: [StoredValue] { tables.first?.rows.first ?? [] }
    /// The annotation tables (entity, quote, amount, timex).
    public var annotationTables: ArraySlice<StoredTableRows> { tables.dropFirst() }
}

extension PreparedArticle {
    /// Runs `body`, which stores articles, against `store`, which takes prepared ones: each article
    /// is prepared as it is handed over (what `inTransaction` and `complete` do for callers that
    /// hand over `Article`s).
    public static func preparing(
        _ body: (_ store: (Article) throws -> Void) throws -> Void, into store: (PreparedArticle) throws -> Void
    ) throws {
        try withoutActuallyEscaping(store) { store in try body { a in try store(PreparedArticle(a)) } }
    }
}

/// The rows of one table.
public struct StoredTableRows: Sendable {
    public let table: String
    public let rows: [[StoredValue]]
}

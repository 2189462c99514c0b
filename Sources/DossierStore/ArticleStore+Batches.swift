import DossierModel
import GRDB

/// Reads for linking a store in passes (`StoryLinker.link(times:load:emit:)`): the publication
/// times of every article, then the articles a batch of ids at a time.
extension ArticleStore {
    /// Ids bound in one query: well under SQLite's limit on parameters.
    static let idsPerQuery = 500

    public func articleTimes() throws -> [(id: String, published: Timestamp?)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT id, published FROM article ORDER BY published IS NULL, published, id")
                .map { row in
                    let id: String? = row["id"]
                    let published: String? = row["published"]
                    return (id ?? "", published.flatMap { Timestamp(iso8601: $0, strict: false) })
                }
        }
    }

    public func articles(ids: [String], withQuotesAndFigures: Bool = true) throws -> [Article] {
        var found: [String: Article] = [:]
        found.reserveCapacity(ids.count)
        for start in stride(from: 0, to: ids.count, by: Self.idsPerQuery) {
            let part = Array(ids[start..<min(start + Self.idsPerQuery, ids.count)])
            let loaded = try read { db in
                try StoredArticles.assemble(idCount: part.count, withQuotesAndFigures: withQuotesAndFigures) { sql in
                    try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part)).map(GRDBRow.init)
                }
            }
            for a in loaded { found[a.id] = a }
        }
        return ids.compactMap { found[$0] }
    }
}

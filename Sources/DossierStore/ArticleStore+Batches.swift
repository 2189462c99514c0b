import DossierModel
import GRDB

/// Reads for linking a store in passes (`StoryLinker.link(times:load:emit:)`): the publication
/// times of every article, then the articles a batch of ids at a time.
extension ArticleStore {
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
        try StoredArticles.byIDs(ids, placeholder: .questionMark, withQuotesAndFigures: withQuotesAndFigures) {
            sql, part in
            try read { db in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(part)).map(GRDBRow.init) }
        }
    }
}

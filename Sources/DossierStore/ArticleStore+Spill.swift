import Foundation
import GRDB

/// The watcher's spilled stories (`watch_spill`): kept as opaque bytes with the terms they are
/// found by, so that the store needs nothing of the clusterer.
extension ArticleStore {
    /// One spilled story as the store keeps it.
    public struct SpilledRow: Sendable, Equatable {
        public var number: Int
        public var terms: [UInt64]
        public var bytes: [UInt8]

        public init(number: Int, terms: [UInt64], bytes: [UInt8]) {
            self.number = number
            self.terms = terms
            self.bytes = bytes
        }
    }

    /// Forgets every spilled story (the tracker rebuilds them when it starts).
    public func clearSpilledStories() throws {
        try writeTransaction { db, _ in
            try db.execute(sql: "DELETE FROM watch_spill; DELETE FROM watch_spill_term;")
        }
    }

    /// Drops the stories of `forget` at `level`, then keeps those of `save` (replacing any kept
    /// under the same number), in one transaction.
    public func saveSpilledStories(level: Int, save: [SpilledRow], forget: [Int]) throws {
        guard !save.isEmpty || !forget.isEmpty else { return }
        try writeTransaction { db, _ in
            for n in forget + save.map(\.number) {
                try db.execute(sql: "DELETE FROM watch_spill WHERE level = ? AND number = ?", arguments: [level, n])
                try db.execute(
                    sql: "DELETE FROM watch_spill_term WHERE level = ? AND number = ?", arguments: [level, n])
            }
            for row in save {
                try db.execute(
                    sql: "INSERT INTO watch_spill (level, number, data) VALUES (?, ?, ?)",
                    arguments: [level, row.number, Data(row.bytes)])
                for t in Set(row.terms) {
                    try db.execute(
                        sql: "INSERT INTO watch_spill_term (level, term, number) VALUES (?, ?, ?)",
                        arguments: [level, Int64(bitPattern: t), row.number])
                }
            }
        }
    }

    /// The spilled stories at `level` sharing the most of `terms` (then the latest numbers), at most `limit`.
    public func spilledStories(level: Int, terms: [UInt64], limit: Int) throws -> [[UInt8]] {
        let unique = Array(Set(terms))
        guard !unique.isEmpty, limit > 0 else { return [] }
        let marks = Array(repeating: "?", count: unique.count).joined(separator: ",")
        var args: [any DatabaseValueConvertible] = [level]
        args += unique.map { Int64(bitPattern: $0) }
        args += [limit, level]
        return try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT s.data FROM (
                        SELECT number, COUNT(*) AS n FROM watch_spill_term WHERE level = ? AND term IN (\(marks))
                        GROUP BY number ORDER BY n DESC, number DESC LIMIT ?
                    ) AS top JOIN watch_spill s ON s.level = ? AND s.number = top.number
                    ORDER BY top.n DESC, top.number DESC
                    """, arguments: StatementArguments(args.map(\.databaseValue))
            ).map { row in
                let d: Data = row["data"]
                return [UInt8](d)
            }
        }
    }

    /// Spilled stories kept at `level` (for tests and health).
    public func spilledStoryCount(level: Int) throws -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM watch_spill WHERE level = ?", arguments: [level]) ?? 0
        }
    }
}

import Foundation

/// How far `unplacedArticles` may move its cursor. Article numbers (`rowid`, a sequence) are
/// handed out at insert and become visible at commit, so a worker's batch can commit rows
/// numbered below rows already seen. A number handed out before time T belongs to a
/// transaction that began before T; so once every transaction of another session still
/// running began after T, every number handed out by T is final (committed or never will be).
/// Each scan records (T, the sequence's last value) and the bound is the latest such mark
/// older than the oldest running transaction. Sessions of other roles whose state this role
/// may not see (no pg_read_all_stats) count as running since ever: the bound then waits.
extension PostgresStore {
    /// Marks kept at most; dropping the oldest only makes the bound lower (rows looked at again).
    static let maxScanMarks = 4_096

    func unplacedScanBound(_ c: PGConnection) throws -> Int64 {
        // First the mark, then who is running: a transaction that took a number up to the mark
        // and is still running is then seen, with a start before the mark.
        let seq = try c.exec(
            "SELECT last_value, is_called, extract(epoch FROM clock_timestamp())::float8 AS t FROM article_rowid_seq"
        ).all.first
        let handedOut: Int64 = seq?.text("is_called") == "t" ? Int64(seq?.integer("last_value") ?? 0) : 0
        let markTime = seq?.real("t") ?? 0
        let running = try c.exec(
            """
            SELECT extract(epoch FROM min(xact_start))::float8 AS oldest,
              count(*) FILTER (WHERE query = '<insufficient privilege>') AS hidden
            FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()
              AND (backend_type = 'client backend' OR query = '<insufficient privilege>')
            """
        ).all.first
        let hidden = (running?.integer("hidden") ?? 0) > 0
        let before = hidden ? -Double.infinity : (running?.real("oldest") ?? Double.infinity)
        return withScanMarks { marks in
            marks.append((time: markTime, sequence: handedOut))
            let bound = marks.filter { $0.time < before }.map(\.sequence).max() ?? 0
            // Of the marks that are final, only the best is worth keeping.
            marks.removeAll { $0.time < before && $0.sequence < bound }
            if marks.count > Self.maxScanMarks { marks.removeFirst(marks.count - Self.maxScanMarks) }
            return bound
        }
    }
}

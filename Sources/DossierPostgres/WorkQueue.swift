import DossierModel
import DossierStore
import Foundation

/// The work queue in PostgreSQL: one job per input (a file or a URL). `dossier ingest --enqueue`
/// adds jobs; `dossier worker` processes, on any number of machines, claim them with
/// `SELECT … FOR UPDATE SKIP LOCKED` (a claimed job is invisible to the others, no one waits) and
/// a lease. A batch's articles and the jobs it completes are committed in one transaction, and
/// only while the jobs are still the worker's own: a worker that dies (or stalls past its lease)
/// leaves its jobs to be claimed again once the lease has run out, and nothing it half-wrote
/// survives. So no job's articles are committed twice, and none is lost.
extension PostgresStore {
    public struct Job: Sendable, Equatable {
        public var id: Int
        public var input: String
        public var attempts: Int
    }

    public struct QueueCounts: Sendable, Equatable {
        public var pending = 0
        public var leased = 0
        public var done = 0
        public var failed = 0
        /// Jobs a worker may still have to process.
        public var open: Int { pending + leased }
    }

    /// The lease was lost (it ran out and another worker claimed the job): the batch is undone.
    public struct LeaseLost: Error, CustomStringConvertible {
        public var jobs: [Int]
        public var description: String { "lease lost on jobs \(jobs): another worker has them; this batch was undone" }
    }

    /// Attempts after which a job that keeps failing (its batch rolled back each time) is set
    /// aside as failed rather than retried for ever.
    public static let maxAttempts = 3

    /// Records inputs as jobs. An input already queued stays as it is; one already done is
    /// queued again (ids are content-addressed, so processing it again only stores what changed).
    /// Returns the number of jobs that became pending.
    @discardableResult
    public func enqueue(_ inputs: [String]) throws -> Int {
        try transaction { c in
            var added = 0
            for input in inputs {
                added += try c.exec(
                    """
                    INSERT INTO job (input) VALUES ($1)
                    ON CONFLICT (input) DO UPDATE SET state = 'pending', attempts = 0, error = NULL, worker = NULL,
                      leaseUntil = NULL
                    WHERE job.state IN ('done', 'failed')
                    """, [.text(input)]
                ).affected
            }
            return added
        }
    }

    /// Claims up to `limit` jobs for `worker` for `lease` seconds: pending ones, and leased ones
    /// whose lease has run out (their worker died). Jobs that failed `maxAttempts` times are set
    /// aside first.
    public func claim(worker: String, limit: Int, lease: Double) throws -> [Job] {
        try transaction { c in
            try c.exec(
                """
                UPDATE job SET state = 'failed', error = coalesce(error, 'gave up after repeated failures')
                WHERE state = 'leased' AND leaseUntil < now() AND attempts >= $1
                """, [.integer(Self.maxAttempts)])
            return try c.exec(
                """
                UPDATE job SET state = 'leased', worker = $1, attempts = attempts + 1,
                  leaseUntil = now() + make_interval(secs => $2)
                WHERE id IN (
                  SELECT id FROM job
                  WHERE state = 'pending' OR (state = 'leased' AND leaseUntil < now())
                  ORDER BY id LIMIT $3 FOR UPDATE SKIP LOCKED)
                RETURNING id, input, attempts
                """, [.text(worker), .real(lease), .integer(max(1, limit))]
            ).all.map { row in
                Job(id: row.integer("id") ?? 0, input: row.text("input") ?? "", attempts: row.integer("attempts") ?? 0)
            }.sorted { $0.id < $1.id }
        }
    }

    /// Stores a batch's articles and marks its jobs done in one transaction. `errors` gives, by
    /// job id, what went wrong reading an input (kept with the job). Throws `LeaseLost`, writing
    /// nothing, when a job is no longer this worker's.
    public func complete(
        _ jobs: [Job], worker: String, errors: () -> [Int: String] = { [:] },
        _ body: (_ store: (Article) throws -> Void) throws -> Void
    ) throws -> ArticleStore.SaveReport {
        try complete(
            jobs, worker: worker, errors: errors,
            prepared: { store in try PreparedArticle.preparing(body, into: store) })
    }

    /// `complete` for articles already turned into rows (`PreparedArticle`, made on the
    /// pipeline's worker threads): what `dossier worker` uses.
    public func complete(
        _ jobs: [Job], worker: String, errors: () -> [Int: String] = { [:] },
        prepared body: (_ store: (PreparedArticle) throws -> Void) throws -> Void
    ) throws -> ArticleStore.SaveReport {
        try transaction { c in
            let report = try Self.store(into: c, body)
            let ids = "{" + jobs.map { String($0.id) }.joined(separator: ",") + "}"
            // FOR UPDATE: a claim racing this commit waits for it, then sees the jobs done.
            let mine = try c.exec(
                """
                SELECT id FROM job WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'leased' FOR UPDATE
                """, [.text(ids), .text(worker)])
            guard mine.rows.count == jobs.count else { throw LeaseLost(jobs: jobs.map(\.id)) }
            let failures = errors()
            for job in jobs {
                try c.exec(
                    "UPDATE job SET state = 'done', leaseUntil = NULL, error = $2 WHERE id = $1",
                    [.integer(job.id), StoredValue(failures[job.id])])
            }
            return report
        }
    }

    /// Gives jobs back after a batch failed for a reason that may pass (a deadlock, a lost
    /// connection): they are claimable again at once, or set aside once tried `maxAttempts` times.
    public func release(_ jobs: [Job], worker: String, reason: String) throws {
        let ids = "{" + jobs.map { String($0.id) }.joined(separator: ",") + "}"
        _ = try withConnection { c in
            try c.exec(
                """
                UPDATE job SET state = CASE WHEN attempts >= $3 THEN 'failed' ELSE 'pending' END,
                  leaseUntil = NULL, worker = NULL, error = $4
                WHERE id = ANY($1::bigint[]) AND worker = $2 AND state = 'leased'
                """, [.text(ids), .text(worker), .integer(Self.maxAttempts), .text(reason)])
        }
    }

    public func queueCounts() throws -> QueueCounts {
        try withConnection { c in
            var q = QueueCounts()
            for row in try c.exec("SELECT state, COUNT(*) AS n FROM job GROUP BY state").all {
                let n = row.integer("n") ?? 0
                switch row.text("state") {
                case "pending": q.pending = n
                case "leased": q.leased = n
                case "done": q.done = n
                case "failed": q.failed = n
                default: break
                }
            }
            return q
        }
    }
}

import ArgumentParser
import DossierIngest
import DossierModel
import DossierPipeline
import DossierPostgres
import DossierStore
import Foundation

struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Process queued inputs (from `dossier ingest --enqueue`) into a PostgreSQL store.",
        discussion: """
            Run any number of workers, on any number of machines, against one database. Each \
            claims a few jobs at a time (SELECT … FOR UPDATE SKIP LOCKED) under a lease, analyses \
            them and commits their articles and annotations with the jobs' completion in one \
            transaction. A worker that dies leaves its jobs to be claimed again when the lease \
            runs out; what it had not committed is gone, so nothing is stored twice or lost. \
            Stories are linked by whoever reads the store (`dossier stories --db`, `dossier serve`), \
            over every stored article in one order, so they do not depend on which worker took what.

            Example: dossier worker --db postgres://localhost/dossier --until-empty
            """
    )

    @OptionGroup var input: InputOptions
    @OptionGroup var database: DatabaseOption

    @Flag(help: "Exit when no job is left (pending, or leased to a worker that may still finish or die).")
    var untilEmpty = false

    @Option(help: "Jobs (inputs) claimed and committed together.")
    var batch = 4

    @Option(help: "Seconds a claimed job stays this worker's; after that another worker may take it.")
    var lease = 600.0

    @Option(help: "Seconds between looks at an empty queue.")
    var poll = 1.0

    func validate() throws {
        guard batch >= 1 else { throw ValidationError("--batch must be at least 1") }
        guard lease >= 1, lease.isFinite else { throw ValidationError("--lease must be at least 1 second") }
        guard poll > 0, poll.isFinite else { throw ValidationError("--poll must be a positive number of seconds") }
    }

    /// Names this process in the job table: host, process id and a random part (process ids repeat).
    static func workerName() -> String {
        let host = ProcessInfo.processInfo.hostName
        return "\(host):\(getpid()):\(UInt32.random(in: 0...UInt32.max))"
    }

    func run() throws {
        let queue = try database.openQueue(for: "worker")
        let name = Self.workerName()
        var total = ArticleStore.SaveReport()
        var jobsDone = 0
        while true {
            let jobs = try queue.claim(worker: name, limit: batch, lease: lease)
            if jobs.isEmpty {
                if untilEmpty, try queue.queueCounts().open == 0 { break }
                Thread.sleep(forTimeInterval: poll)
                continue
            }
            do {
                total += try process(jobs, queue: queue, worker: name)
                jobsDone += jobs.count
            } catch let e as PostgresStore.LeaseLost {
                Console.error("dossier: worker: \(e)")
            } catch let e as PostgresError {
                // A deadlock or a dropped connection passes: give the jobs back for another try.
                Console.error("dossier: worker: \(e); the batch was undone and its jobs go back to the queue")
                try? queue.release(jobs, worker: name, reason: e.description)
            }
        }
        Console.error(
            "dossier: worker: \(jobsDone) jobs, \(total.inserted) articles added, \(total.replaced) replaced, "
                + "\(total.unchanged) unchanged")
    }

    /// One batch: the jobs' inputs through the pipeline, streamed into one transaction that also
    /// marks them done. An input that fails to read is reported and kept with its job.
    private func process(
        _ jobs: [PostgresStore.Job], queue: PostgresStore, worker: String
    ) throws
        -> ArticleStore.SaveReport
    {
        let locations: [InputLocation] = jobs.map { job in
            job.input.hasPrefix("http://") || job.input.hasPrefix("https://") ? .url(job.input) : .file(job.input)
        }
        var errors: [Int: String] = [:]
        return try queue.complete(jobs, worker: worker, errors: { errors }) {
            (store: (PreparedArticle) throws -> Void) in
            var saveError: Error?
            // Rows are made on the pipeline's worker threads; this thread only writes.
            input.pipeline.run(
                locations, prepare: { a in Result { try PreparedArticle(a) } },
                failed: { e in
                    Console.report(e)
                    if let job = jobs.first(where: { e.input.hasPrefix($0.input) }) {
                        errors[job.id, default: ""] += (errors[job.id] == nil ? "" : "; ") + e.problem
                    }
                }
            ) { prepared in
                guard saveError == nil else { return }
                do { try store(prepared.get()) } catch { saveError = error }
            }
            if let saveError { throw saveError }
        }
    }
}

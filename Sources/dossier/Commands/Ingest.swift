import ArgumentParser
import DossierIngest
import DossierPipeline
import DossierModel
import DossierStore
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse inputs and store articles and annotations (SQLite, or PostgreSQL for a team).",
        discussion: """
            Idempotent: ids are content-addressed, so ingesting the same inputs again adds \
            nothing. Articles are written in transactions of 64 as they are analysed; a run that \
            is stopped keeps what it wrote, and running it again completes it.

            With --enqueue (PostgreSQL only) the inputs are recorded as jobs instead, one per file \
            or URL, for `dossier worker` processes on any number of machines to analyse.

            Example: dossier ingest Samples/corpus --db dossier.sqlite
            Example: dossier ingest Samples/corpus --enqueue --db postgres://localhost/dossier
            """
    )

    @OptionGroup var input: InputOptions

    @OptionGroup var database: DatabaseOption

    @Flag(help: "Record the inputs as jobs for `dossier worker` instead of analysing them here.")
    var enqueue = false

    func validate() throws {
        try input.requireInputs()
    }

    /// Articles written per transaction: a crash or a kill loses at most the batch in flight,
    /// and the next run completes it (ids are content-addressed).
    static let batchSize = 64

    func run() throws {
        if enqueue { return try runEnqueue() }
        let (locations, badArgs) = input.locations()
        var failed = badArgs
        let store = try database.open()
        // Articles arrive as rows (`PreparedArticle`), made on the pipeline's worker threads,
        // and are written on a thread of their own: this one reads the inputs meanwhile.
        let writer = BatchWriter(store)
        var batch: [Result<PreparedArticle, Error>] = []
        func commit() {
            guard !batch.isEmpty else { return }
            writer.submit(batch)
            batch.removeAll(keepingCapacity: true)
        }
        input.pipeline.run(
            locations, prepare: { a in Result { try PreparedArticle(a) } },
            failed: {
                failed = true; Console.report($0)
            }, caughtUp: commit
        ) { prepared in
            guard !writer.failed else { return }
            batch.append(prepared)
            if batch.count >= Self.batchSize { commit() }
        }
        commit()
        let total = try writer.finish()
        Console.error(
            "dossier: \(store.location): \(total.inserted) added, \(total.replaced) replaced, \(total.unchanged) "
                + "unchanged"
        )
        if failed { throw ExitCode(1) }
    }

    /// Files (folders expanded) and URLs as jobs; standard input cannot wait in a queue.
    private func runEnqueue() throws {
        let queue = try database.openQueue(for: "ingest --enqueue")
        let (locations, badArgs) = input.locations()
        var failed = badArgs
        var inputs: [String] = []
        let cwd = FileManager.default.currentDirectoryPath
        for location in locations {
            switch location {
            case .file(let path):
                // Absolute, so a worker started in another folder (or machine, over a shared
                // mount) finds the same file.
                inputs.append(path.hasPrefix("/") ? path : (cwd as NSString).appendingPathComponent(path))
            case .url(let url):
                inputs.append(url)
            case .standardInput, .rawFile:
                Console.error("dossier: \(location): cannot be queued (standard input, or a path that is not UTF-8)")
                failed = true
            }
        }
        let added = try queue.enqueue(inputs)
        Console.error("dossier: \(queue.location): \(added) jobs queued, \(inputs.count - added) already queued")
        if failed { throw ExitCode(1) }
    }
}

/// Writes batches of prepared articles, one transaction each and in the order submitted, on a
/// thread of its own, so reading the inputs and writing the store go on at once (on a shared
/// machine each thread gets its own share of the cores: one thread doing both was the limit).
/// At most two batches wait or are written at a time; after a failed one the rest are dropped.
private final class BatchWriter: @unchecked Sendable {
    private let store: any ArticleStoring
    private let queue = DispatchQueue(label: "dossier.ingest.writer")
    private let slots = DispatchSemaphore(value: 2)
    private let lock = NSLock()
    private var total = ArticleStore.SaveReport()
    private var error: Error?

    init(_ store: any ArticleStoring) { self.store = store }

    var failed: Bool { lock.withLock { error != nil } }

    func submit(_ batch: [Result<PreparedArticle, Error>]) {
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            guard !failed else { return }
            do {
                let report = try store.inPreparedTransaction { save in
                    for prepared in batch { try save(prepared.get()) }
                }
                lock.withLock { total += report }
            } catch {
                lock.withLock { self.error = error }
            }
        }
    }

    /// Waits for every batch submitted; the totals, or the first failure.
    func finish() throws -> ArticleStore.SaveReport {
        queue.sync {}
        return try lock.withLock {
            if let error { throw error }
            return total
        }
    }
}

import ArgumentParser
import DossierPipeline
import DossierModel
import DossierStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse inputs and store articles and annotations in SQLite.",
        discussion: """
            Idempotent: ids are content-addressed, so ingesting the same inputs again adds \
            nothing. Articles are written in transactions of 64 as they are analysed; a run that \
            is stopped keeps what it wrote, and running it again completes it.

            Example: dossier ingest Samples/corpus --db dossier.sqlite
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The SQLite database to write.")
    var db: String = "dossier.sqlite"

    func validate() throws {
        try input.requireInputs()
    }

    /// Articles written per transaction: a crash or a kill loses at most the batch in flight,
    /// and the next run completes it (ids are content-addressed).
    static let batchSize = 64

    func run() throws {
        let (locations, badArgs) = input.locations()
        var failed = badArgs
        let store = try ArticleStore(path: db)
        var total = ArticleStore.SaveReport()
        var batch: [Article] = []
        var saveError: Error?
        func commit() {
            guard saveError == nil, !batch.isEmpty else { return }
            do {
                let r = try store.save(batch)
                total.inserted += r.inserted
                total.replaced += r.replaced
                total.unchanged += r.unchanged
            } catch {
                saveError = error
            }
            batch.removeAll(keepingCapacity: true)
        }
        input.pipeline.run(locations, failed: { failed = true; Console.report($0) }, caughtUp: commit) { article in
            guard saveError == nil else { return }
            batch.append(article)
            if batch.count >= Self.batchSize { commit() }
        }
        commit()
        if let saveError { throw saveError }
        Console.error("dossier: \(db): \(total.inserted) added, \(total.replaced) replaced, \(total.unchanged) unchanged")
        if failed { throw ExitCode(1) }
    }
}

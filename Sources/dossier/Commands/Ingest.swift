import ArgumentParser
import DossierPipeline
import DossierStore

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse inputs and store articles and annotations in SQLite.",
        discussion: """
            Idempotent: ids are content-addressed, so ingesting the same inputs again adds \
            nothing. The whole batch is one transaction.

            Example: dossier ingest Samples/corpus --db dossier.sqlite
            """
    )

    @OptionGroup var input: InputOptions

    @Option(help: "The SQLite database to write.")
    var db: String = "dossier.sqlite"

    func validate() throws {
        try input.requireInputs()
    }

    func run() throws {
        let (locations, badArgs) = input.locations()
        var failed = badArgs
        let store = try ArticleStore(path: db)
        let report = try store.inTransaction { save in
            var saveError: Error?
            Pipeline().run(locations, failed: { failed = true; Console.report($0) }) { article in
                guard saveError == nil else { return }
                do { try save(article) } catch { saveError = error }
            }
            if let saveError { throw saveError }
        }
        Console.error("dossier: \(db): \(report.inserted) added, \(report.replaced) replaced, \(report.unchanged) unchanged")
        if failed { throw ExitCode(1) }
    }
}

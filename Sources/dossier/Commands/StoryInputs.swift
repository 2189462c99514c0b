import ArgumentParser
import DossierLinking
import DossierModel
import DossierPipeline
import DossierStore

/// Where `stories` and `brief` take their articles from: inputs analysed now, or a database.
struct StorySourceOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(help: "Read stored articles from this SQLite database instead of inputs.")
    var db: String?

    func validate() throws {
        if input.inputs.isEmpty && db == nil { throw ValidationError("give inputs (files, folders or -) or --db PATH") }
        if !input.inputs.isEmpty && db != nil { throw ValidationError("give either inputs or --db, not both") }
    }

    /// The linked stories, and whether any input failed.
    func stories() throws -> (stories: [Story], failed: Bool) {
        let articles: [Article]
        var failed = false
        if let db {
            articles = try ArticleStore(path: db, mode: .existing).loadArticles()
        } else {
            let (locations, badArgs) = input.locations()
            let result = input.pipeline.collect(locations)
            result.errors.forEach(Console.report)
            failed = badArgs || !result.errors.isEmpty
            articles = result.articles
        }
        return (StoryLinker().link(articles), failed)
    }
}

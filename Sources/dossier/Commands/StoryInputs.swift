import ArgumentParser
import DossierIngest
import DossierLinking
import DossierModel
import DossierOutput
import DossierPipeline
import DossierPostgres
import DossierStore

/// Where `stories` and `brief` take their articles from: inputs analysed now, or a database.
struct StorySourceOptions: ParsableArguments {
    @OptionGroup var input: InputOptions

    @Option(
        help: ArgumentHelp(
            "Read stored articles from this database instead of inputs: a SQLite path or postgres://… "
                + "(default with no inputs: $DOSSIER_DB).", valueName: "db"))
    var db: String?

    @Flag(
        help: ArgumentHelp(
            "The inputs are `dossier analyze` records (JSON Lines, gzipped or not; files, folders or -): their "
                + "articles are linked as written, without being cleaned and analysed again."))
    var analysed = false

    /// `--db`, or `$DOSSIER_DB` when no inputs are given.
    var database: String? { db ?? (input.inputs.isEmpty ? DatabaseAddress.spec(nil) : nil) }

    func validate() throws {
        if input.inputs.isEmpty && database == nil {
            throw ValidationError("give inputs (files, folders or -) or --db PATH")
        }
        if !input.inputs.isEmpty && db != nil { throw ValidationError("give either inputs or --db, not both") }
        if analysed && input.inputs.isEmpty { throw ValidationError("--analysed reads inputs: give files or -") }
    }

    /// The linked stories, and whether any input failed.
    func stories() throws -> (stories: [Story], failed: Bool) {
        let r = try linked()
        return (r.stories, r.failed)
    }

    /// The stories of a store, written as `StoriesDocument.json` renders them (pretty, with a
    /// final newline) one story at a time: the store is read in passes (`StoryLinker.link(times:
    /// load:emit:)`), so memory holds the clusterers and one story, not every article.
    func streamStories(from db: String, write: (String) -> Void) throws {
        var written = 0
        write("{\n  \"stories\": ")
        try storiesInPasses(from: db) { story in
            var out = written == 0 ? "[\n    " : ",\n    "
            // Written in pieces of 64 kB: the largest story of a large store renders to tens of
            // megabytes, which held whole (and again in the output buffer) set the run's peak.
            StoriesDocument.story(story).write(to: &out, pretty: true, indent: 2, chunk: 1 << 16, flush: write)
            write(out)
            written += 1
        }
        write(written == 0 ? "[]\n}\n" : "\n  ]\n}\n")
    }

    /// The stories of a store, largest first as `stories()` gives them, each handed to `emit` as
    /// it is built (the store read in passes); only those `building(id)` accepts are built.
    func storiesInPasses(
        from db: String, building: (String) -> Bool = { _ in true }, emit: (Story) throws -> Void
    ) throws {
        let store = try StoreOpening.open(db, mode: .existing)
        try storiesInPasses(of: store, times: try store.articleTimes(), building: building, emit: emit)
    }

    /// `storiesInPasses(from:)` on a store already open, its `articleTimes` already read.
    private func storiesInPasses(
        of store: any ArticleStoring, times: [(id: String, published: Timestamp?)], building: (String) -> Bool,
        emit: (Story) throws -> Void
    ) throws {
        try StoryLinker().link(
            times: times,
            load: { ids, details in
                let found = try store.articles(ids: ids, withQuotesAndFigures: details)
                guard found.count == ids.count else {
                    throw StoreError(path: store.location, problem: "articles changed while stories were read")
                }
                return found
            },
            building: building, emit: emit)
    }

    /// One story of a store (`id`, else the largest) with its articles, the store read in passes
    /// and only that story built: the stories `linked()` would give, the chosen one alone (none
    /// when the store holds no such story).
    /// `anyStory` says whether the store holds a story at all.
    func storyInPasses(
        from db: String, id: String?
    ) throws -> (
        stories: [Story], articles: [Article], anyStory: Bool
    ) {
        var first = true
        var found: Story?
        // One opening and one read of the times, for the stories and then the chosen one's articles.
        let store = try StoreOpening.open(db, mode: .existing)
        let times = try store.articleTimes()
        try storiesInPasses(
            of: store, times: times,
            building: { candidate in
                defer { first = false }
                return id.map { $0 == candidate } ?? first
            }, emit: { found = $0 })
        guard let found else { return ([], [], !first) }
        // Its articles whole, in the store's order (`articleTimes`), as `linked()` lists them.
        let members = Set(found.articles.map(\.id))
        let ids = times.map(\.id).filter { members.contains($0) }
        return ([found], try store.articles(ids: ids, withQuotesAndFigures: true), true)
    }

    /// The linked stories with the articles they were built from and the inputs that failed.
    func linked() throws -> (stories: [Story], articles: [Article], failures: [String], failed: Bool) {
        let articles: [Article]
        var failed = false
        var failures: [String] = []
        if let db = database {
            articles = try StoreOpening.open(db, mode: .existing).loadArticles()
        } else if analysed {
            let (locations, badArgs) = input.locations()
            var read: [Article] = []
            var errors: [InputError] = []
            for location in locations {
                let r = AnalysedRecordReader.read(location, limits: input.limits)
                read += r.articles
                errors += r.errors
            }
            errors.forEach(Console.report)
            failures = errors.map(\.description)
            failed = badArgs || !errors.isEmpty
            articles = read
        } else {
            let (locations, badArgs) = input.locations()
            let result = input.pipeline.collect(locations)
            result.errors.forEach(Console.report)
            failures = result.errors.map(\.description)
            failed = badArgs || !result.errors.isEmpty
            articles = result.articles
        }
        return (StoryLinker().link(articles), articles, failures, failed)
    }
}

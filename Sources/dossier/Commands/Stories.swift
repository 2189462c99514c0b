import ArgumentParser
import DossierModel
import DossierOutput

struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group articles into stories, with merged entities, dated events, quotes and claims.",
        discussion: """
            Output: {"stories": [{"id", "title", "articles", "entities", "events", "quotes", "claims", "question", \
            "assessments", "syndication"}]}, largest story first. A story is a storyline that can run for months; \
            its events are the dated happenings inside it. With --level events, the events alone are written as \
            {"stories": [{"id", "date", "title", "articles", "sources", "story"}]}, one entry per event.

            Examples:
              dossier stories Samples/corpus
              dossier stories --db dossier.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }
    enum Level: String, ExpressibleByArgument, CaseIterable { case stories, events }

    @OptionGroup var source: StorySourceOptions

    @Option(help: "Output format.")
    var format: Format = .json

    @Option(help: "stories (storylines with their events) or events (each event on its own).")
    var level: Level = .stories

    /// The store read whole, as before reading in passes: kept to check that both give the same
    /// document (StoreTests) and to measure one against the other.
    @Flag(help: .hidden)
    var wholeStore = false

    func run() throws {
        if level == .stories, !wholeStore, let db = source.database {
            try source.streamStories(from: db) { Console.write($0) }
            Console.flush()
            return
        }
        if level == .events, !wholeStore, let db = source.database {
            // Stories built one at a time from the store, each kept as its id and events only
            // (the events document reads nothing else), in the order `stories()` gives them.
            var kept: [DossierModel.Story] = []
            try source.storiesInPasses(from: db) { story in
                kept.append(DossierModel.Story(id: story.id, title: "", articles: [], events: story.events))
            }
            Console.write(StoriesDocument.eventsJSON(kept).rendered(pretty: true) + "\n")
            Console.flush()
            return
        }
        let (stories, failed) = try source.stories()
        let doc = level == .events ? StoriesDocument.eventsJSON(stories) : StoriesDocument.json(stories)
        Console.write(doc.rendered(pretty: true) + "\n")
        Console.flush()
        if failed { throw ExitCode(1) }
    }
}

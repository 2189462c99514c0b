import ArgumentParser
import DossierOutput

struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Group articles into stories, with merged entities, dated events, quotes and claims.",
        discussion: """
            Output: {"stories": [{"id", "title", "articles", "entities", "events", "quotes", "claims", "assessments", \
            "syndication"}]}, largest story first.

            Examples:
              dossier stories Samples/corpus
              dossier stories --db dossier.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case json }

    @OptionGroup var source: StorySourceOptions

    @Option(help: "Output format.")
    var format: Format = .json

    func run() throws {
        let (stories, failed) = try source.stories()
        Console.write(StoriesDocument.json(stories).rendered(pretty: true) + "\n")
        Console.flush()
        if failed { throw ExitCode(1) }
    }
}

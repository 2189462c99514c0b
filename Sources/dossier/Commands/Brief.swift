import ArgumentParser
import DossierOutput
import DossierModel
import Foundation

struct Brief: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the dossier of one story: timeline, people, quotes, figures, sources.",
        discussion: """
            Every line cites the sources (and spans) it came from. Without --story, the largest story.

            Examples:
              dossier brief Samples/corpus --format html --out brief.html
              dossier brief --db dossier.sqlite --story 3f2a9c01d4e5b6a7
            """
    )

    @OptionGroup var source: StorySourceOptions

    @Option(help: "Story id, as `dossier stories` lists them (default: the largest story).")
    var story: String?

    @Option(help: "md, html or json.")
    var format: BriefFormat = .markdown

    @Option(help: "Write to this file instead of standard output.")
    var out: String?

    @Option(help: "Events oldest or newest first.")
    var events: EventOrder = .oldest

    enum EventOrder: String, ExpressibleByArgument, CaseIterable { case oldest, newest }

    /// The store read whole and every story built, as before reading in passes: kept to check
    /// that both give the same brief (StoreInPassesTests).
    @Flag(help: .hidden)
    var wholeStore = false

    func run() throws {
        let stories: [DossierModel.Story], articles: [Article], failures: [String], failed: Bool
        if !wholeStore, let db = source.database {
            // The store read in passes, only the chosen story built (`storyInPasses`).
            let one = try source.storyInPasses(from: db, id: story)
            (stories, articles, failures, failed) = (one.stories, one.articles, [], false)
            if let id = story, stories.isEmpty, one.anyStory {
                Console.error("dossier: no story with id \(id); `dossier stories` lists them")
                throw ExitCode(1)
            }
        } else {
            (stories, articles, failures, failed) = try source.linked()
        }
        guard !stories.isEmpty else {
            Console.error("dossier: no articles, so no story to brief")
            throw ExitCode(1)
        }
        let chosen: DossierModel.Story
        if let id = story {
            guard let s = stories.first(where: { $0.id == id }) else {
                Console.error("dossier: no story with id \(id); `dossier stories` lists them")
                throw ExitCode(1)
            }
            chosen = s
        } else {
            chosen = stories[0]
        }
        var config = BriefConfiguration()
        config.newestFirst = events == .newest
        let text = BriefBuilder.build(chosen, articles: articles, configuration: config, failures: failures)
            .rendered(format)
        if let out {
            try text.write(toFile: out, atomically: true, encoding: .utf8)
            Console.error("dossier: wrote \(out)")
        } else {
            Console.write(text)
            Console.flush()
        }
        if failed { throw ExitCode(1) }
    }
}

extension BriefFormat: ExpressibleByArgument {}

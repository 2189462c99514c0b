import ArgumentParser
import DossierStore
import DossierWatch
import Foundation

struct Feed: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print an Atom feed: a watchlist's alerts or a watched story's articles.",
        discussion: "Example: dossier feed watchlist floods --db dossier.sqlite > floods.xml")

    enum Kind: String, ExpressibleByArgument { case watchlist, story }

    @OptionGroup var database: DatabaseOption
    @Argument(help: "watchlist or story.")
    var kind: Kind
    @Argument(help: "The watchlist name or story id (as `dossier digest` and alerts give it).")
    var name: String

    func run() throws {
        let store = try database.open(mode: .existing)
        let doc =
            kind == .watchlist ? try WatchFeeds.watchlist(store, name: name) : try WatchFeeds.story(store, id: name)
        guard let doc else { Console.error("dossier: no \(kind.rawValue) \(name)"); throw ExitCode(1) }
        Console.write(doc)
        Console.flush()
    }
}

struct DigestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "digest",
        abstract: "Print a brief of what changed since a time: alerts, stories updated, failing sources.",
        discussion: """
            Markdown, or a standalone HTML page with --format html. `dossier watch --digest-every` \
            writes the same on a schedule.

            Example: dossier digest --since 24h --format html --db dossier.sqlite > digest.html
            """)

    @OptionGroup var database: DatabaseOption
    @Option(help: "ISO 8601 time or an age such as 24h, 90m, 7d.")
    var since: String = "24h"
    @Option(help: "md or html.")
    var format: Digest.Format = .markdown

    func run() throws {
        let store = try database.open(mode: .existing)
        let now = Date().timeIntervalSince1970
        Console.write(
            try Digest.render(store, since: try TimeArgument.parse(since, now: now), now: now, format: format))
        Console.flush()
    }
}

extension Digest.Format: ExpressibleByArgument {}

struct Trending: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rank watched stories and entities by coverage in the last 24 h against their 14-day baseline.",
        discussion: "Score: (last 24 h − daily mean of the 14 days before) / √mean, the mean floored at 0.5.")

    @OptionGroup var database: DatabaseOption
    @Option(help: "How many of each to show.")
    var limit: Int = 20

    func run() throws {
        let store = try database.open(mode: .existing)
        let now = Date().timeIntervalSince1970
        let trends = try TrendRanking.stories(store, now: now).prefix(max(0, limit))
        Console.write("# stories\n")
        for t in trends {
            Console.write(String(format: "%.2f\t%d\t", t.trend.score, t.trend.last24h) + "\(t.id)\t\(t.title)\n")
        }
        Console.write("# entities\n")
        for t in try TrendRanking.entities(store, now: now).prefix(max(0, limit)) {
            Console.write(String(format: "%.2f\t%d\t", t.trend.score, t.trend.last24h) + "\(t.name)\n")
        }
        Console.flush()
    }
}

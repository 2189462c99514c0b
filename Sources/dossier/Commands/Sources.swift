import ArgumentParser
import DossierIngest
import DossierStore
import DossierWatch
import Foundation

/// `dossier sources add|import|export|list|remove`: what `dossier watch` polls.
struct Sources: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Keep the feeds, sitemaps and pages that `dossier watch` polls.",
        subcommands: [Add.self, Import.self, Export.self, List.self, Remove.self]
    )

    static var now: Double { Date().timeIntervalSince1970 }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add sources by URL: RSS/Atom/JSON feeds, sitemaps (news: sitemaps too) or single pages.",
            discussion:
                "The kind is told at the first poll unless --kind says it. "
                + "Example: dossier sources add https://example.org/rss"
        )
        @OptionGroup var store: DatabaseOption
        @Option(help: "auto, feed, sitemap or page.")
        var kind: String = "auto"
        @Argument(help: "http(s) URLs.")
        var urls: [String]

        func validate() throws {
            guard WatchSource.Kind(rawValue: kind) != nil else {
                throw ValidationError("--kind must be auto, feed, sitemap or page")
            }
            for u in urls where !RemoteInput.isURL(u) { throw ValidationError("not an http(s) URL: \(u)") }
        }

        func run() throws {
            let s = try store.open()
            let added = try s.addSources(
                urls, kind: WatchSource.Kind(rawValue: kind) ?? .auto,
                interval: WatchConfiguration().initialInterval, now: Sources.now, titles: [:])
            Console.error("dossier: \(added.filter { $0 }.count) added, \(added.filter { !$0 }.count) already kept")
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add the subscriptions of an OPML file (any reader's export).")
        @OptionGroup var store: DatabaseOption
        @Argument(help: "The OPML file.")
        var file: String

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ValidationError("cannot read \(file)")
            }
            guard let outlines = OPMLReader.read(Array(data)) else {
                throw ValidationError("\(file): not an OPML file")
            }
            let urls = outlines.map(\.url).filter(RemoteInput.isURL)
            var titles: [String: String] = [:]
            for o in outlines { if let t = o.title { titles[o.url] = t } }
            let s = try store.open()
            let added = try s.addSources(
                urls, kind: .auto, interval: WatchConfiguration().initialInterval, now: Sources.now, titles: titles)
            Console.error(
                "dossier: \(file): \(added.filter { $0 }.count) added, \(added.filter { !$0 }.count) already kept, "
                    + "\(outlines.count - urls.count) not http(s)")
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the sources as OPML 2.0.")
        @OptionGroup var store: DatabaseOption

        func run() throws {
            let s = try store.open(mode: .existing)
            Console.write(OPML.export(try s.sources(), now: Sources.now))
            Console.flush()
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each source's health: last success, last error, items seen, next poll.")
        @OptionGroup var store: DatabaseOption
        @Flag(help: "JSON lines instead of a table.")
        var json = false

        func run() throws {
            let s = try store.open(mode: .existing)
            let failingAfter = WatchConfiguration().failingAfter
            for src in try s.sources() {
                let row = SourceHealth(src, failingAfter: failingAfter)
                Console.write((json ? row.json().rendered() : row.line()) + "\n")
            }
            Console.flush()
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Stop polling sources (by id or URL); what they brought stays.")
        @OptionGroup var store: DatabaseOption
        @Argument(help: "Source ids or URLs.")
        var sources: [String]

        func run() throws {
            let s = try store.open(mode: .existing)
            var removed = 0
            for x in sources { removed += try s.removeSource(x) }
            Console.error("dossier: \(removed) removed")
            if removed < sources.count { throw ExitCode(1) }
        }
    }
}

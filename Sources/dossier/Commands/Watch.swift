import ArgumentParser
import DossierStore
import DossierWatch
import Foundation

#if canImport(Glibc)
import Glibc
#endif

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Poll the kept sources until stopped, taking in what is new (see `dossier sources`).",
        discussion: """
            Conditional GET (ETag, Last-Modified); Retry-After, Cache-Control max-age and feed ttl \
            honoured; each source's interval adapts to how often it publishes, within \
            --min-interval and 24 h; errors back off exponentially with jitter and a source that \
            keeps failing is reported. New articles are analysed, placed in their story and event, \
            and checked against the watchlists (`dossier watchlist`); alerts go to webhooks. \
            SIGINT/SIGTERM finish the article being written and exit. Articles stored by \
            `dossier ingest` into the same store join their stories too (they raise no alerts). \
            --digest-every 24h --digest-to DIR writes a digest of each period (aligned to UTC \
            midnight for 24h) to DIR/digest-<end of period>.md or .html. The store is SQLite or \
            PostgreSQL (--db postgres://…, where `dossier worker`s may ingest alongside). One watcher \
            per store, as it keeps the stories being built in its memory: a second one exits at \
            once, saying so.

            Example: dossier watch --db dossier.sqlite
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: "Shortest wait between polls of one source, in seconds (default 300).")
    var minInterval: Double = 300

    @Option(help: "Sources fetched at once.")
    var concurrency: Int = 8

    @Option(help: "Sources of one host fetched at once.")
    var perHost: Int = 2

    @Option(help: "Write a digest this often (such as 24h, 6h, 90m); needs --digest-to.")
    var digestEvery: String?

    @Option(help: "The directory digests are written to.")
    var digestTo: String?

    @Option(help: "Digest format: md or html.")
    var digestFormat: Digest.Format = .markdown

    @Option(help: "Stories (and events) held in memory; older ones wait in the store (default 1000).")
    var storyCapacity: Int = WatchConfiguration().storyCapacity

    @Option(help: "Copies are looked for among this many latest articles (default 5000).")
    var copyWindow: Int = WatchConfiguration().copyWindowArticles

    @Flag(help: "Poll the due sources once and exit.")
    var once = false

    func validate() throws {
        guard minInterval >= 0, minInterval <= 86_400 else {
            throw ValidationError("--min-interval must be 0 to 86400")
        }
        guard (1...256).contains(concurrency), (1...64).contains(perHost) else {
            throw ValidationError("--concurrency must be 1 to 256 and --per-host 1 to 64")
        }
        guard (1...1_000_000).contains(storyCapacity), (1...10_000_000).contains(copyWindow) else {
            throw ValidationError("--story-capacity must be 1 to 1000000 and --copy-window 1 to 10000000")
        }
        _ = try digestSchedule()
    }

    func digestSchedule() throws -> DigestSchedule? {
        guard digestEvery != nil || digestTo != nil else { return nil }
        guard let digestEvery, let digestTo, !digestTo.isEmpty else {
            throw ValidationError("--digest-every and --digest-to go together")
        }
        let every = try TimeArgument.duration(digestEvery)
        guard every >= 60, every <= 366 * 86_400 else {
            throw ValidationError("--digest-every must be 1 minute to a year")
        }
        return DigestSchedule(every: every, directory: digestTo, format: digestFormat)
    }

    func run() throws {
        var config = WatchConfiguration().withMinInterval(minInterval)
        #if canImport(Glibc)
        // glibc gives each busy thread an arena of its own that keeps what it freed: with the
        // workers polling all the time, RSS kept rising by about 3 KiB an article stored long
        // after the watcher's own state had stopped growing (docs/measuring.md, the soak rows).
        // mallopt is not in Swift's Glibc module (malloc.h): looked up by name; M_ARENA_MAX is -8.
        if let f = dlsym(nil, "mallopt") {
            let mallopt = unsafeBitCast(f, to: (@convention(c) (Int32, Int32) -> Int32).self)
            _ = mallopt(-8, Int32(clamping: config.mallocArenas))
        }
        #endif
        let store = try database.open()
        let claim = try store.holdWatcherLock()
        defer { claim.release() }
        config.globalConcurrency = concurrency
        config.perHostConcurrency = perHost
        config.storyCapacity = storyCapacity
        config.copyWindowArticles = copyWindow
        let watcher = try Watcher(
            store: store, configuration: config, log: { Console.error("dossier: " + $0) }, digest: try digestSchedule())
        // Signals only set the stop flag: the worker in the middle of a write finishes it.
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let sources = [SIGINT, SIGTERM].map { sig in
            // A queue of its own: the global one may be busy with long work when the signal comes.
            let s = DispatchSource.makeSignalSource(signal: sig, queue: DispatchQueue(label: "dossier.signals"))
            s.setEventHandler {
                Console.error("dossier: stopping after the current write"); watcher.stop()
            }
            s.resume()
            return s
        }
        defer { sources.forEach { $0.cancel() } }
        if try store.sources().isEmpty { Console.error("dossier: no sources kept yet (dossier sources add URL...)") }
        try watcher.run(once: once) { r in
            guard r.polled > 0 || r.placedStored > 0 || r.webhooks != WebhookSender.Report() else { return }
            var line =
                "dossier: polled \(r.polled) (\(r.notModified) unchanged, \(r.failed) failed): "
                + "\(r.newArticles) new, \(r.duplicates) duplicates, \(r.unreadable) unreadable, \(r.alerts) alerts"
            if r.webhooks.delivered + r.webhooks.failed + r.webhooks.abandoned > 0 {
                line +=
                    "; webhooks \(r.webhooks.delivered) delivered, \(r.webhooks.failed) to retry, "
                    + "\(r.webhooks.abandoned) given up"
            }
            Console.error(line)
            for f in r.failing { Console.error("dossier: failing source: \(f)") }
        }
    }
}

import DossierStore
import DossierTestSupport
import Foundation
@testable import DossierWatch

/// Feeds, pages and a controllable clock for the watcher tests.
enum WatchFixtures {
    static let topics = [
        (
            "Flood waters rise at the Kessel reservoir",
            "Engineers at the Kessel reservoir in Brandvik opened the spillway on Monday after heavy rain. "
                + "\"We have never seen the water this high,\" said Mara Lindqvist, "
                + "the chief engineer of the Brandvik water board. "
                + "The board said 1,200 homes downstream were evacuated as a precaution. "
        ),
        (
            "Harbour strike halts shipping in Tovik",
            "Dock workers in the port of Tovik walked out on Tuesday over pay, halting container traffic. "
                + "The union leader Jonas Berg said the strike would last until the port authority raised its offer. "
                + "Shipping firms said 40 vessels were waiting outside the harbour. "
        ),
    ]

    /// A long text about topic `t` (over the summary-only threshold), varied by `n`.
    static func body(_ t: Int, _ n: Int) -> String {
        let (_, text) = topics[t % topics.count]
        return String(repeating: text, count: 4) + "Update \(n): officials gave a new briefing."
    }

    static func rss(
        items: [(guid: String, title: String, link: String, text: String, full: Bool)], ttl: Int? = nil
    ) -> String {
        var x =
            "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        x += "<channel><title>Test Wire</title><link>http://example.test/</link>"
        if let ttl { x += "<ttl>\(ttl)</ttl>" }
        for i in items {
            x += "<item><guid isPermaLink=\"false\">\(i.guid)</guid><title>\(i.title)</title><link>\(i.link)</link>"
            x += "<pubDate>Mon, 07 Dec 2026 05:00:00 GMT</pubDate>"
            if i.full {
                x += "<content:encoded><![CDATA[<p>\(i.text)</p>]]></content:encoded>"
            } else {
                x += "<description>\(i.text.prefix(120))</description>"
            }
            x += "</item>"
        }
        return x + "</channel></rss>"
    }

    /// A server of one feed that always lists the same full-text report on the Kessel flood.
    static func floodFeedServer() throws -> LoopbackServer {
        try LoopbackServer { _ in
            .init(
                200, [("Content-Type", "application/rss+xml")],
                rss(items: [("g1", topics[0].0, "/a/1", body(0, 1), true)]))
        }
    }

    static func page(title: String, text: String) -> String {
        "<!doctype html><html><head><title>\(title)</title></head><body><nav>Home | World | Sport</nav>"
            + "<article><h1>\(title)</h1>"
            + text.split(separator: ".").map { "<p>\($0).</p>" }.joined()
            + "</article><footer>© Test Wire</footer></body></html>"
    }

    static func tempDB() -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-watch-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("watch.sqlite").path
    }

    static func configuration(min: Double = 10) -> WatchConfiguration {
        var c = WatchConfiguration().withMinInterval(min)
        c.initialInterval = 60
        c.globalConcurrency = 4
        c.timeout = 10
        c.webhookRetryDelay = 30
        return c
    }
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var t: Double
    init(_ start: Double) { t = start }
    var now: Double { lock.withLock { t } }
    func advance(_ s: Double) { lock.withLock { t += s } }
    func set(_ s: Double) { lock.withLock { t = s } }
}

import DossierModel
import DossierPipeline
import DossierStore
import DossierTestSupport
import Foundation
import XCTest
@testable import DossierWatch

final class WatcherLimitsTests: XCTestCase {
    /// At most `perHostConcurrency` requests to one host are in flight at once.
    func testPerHostLimit() throws {
        let inFlight = InFlight()
        let server = try LoopbackServer { _ in
            inFlight.hold(0.05)
            return .init(304)
        }
        defer { server.close() }
        let store = try ArticleStore(path: WatchFixtures.tempDB())
        try store.addSources((0..<8).map { server.url + "/f\($0)" }, interval: 60, now: 0)
        var config = WatchFixtures.configuration()
        config.globalConcurrency = 8
        config.perHostConcurrency = 2
        let watcher = try Watcher(store: store, configuration: config, clock: { 1 }, random: { 0.5 })
        XCTAssertEqual(try watcher.runPass().polled, 8)
        XCTAssertEqual(inFlight.peak, 2)
    }

    /// Linked pages of summary-only items count against the per-host limit of their own host:
    /// four feeds on four hosts, polled at once, whose pages all live on a fifth host, never have
    /// more than `perHostConcurrency` page requests in flight there.
    func testLinkedPagesCountAgainstThePerHostLimit() throws {
        let inFlight = InFlight()
        let pages = try LoopbackServer { req in
            inFlight.hold(0.1)
            let n = Int(req.path.split(separator: "/").last ?? "") ?? 0
            return .init(
                200, [("Content-Type", "text/html")],
                WatchFixtures.page(title: "Report \(n)", text: WatchFixtures.body(n % 2, n)))
        }
        defer { pages.close() }
        var feeds: [LoopbackServer] = []
        defer { feeds.forEach { $0.close() } }
        for f in 0..<4 {
            let feed: LoopbackServer
            do {
                feed = try LoopbackServer(address: "127.0.0.\(f + 2)") { _ in
                    let items = (0..<2).map { k in
                        let n = f * 2 + k
                        return (
                            guid: "f\(f)-\(k)", title: "Report \(n)", link: pages.url + "/story/\(n)",
                            text: "Short.", full: false
                        )
                    }
                    return .init(200, [("Content-Type", "application/rss+xml")], WatchFixtures.rss(items: items))
                }
            } catch {
                throw XCTSkip("cannot listen on 127.0.0.\(f + 2)")
            }
            feeds.append(feed)
        }
        let store = try ArticleStore(path: WatchFixtures.tempDB())
        try store.addSources(feeds.map { $0.url + "/feed" }, interval: 60, now: 0)
        var config = WatchFixtures.configuration()
        config.globalConcurrency = 4
        config.perHostConcurrency = 1
        let watcher = try Watcher(store: store, configuration: config, clock: { 1 }, random: { 0.5 })
        let r = try watcher.runPass()
        XCTAssertEqual(r.polled, 4)
        XCTAssertEqual(r.newArticles, 8)
        XCTAssertEqual(pages.requests.count, 8)
        XCTAssertEqual(inFlight.peak, 1)
    }

    /// `stop()` mid-pass lets the article being written finish, takes nothing more, and the
    /// next run (a new watcher, as after a restart) fetches the feed whole and takes the rest.
    func testStopFinishesTheCurrentWriteAndResumes() throws {
        let holder = Locked<Watcher?>(nil)
        let server = try LoopbackServer { req in
            if req.path.hasPrefix("/story/") {
                holder.withLock { $0?.stop() }
                let n = Int(req.path.dropFirst(7)) ?? 0
                return .init(
                    200, [("Content-Type", "text/html")],
                    WatchFixtures.page(title: "Report \(n)", text: WatchFixtures.body(n % 2, n)))
            }
            let port = req.headers["host"]?.split(separator: ":").last ?? ""
            let items = (1...3).map { n in
                (
                    guid: "s\(n)", title: "Report \(n)", link: "http://127.0.0.1:\(port)/story/\(n)", text: "Short.",
                    full: false
                )
            }
            if req.headers["if-none-match"] == "\"x\"" { return .init(304) }
            return .init(
                200, [("Content-Type", "application/rss+xml"), ("ETag", "\"x\"")], WatchFixtures.rss(items: items))
        }
        defer { server.close() }
        let path = WatchFixtures.tempDB()
        let store = try ArticleStore(path: path)
        let clock = TestClock(5_000_000)
        try store.addSources([server.url + "/feed"], interval: 60, now: clock.now)
        let first = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 })
        holder.withLock { $0 = first }
        let r = try first.runPass()
        XCTAssertEqual(r.newArticles, 1)
        XCTAssertEqual(try store.articleCount(), 1)
        XCTAssertEqual(try store.watchMembers().count, 1)
        XCTAssertNil(try store.sources().first?.etag, "validators dropped so the next poll is not answered 304")

        let second = try Watcher(
            store: try ArticleStore(path: path), configuration: WatchFixtures.configuration(),
            clock: { clock.now }, random: { 0.5 })
        clock.advance(100_000)
        XCTAssertEqual(try second.runPass().newArticles, 2)
        XCTAssertEqual(try store.articleCount(), 3)
        XCTAssertEqual(server.requests.filter { $0.path.hasPrefix("/story/") }.count, 3)
        XCTAssertEqual(try store.sources().first?.etag, "\"x\"")
    }

    /// A news sitemap's pages are fetched once each; a sitemap index adds its children as sources.
    func testSitemapSources() throws {
        let server = try LoopbackServer { req in
            let base = "http://\(req.headers["host"] ?? "")"
            switch req.path {
            case "/sitemap-index.xml":
                return .init(
                    200, [("Content-Type", "application/xml")],
                    "<sitemapindex><sitemap><loc>\(base)/news.xml</loc></sitemap></sitemapindex>")
            case "/news.xml":
                return .init(
                    200, [("Content-Type", "application/xml")],
                    """
                    <urlset xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
                    <url><loc>\(base)/p/1</loc><news:news><news:title>Reservoir opens spillway</news:title>
                    <news:publication_date>2026-12-07T04:00:00Z</news:publication_date></news:news></url>
                    <url><loc>\(base)/p/2</loc><news:news><news:title>Harbour strike</news:title>
                    <news:publication_date>2026-12-07T03:00:00Z</news:publication_date></news:news></url></urlset>
                    """)
            case "/p/1", "/p/2":
                let n = req.path == "/p/1" ? 0 : 1
                return .init(
                    200, [("Content-Type", "text/html")],
                    WatchFixtures.page(title: WatchFixtures.topics[n].0, text: WatchFixtures.body(n, 9)))
            default: return .init(404)
            }
        }
        defer { server.close() }
        let store = try ArticleStore(path: WatchFixtures.tempDB())
        let clock = TestClock(6_000_000)
        try store.addSources([server.url + "/sitemap-index.xml"], interval: 60, now: clock.now)
        let watcher = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 })
        _ = try watcher.runPass()
        XCTAssertEqual(try store.sources().map(\.kind), [.sitemap, .sitemap])
        let r = try watcher.runPass()
        XCTAssertEqual(r.newArticles, 2)
        let titles = Set(try store.loadArticles().compactMap(\.title))
        XCTAssertTrue(titles.contains("Reservoir opens spillway"))
        XCTAssertEqual(try store.loadArticles().first { $0.title == "Reservoir opens spillway" }?.published?.hour, 4)
        clock.advance(100_000)
        XCTAssertEqual(try watcher.runPass().newArticles, 0)
        XCTAssertEqual(server.requests.filter { $0.path.hasPrefix("/p/") }.count, 2)
    }
}

/// Requests a test server is answering at once, and the most it ever answered at once.
final class InFlight: @unchecked Sendable {
    private let counts = Locked((now: 0, peak: 0))
    var peak: Int { counts.withLock { $0.peak } }

    /// Counts one request in flight for `seconds`.
    func hold(_ seconds: Double) {
        counts.withLock {
            $0.now += 1; $0.peak = max($0.peak, $0.now)
        }
        Thread.sleep(forTimeInterval: seconds)
        counts.withLock { $0.now -= 1 }
    }
}

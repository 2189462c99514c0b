import DossierIngest
import DossierModel
import DossierPipeline
import DossierStore
import DossierTestSupport
import Foundation
import XCTest
@testable import DossierWatch

final class WatcherTests: XCTestCase {
    typealias Item = (guid: String, title: String, link: String, text: String, full: Bool)

    /// A feed that changes between polls, with validators: the second poll is conditional and
    /// answered 304, the third brings one new item, and each item is stored once.
    func testConditionalPollingStoresEachItemOnce() throws {
        try conditionalPollingStoresEachItemOnce(WatchEngines.sqlite())
    }
    func testConditionalPollingStoresEachItemOnceOnPostgres() throws {
        try conditionalPollingStoresEachItemOnce(WatchEngines.postgres(self))
    }

    func conditionalPollingStoresEachItemOnce(_ store: any WatchStoring) throws {
        let state = Locked<(version: Int, items: [Item])>(
            (
                1,
                [
                    ("g1", "Flood waters rise at the Kessel reservoir", "/a/1", WatchFixtures.body(0, 1), true),
                    ("g2", "Harbour strike halts shipping in Tovik", "/a/2", WatchFixtures.body(1, 1), true),
                ]
            ))
        let server = try LoopbackServer { req in
            let (v, items) = state.withLock { $0 }
            let etag = "\"v\(v)\""
            if req.headers["if-none-match"] == etag { return .init(304, [("ETag", etag)]) }
            return .init(
                200,
                [
                    ("Content-Type", "application/rss+xml"), ("ETag", etag),
                    ("Last-Modified", "Mon, 07 Dec 2026 05:0\(v):00 GMT"),
                ], WatchFixtures.rss(items: items))
        }
        defer { server.close() }
        let clock = TestClock(1_000_000)
        try store.addSources([server.url + "/feed.xml"], interval: 60, now: clock.now)
        let watcher = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now },
            random: { 0.5 })

        var r = try watcher.runPass()
        XCTAssertEqual(r.newArticles, 2)
        XCTAssertEqual(try store.articleCount(), 2)
        let firstStory = try XCTUnwrap(store.watchMembers().first?.storyId)
        let storyBefore = try XCTUnwrap(store.watchStory(id: firstStory))

        // Not due yet: nothing is requested.
        clock.advance(5)
        r = try watcher.runPass()
        XCTAssertEqual(r.polled, 0)

        clock.advance(120)
        r = try watcher.runPass()
        XCTAssertEqual(r.notModified, 1)
        XCTAssertEqual(server.requests.last?.headers["if-none-match"], "\"v1\"")
        XCTAssertEqual(server.requests.last?.headers["if-modified-since"], "Mon, 07 Dec 2026 05:01:00 GMT")
        XCTAssertTrue(server.requests.last?.headers["user-agent"]?.hasPrefix("Dossier/") == true)

        // The feed changes: one new item on the first topic, the old ones still listed.
        state.withLock {
            $0.version = 2
            $0.items.insert(
                ("g3", "Kessel reservoir spillway stays open", "/a/3", WatchFixtures.body(0, 2), true), at: 0)
        }
        clock.advance(1_000)
        r = try watcher.runPass()
        XCTAssertEqual(r.newArticles, 1)
        XCTAssertEqual(try store.articleCount(), 3)
        XCTAssertEqual(server.requests.last?.headers["if-none-match"], "\"v1\"")

        // It joined the story of the earlier report on the same topic, whose updated time moved.
        let members = try store.watchMembers()
        XCTAssertEqual(members.count, 3)
        XCTAssertEqual(members[2].storyId, members[0].storyId)
        XCTAssertNotEqual(members[1].storyId, members[0].storyId)
        let storyAfter = try XCTUnwrap(store.watchStory(id: firstStory))
        XCTAssertEqual(storyAfter.articles, 2)
        XCTAssertGreaterThan(storyAfter.updated, storyBefore.updated)

        // Seen items are not stored again even when the server ignores the validators.
        state.withLock { $0.version = 3 }
        clock.advance(100_000)
        r = try watcher.runPass()
        XCTAssertEqual(r.newArticles, 0)
        XCTAssertEqual(try store.articleCount(), 3)

        // A restart resumes: a new watcher rebuilds the stories and places a new report in the old one.
        state.withLock {
            $0.version = 4
            $0.items.insert(("g4", "Kessel reservoir levels fall", "/a/4", WatchFixtures.body(0, 3), true), at: 0)
        }
        let restarted = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now },
            random: { 0.5 })
        clock.advance(100_000)
        r = try restarted.runPass()
        XCTAssertEqual(r.newArticles, 1)
        XCTAssertEqual(try store.watchMembers().last?.storyId, firstStory)
    }

    /// Errors back off exponentially (with Retry-After as a floor), the source is marked failing
    /// and reported, and a success resets it.
    func testBackoffRetryAfterAndFailing() throws { try backoffRetryAfterAndFailing(WatchEngines.sqlite()) }
    func testBackoffRetryAfterAndFailingOnPostgres() throws {
        try backoffRetryAfterAndFailing(WatchEngines.postgres(self))
    }

    func backoffRetryAfterAndFailing(_ store: any WatchStoring) throws {
        let failuresLeft = Locked(4)
        let server = try LoopbackServer { _ in
            let fail = failuresLeft.withLock { n -> Bool in
                n -= 1; return n >= 0
            }
            if fail { return .init(503, [("Retry-After", "15")], "busy") }
            return .init(
                200, [("Content-Type", "application/rss+xml"), ("Cache-Control", "max-age=900")],
                WatchFixtures.rss(items: [("g1", "Harbour strike", "/a/1", WatchFixtures.body(1, 1), true)], ttl: 30))
        }
        defer { server.close() }
        let clock = TestClock(2_000_000)
        try store.addSources([server.url + "/feed"], interval: 60, now: clock.now)
        var config = WatchFixtures.configuration(min: 10)
        config.failingAfter = 3
        let watcher = try Watcher(store: store, configuration: config, clock: { clock.now }, random: { 0.5 })
        var delays: [Double] = []
        var report = Watcher.PassReport()
        for _ in 0..<4 {
            report = try watcher.runPass()
            XCTAssertEqual(report.failed, 1)
            let s = try XCTUnwrap(store.sources().first)
            delays.append(s.nextPoll - clock.now)
            clock.set(s.nextPoll)
        }
        // 10 s doubled per failure (jitter at its midpoint), never sooner than Retry-After's 15 s.
        XCTAssertEqual(delays, [15, 20, 40, 80])
        XCTAssertEqual(report.failing, [server.url + "/feed"])
        let failing = try XCTUnwrap(store.sources().first)
        XCTAssertEqual(failing.failures, 4)
        XCTAssertEqual(failing.lastError, "HTTP status 503")

        report = try watcher.runPass()
        XCTAssertEqual(report.newArticles, 1)
        XCTAssertEqual(report.failing, [])
        let ok = try XCTUnwrap(store.sources().first)
        XCTAssertEqual(ok.failures, 0)
        XCTAssertNotNil(ok.lastSuccess)
        // Feed ttl (30 min) beats Cache-Control max-age (15 min) as the floor of the interval.
        XCTAssertEqual(ok.nextPoll - clock.now, 1_800)
        XCTAssertEqual(ok.itemsSeen, 1)
    }

    /// A redirected feed of summaries: each linked page is fetched once and extracted.
    func testSummaryOnlyItemsFetchTheirPagesOnce() throws {
        try summaryOnlyItemsFetchTheirPagesOnce(WatchEngines.sqlite())
    }
    func testSummaryOnlyItemsFetchTheirPagesOnceOnPostgres() throws {
        try summaryOnlyItemsFetchTheirPagesOnce(WatchEngines.postgres(self))
    }

    func summaryOnlyItemsFetchTheirPagesOnce(_ store: any WatchStoring) throws {
        let server = try LoopbackServer { req in
            switch req.path {
            case "/old-feed": return .init(301, [("Location", "/feed2.xml")])
            case "/feed2.xml":
                return .init(
                    200, [("Content-Type", "application/rss+xml")],
                    WatchFixtures.rss(items: [
                        (
                            "p1", "Flood waters rise at the Kessel reservoir",
                            "http://\(req.headers["host"] ?? "")/story/1?utm_source=rss",
                            WatchFixtures.body(0, 1), false
                        )
                    ]))
            case "/story/1?utm_source=rss":
                return .init(
                    200, [("Content-Type", "text/html; charset=utf-8")],
                    WatchFixtures.page(
                        title: "Flood waters rise at the Kessel reservoir", text: WatchFixtures.body(0, 7)))
            default: return .init(404)
            }
        }
        defer { server.close() }
        let clock = TestClock(3_000_000)
        try store.addSources([server.url + "/old-feed"], interval: 60, now: clock.now)
        let watcher = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 })
        var r = try watcher.runPass()
        XCTAssertEqual(r.newArticles, 1)
        let article = try XCTUnwrap(store.loadArticles().first)
        XCTAssertTrue(article.text.contains("Update 7"), "text comes from the page, not the feed's summary")
        XCTAssertFalse(article.text.contains("Home | World"))
        clock.advance(100_000)
        r = try watcher.runPass()
        XCTAssertEqual(r.newArticles, 0)
        XCTAssertEqual(server.requests.filter { $0.path.hasPrefix("/story/1") }.count, 1)
        XCTAssertEqual(server.requests.filter { $0.path == "/old-feed" }.count, 2)
    }

    /// Watchlist alerts fire once with their trigger span; the webhook is retried with back-off
    /// and signed; the watchlist and story Atom feeds parse back.
    func testAlertsWebhooksAndFeeds() throws { try alertsWebhooksAndFeeds(WatchEngines.sqlite()) }
    func testAlertsWebhooksAndFeedsOnPostgres() throws { try alertsWebhooksAndFeeds(WatchEngines.postgres(self)) }

    func alertsWebhooksAndFeeds(_ store: any WatchStoring) throws {
        let hookFailures = Locked(2)
        let server = try LoopbackServer { req in
            if req.path == "/hook" {
                let fail = hookFailures.withLock { n -> Bool in
                    n -= 1; return n >= 0
                }
                return fail ? .init(500) : .init(204)
            }
            return .init(
                200, [("Content-Type", "application/rss+xml")],
                WatchFixtures.rss(items: [
                    ("g1", "Flood waters rise at the Kessel reservoir", "/a/1", WatchFixtures.body(0, 1), true),
                    ("g2", "Harbour strike halts shipping in Tovik", "/a/2", WatchFixtures.body(1, 1), true),
                ]))
        }
        defer { server.close() }
        let clock = TestClock(4_000_000)
        try store.addSources([server.url + "/feed"], interval: 60, now: clock.now)
        try store.saveWatchlist(
            Watchlist(
                name: "floods", kind: .keyword, value: "spillway",
                webhook: server.url + "/hook", secret: "s3cret", created: clock.now))
        try store.saveWatchlist(
            Watchlist(name: "strike", kind: .query, value: "strike AND harbour", created: clock.now))
        try store.saveWatchlist(Watchlist(name: "nothing", kind: .keyword, value: "volcano", created: clock.now))
        let watcher = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 })
        let r = try watcher.runPass()
        XCTAssertEqual(r.alerts, 2)
        let flood = try XCTUnwrap(store.alerts(watchlist: "floods").first)
        let article = try XCTUnwrap(store.article(id: flood.articleId))
        XCTAssertEqual(ScalarText(article.text)[Span(flood.triggerStart, flood.triggerEnd)], flood.triggerText)
        XCTAssertTrue(flood.triggerText.lowercased().contains("spillway"))
        XCTAssertEqual(flood.sources.first?.articleId, article.id)
        XCTAssertNotNil(flood.storyId)
        XCTAssertEqual(try store.alerts(watchlist: "strike").count, 1)
        XCTAssertEqual(try store.alerts(watchlist: "nothing").count, 0)

        // First attempt failed; retries after 30 s, then 60 s (doubling, jitter at midpoint).
        var d = try XCTUnwrap(store.delivery(alertID: flood.id))
        XCTAssertEqual(d.attempts, 1)
        XCTAssertFalse(d.delivered)
        clock.advance(29)
        _ = try watcher.runPass()
        XCTAssertEqual(try store.delivery(alertID: flood.id)?.attempts, 1)
        clock.advance(1)
        _ = try watcher.runPass()
        XCTAssertEqual(try store.delivery(alertID: flood.id)?.attempts, 2)
        clock.advance(60)
        _ = try watcher.runPass()
        d = try XCTUnwrap(store.delivery(alertID: flood.id))
        XCTAssertEqual(d.attempts, 3)
        XCTAssertTrue(d.delivered)
        let posts = server.requests.filter { $0.path == "/hook" }
        XCTAssertEqual(posts.count, 3)
        let post = try XCTUnwrap(posts.last)
        XCTAssertEqual(post.method, "POST")
        XCTAssertEqual(
            post.headers["x-dossier-signature"],
            "sha256=" + HMAC.hex(HMAC.sha256(key: Array("s3cret".utf8), message: post.body)))
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(post.body)) as? [String: Any])
        XCTAssertEqual(json["watchlist"] as? String, "floods")
        XCTAssertEqual((json["trigger"] as? [String: Any])?["text"] as? String, flood.triggerText)

        // Polling the same feed again raises nothing new.
        clock.advance(200_000)
        XCTAssertEqual(try watcher.runPass().alerts, 0)
        XCTAssertEqual(try store.alerts().count, 2)

        // The Atom feeds read back through the feed parser.
        let atom = try XCTUnwrap(WatchFeeds.watchlist(store, name: "floods"))
        guard case .success(let feed) = FeedReader.parse(Array(atom.utf8)) else {
            return XCTFail("watchlist feed unreadable")
        }
        XCTAssertEqual(feed.items.count, 1)
        XCTAssertEqual(feed.items.first?.title, "[floods] Flood waters rise at the Kessel reservoir")
        XCTAssertEqual(feed.items.first?.link, article.url)
        let storyAtom = try XCTUnwrap(WatchFeeds.story(store, id: try XCTUnwrap(flood.storyId)))
        guard case .success(let sf) = FeedReader.parse(Array(storyAtom.utf8)) else {
            return XCTFail("story feed unreadable")
        }
        XCTAssertEqual(sf.items.map(\.title), ["Flood waters rise at the Kessel reservoir"])
        XCTAssertNil(try WatchFeeds.watchlist(store, name: "no-such"))

        let digest = try Digest.render(store, since: 0, now: clock.now, format: .markdown)
        XCTAssertTrue(digest.contains("### floods"))
        XCTAssertTrue(digest.contains("Stories updated (2)"))
    }

    /// Articles stored by `dossier ingest` into the watched store join the watched stories on
    /// the next pass (online: what was placed stays), raise no alerts, are placed once, and a
    /// restarted watcher places later ones in the same stories.
    func testIngestedArticlesJoinWatchedStories() throws {
        try ingestedArticlesJoinWatchedStories(WatchEngines.sqlite())
    }
    func testIngestedArticlesJoinWatchedStoriesOnPostgres() throws {
        try ingestedArticlesJoinWatchedStories(WatchEngines.postgres(self))
    }

    func ingestedArticlesJoinWatchedStories(_ store: any WatchStoring) throws {
        let server = try WatchFixtures.floodFeedServer()
        defer { server.close() }
        let clock = TestClock(7_000_000)
        try store.addSources([server.url + "/feed"], interval: 60, now: clock.now)
        try store.saveWatchlist(Watchlist(name: "floods", kind: .keyword, value: "spillway", created: clock.now))
        let watcher = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 })
        var r = try watcher.runPass()
        XCTAssertEqual(r.newArticles, 1)
        XCTAssertEqual(r.alerts, 1)
        let flood = try XCTUnwrap(store.watchMembers().first?.storyId)

        let pipeline = Pipeline()
        func ingested(_ id: String, _ topic: Int, _ n: Int) -> Article {
            pipeline.process(
                RawDocument(
                    article: Article(id: id, source: "inbox/\(id).txt", title: WatchFixtures.topics[topic].0, text: ""),
                    body: .plainText(WatchFixtures.body(topic, n))))
        }
        try store.save([ingested("in-1", 0, 7), ingested("in-2", 1, 7)])
        clock.advance(5)
        r = try watcher.runPass()
        XCTAssertEqual(r.polled, 0)
        XCTAssertEqual(r.placedStored, 2)
        var members = try store.watchMembers()
        XCTAssertEqual(members.map(\.articleId).suffix(2), ["in-1", "in-2"])
        XCTAssertEqual(members[1].storyId, flood)
        XCTAssertNotEqual(members[2].storyId, flood)
        XCTAssertEqual(try store.watchStory(id: flood)?.articles, 2)
        XCTAssertEqual(try store.watchStory(id: flood)?.updated, clock.now)
        XCTAssertEqual(try store.alerts().count, 1, "ingested articles raise no alerts")
        XCTAssertEqual(try watcher.runPass().placedStored, 0)

        try store.save([ingested("in-3", 0, 8)])
        let restarted = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 })
        XCTAssertEqual(try restarted.runPass().placedStored, 1)
        members = try store.watchMembers()
        XCTAssertEqual(members.count, 4)
        XCTAssertEqual(members.last?.articleId, "in-3")
        XCTAssertEqual(members.last?.storyId, flood)
    }
}

import DossierIngest
import DossierModel
import DossierPipeline
import DossierStore
import DossierTestSupport
import Foundation
import XCTest
@testable import DossierWatch

/// The same watch passes over the same loopback feeds, on SQLite and on PostgreSQL, leave the
/// same articles, stories, events, alerts, source states, digest and trends.
final class WatchEnginesTests: XCTestCase {
    typealias Item = (guid: String, title: String, link: String, text: String, full: Bool)

    /// Everything a watch pass leaves, in a form two engines can be compared by.
    struct Outcome: Equatable {
        var articles: [String]
        var members: [WatchMember]
        var stories: [WatchStory]
        var alerts: [WatchAlert]
        var sources: [WatchSource]
        var seen: [String?]
        var digest: String
        var trending: [String]
        var reports: [String]
    }

    func testOneWatchGivesTheSameStoreOnSQLiteAndPostgreSQL() throws {
        let sqlite = try watch(WatchEngines.sqlite())
        let postgres = try watch(WatchEngines.postgres(self))
        XCTAssertEqual(sqlite.articles.count, 5)
        XCTAssertEqual(sqlite.members.count, 5)
        XCTAssertLessThan(Set(sqlite.members.map(\.storyId)).count, 5, "reports of one event share a story")
        // Both flood reports the wire brought (not the ingested one), both strike reports.
        XCTAssertEqual(sqlite.alerts.filter { $0.watchlist == "floods" }.count, 2)
        XCTAssertEqual(sqlite.alerts.filter { $0.watchlist == "strike" }.count, 2)
        XCTAssertEqual(sqlite.articles, postgres.articles)
        XCTAssertEqual(sqlite.members, postgres.members)
        XCTAssertEqual(sqlite.stories, postgres.stories)
        XCTAssertEqual(sqlite.alerts, postgres.alerts)
        XCTAssertEqual(sqlite.sources, postgres.sources)
        XCTAssertEqual(sqlite.seen, postgres.seen)
        XCTAssertEqual(sqlite.digest, postgres.digest)
        XCTAssertEqual(sqlite.trending, postgres.trending)
        XCTAssertEqual(sqlite.reports, postgres.reports)
    }

    /// PostgreSQL numbers a row when it is inserted but shows it when committed: an article a
    /// transaction still running holds a lower number than one committed meanwhile. The scan for
    /// articles to place must not move past it, or it would never be placed.
    func testAnArticleCommittedLateIsStillPlacedOnPostgres() throws {
        let store = try WatchEngines.postgres(self)
        let late = Article(id: "late", source: "a.txt", text: "Written first, committed last.")
        let early = Article(id: "early", source: "b.txt", text: "Written second, committed first.")
        let inserted = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0)
        let done = DispatchSemaphore(value: 0)
        let writer = Thread {
            _ = try? store.inTransaction { put in
                try put(late)
                inserted.signal()
                release.wait()
            }
            done.signal()
        }
        writer.start()
        inserted.wait()
        try store.save([early])
        var batch = try store.unplacedArticles(after: 0, limit: 256)
        XCTAssertEqual(batch.ids, ["early"])
        XCTAssertEqual(batch.scanned, 0, "a running transaction may still hold number 1")
        try store.placeStored(
            WatchMember(articleId: "early", storyId: "s-early", eventId: "e-early", added: 0), storyTitle: nil, now: 0)
        release.signal()
        done.wait()
        batch = try store.unplacedArticles(after: batch.scanned, limit: 256)
        XCTAssertEqual(batch.ids, ["late"])
        XCTAssertEqual(batch.scanned, 2)
    }

    /// Two feeds (one changing between passes), three watchlists, and an article stored by
    /// ingest in between; one worker, so that arrival order (and so story ids) is the same.
    func watch(_ store: any WatchStoring) throws -> Outcome {
        let wire = Locked<[Item]>([
            ("w1", WatchFixtures.topics[0].0, "/w/1", WatchFixtures.body(0, 1), true),
            ("w2", WatchFixtures.topics[1].0, "/w/2", WatchFixtures.body(1, 1), true),
        ])
        let server = try LoopbackServer { req in
            switch req.path {
            case "/wire.xml":
                return .init(
                    200, [("Content-Type", "application/rss+xml")], WatchFixtures.rss(items: wire.withLock { $0 }))
            case "/port.xml":
                return .init(
                    200, [("Content-Type", "application/rss+xml")],
                    WatchFixtures.rss(items: [
                        ("p1", "Tovik dock strike enters second day", "/p/1", WatchFixtures.body(1, 2), true)
                    ]))
            default: return .init(404)
            }
        }
        defer { server.close() }
        let clock = TestClock(9_000_000)
        try store.addSources(
            [server.url + "/wire.xml", server.url + "/port.xml"], kind: .auto, interval: 60, now: clock.now,
            titles: [server.url + "/port.xml": "Port news"])
        try store.saveWatchlist(Watchlist(name: "floods", kind: .keyword, value: "spillway", created: clock.now))
        try store.saveWatchlist(
            Watchlist(name: "strike", kind: .query, value: "strike AND (harbour OR port)", created: clock.now))
        try store.saveWatchlist(
            Watchlist(name: "lindqvist", kind: .person, value: "Mara Lindqvist", created: clock.now))
        var config = WatchFixtures.configuration()
        config.globalConcurrency = 1
        let watcher = try Watcher(store: store, configuration: config, clock: { clock.now }, random: { 0.5 })
        var reports: [String] = []
        func pass() throws {
            let r = try watcher.runPass()
            reports.append(
                "\(r.polled) \(r.newArticles) \(r.duplicates) \(r.unreadable) \(r.alerts) \(r.placedStored)")
        }
        try pass()
        // An ingested report on the flood, and a new item on the wire.
        let ingested = Pipeline().process(
            RawDocument(
                article: Article(id: "in-1", source: "inbox/in-1.txt", title: WatchFixtures.topics[0].0, text: ""),
                body: .plainText(WatchFixtures.body(0, 5))))
        try store.save([ingested])
        wire.withLock {
            $0.insert(("w3", "Kessel reservoir spillway stays open", "/w/3", WatchFixtures.body(0, 2), true), at: 0)
        }
        clock.advance(100_000)
        try pass()
        clock.advance(100_000)
        try pass()

        // Every field and annotation (the content hash covers all but the id), the loopback port left out.
        let articles = try store.loadArticles().map { a in
            var a = a
            a.url = a.url?.replacingOccurrences(of: server.url, with: "")
            a.source = a.source.replacingOccurrences(of: server.url, with: "")
            return a.id + " " + (try ArticleStore.contentHash(a))
        }
        let trending =
            try TrendRanking.stories(store, now: clock.now).map { "\($0.id) \($0.trend.score)" }
            + TrendRanking.entities(store, now: clock.now).map { "\($0.name) \($0.trend.score)" }
        return Outcome(
            articles: articles, members: try store.watchMembers(),
            stories: try store.watchStories(updatedSince: -.infinity, limit: 100),
            alerts: try store.alerts(watchlist: nil, since: -.infinity, limit: 100),
            sources: try store.sources().map { s in
                var s = s
                // The loopback port differs between the two runs.
                s.url = s.url.replacingOccurrences(of: server.url, with: "")
                return s
            },
            seen: try ["guid:w1", "guid:w3", "guid:p1", "guid:none"].map { try store.seenKey([$0]) },
            digest: try Digest.render(store, since: 0, now: clock.now, format: .markdown)
                .replacingOccurrences(of: server.url, with: ""),
            trending: trending, reports: reports)
    }
}

import DossierModel
import DossierPostgresTestSupport
import DossierStore
import Foundation
import XCTest
@testable import DossierPostgres

/// The web app's watch routes on a PostgreSQL store (they answered 501 there before the
/// PostgreSQL store kept the watch tables): sources, alerts, trends and Atom feeds, as on SQLite.
/// Skips, saying so, when no server is reachable (`DOSSIER_TEST_POSTGRES`), except under CI.
final class PostgresWatchRoutesTests: XCTestCase {
    func freshDatabase() throws -> String { try PostgresTestSchema.fresh(for: self, prefix: "s") }

    func testWatchRoutesAnswerOnPostgres() async throws {
        let store = try PostgresStore(url: try freshDatabase())
        let now = Date().timeIntervalSince1970
        try store.addSources(["https://wire.test/feed.xml"], interval: 60, now: now)
        try store.saveWatchlist(Watchlist(name: "floods", kind: .keyword, value: "spillway", created: now))
        let article = Article(
            id: "a1", source: "https://wire.test/a/1", url: "https://wire.test/a/1", title: "Spillway opened",
            text: "Engineers opened the spillway on Monday.")
        let fresh = try store.saveWatched(
            article, seen: ["guid:a1"], sourceID: 1,
            member: WatchMember(articleId: "a1", storyId: "s-a1", eventId: "e-a1", added: now),
            storyTitle: article.title, now: now
        ) { _ in
            [
                WatchAlert(
                    watchlist: "floods", articleId: "a1", storyId: "s-a1", kind: .article, triggerText: "spillway",
                    triggerStart: 20, triggerEnd: 28, sources: [.init(outlet: nil, url: article.url, articleId: "a1")],
                    created: now)
            ]
        }
        XCTAssertEqual(fresh.count, 1)
        let (port, task) = try await ServerFixture.start(store)
        defer { task.cancel() }

        let sources = try await HTTP.get(port, "/api/sources")
        XCTAssertEqual(sources.status, 200)
        XCTAssertEqual(try sources.json()["total"] as? Int, 1)
        let page = try await HTTP.get(port, "/sources")
        XCTAssertEqual(page.status, 200)
        XCTAssertTrue(page.text.contains("https://wire.test/feed.xml"))
        let alerts = try await HTTP.get(port, "/api/alerts")
        XCTAssertEqual(alerts.status, 200)
        XCTAssertEqual((try alerts.json()["items"] as? [Any])?.count, 1)
        let trending = try await HTTP.get(port, "/api/trending")
        XCTAssertEqual(trending.status, 200)
        XCTAssertEqual(((try trending.json()["stories"] as? [[String: Any]])?.first)?["id"] as? String, "s-a1")
        let feed = try await HTTP.get(port, "/feeds/watchlists/floods")
        XCTAssertEqual(feed.status, 200)
        XCTAssertTrue(feed.text.contains("[floods] Spillway opened"))
        let story = try await HTTP.get(port, "/feeds/stories/s-a1")
        XCTAssertEqual(story.status, 200)
        XCTAssertTrue(story.text.contains("Spillway opened"))
        let none = try await HTTP.get(port, "/feeds/watchlists/none")
        XCTAssertEqual(none.status, 404)
    }
}

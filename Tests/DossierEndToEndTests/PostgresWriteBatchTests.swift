import DossierModel
import DossierPostgres
import DossierPostgresTestSupport
import DossierStore
import Foundation
import XCTest

/// PostgreSQL stores articles several to a round trip (`PostgresStore.storeTogether`): the
/// counts, rows and comparisons are those of one article at a time, including an id met twice in
/// one batch and a batch larger than one round trip.
final class PostgresWriteBatchTests: XCTestCase {
    func testBatchedWritesMatchOneAtATime() throws {
        let pg = try PostgresTestSchema.fresh(for: self, prefix: "wb")
        let store = try PostgresStore(url: pg)
        let many = (0..<70).map { StoreWriteBatchTests.crowded(id: "c\($0)", source: "s\($0).txt") }
        XCTAssertEqual(try store.save(many), ArticleStore.SaveReport(inserted: 70))
        XCTAssertEqual(try store.counts()["entity"], 70 * 37)
        XCTAssertEqual(try store.article(id: "c5")?.annotations, many[5].annotations)
        XCTAssertEqual(try store.save(many), ArticleStore.SaveReport(unchanged: 70))
        var changed = many[3]
        changed.title = "Crowded, revised"
        // The same id twice in one batch, between others: the second copy is compared with the first.
        XCTAssertEqual(
            try store.save([many[1], changed, many[2], changed]), ArticleStore.SaveReport(replaced: 1, unchanged: 3))
        XCTAssertEqual(try store.article(id: "c3")?.title, "Crowded, revised")
        XCTAssertEqual(try store.counts()["entity"], 70 * 37)
        // A copy from an input that sorts later leaves the stored one; one that sorts first replaces it.
        var later = many[4], earlier = many[4]
        later.source = "z.txt"
        earlier.source = "a.txt"
        XCTAssertEqual(try store.save([later]), ArticleStore.SaveReport(unchanged: 1))
        XCTAssertEqual(try store.save([earlier]), ArticleStore.SaveReport(replaced: 1))
        XCTAssertEqual(try store.article(id: "c4")?.source, "a.txt")
    }
}

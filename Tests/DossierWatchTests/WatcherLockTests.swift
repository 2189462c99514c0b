import DossierStore
import Foundation
import XCTest

/// One watcher per store: a second claim is refused with a line saying why, on both engines, and
/// the store is free again once the first claim is released.
final class WatcherLockTests: XCTestCase {
    func testOneWatcherPerStore() throws {
        let path = try WatchFixtures.tempDB()
        try oneWatcherPerStore(first: ArticleStore(path: path), second: ArticleStore(path: path))
    }

    func testOneWatcherPerStoreOnPostgres() throws {
        let url = try WatchEngines.freshDatabase(self)
        try oneWatcherPerStore(first: WatchEngines.postgres(url: url), second: WatchEngines.postgres(url: url))
    }

    /// Two stores in separate files do not block each other.
    func testSeparateStoresEachHaveTheirWatcher() throws {
        let a = try ArticleStore(path: WatchFixtures.tempDB())
        let b = try ArticleStore(path: WatchFixtures.tempDB())
        let claims = try [a.holdWatcherLock(), b.holdWatcherLock()]
        claims.forEach { $0.release() }
    }

    func oneWatcherPerStore(first: any WatchStoring, second: any WatchStoring) throws {
        let claim = try first.holdWatcherLock()
        XCTAssertThrowsError(try second.holdWatcherLock()) { error in
            XCTAssertTrue("\(error)".contains("another `dossier watch`"), "\(error)")
        }
        claim.release()
        // Released: the other process may watch now, and releasing twice is harmless.
        let next = try second.holdWatcherLock()
        claim.release()
        XCTAssertThrowsError(try first.holdWatcherLock())
        next.release()
    }
}

import DossierPostgresTestSupport
import DossierStore
import Foundation
import XCTest
@testable import DossierPostgres

/// The stores the watcher tests run on: SQLite in a temporary file, and PostgreSQL in a fresh
/// schema of the server in `DOSSIER_TEST_POSTGRES` (else the socket scripts/ci-postgres uses by
/// default). With no server the PostgreSQL runs skip, saying so, except under CI (`CI` set).
enum WatchEngines {
    static func sqlite() throws -> ArticleStore { try ArticleStore(path: WatchFixtures.tempDB()) }

    /// A PostgreSQL store in a schema of its own, dropped when `test` ends.
    static func postgres(_ test: XCTestCase) throws -> PostgresStore { try postgres(url: freshDatabase(test)) }

    /// Another store on the same schema (a second process, as far as the server can tell).
    static func postgres(url: String) throws -> PostgresStore { try PostgresStore(url: url) }

    static func freshDatabase(_ test: XCTestCase) throws -> String {
        try PostgresTestSchema.fresh(for: test, prefix: "w")
    }
}

import DossierStore
import Foundation
import XCTest
@testable import DossierPostgres

/// The stores the watcher tests run on: SQLite in a temporary file, and PostgreSQL in a fresh
/// schema of the server in `DOSSIER_TEST_POSTGRES` (else the socket scripts/ci-postgres uses by
/// default). With no server the PostgreSQL runs skip, saying so, except under CI (`CI` set).
enum WatchEngines {
    static let defaultAddress = "postgresql:///dossier?host=/tmp/dossier-pg&port=5433&user=postgres"

    static func sqlite() throws -> ArticleStore { try ArticleStore(path: WatchFixtures.tempDB()) }

    /// A PostgreSQL store in a schema of its own, dropped when `test` ends.
    static func postgres(_ test: XCTestCase) throws -> PostgresStore { try PostgresStore(url: freshDatabase(test)) }

    /// A connection string whose search_path is a new, empty schema.
    static func freshDatabase(_ test: XCTestCase) throws -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["DOSSIER_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultAddress
        let admin: PGConnection
        do {
            admin = try PGConnection(base, location: base)
        } catch {
            if env["CI"] != nil { throw error }
            throw XCTSkip(
                "no PostgreSQL server reachable at \(base) (\(error)); run "
                    + "`export DOSSIER_TEST_POSTGRES=\"$(scripts/ci-postgres)\"` to start one")
        }
        let schema = "w_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try admin.exec("CREATE SCHEMA \(schema)")
        test.addTeardownBlock { _ = try? admin.exec("DROP SCHEMA \(schema) CASCADE") }
        return base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
    }
}

import CLibPQ
import Foundation
import XCTest

/// The PostgreSQL server the tests use and a fresh schema on it per test: the server in
/// `DOSSIER_TEST_POSTGRES` (`scripts/ci-postgres` starts one and prints its address), else the
/// socket `scripts/ci-postgres` uses by default. With no server the calling test skips, saying how
/// to start one, except under CI (`CI` set), where a missing server fails it.
public enum PostgresTestSchema {
    public static let defaultAddress = "postgresql:///dossier?host=/tmp/dossier-pg&port=5433&user=postgres"

    /// A connection string whose search_path is a new, empty schema, dropped when `test` ends:
    /// each test starts from an empty database and leaves the others' alone. `prefix` names the
    /// suite in the schema's name, for reading the server's catalogue after a failed run.
    public static func fresh(for test: XCTestCase, prefix: String) throws -> String {
        let env = ProcessInfo.processInfo.environment
        let base = env["DOSSIER_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 } ?? defaultAddress
        // libpq directly (not the store's connection type, which is internal to DossierPostgres).
        guard let handle = PQconnectdb(base) else {
            throw SchemaError(message: "out of memory connecting to \(base)")
        }
        let admin = AdminConnection(handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            let error = String(cString: PQerrorMessage(handle)).trimmingCharacters(in: .whitespacesAndNewlines)
            if env["CI"] != nil { throw SchemaError(message: "cannot connect to \(base): \(error)") }
            throw XCTSkip(
                "no PostgreSQL server reachable at \(base) (\(error)); run "
                    + "`export DOSSIER_TEST_POSTGRES=\"$(scripts/ci-postgres)\"` to start one")
        }
        let schema = prefix + "_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try run(handle, "CREATE SCHEMA \(schema)")
        test.addTeardownBlock { _ = try? run(admin.handle, "DROP SCHEMA \(schema) CASCADE") }
        return base + (base.contains("?") ? "&" : "?") + "options=-csearch_path%3D\(schema)"
    }
}

/// Why a fresh schema could not be made.
public struct SchemaError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}

/// The admin connection, kept for the teardown's DROP SCHEMA and closed when that block is released.
private final class AdminConnection: @unchecked Sendable {
    // One test uses it, from its teardown only.
    let handle: OpaquePointer
    init(_ handle: OpaquePointer) { self.handle = handle }
    deinit { PQfinish(handle) }
}

/// Runs one statement on `connection`, throwing the server's message when it fails.
private func run(_ connection: OpaquePointer, _ sql: String) throws {
    let result = PQexec(connection, sql)
    defer { PQclear(result) }
    let status = PQresultStatus(result)
    guard status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK else {
        throw SchemaError(message: "\(sql): " + String(cString: PQerrorMessage(connection)))
    }
}

import CLibPQ
import DossierStore
import Foundation

/// A PostgreSQL failure as one line, with the server's SQLSTATE when there is one.
public struct PostgresError: Error, Sendable, CustomStringConvertible {
    public var location: String
    public var sqlState: String?
    public var message: String

    public var description: String {
        "\(location): PostgreSQL: \(message)" + (sqlState.map { " (SQLSTATE \($0))" } ?? "")
    }
}

/// What a statement returned: text values by row and column (nil for NULL) and the rows it changed.
struct PGResult {
    var columns: [String]
    var rows: [[String?]]
    var affected: Int

    /// Row `k` read by (lower-case) column name: PostgreSQL folds unquoted names to lower case.
    func row(_ k: Int) -> PGRow { PGRow(columns: columns, values: rows[k]) }
    var all: [PGRow] { rows.indices.map(row) }
    var firstValue: String? { rows.first?.first ?? nil }
}

struct PGRow: StoredRowReading {
    let columns: [String]
    let values: [String?]

    func text(_ column: String) -> String? {
        let want = column.lowercased()
        guard let k = columns.firstIndex(of: want), k < values.count else { return nil }
        return values[k]
    }
    func integer(_ column: String) -> Int? { text(column).flatMap { Int($0) } }
    func real(_ column: String) -> Double? { text(column).flatMap { Double($0) } }
}

/// One libpq connection. Not thread-safe: `PostgresStore` hands each to one caller at a time.
final class PGConnection {
    private let conn: OpaquePointer
    let location: String

    init(_ conninfo: String, location: String) throws {
        self.location = location
        guard let c = PQconnectdb(conninfo) else {
            throw PostgresError(location: location, sqlState: nil, message: "out of memory opening a connection")
        }
        guard PQstatus(c) == CONNECTION_OK else {
            let message = Self.trimmed(PQerrorMessage(c))
            PQfinish(c)
            throw PostgresError(location: location, sqlState: nil, message: "cannot connect: \(message)")
        }
        conn = c
        // Notices ("text-search query doesn't contain lexemes") are the server thinking aloud,
        // not something a reader of stderr can act on.
        PQsetNoticeProcessor(conn, { _, _ in }, nil)
    }

    deinit { PQfinish(conn) }

    var isBroken: Bool { PQstatus(conn) != CONNECTION_OK }

    /// Runs one statement with `$1…$n` bound to `params` (sent as text; PostgreSQL casts them).
    @discardableResult
    func exec(_ sql: String, _ params: [StoredValue] = []) throws -> PGResult {
        let texts: [String?] = params.map { v in
            switch v {
            case .text(let s): return Self.withoutNUL(s)
            case .integer(let n): return String(n)
            case .real(let d): return d.isNaN ? "NaN" : d.isInfinite ? (d < 0 ? "-Infinity" : "Infinity") : "\(d)"
            case .null: return nil
            }
        }
        let cStrings: [UnsafeMutablePointer<CChar>?] = texts.map { $0.flatMap { strdup($0) } }
        defer { cStrings.forEach { free($0) } }
        let result = try checked(
            cStrings.map { UnsafePointer($0) }.withUnsafeBufferPointer { values in
                PQexecParams(conn, sql, Int32(clamping: params.count), nil, values.baseAddress, nil, nil, 0)
            })
        defer { PQclear(result) }
        let nColumns = Int(PQnfields(result))
        let nRows = Int(PQntuples(result))
        let columns = (0..<nColumns).map { String(cString: PQfname(result, Int32($0))) }
        var rows: [[String?]] = []
        rows.reserveCapacity(nRows)
        for r in 0..<nRows {
            rows.append(
                (0..<nColumns).map { c in
                    PQgetisnull(result, Int32(r), Int32(c)) != 0
                        ? nil : String(cString: PQgetvalue(result, Int32(r), Int32(c)))
                })
        }
        let affected = Int(String(cString: PQcmdTuples(result))) ?? 0
        return PGResult(columns: columns, rows: rows, affected: affected)
    }

    /// Runs several statements (no parameters) in one round trip: migrations.
    func execScript(_ sql: String) throws {
        PQclear(try checked(PQexec(conn, sql)))
    }

    /// The result when the statement succeeded; else it is cleared and its error thrown.
    private func checked(_ result: OpaquePointer?) throws -> OpaquePointer {
        guard let result else {
            throw PostgresError(location: location, sqlState: nil, message: Self.trimmed(PQerrorMessage(conn)))
        }
        let status = PQresultStatus(result)
        guard status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK else {
            let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))).map { String(cString: $0) }
            let message = Self.trimmed(PQresultErrorMessage(result))
            PQclear(result)
            throw PostgresError(location: location, sqlState: state, message: message)
        }
        return result
    }

    /// PostgreSQL text cannot hold NUL (a C string would also end there); the pipeline turns
    /// control characters into spaces before cleaning, so this only guards against a stray one.
    static func withoutNUL(_ s: String) -> String {
        guard s.utf8.contains(0) else { return s }
        return String(decoding: s.utf8.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
    }

    private static func trimmed(_ p: UnsafePointer<CChar>?) -> String {
        guard let p else { return "unknown error" }
        return String(cString: p).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

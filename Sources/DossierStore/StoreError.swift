import GRDB

/// A storage failure as one line a person can act on, naming the database file.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    public var description: String { "\(path): \(problem)" }

    /// Runs `body`, turning SQLite's numbered errors into what they mean for this file.
    static func naming<T>(_ path: String, busyTimeout: Double, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw StoreError(path: path, problem: explain(error, busyTimeout: busyTimeout))
        }
    }

    static func explain(_ error: DatabaseError, busyTimeout: Double) -> String {
        let detail = error.message.map { " (SQLite: \($0))" } ?? ""
        switch error.resultCode.primaryResultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return "database is busy: another process kept it locked for more than \(Int(busyTimeout)) s; "
                + "nothing was written by this run's last batch, try again when the other process is done"
        case .SQLITE_READONLY:
            return "cannot write: the database file or its folder is read-only\(detail)"
        case .SQLITE_CANTOPEN:
            return "cannot open the database file (missing folder, or no permission)\(detail)"
        case .SQLITE_NOTADB:
            return "not a Dossier database: the file is not SQLite"
        case .SQLITE_CORRUPT:
            return "the database file is damaged (SQLite reports corruption)\(detail)"
        case .SQLITE_FULL:
            return "the disk is full; the last batch was not written\(detail)"
        case .SQLITE_IOERR:
            return "input/output error while using the database\(detail)"
        default:
            return "database error \(error.resultCode.rawValue)\(detail)"
        }
    }
}

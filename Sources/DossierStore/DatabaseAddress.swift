import Foundation

/// Which database a command uses, as given by `--db` or `DOSSIER_DB`: `sqlite:PATH`,
/// `postgres://…` / `postgresql://…` (a libpq URI), or a plain path, which stays SQLite.
public enum DatabaseAddress: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)

    /// The environment variable read when `--db` is not given.
    public static let environmentVariable = "DOSSIER_DB"
    public static let defaultPath = "dossier.sqlite"

    public init(_ spec: String) {
        if spec.hasPrefix("postgres://") || spec.hasPrefix("postgresql://") {
            self = .postgres(url: spec)
        } else if spec.hasPrefix("sqlite:") {
            self = .sqlite(path: String(spec.dropFirst("sqlite:".count)))
        } else {
            self = .sqlite(path: spec)
        }
    }

    /// `given` when there is one, else `$DOSSIER_DB` when set and not empty, else nil.
    public static func spec(
        _ given: String?, environment: [String: String] = ProcessInfo.processInfo.environment
    )
        -> String?
    {
        if let given { return given }
        if let env = environment[environmentVariable], !env.isEmpty { return env }
        return nil
    }
}

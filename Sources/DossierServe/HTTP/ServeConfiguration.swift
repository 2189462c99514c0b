/// How `dossier serve` listens and what it lets through. Limits are named here, once.
public struct ServeConfiguration: Sendable {
    public var host = "127.0.0.1"
    /// 0 asks the system for a free port (tests).
    public var port = 8080
    /// Required for every write, and for listening on anything but loopback.
    public var token: String?
    /// Largest request body accepted, for records and uploaded files alike.
    public var maxBodyBytes = 8 << 20
    /// Writes allowed per client address per minute: ingest is CPU-heavy on a 2-core machine.
    public var writesPerMinute = 120
    /// Rows per page of every list, unless the client asks for fewer (at most `maxPageSize`).
    public var pageSize = 25
    public var maxPageSize = 200

    public init() {}

    /// True for addresses only this machine can reach.
    public static func isLoopback(_ host: String) -> Bool {
        host == "127.0.0.1" || host == "::1" || host == "localhost" || host.hasPrefix("127.")
    }
}

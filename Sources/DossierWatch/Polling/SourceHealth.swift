import DossierOutput
import DossierStore

/// One source's health as `dossier sources list` and the API show it.
public struct SourceHealth: Sendable {
    public var source: WatchSource
    public var failing: Bool

    public init(_ s: WatchSource, failingAfter: Int) {
        source = s
        failing = s.failures >= failingAfter
    }

    public var status: String {
        failing ? "failing" : source.failures > 0 ? "retrying" : source.lastSuccess == nil ? "new" : "ok"
    }

    public func json() -> JSONValue {
        let s = source
        func time(_ t: Double?) -> JSONValue { .string(t.map(AtomWriter.rfc3339)) }
        return .object([
            ("id", .int(Int(s.id))), ("url", .string(s.url)), ("kind", .string(s.kind.rawValue)),
            ("title", .string(s.title)),
            ("status", .string(status)), ("last_success", time(s.lastSuccess)), ("last_error", .string(s.lastError)),
            ("last_error_at", time(s.lastErrorAt)), ("failures", .int(s.failures)), ("items_seen", .int(s.itemsSeen)),
            ("interval_seconds", .int(Int(s.interval.isFinite ? min(max(s.interval, 0), 1e9) : 0))),
            ("next_poll", time(s.nextPoll)),
        ])
    }

    public func line() -> String {
        let s = source
        let ok = s.lastSuccess.map(AtomWriter.rfc3339) ?? "never"
        let err = s.lastError.map { "\($0) at \(s.lastErrorAt.map(AtomWriter.rfc3339) ?? "?")" } ?? "-"
        return "\(s.id)\t\(status)\t\(s.kind.rawValue)\t\(s.url)\tlast ok: \(ok)\tlast error: \(err)\t"
            + "items: \(s.itemsSeen)\tnext: \(AtomWriter.rfc3339(s.nextPoll))"
    }
}

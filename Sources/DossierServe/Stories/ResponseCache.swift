import DossierOutput
import DossierPipeline

/// Rendered GET responses of one store revision, by path and query. Bounded: when full it
/// starts again, which costs a re-render, never a wrong page.
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var contentType: String
        var body: [UInt8]

        static func page(_ h: HTML) -> Entry { Entry(contentType: Reply.html, body: Array(h.rendered.utf8)) }
        static func document(_ v: JSONValue) -> Entry { Entry(contentType: Reply.json, body: Array(v.rendered().utf8)) }
    }

    static let capacity = 4_096
    private let entries = Locked<[String: Entry]>([:])

    func get(_ key: String) -> Entry? { entries.withLock { $0[key] } }

    func put(_ key: String, _ entry: Entry) {
        entries.withLock { e in
            if e.count >= Self.capacity { e.removeAll(keepingCapacity: true) }
            e[key] = entry
        }
    }
}

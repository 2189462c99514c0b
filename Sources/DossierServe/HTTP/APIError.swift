import Hummingbird

/// An error a client can act on: its status and a sentence saying what to change.
/// Rendered as `{"error": {"status": 400, "message": "..."}}` under /api, as a page elsewhere.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: String

    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    static func notFound(_ what: String) -> APIError { APIError(.notFound, what) }
    static func badRequest(_ what: String) -> APIError { APIError(.badRequest, what) }
}

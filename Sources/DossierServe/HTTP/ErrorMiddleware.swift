import Hummingbird

/// Turns every error into a response a person can act on: JSON under /api (and for the OpenAPI
/// document, exports and feeds), a page elsewhere. Unexpected errors are logged and answered 500
/// without internals.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let e as APIError {
            return Self.reply(request, status: e.status, message: e.message)
        } catch let e as HTTPError {
            if e.status == .notFound, let allowed = Self.allowedMethods(request.uri.path),
                !allowed.contains(request.method.rawValue)
            {
                var r = Self.reply(
                    request, status: .methodNotAllowed,
                    message: "\(request.method) is not allowed on \(request.uri.path): use "
                        + allowed.joined(separator: " or "))
                r.headers[.allow] = allowed.joined(separator: ", ")
                return r
            }
            return Self.reply(request, status: e.status, message: Self.message(for: e.status, request: request))
        } catch {
            context.logger.error(
                "request failed",
                metadata: [
                    "path": .string(request.uri.path),
                    "error": .string(String(describing: error)),
                ])
            return Self.reply(
                request, status: .internalServerError,
                message: "the server failed on this request; its log says why")
        }
    }

    static func message(for status: HTTPResponse.Status, request: Request) -> String {
        switch status {
        case .notFound: return "nothing at \(request.uri.path): see /openapi.json for the routes"
        case .contentTooLarge: return "the request body is too large: send smaller files or fewer records at once"
        case .methodNotAllowed: return "\(request.method) is not allowed on \(request.uri.path)"
        default: return status.reasonPhrase
        }
    }

    /// The methods a known path takes, or nil for paths the app does not have.
    static func allowedMethods(_ path: String) -> [String]? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map(String.init)
        switch parts.count {
        case 1 where ["", "search", "ingest", "sources", "openapi.json"].contains(parts[0]):
            return parts[0] == "ingest" ? ["GET", "POST"] : ["GET"]
        case 2 where parts[0] == "api" && parts[1] == "articles": return ["GET", "POST"]
        case 2 where parts[0] == "api" && ["stories", "search", "sources", "alerts", "trending"].contains(parts[1]):
            return ["GET"]
        case 2 where ["stories", "articles", "people", "static"].contains(parts[0]) && !parts[1].isEmpty: return ["GET"]
        case 3 where parts[0] == "api" && ["stories", "articles", "people"].contains(parts[1]) && !parts[2].isEmpty:
            return ["GET"]
        case 2 where parts[0] == "export" && parts[1] == "search": return ["GET"]
        case 3 where parts[0] == "export" && parts[1] == "stories" && !parts[2].isEmpty: return ["GET"]
        case 3 where parts[0] == "feeds" && ["watchlists", "stories"].contains(parts[1]) && !parts[2].isEmpty:
            return ["GET"]
        default: return nil
        }
    }

    static func isAPI(_ request: Request) -> Bool {
        let p = request.uri.path
        // Feeds are read by programs, so their errors are JSON too.
        return p.hasPrefix("/api/") || p == "/api" || p == "/openapi.json" || p.hasPrefix("/export/")
            || p.hasPrefix("/feeds/")
    }

    static func reply(_ request: Request, status: HTTPResponse.Status, message: String) -> Response {
        if isAPI(request) { return Reply.document(APIDocuments.error(status.code, message), status: status) }
        let body: HTML = """
            <h1>\(status.code) \(status.reasonPhrase)</h1><p class="error" role="alert">\(message)</p>
            <p><a href="/">Back to the stories</a></p>
            """
        return Reply.page(Layout.page(title: status.reasonPhrase, current: "", body: body), status: status)
    }
}

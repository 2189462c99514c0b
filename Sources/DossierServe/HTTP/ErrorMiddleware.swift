import Hummingbird

/// Turns every error into a response a person can act on: JSON under /api (and for the OpenAPI
/// document and exports), a page elsewhere. Unexpected errors are logged and answered 500
/// without internals.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response {
        do {
            return try await next(request, context)
        } catch let e as APIError {
            return Self.reply(request, status: e.status, message: e.message)
        } catch let e as HTTPError {
            return Self.reply(request, status: e.status, message: Self.message(for: e.status, request: request))
        } catch {
            context.logger.error("request failed", metadata: ["path": .string(request.uri.path),
                                                              "error": .string(String(describing: error))])
            return Self.reply(request, status: .internalServerError,
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

    static func isAPI(_ request: Request) -> Bool {
        let p = request.uri.path
        return p.hasPrefix("/api/") || p == "/api" || p == "/openapi.json" || p.hasPrefix("/export/")
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

import Foundation
import Hummingbird

/// Adding reports from the browser: a form posting files or pasted text with the token.
extension DossierApp {
    /// URLs fetched per form post: each is a network round trip made while the browser waits.
    static let maxURLs = 20

    /// The http(s) URLs of a pasted list, one a line.
    static func urls(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            let l = $0.lowercased()
            return l.hasPrefix("http://") || l.hasPrefix("https://")
        }
    }

    func addIngestRoutes(_ router: Router<DossierContext>) {
        router.get("/ingest") { _, _ in
            Reply.page(IngestPage.render(outcomes: [], error: nil))
        }
        router.post("/ingest") { request, context in
            do {
                let body = try await self.body(request)
                let type = request.headers[.contentType] ?? ""
                var files: [(String, [UInt8])] = []
                var urls: [String] = []
                var token: String?
                if let form = MultipartForm(body: body, contentType: type) {
                    for part in form.parts {
                        if part.name == "token" { token = String(decoding: part.body, as: UTF8.self) }
                        if part.name == "text", !part.body.allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) {
                            files.append(("pasted", Array(part.body)))
                        }
                        if part.name == "file", let f = part.filename, !f.isEmpty, !part.body.isEmpty {
                            files.append((f, Array(part.body)))
                        }
                        if part.name == "urls" { urls += Self.urls(String(decoding: part.body, as: UTF8.self)) }
                    }
                } else {
                    let fields = FormFields(String(decoding: body, as: UTF8.self))
                    token = fields["token"]
                    if let text = fields["text"] { files.append(("pasted", Array(text.utf8))) }
                    urls += Self.urls(fields["urls"] ?? "")
                }
                try self.guardian.check(token ?? TokenGuard.presented(request))
                try self.limiter.admit(Self.client(context))
                guard !files.isEmpty || !urls.isEmpty else {
                    throw APIError.badRequest("choose a file, paste a report or give a URL first")
                }
                var outcomes: [IngestPage.Outcome] = []
                for (name, bytes) in files {
                    let o = try await self.ingestor.ingest(name: name, bytes: bytes)
                    outcomes.append(
                        .init(
                            name: o.name, added: o.report.inserted, replaced: o.report.replaced,
                            unchanged: o.report.unchanged, articles: o.articleIDs,
                            problems: o.problems.map(\.description)))
                }
                for u in urls.prefix(Self.maxURLs) {
                    let o = try await self.ingestor.ingest(url: u)
                    outcomes.append(
                        .init(
                            name: u, added: o.report.inserted, replaced: o.report.replaced,
                            unchanged: o.report.unchanged, articles: o.articleIDs,
                            problems: o.problems.map(\.description)))
                }
                self.catalog.invalidate()
                return Reply.page(IngestPage.render(outcomes: outcomes, error: nil))
            } catch let e as APIError {
                return Reply.page(IngestPage.render(outcomes: [], error: e.message), status: e.status)
            }
        }
    }
}

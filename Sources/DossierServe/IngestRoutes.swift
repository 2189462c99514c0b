import Hummingbird

/// Adding reports from the browser: a form posting files or pasted text with the token.
extension DossierApp {
    func addIngestRoutes(_ router: Router<DossierContext>) {
        router.get("/ingest") { _, _ in
            Reply.page(IngestPage.render(outcomes: [], error: nil))
        }
        router.post("/ingest") { request, context in
            do {
                let body = try await self.body(request)
                let type = request.headers[.contentType] ?? ""
                var files: [(String, [UInt8])] = []
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
                    }
                } else {
                    let fields = FormFields(String(decoding: body, as: UTF8.self))
                    token = fields["token"]
                    if let text = fields["text"] { files.append(("pasted", Array(text.utf8))) }
                }
                try self.guardian.check(token ?? TokenGuard.presented(request))
                try self.limiter.admit(Self.client(context))
                guard !files.isEmpty else { throw APIError.badRequest("choose a file or paste a report first") }
                var outcomes: [IngestPage.Outcome] = []
                for (name, bytes) in files {
                    let o = try await self.ingestor.ingest(name: name, bytes: bytes)
                    outcomes.append(.init(name: o.name, added: o.report.inserted, replaced: o.report.replaced,
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

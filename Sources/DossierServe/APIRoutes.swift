import DossierModel
import DossierOutput
import DossierStore
import Foundation
import Hummingbird

/// The JSON API and its OpenAPI description.
extension DossierApp {
    func addAPIRoutes(_ router: Router<DossierContext>) {
        router.get("/openapi.json") { _, _ in
            Reply.bytes(OpenAPIDocument.bytes, contentType: Reply.json)
        }
        router.get("/api/stories") { request, _ in
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let fields = Self.fields(request)
                let filter = try StoryFilter(fields, strict: true)
                let paging = try Paging(fields, configuration: self.configuration)
                let picked = snap.select(filter)
                let page = picked.dropFirst(paging.offset).prefix(paging.limit)
                let next = paging.offset + page.count < picked.count ? paging.offset + page.count : nil
                let items = page.map { APIDocuments.storySummary(snap.stories[$0], snap.stats[$0]) }
                return .document(APIDocuments.list(items, total: picked.count, next: next))
            }
        }
        router.get("/api/stories/:id") { request, context in
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let s = try self.story(Self.parameter(context, "id"), in: snap)
                return .document(APIDocuments.story(s.story, s.stats, brief: snap.brief(s.story)))
            }
        }
        router.get("/api/articles") { request, _ in
            let paging = try Paging(Self.fields(request), configuration: self.configuration)
            let page = try self.store.articles(limit: paging.limit, offset: paging.offset)
            return Reply.document(
                APIDocuments.list(
                    page.items.map(APIDocuments.articleSummary), total: page.total,
                    next: page.nextOffset))
        }
        router.get("/api/articles/:id") { request, context in
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let a = try self.article(Self.parameter(context, "id"))
                return .document(APIDocuments.article(a, storyID: snap.storyOfArticle[a.id]))
            }
        }
        router.get("/api/search") { request, _ in
            // Results are kept per store revision like the pages: a repeated search costs a lookup.
            let snap = try self.catalog.snapshot()
            return try self.cached(request, snap) {
                let fields = Self.fields(request)
                let r = try self.search(fields, paging: Paging(fields, configuration: self.configuration))
                return .document(APIDocuments.search(r.query, text: r.text, page: r.page, days: r.days))
            }
        }
        router.get("/api/people/:name") { request, context in
            let snap = try self.catalog.snapshot()
            let name = try Self.parameter(context, "name")
            let paging = try Paging(Self.fields(request), configuration: self.configuration)
            let (e, quotes) = try self.person(name, paging: paging)
            return Reply.document(APIDocuments.person(e, quotes: quotes, stories: snap.stories(mentioning: e.name)))
        }
        router.post("/api/articles") { request, context in
            try self.guardian.check(TokenGuard.presented(request))
            try self.limiter.admit(Self.client(context))
            let body = try await self.body(request)
            guard !body.isEmpty else {
                throw APIError.badRequest(
                    "the body is empty: send JSON records, JSON Lines, an HTML page, text or a "
                        + "multipart upload")
            }
            let type = request.headers[.contentType] ?? ""
            var outcomes: [ArticleIngestor.Outcome] = []
            if type.lowercased().hasPrefix("multipart/") {
                guard let form = MultipartForm(body: body, contentType: type) else {
                    throw APIError.badRequest(
                        "the multipart body is malformed: send multipart/form-data with a "
                            + "boundary and one part per file")
                }
                guard form.parts.contains(where: { !$0.body.isEmpty }) else {
                    throw APIError.badRequest("the upload holds no file: send each file as a part named file")
                }
                for part in form.parts where !RecordCheck.hasWord(String(decoding: part.body, as: UTF8.self)) {
                    throw APIError.badRequest("\(part.filename ?? part.name) holds no letter or digit")
                }
                for part in form.parts where !part.body.isEmpty {
                    let name = part.filename ?? part.name
                    let bytes = RecordCheck.cleanedText(Array(part.body))
                    outcomes.append(try await self.ingestor.ingest(name: name, bytes: bytes))
                }
            } else {
                let lower = type.lowercased()
                if lower.hasPrefix("application/json"), let why = RecordCheck.problem(body) {
                    throw APIError.badRequest(why)
                }
                if lower.hasPrefix("text/plain"), !RecordCheck.hasWord(String(decoding: body, as: UTF8.self)) {
                    throw APIError.badRequest("the text holds no letter or digit")
                }
                let name = Self.fields(request)["filename"] ?? Self.defaultName(contentType: type)
                let bytes = lower.hasPrefix("text/") ? RecordCheck.cleanedText(body) : body
                outcomes.append(try await self.ingestor.ingest(name: name, bytes: bytes))
            }
            self.catalog.invalidate()
            return Self.ingestReply(outcomes)
        }
    }

    /// The request body, refused with 413 past the configured size.
    func body(_ request: Request) async throws -> [UInt8] {
        let limit = configuration.maxBodyBytes
        if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
            throw APIError(
                .contentTooLarge,
                "the body is \(length) bytes; this server takes at most \(limit) per request")
        }
        do {
            let buffer = try await request.body.collect(upTo: limit)
            return Array(buffer.readableBytesView)
        } catch let e as HTTPError where e.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "the body is over \(limit) bytes; send smaller batches")
        }
    }

    /// A file name whose extension tells the readers the format the content type declares.
    static func defaultName(contentType: String) -> String {
        let t = contentType.lowercased()
        if t.contains("ndjson") || t.contains("jsonl") || t.contains("json-seq") { return "records.jsonl" }
        if t.contains("json") { return "records.json" }
        if t.contains("html") { return "page.html" }
        if t.contains("xml") || t.contains("rss") || t.contains("atom") { return "feed.xml" }
        if t.hasPrefix("text/plain") { return "report.txt" }
        return "upload"
    }

    static func ingestReply(_ outcomes: [ArticleIngestor.Outcome]) -> Response {
        let added = outcomes.map(\.report.inserted).reduce(0, +)
        let replaced = outcomes.map(\.report.replaced).reduce(0, +)
        let unchanged = outcomes.map(\.report.unchanged).reduce(0, +)
        let doc = JSONValue.object([
            ("added", .int(added)), ("replaced", .int(replaced)), ("unchanged", .int(unchanged)),
            (
                "inputs",
                .array(
                    outcomes.map { o in
                        .object([
                            ("name", .string(o.name)), ("added", .int(o.report.inserted)),
                            ("replaced", .int(o.report.replaced)), ("unchanged", .int(o.report.unchanged)),
                            ("articles", .array(o.articleIDs.map { .string($0) })),
                            (
                                "problems",
                                .array(
                                    o.problems.map {
                                        .object([
                                            ("input", .string($0.input)),
                                            ("problem", .string($0.problem)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
        let none = outcomes.allSatisfy { $0.articleIDs.isEmpty }
        if none {
            let why = outcomes.flatMap(\.problems).map(\.description).first ?? "no article could be read"
            return Reply.document(APIDocuments.error(422, "nothing was added: \(why)"), status: .unprocessableContent)
        }
        return Reply.document(doc, status: added + replaced > 0 ? .created : .ok)
    }
}

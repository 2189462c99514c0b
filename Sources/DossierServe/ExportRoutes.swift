import Hummingbird

/// CSV and JSON Lines downloads of searches and stories.
extension DossierApp {
    /// The most rows a search export holds.
    static let maxExportRows = 10_000

    func addExportRoutes(_ router: Router<DossierContext>) {
        router.get("/export/search") { request, _ in
            let fields = Self.fields(request)
            let format = try Self.format(fields)
            let r = try self.search(fields, paging: Paging(offset: 0, limit: Self.maxExportRows))
            return Self.download(Exporter.search(r.page.items, format: format), format: format, name: "search")
        }
        router.get("/export/stories/:id") { request, context in
            let fields = Self.fields(request)
            let format = try Self.format(fields)
            var part = Exporter.StoryPart.articles
            if let w = fields["what"] {
                guard let p = Exporter.StoryPart(rawValue: w) else {
                    throw APIError.badRequest("what must be articles, quotes or figures")
                }
                part = p
            }
            let snap = try self.catalog.snapshot()
            let s = try self.story(Self.parameter(context, "id"), in: snap)
            return Self.download(
                Exporter.story(s.story, part: part, format: format), format: format,
                name: "story-\(part.rawValue)")
        }
    }

    static func format(_ fields: FormFields) throws -> Exporter.Format {
        guard let f = fields["format"] else { return .csv }
        guard let v = Exporter.Format(rawValue: f) else { throw APIError.badRequest("format must be csv or jsonl") }
        return v
    }

    static func download(_ text: String, format: Exporter.Format, name: String) -> Response {
        Reply.download(
            text, contentType: format == .csv ? "text/csv; charset=utf-8" : "application/x-ndjson",
            filename: "\(name).\(format.rawValue)")
    }
}

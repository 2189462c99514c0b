import DossierModel
import DossierOutput
import DossierStore

/// The JSON bodies of the API, in the shapes `OpenAPIDocument` describes.
enum APIDocuments {
    static func list(_ items: [JSONValue], total: Int, next: Int?) -> JSONValue {
        .object([("items", .array(items)), ("total", .int(total)), ("next_cursor", .string(next.map(Paging.encode)))])
    }

    static func storySummary(_ s: Story, _ st: StoryStats) -> JSONValue {
        .object([
            ("id", .string(s.id)), ("title", .string(s.title)),
            ("articles", .int(st.articleCount)), ("independent_articles", .int(st.independentCount)),
            ("outlets", .array(st.outlets.map { .string($0) })),
            ("languages", .array(st.languages.map { .string($0) })),
            ("first_day", .string(st.firstDay)), ("last_day", .string(st.lastDay)),
            ("per_day", .array(st.perDay.map { .int($0) })), ("recent", .int(st.recent)), ("trend", .double(st.trend)),
            ("url", .string("/stories/" + FormFields.encode(s.id))),
        ])
    }

    static func story(_ s: Story, _ st: StoryStats, brief: Brief) -> JSONValue {
        .object([
            ("summary", storySummary(s, st)),
            ("brief", brief.json()),
            ("story", StoriesDocument.story(s)),
        ])
    }

    static func articleSummary(_ a: ArticleSummary) -> JSONValue {
        .object([
            ("id", .string(a.id)), ("title", .string(a.title)), ("outlet", .string(a.outlet)),
            ("published", .string(a.published)), ("language", .string(a.language)), ("url", .string(a.url)),
            ("source", .string(a.source)),
        ])
    }

    static func article(_ a: Article, storyID: String?) -> JSONValue {
        .object([("story_id", .string(storyID)), ("article", AnalyzeRecord.json(a))])
    }

    static func hit(_ h: SearchHit) -> JSONValue {
        .object([
            ("kind", .string(h.kind.rawValue)), ("article_id", .string(h.articleID)),
            ("quote_ordinal", h.ordinal.map { .int($0) } ?? .null), ("title", .string(h.title)),
            ("outlet", .string(h.outlet)), ("published", .string(h.published)), ("speaker", .string(h.speaker)),
            ("snippet", .string(h.plainSnippet)),
            (
                "snippet_html",
                .string(HTML.snippet(h.snippet, start: SearchHit.markStart, end: SearchHit.markEnd).rendered)
            ),
            ("score", .double(h.score)),
        ])
    }

    static func search(
        _ q: SearchQuery, text: String, page: ResultPage<SearchHit>,
        days: [(day: String, count: Int)]
    ) -> JSONValue {
        .object([
            (
                "query",
                .object([
                    ("text", .string(text)), ("match", .string(q.match)), ("person", .string(q.person)),
                    ("outlet", .string(q.outlet)), ("from", .string(q.from)), ("to", .string(q.to)),
                ])
            ),
            ("items", .array(page.items.map(hit))), ("total", .int(page.total)),
            ("next_cursor", .string(page.nextOffset.map(Paging.encode))),
            ("by_day", .array(days.map { .object([("day", .string($0.day)), ("count", .int($0.count))]) })),
        ])
    }

    static func quote(_ q: StoredQuote) -> JSONValue {
        .object([
            ("text", .string(q.text)), ("kind", .string(q.kind)), ("speaker", .string(q.speaker)),
            ("speaker_description", .string(q.speakerDescription)), ("article", articleSummary(q.article)),
            ("span", .array([.int(q.start), .int(q.end)])),
        ])
    }

    static func person(_ e: NamedEntityRecord, quotes: ResultPage<StoredQuote>, stories: [Story]) -> JSONValue {
        .object([
            ("name", .string(e.name)), ("types", .array(e.types.map { .string($0) })),
            ("roles", .array(e.descriptions.map { .string($0) })), ("aliases", .array(e.aliases.map { .string($0) })),
            ("articles", .array(e.articles.map(articleSummary))),
            ("stories", .array(stories.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })),
            ("quotes", list(quotes.items.map(quote), total: quotes.total, next: quotes.nextOffset)),
        ])
    }

    static func error(_ status: Int, _ message: String) -> JSONValue {
        .object([("error", .object([("status", .int(status)), ("message", .string(message))]))])
    }
}

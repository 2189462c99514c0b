import DossierModel

/// The `stories` output: `{"stories": [...]}`, every line citing the articles and spans behind it.
public enum StoriesDocument {
    public static func json(_ stories: [Story]) -> JSONValue {
        .object([("stories", .array(stories.map(story)))])
    }

    public static func story(_ s: Story) -> JSONValue {
        .object([
            ("id", .string(s.id)),
            ("title", .string(s.title)),
            ("articles", .array(s.articles.map(article))),
            ("entities", .array(s.entities.map(entity))),
            ("events", .array(s.events.map(event))),
            ("quotes", .array(s.quotes.map(quote))),
            ("claims", .array(s.claims.map(claim))),
            ("syndication", .array(s.syndication.map { g in
                .object([("original", .string(g.original)), ("copies", .array(g.copies.map { .string($0) }))])
            })),
            ("assessments", .array(s.assessments.map(assessment))),
        ])
    }

    static func assessment(_ a: StoryAssessment) -> JSONValue {
        .object([
            ("text", .string(a.text)), ("speaker", .string(a.speaker)), ("lean", .string(a.lean.rawValue)),
            ("cues", .array(a.cues.map { .string($0) })), ("source", citation(a.source)),
        ])
    }

    static func article(_ a: ArticleRef) -> JSONValue {
        .object([
            ("id", .string(a.id)), ("source", .string(a.source)), ("outlet", .string(a.outlet)),
            ("published", .string(a.published)), ("title", .string(a.title)), ("url", .string(a.url)),
        ])
    }

    static func entity(_ e: StoryEntity) -> JSONValue {
        .object([
            ("name", .string(e.name)), ("type", .string(e.type.rawValue)),
            ("aliases", .array(e.aliases.map { .string($0) })), ("description", .string(e.description)),
            ("articles", .array(e.articles.map { .string($0) })),
        ])
    }

    static func citation(_ c: Citation) -> JSONValue {
        .object([("article", .string(c.article)), ("span", .span(c.span))])
    }

    static func event(_ e: StoryEvent) -> JSONValue {
        .object([
            ("date", .string(e.date)), ("text", .string(e.text)), ("sources", .array(e.sources.map(citation))),
            ("reprints", .array(e.reprints.map(citation))),
        ])
    }

    static func quote(_ q: StoryQuote) -> JSONValue {
        .object([
            ("text", .string(q.text)), ("kind", .string(q.kind.rawValue)), ("speaker", .string(q.speaker)),
            ("speaker_description", .string(q.speakerDescription)), ("sources", .array(q.sources.map(citation))),
            ("reprints", .array(q.reprints.map(citation))),
        ])
    }

    static func claim(_ c: ClaimGroup) -> JSONValue {
        .object([
            ("unit", .string(c.unit)), ("verdict", .string(c.verdict.rawValue)),
            ("figures", .array(c.figures.map { f in
                .object([
                    ("article", .string(f.article)), ("outlet", .string(f.outlet)),
                    ("amount", AnalyzeRecord.amount(f.amount)), ("sentence", .string(f.sentence)),
                ])
            })),
        ])
    }
}

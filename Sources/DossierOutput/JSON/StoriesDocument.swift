import DossierModel

/// The `stories` output: `{"stories": [...]}`, every line citing the articles and spans behind it.
public enum StoriesDocument {
    /// The `dossier stories` document, `{"stories": [...]}`, with the stories in the order given (the linker's:
    /// largest first).
    public static func json(_ stories: [Story]) -> JSONValue {
        .object([("stories", .array(stories.map(story)))])
    }

    /// The events of every story, each as an entry of its own naming its story: the event level
    /// in the shape cluster scorers read.
    public static func eventsJSON(_ stories: [Story]) -> JSONValue {
        let events = stories.flatMap { s in s.events.map { (s.id, $0) } }
            .sorted { $0.1.articles.count > $1.1.articles.count }
        return .object([
            (
                "stories",
                .array(
                    events.map { story, e in
                        guard case .object(var fields) = event(e) else { return event(e) }
                        fields.append(("story", .string(story)))
                        return .object(fields)
                    })
            )
        ])
    }

    /// One story's object: `id`, `title`, `articles`, `entities`, `events`, `quotes`, `claims`, `syndication`,
    /// `question`, `assessments`, in that order. Also the `story` of a brief's JSON.
    public static func story(_ s: Story) -> JSONValue {
        .object([
            ("id", .string(s.id)),
            ("title", .string(s.title)),
            ("articles", .array(s.articles.map(article))),
            ("entities", .array(s.entities.map(entity))),
            ("events", .array(s.events.map(event))),
            ("quotes", .array(s.quotes.map(quote))),
            ("claims", .array(s.claims.map(claim))),
            (
                "syndication",
                .array(
                    s.syndication.map { g in
                        .object([("original", .string(g.original)), ("copies", .array(g.copies.map { .string($0) }))])
                    })
            ),
            ("question", .string(s.question)),
            ("assessments", .array(s.assessments.map(assessment))),
        ])
    }

    static func assessment(_ a: StoryAssessment) -> JSONValue {
        .object([
            ("person", .string(a.person)), ("role", .string(a.role)), ("lean", .string(a.lean.rawValue)),
            (
                "evidence",
                .array(
                    a.evidence.map { e in
                        .object([
                            ("text", .string(e.text)), ("article", .string(e.article)), ("span", .span(e.span)),
                            ("lean", .string(e.lean.rawValue)), ("cues", .array(e.cues.map { .string($0) })),
                        ])
                    })
            ),
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
            ("id", .string(e.id)), ("date", .string(e.date)), ("title", .string(e.title)),
            ("articles", .array(e.articles.map { .string($0) })), ("sources", .array(e.sources.map(citation))),
            ("reprints", .array(e.reprints.map(citation))),
        ])
    }

    static func quote(_ q: StoryQuote) -> JSONValue {
        .object([
            ("text", .string(q.text)), ("kind", .string(q.kind.rawValue)), ("speaker", .string(q.speaker)),
            ("speaker_named", .bool(q.speakerNamed)), ("speaker_description", .string(q.speakerDescription)),
            ("sources", .array(q.sources.map(citation))),
            ("reprints", .array(q.reprints.map(citation))),
        ])
    }

    static func claim(_ c: ClaimGroup) -> JSONValue {
        .object([
            ("unit", .string(c.unit)), ("verdict", .string(c.verdict.rawValue)),
            (
                "figures",
                .array(
                    c.figures.map { f in
                        .object([
                            ("article", .string(f.article)), ("outlet", .string(f.outlet)),
                            ("amount", AnalyzeRecord.amount(f.amount)), ("sentence", .string(f.sentence)),
                            ("modifier", .string(f.modifier)), ("claimant", .string(f.claimant)),
                            ("date", .string(f.date)),
                            ("sources", .array(f.sources.map(citation))),
                        ])
                    })
            ),
        ])
    }
}

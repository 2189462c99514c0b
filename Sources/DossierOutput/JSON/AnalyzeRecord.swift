import DossierModel

/// The `analyze` output contract: one record per article (docs/analyze-record.schema.json).
public enum AnalyzeRecord {
    public static func json(_ a: Article) -> JSONValue {
        .object([
            ("id", .string(a.id)),
            ("source", .string(a.source)),
            ("url", .string(a.url)),
            ("outlet", .string(a.outlet)),
            ("title", .string(a.title)),
            ("byline", .string(a.byline)),
            ("published", .string(a.published?.iso8601)),
            ("language", .string(a.language)),
            ("text", .string(a.text)),
            ("removed", .array(a.removed.map { .string($0) })),
            ("paragraphs", .array(a.paragraphs.map(JSONValue.span))),
            ("sentences", .array(a.annotations.sentences.map(JSONValue.span))),
            ("entities", .array(a.annotations.entities.map(entity))),
            ("quotes", .array(a.annotations.quotes.map(quote))),
            ("amounts", .array(a.annotations.amounts.map(amount))),
            ("dates", .array(a.annotations.dates.map(date))),
        ])
    }

    public static func entity(_ e: Entity) -> JSONValue {
        .object([
            ("name", .string(e.name)),
            ("type", .string(e.type.rawValue)),
            ("aliases", .array(e.aliases.map { .string($0) })),
            ("description", .string(e.description)),
            ("mentions", .array(e.mentions.map(JSONValue.span))),
        ])
    }

    public static func quote(_ q: Quote) -> JSONValue {
        .object([
            ("text", .string(q.text)),
            ("kind", .string(q.kind.rawValue)),
            ("speaker", .string(q.speaker)),
            ("speaker_description", .string(q.speakerDescription)),
            ("cue", .string(q.cue)),
            ("span", .span(q.span)),
        ])
    }

    public static func amount(_ m: Amount) -> JSONValue {
        .object([
            ("value", .number(m.value)),
            ("high", .number(m.high)),
            ("unit", .string(m.unit)),
            ("modifier", .string(m.modifier)),
            ("text", .string(m.text)),
            ("span", .span(m.span)),
            ("claimant", .string(m.claimant)),
        ])
    }

    public static func date(_ t: TimeExpression) -> JSONValue {
        .object([
            ("text", .string(t.text)),
            ("type", .string(t.type.rawValue)),
            ("value", .string(t.value)),
            ("span", .span(t.span)),
        ])
    }
}

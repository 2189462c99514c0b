import DossierModel

/// The `analyze` output contract: one record per article (docs/analyze-record.schema.json).
public enum AnalyzeRecord {
    /// The record of one article, fields in the contract's order (README "Output contract"): a nil field is
    /// written `null`, never left out; `tokens` are not written.
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

    /// One entry of `entities`: `name`, `type`, `aliases`, `description`, `mentions` (spans).
    public static func entity(_ e: Entity) -> JSONValue {
        .object([
            ("name", .string(e.name)),
            ("type", .string(e.type.rawValue)),
            ("aliases", .array(e.aliases.map { .string($0) })),
            ("description", .string(e.description)),
            ("mentions", .array(e.mentions.map(JSONValue.span))),
        ])
    }

    /// One entry of `quotes`: `text`, `kind`, `speaker`, `speaker_named`, `speaker_description`, `cue`, `span`.
    public static func quote(_ q: Quote) -> JSONValue {
        .object([
            ("text", .string(q.text)),
            ("kind", .string(q.kind.rawValue)),
            ("speaker", .string(q.speaker)),
            ("speaker_named", .bool(q.speakerNamed)),
            ("speaker_description", .string(q.speakerDescription)),
            ("cue", .string(q.cue)),
            ("span", .span(q.span)),
        ])
    }

    /// One entry of `amounts`, also a claim figure's `amount` in the stories output: `value` and `high` (whole
    /// numbers written as integers), `unit`, `modifier`, `text`, `span`, `claimant`.
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

    /// One entry of `dates`: `text`, `type` ("DATE", "TIME", "DURATION", "SET"), `value` (TimeML), `span`.
    public static func date(_ t: TimeExpression) -> JSONValue {
        .object([
            ("text", .string(t.text)),
            ("type", .string(t.type.rawValue)),
            ("value", .string(t.value)),
            ("span", .span(t.span)),
        ])
    }
}

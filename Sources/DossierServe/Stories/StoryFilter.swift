import DossierOutput
/// The story list's filters and order, read from a query string.
public struct StoryFilter: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable { case size, recent, trend }

    public var text: String?
    public var outlet: String?
    public var person: String?
    public var language: String?
    /// Inclusive YYYY-MM-DD bounds: a story is kept when its coverage overlaps them.
    public var from: String?
    public var to: String?
    public var sort: Sort = .size

    public init() {}

    /// `strict` (the API) refuses empty values of dated and enumerated fields; HTML forms send
    /// every field, empty ones included, so pages read empty as absent.
    public init(_ fields: FormFields, strict: Bool) throws {
        func value(_ key: String) -> String? { strict ? fields.raw(key) : fields[key] }
        text = fields["q"]
        outlet = fields["outlet"]
        person = fields["person"]
        language = fields["lang"]
        for (key, value) in [("from", value("from")), ("to", value("to"))] {
            guard let value else { continue }
            guard let day = Self.day(value) else {
                throw APIError.badRequest("\(key) must be a day written YYYY-MM-DD, such as 2024-03-05")
            }
            if key == "from" { from = day } else { to = day }
        }
        if let s = value("sort") {
            guard let sort = Sort(rawValue: s) else {
                throw APIError.badRequest("sort must be one of size, recent or trend")
            }
            self.sort = sort
        }
    }

    /// A real calendar day written YYYY-MM-DD (2024-02-30 is refused).
    static func day(_ s: String) -> String? { Days.number(s).map(Days.string) == s ? s : nil }

    /// The query string that reproduces this filter (a permalink), without paging.
    public var query: [(String, String?)] {
        [
            ("q", text), ("outlet", outlet), ("person", person), ("lang", language), ("from", from), ("to", to),
            ("sort", sort == .size ? nil : sort.rawValue),
        ]
    }
}

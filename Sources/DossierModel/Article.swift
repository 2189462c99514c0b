/// The one record that flows through every stage: ingest fills the metadata and raw body,
/// clean settles `text`, `paragraphs` and `removed`, language analysis fills `annotations`.
public struct Article: Sendable, Identifiable {
    /// The input record's own id, or a content-addressed one (see `ContentID`).
    public var id: String
    /// Where it came from: a file path, `path:line` for JSONL, or `-:line` for stdin.
    public var source: String
    public var url: String?
    public var outlet: String?
    public var title: String?
    public var byline: String?
    public var published: Timestamp?
    /// BCP 47 primary language subtag ("en"), when known.
    public var language: String?
    public var text: String
    /// Paragraph spans into `text`.
    public var paragraphs: [Span]
    /// Boilerplate blocks taken out of the body, verbatim.
    public var removed: [String]
    public var annotations: Annotations

    public init(
        id: String, source: String, url: String? = nil, outlet: String? = nil, title: String? = nil,
        byline: String? = nil, published: Timestamp? = nil, language: String? = nil, text: String,
        paragraphs: [Span] = [], removed: [String] = [], annotations: Annotations = Annotations()
    ) {
        self.id = id
        self.source = source
        self.url = url
        self.outlet = outlet
        self.title = title
        self.byline = byline
        self.published = published
        self.language = language
        self.text = text
        self.paragraphs = paragraphs
        self.removed = removed
        self.annotations = annotations
    }
}

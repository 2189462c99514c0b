/// The one record that flows through every stage: ingest fills the metadata and raw body,
/// clean settles `text`, `paragraphs` and `removed`, language analysis fills `annotations`.
public struct Article: Sendable, Identifiable {
    /// The input record's own id, or a content-addressed one (see `ContentID`).
    public var id: String
    /// Where it came from: a file path, `path:line` for JSONL, `-:line` for stdin, `path#n` for the n-th item
    /// of a JSON array, feed or WARC file, or the URL fetched.
    public var source: String
    /// The article's address as the input gives it (a record's `url`, a feed item's link, a WARC target, a
    /// fetch's final URL), else a page's declared canonical URL; nil when nothing names one.
    public var url: String?
    /// The publication's name as the input gives it (a record's `outlet`, a text header, a feed title, a page's
    /// site name), else the URL's host without "www." ("nordic-wire.com"); nil when neither is known.
    public var outlet: String?
    /// The headline, from the record, header or page metadata; nil when none is given.
    public var title: String?
    /// The author line as given ("Anika Roos"; a record's list of authors joined with ", "); nil when none is.
    public var byline: String?
    /// When it was published, as precisely as the input says; nil when it says nothing (a date is never guessed).
    /// Written to JSON `published` as ISO 8601 (`Timestamp.iso8601`).
    public var published: Timestamp?
    /// BCP 47 primary language subtag ("en"): the input's, else guessed from the cleaned text; nil when unsure.
    public var language: String?
    /// The story text every span indexes: empty in a raw document, set by the clean stage (boilerplate removed).
    public var text: String
    /// Paragraph spans into `text`, in order and not overlapping; sentences never cross them.
    public var paragraphs: [Span]
    /// Boilerplate blocks taken out of the body, verbatim.
    public var removed: [String]
    /// What the language stage found; empty until it runs, and after the clean stage alone (`dossier extract`).
    public var annotations: Annotations

    /// Memberwise: ingest passes the metadata and an empty `text`; the later stages fill in the rest.
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

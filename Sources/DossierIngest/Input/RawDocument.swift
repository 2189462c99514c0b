import DossierModel

/// What ingest hands to the clean stage: the metadata it could read, and the body still raw.
public struct RawDocument: Sendable {
    /// Metadata filled (id, source, url, outlet, title, byline, published); `text` empty until cleaned.
    public var article: Article
    public var body: RawBody
    /// Problems met while reading that did not stop it (bytes replaced, for one), one line each.
    public var warnings: [InputError] = []
    /// Whether a plain-text body is a whole scraped page (`PageShape.isWholePage`), when the reader
    /// has decided it; the clean stage decides when this is nil rather than testing the text again.
    public var wholePage: Bool?

    public init(article: Article, body: RawBody) {
        self.article = article
        self.body = body
    }
}

public enum RawBody: Sendable {
    /// Plain text as scraped or as a record's `text` field: paragraphs, possibly with site chrome.
    case plainText(String)
    /// An HTML page's bytes, with the charset its transport declared, if any.
    case html([UInt8], charset: String?)
}

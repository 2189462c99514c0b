import DossierModel
import DossierText

/// HTML pages as raw documents: the page is parsed and extracted by the clean stage.
public enum HTMLDocument {
    /// Content-addressed from the page bytes (and URL when known), so re-ingesting a page adds nothing.
    /// - Parameter id: make the id now; without it the id is left empty for the caller to make
    ///   (`ContentID.make(pages:)` hashes several pages at once).
    public static func make(
        bytes: [UInt8], source: String, url: String?, charset: String?, id: Bool = true
    )
        -> RawDocument
    {
        let article = Article(
            id: id ? ContentID.make(bytes: bytes, url: url) : "", source: source, url: url,
            outlet: url.flatMap(Outlet.fromURL), text: "")
        return RawDocument(article: article, body: .html(bytes, charset: charset))
    }
}

import DossierModel
import DossierText

/// HTML pages as raw documents: the page is parsed and extracted by the clean stage.
public enum HTMLDocument {
    /// Content-addressed from the page bytes (and URL when known), so re-ingesting a page adds nothing.
    public static func make(bytes: [UInt8], source: String, url: String?, charset: String?) -> RawDocument {
        let article = Article(
            id: ContentID.make(bytes: bytes, url: url), source: source, url: url,
            outlet: url.flatMap(Outlet.fromURL), text: "")
        return RawDocument(article: article, body: .html(bytes, charset: charset))
    }
}

import DossierModel
import DossierText

/// Reads a `.txt` report: header lines into fields, the rest as the raw body.
public enum PlainTextReader {
    public static func document(text: String, source: String) -> Result<RawDocument, InputError> {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A whole page dumped to text has no header lines of its own: the cleaner reads its header zone.
        let wholePage = PageShape.isWholePage(TextUnits.split(lines))
        let header = wholePage ? TextHeader() : TextHeader.parse(lines: lines)
        var body = lines[min(header.bodyStartLine, lines.count)...].joined(separator: "\n")
        while let last = body.unicodeScalars.last, last == "\n" || last == "\r" || last == " " || last == "\t" {
            body.unicodeScalars.removeLast()
        }
        guard body.contains(where: { !$0.isWhitespace }) else {
            return .failure(InputError(input: source, problem: "no article text after the header lines"))
        }
        let outlet = header.outlet ?? header.url.flatMap(Outlet.fromURL)
        let article = Article(
            id: ContentID.make(text), source: source, url: header.url, outlet: outlet, title: header.title,
            byline: header.byline, published: header.published, text: "")
        var doc = RawDocument(article: article, body: .plainText(body))
        doc.wholePage = wholePage
        return .success(doc)
    }
}

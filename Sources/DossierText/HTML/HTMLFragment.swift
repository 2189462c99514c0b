import DossierModel

/// The text of an HTML fragment (a feed item's content, summary or title): every block the page
/// walker reads, as paragraphs. Here, below ingest and clean, so that a feed's markup is read as
/// a page's is without the ingest stage needing the clean stage.
public enum HTMLFragment {
    /// The fragment's blocks, minus furniture and code, as text with paragraph spans.
    public static func text(_ html: String) -> (text: String, paragraphs: [Span]) {
        var page = "<html><body>" + html + "</body></html>"
        let walked = page.withUTF8 { PageWalker.walk(utf8: $0, keepLabels: false) }
        // The fragment is the content already: no container to find, only furniture to skip.
        return joined(walked.blocks.filter { !$0.boiler && !$0.codeLike })
    }

    /// The blocks' text separated by blank lines, and each block's span (a block's `chars` is its
    /// length in scalars): the article text of a page as of a fragment.
    package static func joined(_ blocks: [TextBlock]) -> (text: String, paragraphs: [Span]) {
        var text = ""
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        var spans: [Span] = []
        var pos = 0
        for b in blocks where !b.text.isEmpty {
            let t = b.text
            if !text.isEmpty { text += "\n\n"; pos += 2 }
            let n = b.chars
            text += t
            spans.append(Span(pos, pos + n))
            pos += n
        }
        return (text, spans)
    }
}

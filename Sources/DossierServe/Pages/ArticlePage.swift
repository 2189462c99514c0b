import DossierModel
import DossierOutput

/// One article: clean text with its annotations marked, what cleaning removed (folded), its
/// people, quotes and figures, and links to its story and original page.
enum ArticlePage {
    static func render(_ a: Article, storyID: String?, storyTitle: String?, cited: Span?) -> HTML {
        let original: HTML =
            a.url.flatMap { HTMLText.safeHref($0) }.map {
                "<a href=\"\($0)\" rel=\"nofollow noopener\">Original page</a>"
            } ?? "<span class=\"muted\">No original URL recorded</span>"
        let story: HTML =
            storyID.map { id in
                "<p>Part of the story <a href=\"/stories/\(FormFields.encode(id))\">\(storyTitle ?? id)</a>.</p>"
            } ?? ""
        let removed: HTML =
            a.removed.isEmpty
            ? "<p class=\"muted\">Nothing was removed while cleaning.</p>"
            : """
            <details><summary>Removed while cleaning: \(a.removed.count) \
            line\(a.removed.count == 1 ? "" : "s") of page furniture</summary>
            <ul>\(a.removed.prefix(500).map { "<li>\($0)</li>" as HTML })</ul></details>
            """
        let people = a.annotations.entities.filter { $0.type == .person || $0.type == .organization }
        let peopleList: [HTML] = people.map { e in
            let role = e.description.map { ", " + $0 } ?? ""
            return "<li>\(Layout.personLink(e.name)) <span class=\"muted\">\(e.type.rawValue)\(role)</span></li>"
        }
        let quotes: [HTML] = a.annotations.quotes.enumerated().map { k, q in
            let body = q.kind == .indirect ? q.text : "\u{201C}\(q.text)\u{201D}"
            // Only a name links to a person's page; a description ("a senior official") is plain text.
            let who: HTML =
                q.namedSpeaker.map { Layout.personLink($0) }
                ?? HTML("\(q.speaker ?? q.speakerDescription ?? "unattributed")")
            return "<li>\(who): <a href=\"#q\(k)\">\(body)</a></li>"
        }
        let figures: [HTML] = a.annotations.amounts.map { m in
            "<li>\(m.text)\(m.claimant.map { " (according to " + $0 + ")" })</li>"
        }
        let body: HTML = """
            <article>
            <h1>\(a.title ?? "Untitled report")</h1>
            <p class="meta">\(a.outlet ?? "unknown outlet") · \(a.published?.iso8601 ?? "undated")\
            \(a.byline.map { " · " + $0 }) · \(a.language ?? "language unknown") · \(original) · \
            <a href="/api/articles/\(FormFields.encode(a.id))">JSON</a></p>
            \(story)
            <p class="legend" aria-hidden="true"><span class="ent-person">person</span>\
            <span class="ent-organization">organisation</span><span class="ent-location">place</span>\
            <span class="quote">quote</span><span class="amount">figure</span><span class="date">date</span></p>
            <div class="article-text">\(ArticleHighlighter.render(a, cited: cited))</div>
            \(removed)
            \(peopleList.isEmpty ? "" : "<h2>People and organisations</h2><ul>\(peopleList)</ul>" as HTML)
            \(quotes.isEmpty ? "" : "<h2>Quotes</h2><ul>\(quotes)</ul>" as HTML)
            \(figures.isEmpty ? "" : "<h2>Figures</h2><ul>\(figures)</ul>" as HTML)
            <p class="muted">Source file: \(a.source) · id \(a.id)</p>
            </article>
            """
        return Layout.page(title: a.title ?? "Report", current: "", body: body)
    }
}

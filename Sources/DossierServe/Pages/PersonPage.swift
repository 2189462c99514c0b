import DossierModel
import DossierStore

/// A person or organisation across the store: roles, quotes (paged) and stories.
enum PersonPage {
    static func render(
        _ e: NamedEntityRecord, quotes: ResultPage<StoredQuote>, stories: [Story],
        paging: Paging
    ) -> HTML {
        let roles: [HTML] = e.descriptions.prefix(20).map { "<li>\($0)</li>" }
        let quoteItems: [HTML] = quotes.items.map { q in
            let body = q.kind == "indirect" ? q.text : "\u{201C}\(q.text)\u{201D}"
            return """
                <li><blockquote>\(body)</blockquote><p class="meta">\(q.article.outlet ?? "unknown outlet"), \
                \(Layout.day(q.article.published)) · <a href="/articles/\(FormFields.encode(q.article.id))\
                ?hl=\(q.start)-\(q.end)#hl">in context</a></p></li>
                """
        }
        let storyItems: [HTML] = stories.prefix(50).map { s in
            """
            <li><a href="/stories/\(FormFields.encode(s.id))">\(s.title)</a> \
            <span class="count">\(s.articles.count) articles</span></li>
            """
        }
        let articleItems: [HTML] = e.articles.prefix(100).map { a in
            """
            <li>\(Layout.articleLink(a.id, title: a.title)) \
            <span class="muted">\(a.outlet ?? ""), \(Layout.day(a.published))</span></li>
            """
        }
        let path = "/people/" + FormFields.encode(e.name)
        let others = e.aliases.filter { $0 != e.name }
        let body: HTML = """
            <h1>\(e.name)</h1>
            <p class="meta">\(e.types.joined(separator: ", ")) · named in \(e.articles.count) \
            article\(e.articles.count == 1 ? "" : "s") · \(quotes.total) quote\(quotes.total == 1 ? "" : "s") · \
            <a href="/api/people/\(FormFields.encode(e.name))">JSON</a></p>
            \(others.isEmpty ? "" : "<p>Also written: \(others.joined(separator: ", "))</p>" as HTML)
            \(roles.isEmpty ? "" : "<h2>Roles</h2><ul>\(roles)</ul>" as HTML)
            <h2>Quotes</h2>\(quoteItems.isEmpty ? "<p class=\"muted\">No quotes attributed.</p>" as HTML
                : "<ol class=\"hits\">\(quoteItems)</ol>" as HTML)
            \(Layout.pager(path: path, query: [], offset: paging.offset, limit: paging.limit, next: quotes.nextOffset))
            <h2>Stories</h2>\(storyItems.isEmpty ? "<p class=\"muted\">In no story.</p>" as HTML
                : "<ul>\(storyItems)</ul>" as HTML)
            <h2>Articles</h2><ul>\(articleItems)</ul>
            """
        return Layout.page(title: e.name, current: "", body: body)
    }
}

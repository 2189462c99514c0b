import DossierStore

/// Full-text search over articles and quotes: form, help, attention chart, ranked snippets.
enum SearchPage {
    static func render(
        text: String?, scope: ArticleStore.SearchScope, result: ResultPage<SearchHit>?,
        days: [(day: String, count: Int)], paging: Paging, error: String?
    ) -> HTML {
        func option(_ s: ArticleStore.SearchScope, _ label: String) -> HTML {
            "<option value=\"\(s.rawValue)\"\(scope == s ? HTML(" selected") : "")>\(label)</option>"
        }
        let query: [(String, String?)] = [("q", text), ("scope", scope == .all ? nil : scope.rawValue)]
        var results: HTML = ""
        if let error {
            results = "<p class=\"error\" role=\"alert\">\(error)</p>"
        } else if let result {
            let hits: [HTML] = result.items.map { h in
                let snippet = HTML.snippet(h.snippet, start: SearchHit.markStart, end: SearchHit.markEnd)
                let link = "/articles/\(FormFields.encode(h.articleID))" + (h.ordinal.map { "#q\($0)" } ?? "")
                let kind: HTML =
                    h.kind == .quote
                    ? "Quote\(h.speaker.map { " by " + $0 })" as HTML : "Article"
                return """
                    <li><p class="meta">\(kind) · \(h.outlet ?? "unknown outlet") · \(Layout.day(h.published))</p>
                    <a href="\(link)">\(h.title ?? h.articleID)</a><p>\(snippet)</p></li>
                    """
            }
            let q = FormFields.query(query)
            results = """
                <p class="muted" aria-live="polite">\(result.total) match\(result.total == 1 ? "" : "es")\
                \(result.items.isEmpty ? "" : ", \(result.offset + 1)–\(result.offset + result.items.count) shown"). \
                Export: <a href="/export/search\(q.isEmpty ? "?" : q + "&")format=csv">CSV</a> · \
                <a href="/export/search\(q.isEmpty ? "?" : q + "&")format=jsonl">JSONL</a> · \
                <a href="/api/search\(q)">JSON</a> · <a href="/search\(q)">Permalink</a></p>
                \(Charts.byDay(days, title: "Matches by day"))
                <ol class="hits">\(hits)</ol>
                \(Layout.pager(path: "/search", query: query, offset: paging.offset, limit: paging.limit,
                               next: result.nextOffset))
                """
        }
        let body: HTML = """
            <h1>Search</h1>
            <form class="filters" role="search" method="get" action="/search">
            <label>Query <input name="q" type="search" size="50" value="\(text)" \
            aria-describedby="search-help"></label>
            <label>In <select name="scope">\(option(.all, "Articles and quotes"))\(option(.articles, "Articles"))\
            \(option(.quotes, "Quotes"))</select></label>
            <button type="submit">Search</button></form>
            <p id="search-help" class="muted">Words, "exact phrases", AND, OR, NOT and (brackets); \
            word* for a prefix; filters person:"Name", outlet:Name, from:2024-03-01, to:2024-03-31.</p>
            \(results)
            """
        return Layout.page(title: text.map { "Search: " + $0 } ?? "Search", current: "Search", body: body)
    }
}

import DossierOutput
/// The frame of every page: skip link, site navigation, main landmark, footer with the API links.
enum Layout {
    static func page(title: String, current: String, body: HTML) -> HTML {
        func nav(_ href: String, _ label: String) -> HTML {
            current == label
                ? "<a href=\"\(href)\" aria-current=\"page\">\(label)</a>"
                : "<a href=\"\(href)\">\(label)</a>"
        }
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · Dossier</title>
            <link rel="stylesheet" href="/static/dossier.css">
            </head><body>
            <a class="skip" href="#main">Skip to content</a>
            <header class="site"><a class="brand" href="/">Dossier</a>
            <nav aria-label="Site">\(nav("/", "Stories")) \(nav("/search", "Search")) \
            \(nav("/ingest", "Add reports"))</nav>
            <form class="quick" role="search" action="/search" method="get">
            <label for="site-q" class="vh">Search reports and quotes</label>
            <input id="site-q" name="q" type="search" placeholder="Search reports and quotes">
            <button type="submit">Search</button></form>
            </header>
            <main id="main">
            \(body)
            </main>
            <footer class="site"><p>Every line cites the reports it came from. Data as JSON:
            <a href="/api/stories">/api/stories</a> · API description: <a href="/openapi.json">/openapi.json</a></p>
            </footer></body></html>
            """
    }

    /// "Previous / next" links for a cursor-paged list, keeping the other query fields.
    static func pager(path: String, query: [(String, String?)], offset: Int, limit: Int, next: Int?) -> HTML {
        var links: [HTML] = []
        if offset > 0 {
            let prev = max(0, offset - limit)
            let q = FormFields.query(query + [("cursor", prev == 0 ? nil : Paging.encode(prev))])
            links.append("<a rel=\"prev\" href=\"\(path + q)\">← Previous</a>")
        }
        if let next {
            let q = FormFields.query(query + [("cursor", Paging.encode(next))])
            links.append("<a rel=\"next\" href=\"\(path + q)\">Next →</a>")
        }
        guard !links.isEmpty else { return "" }
        return "<nav class=\"pager\" aria-label=\"Pages\">\(HTML.joined(links, separator: " "))</nav>"
    }

    static func articleLink(_ id: String, title: String?) -> HTML {
        "<a href=\"/articles/\(FormFields.encode(id))\">\(title.flatMap { $0.isEmpty ? nil : $0 } ?? id)</a>"
    }

    static func personLink(_ name: String) -> HTML {
        "<a href=\"/people/\(FormFields.encode(name))\">\(name)</a>"
    }

    static func day(_ published: String?) -> String { Days.day(published) ?? "undated" }
}

/// Adding reports from the browser: upload files or paste text/records, with the token.
enum IngestPage {
    struct Outcome {
        var name: String
        var added: Int
        var replaced: Int
        var unchanged: Int
        var articles: [String]
        var problems: [String]
    }

    static func render(outcomes: [Outcome], error: String?) -> HTML {
        var report: HTML = ""
        if let error { report = "<p class=\"error\" role=\"alert\">\(error)</p>" }
        if !outcomes.isEmpty {
            let rows: [HTML] = outcomes.map { o in
                let links: [HTML] = o.articles.prefix(20).map { Layout.articleLink($0, title: $0) + " " }
                let problems: [HTML] = o.problems.map { "<li>\($0)</li>" }
                return """
                    <tr><td>\(o.name)</td><td>\(o.added)</td><td>\(o.replaced)</td><td>\(o.unchanged)</td>\
                    <td>\(links)\(problems.isEmpty ? "" : "<ul>\(problems)</ul>" as HTML)</td></tr>
                    """
            }
            report += """
                <h2 id="result">Result</h2><table><caption class="vh">What each input added</caption>
                <thead><tr><th scope="col">Input</th><th scope="col">Added</th><th scope="col">Replaced</th>\
                <th scope="col">Unchanged</th><th scope="col">Articles and problems</th></tr></thead>
                <tbody>\(rows)</tbody></table><p><a href="/">See the stories</a></p>
                """
        }
        let body: HTML = """
            <h1>Add reports</h1>
            \(report)
            <form method="post" action="/ingest" enctype="multipart/form-data">
            <p><label>Files (HTML, text, JSON/JSONL records, feeds, WARC, gzipped or not)<br>
            <input type="file" name="file" multiple></label></p>
            <p><label>Or paste a report or JSON records<br>
            <textarea name="text" rows="8" cols="80"></textarea></label></p>
            <p><label>Or page and feed URLs, one a line (at most 20)<br>
            <textarea name="urls" rows="3" cols="80"></textarea></label></p>
            <p><label>Access token
            <input type="password" name="token" autocomplete="current-password" required></label></p>
            <p><button type="submit">Add</button> <span class="muted">The page reloads with what was added; \
            large files take a few seconds.</span></p>
            </form>
            """
        return Layout.page(title: "Add reports", current: "Add reports", body: body)
    }
}

import DossierStore
import DossierWatch

/// The health of the sources `dossier watch` polls: what `dossier sources list` and
/// `/api/sources` show, as a table, failing sources first.
enum SourcesPage {
    static func render(_ health: [SourceHealth]) -> HTML {
        let order = ["failing": 0, "retrying": 1, "new": 2, "ok": 3]
        let sorted = health.enumerated().sorted { a, b in
            let x = order[a.element.status] ?? 4, y = order[b.element.status] ?? 4
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        func time(_ t: Double?) -> HTML {
            guard let t else { return "<span class=\"muted\">never</span>" }
            let s = AtomWriter.rfc3339(t)
            return "<time datetime=\"\(s)\">\(s)</time>"
        }
        let rows: [HTML] = sorted.map { h in
            let s = h.source
            // Only http(s) URLs become links; anything else stored is shown as text.
            let lower = s.url.lowercased()
            let url: HTML =
                lower.hasPrefix("http://") || lower.hasPrefix("https://")
                ? "<a href=\"\(s.url)\" rel=\"nofollow noreferrer\">\(s.url)</a>" : "\(s.url)"
            let error: HTML = s.lastError.map { e in "\(e) (\(time(s.lastErrorAt)))" } ?? "–"
            return """
                <tr class="\(h.status)"><td>\(h.status)</td><td>\(s.title ?? "")<br>\(url)</td>\
                <td>\(s.kind.rawValue)</td><td>\(time(s.lastSuccess))</td><td>\(error)</td>\
                <td>\(s.failures)</td><td>\(s.itemsSeen)</td><td>\(time(s.nextPoll))</td></tr>
                """
        }
        let failing = health.filter(\.failing).count
        let summary =
            health.isEmpty
            ? "No sources kept yet: add some with dossier sources add URL…"
            : "\(health.count) source\(health.count == 1 ? "" : "s"), \(failing) failing."
        let body: HTML = """
            <h1>Sources</h1>
            <p class="muted">\(summary) <a href="/api/sources">As JSON</a></p>
            \(rows.isEmpty ? "" : """
                <table class="sources"><thead><tr><th scope="col">Status</th><th scope="col">Source</th>\
                <th scope="col">Kind</th><th scope="col">Last success</th><th scope="col">Last error</th>\
                <th scope="col">Failures in a row</th><th scope="col">Items seen</th>\
                <th scope="col">Next poll</th></tr></thead><tbody>\(rows)</tbody></table>
                """ as HTML)
            """
        return Layout.page(title: "Sources", current: "Sources", body: body)
    }
}

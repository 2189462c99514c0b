import DossierModel
import DossierOutput

/// One story: its brief, live from the store, with coverage and events charts and exports.
enum StoryPage {
    static func render(_ story: Story, stats: StoryStats) -> HTML {
        let brief = BriefBuilder.build(story)
        let sections: [HTML] = brief.sections.map { section in
            let lines: [HTML] = section.lines.map { line in
                "<li>\(line.text)\(citations(line.citations, brief))</li>"
            }
            return "<section><h2>\(section.heading)</h2><ul>\(lines)</ul></section>"
        }
        let sources: [HTML] = brief.sources.map { s in
            let reprint: HTML = s.copyOf.flatMap { brief.number(of: $0) }.map { n in
                " <span class=\"muted\">(reprint of <a href=\"#source-\(n)\">[\(n)]</a>)</span>"
            } ?? ""
            let original: HTML = HTML.safeExternalURL(s.ref.url).map { " · <a href=\"\($0)\" rel=\"nofollow noopener\">original</a>" } ?? ""
            return """
                <li id="source-\(s.number)">[\(s.number)] \(s.ref.outlet ?? "unknown outlet"), \
                \(Layout.day(s.ref.published)): \(Layout.articleLink(s.ref.id, title: s.ref.title))\(reprint)\(original)</li>
                """
        }
        let id = FormFields.encode(story.id)
        let body: HTML = """
            <article class="brief">
            <h1>\(brief.title)</h1>
            <p class="meta">\(brief.summary)</p>
            \(coverage(story))
            \(events(story))
            \(sections)
            <section><h2 id="sources">Sources</h2><ol class="sources">\(sources)</ol></section>
            <section><h2>Export</h2><p>
            <a href="/export/stories/\(id)?what=articles&amp;format=csv">Articles CSV</a> ·
            <a href="/export/stories/\(id)?what=quotes&amp;format=csv">Quotes CSV</a> ·
            <a href="/export/stories/\(id)?what=figures&amp;format=csv">Figures CSV</a> ·
            <a href="/export/stories/\(id)?what=quotes&amp;format=jsonl">Quotes JSONL</a> ·
            <a href="/api/stories/\(id)">JSON</a> ·
            <a href="/stories/\(id)">Permalink</a></p></section>
            </article>
            """
        return Layout.page(title: story.title, current: "Stories", body: body)
    }

    /// Source numbers linking to the cited span in the article page, deduplicated per line.
    static func citations(_ cites: [Citation], _ brief: Brief) -> HTML {
        var seen = Set<Int>()
        var links: [(Int, HTML)] = []
        for c in cites {
            guard let n = brief.number(of: c.article), seen.insert(n).inserted else { continue }
            let hl = c.span.isEmpty ? "" : "?hl=\(c.span.start)-\(c.span.end)"
            links.append((n, "<a href=\"/articles/\(FormFields.encode(c.article))\(hl)#hl\" "
                + "aria-label=\"source \(n)\">[\(n)]</a>"))
        }
        let support = Set(cites.map(\.article)).count
        let count: HTML = support > 1 ? " <span class=\"count\">\(support) sources</span>" : ""
        return "<span class=\"cite\">\(links.sorted { $0.0 < $1.0 }.map(\.1))</span>\(count)"
    }

    static func coverage(_ story: Story) -> HTML {
        var byOutlet: [String: [Int]] = [:]
        for a in story.articles {
            guard let d = Days.day(a.published).flatMap(Days.number) else { continue }
            byOutlet[a.outlet ?? "unknown outlet", default: []].append(d)
        }
        let all = byOutlet.values.flatMap { $0 }
        guard let lo = all.min(), let hi = all.max() else { return "" }
        let rows = byOutlet.sorted { ($0.value.min() ?? 0, $0.key) < ($1.value.min() ?? 0, $1.key) }
            .prefix(30).map { (outlet: $0.key, days: $0.value) }
        return Charts.coverage(Array(rows), first: lo, last: hi)
    }

    static func events(_ story: Story) -> HTML {
        var counts: [String: Int] = [:]
        for e in story.events { if let d = Days.day(e.date) { counts[d, default: 0] += 1 } }
        guard counts.count > 1 else { return "" }
        return Charts.byDay(counts.sorted { $0.key < $1.key }.map { (day: $0.key, count: $0.value) },
                            title: "Dated events", height: 90)
    }
}

import DossierModel
import DossierOutput

/// One story: its brief, live from the store, with coverage and events charts and exports.
enum StoryPage {
    static func render(_ story: Story, brief: Brief) -> HTML {
        let sections: [HTML] = brief.sections.map { section in
            let lines: [HTML] = section.lines.map { line in
                "<li>\(line.text)\(citations(line.citations, brief))</li>"
            }
            return "<section><h2>\(section.heading)</h2><ul>\(lines)</ul></section>"
        }
        let sources: [HTML] = brief.collapsedSources().map { s, reprints in
            let copies: HTML =
                reprints.isEmpty
                ? ""
                : """
                <details><summary>\(reprints.count) reprint\(reprints.count == 1 ? "" : "s")</summary><ul>\
                \(reprints.prefix(StoryPage.maxReprintsListed).map { source($0) })\
                \(reprints.count > StoryPage.maxReprintsListed ? "<li>… all in the articles export</li>"
                    : "" as HTML)\
                </ul></details>
                """
            return "\(source(s))\(copies)"
        }
        let id = FormFields.encode(story.id)
        let body: HTML = """
            <article class="brief">
            <h1>\(brief.title)</h1>
            <p class="meta">\(brief.summary)</p>
            \(HTML(trusted: BriefCharts.timeline(story.events)))
            \(HTML(trusted: BriefCharts.coverage(story)))
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
            links.append(
                (
                    n,
                    "<a href=\"/articles/\(FormFields.encode(c.article))\(hl)#hl\" "
                        + "aria-label=\"source \(n)\">[\(n)]</a>"
                ))
        }
        let support = Set(cites.map(\.article)).count
        let count: HTML = support > 1 ? " <span class=\"count\">\(support) sources</span>" : ""
        return "<span class=\"cite\">\(links.sorted { $0.0 < $1.0 }.map(\.1))</span>\(count)"
    }

    /// Reprints listed under their original; the rest are in the articles export.
    static let maxReprintsListed = 20

    static func source(_ s: Brief.Source) -> HTML {
        let original: HTML =
            s.ref.url.flatMap { HTMLText.safeHref($0) }.map {
                " · <a href=\"\($0)\" rel=\"nofollow noopener\">original</a>"
            } ?? ""
        let removed: HTML =
            (s.removedLines ?? 0) > 0
            ? " <span class=\"count\">\(s.removedLines ?? 0) lines of page furniture removed</span>" : ""
        return """
            <li id="source-\(s.number)" value="\(s.number)">\(s.ref.outlet ?? "unknown outlet"), \
            \(Layout.day(s.ref.published)): \(Layout.articleLink(s.ref.id, title: s.ref.title))\
            \(original)\(removed)</li>
            """
    }
}

import DossierModel

/// The forms `dossier brief --format` writes; the raw value is the option's value ("md", "html", "json").
public enum BriefFormat: String, Sendable, CaseIterable {
    case markdown = "md", html, json
}

extension Brief {
    /// The brief in `format`: Markdown, a standalone HTML page, or pretty-printed JSON ending in a newline.
    public func rendered(_ format: BriefFormat) -> String {
        switch format {
        case .markdown: return markdown()
        case .html: return html()
        case .json: return json().rendered(pretty: true) + "\n"
        }
    }

    /// Citation numbers, deduplicated per line, with the span when it points inside the text.
    private func refs(_ cites: [Citation]) -> [(number: Int, span: Span?)] {
        var seen = Set<Int>()
        var out: [(Int, Span?)] = []
        for c in cites {
            guard let n = number(of: c.article), !seen.contains(n) else { continue }
            seen.insert(n)
            out.append((n, c.span.isEmpty ? nil : c.span))
        }
        return out.sorted { $0.0 < $1.0 }
    }

    /// Markdown: the title, the overview, each section as a list whose lines end in `[n](#source-n)` links (the
    /// cited scalar span, when there is one, as the link title), then the numbered sources with reprints indented
    /// under their originals, then any inputs that failed.
    /// Text from the inputs is escaped (`MarkdownText`): a headline's `*` or a quote's `<b>` stays text.
    public func markdown() -> String {
        func esc(_ s: String) -> String { MarkdownText.escape(s) }
        var out = "# \(esc(title))\n\n\(MarkdownText.escape(summary, atLineStart: true))\n"
        for section in sections {
            out += "\n## \(esc(section.heading))\n\n"
            for line in section.lines {
                let cites = refs(line.citations).map { r in
                    "[\(r.number)](#source-\(r.number)\(r.span.map { " \"scalars \($0.start)–\($0.end)\"" } ?? ""))"
                }
                out += "- \(esc(line.text)) \(cites.joined(separator: " "))\n"
            }
        }
        out += "\n## Sources\n\n"
        for (s, reprints) in collapsedSources() {
            out += "<a id=\"source-\(s.number)\"></a>\(s.number). \(describe(s))\n"
            for r in reprints { out += "   - <a id=\"source-\(r.number)\"></a>[\(r.number)] \(describe(r))\n" }
        }
        if !failures.isEmpty {
            out += "\n## Inputs that failed\n\n"
            for f in failures { out += "- \(esc(f))\n" }
        }
        return out
    }

    /// Originals in order, each with the reprints of it (reprints keep their own numbers, which
    /// lines cite); a reprint whose original is not in the story stands on its own.
    public func collapsedSources() -> [(Source, [Source])] {
        let present = Set(sources.map(\.ref.id))
        var reprints: [String: [Source]] = [:]
        for s in sources { if let o = s.copyOf, present.contains(o) { reprints[o, default: []].append(s) } }
        return sources.filter { $0.copyOf.map { !present.contains($0) } ?? true }
            .map { ($0, reprints[$0.ref.id] ?? []) }
    }

    private func describe(_ s: Source) -> String {
        var t = "**\(MarkdownText.escape(s.ref.outlet ?? "unknown outlet"))**"
        if let title = s.ref.title { t += " — \(MarkdownText.escape(title))" }
        t += " (\(s.ref.published.map { String($0.prefix(10)) } ?? "undated"))"
        if let orig = s.copyOf, let n = number(of: orig) { t += ", reprint of [\(n)]" }
        // An http(s) address as a link (escapes in a bare URL would end up in it when a viewer
        // turns it into a link itself); anything else, such as a file path, as text.
        let place = s.ref.url ?? s.ref.source
        t +=
            " — "
            + (HTMLText.safeHref(place).map { "[\(MarkdownText.escape(place))](\(MarkdownText.linkTarget($0)))" }
                ?? MarkdownText.escape(place))
        if let r = s.removedLines, r > 0 { t += " (\(r) line\(r == 1 ? "" : "s") of page furniture removed)" }
        return t
    }

    /// A standalone HTML page (inline CSS and SVG timeline and coverage charts; no scripts, no requests):
    /// sections as lists with superscript source links, the sources with reprints folded under their originals,
    /// then any inputs that failed. Every piece of text is escaped.
    public func html() -> String {
        func esc(_ s: String) -> String { HTMLText.escape(s) }
        var out = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>\(esc(title))</title>
            <style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}
            sup a{text-decoration:none}li{margin:.3rem 0}.meta{color:#555}.count{color:#555;font-size:.85rem}
            figure{margin:1rem 0}svg{fill:#0b57d0;font-size:11px}svg text{fill:#555}svg line{stroke:#ccc}
            figcaption{color:#555;font-size:.85rem}@media print{figure{break-inside:avoid}}</style></head><body>
            <h1>\(esc(title))</h1>
            <p class="meta">\(esc(summary))</p>
            \(BriefCharts.timeline(story.events))
            \(BriefCharts.coverage(story))

            """
        for section in sections {
            out += "<h2>\(esc(section.heading))</h2>\n<ul>\n"
            for line in section.lines {
                let cites = refs(line.citations).map { r in
                    let title = r.span.map { " title=\"scalars \($0.start)–\($0.end)\"" } ?? ""
                    return "<sup><a href=\"#source-\(r.number)\"\(title)>[\(r.number)]</a></sup>"
                }
                let n = Set(line.citations.map(\.article)).count
                let count = n > 1 ? " <span class=\"count\">\(n) sources</span>" : ""
                out += "<li>\(esc(line.text)) \(cites.joined())\(count)</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h2>Sources</h2>\n<ul class=\"sources\">\n"
        func item(_ s: Source) -> String {
            let link = s.ref.url ?? s.ref.source
            var t = "<b>\(esc(s.ref.outlet ?? "unknown outlet"))</b>"
            if let title = s.ref.title { t += " — \(esc(title))" }
            t += " (\(esc(s.ref.published.map { String($0.prefix(10)) } ?? "undated")))"
            if let orig = s.copyOf, let n = number(of: orig) { t += ", reprint of <a href=\"#source-\(n)\">[\(n)]</a>" }
            t +=
                HTMLText.safeHref(link, relative: true).map { " — <a href=\"\(esc($0))\">\(esc($0))</a>" }
                ?? " — \(esc(link))"
            if let r = s.removedLines, r > 0 {
                t += " <span class=\"count\">\(r) lines of page furniture removed</span>"
            }
            return t
        }
        for (s, reprints) in collapsedSources() {
            out += "<li id=\"source-\(s.number)\">[\(s.number)] \(item(s))"
            if !reprints.isEmpty {
                out += "<details><summary>\(reprints.count) reprint\(reprints.count == 1 ? "" : "s")</summary><ul>"
                for r in reprints { out += "<li id=\"source-\(r.number)\">[\(r.number)] \(item(r))</li>" }
                out += "</ul></details>"
            }
            out += "</li>\n"
        }
        out += "</ul>\n"
        if !failures.isEmpty {
            out += "<h2>Inputs that failed</h2>\n<ul>\n"
            for f in failures { out += "<li>\(esc(f))</li>\n" }
            out += "</ul>\n"
        }
        out += "</body></html>\n"
        return out
    }

    /// The brief as JSON: `title`, `summary`, `sections` [{`heading`, `lines` [{`text`, `citations`}]}],
    /// `sources` [{`number`, `article`, `copy_of`, `removed_lines`}], `failures`, and the whole `story` as
    /// `dossier stories` writes it.
    public func json() -> JSONValue {
        .object([
            ("title", .string(title)),
            ("summary", .string(summary)),
            (
                "sections",
                .array(
                    sections.map { s in
                        .object([
                            ("heading", .string(s.heading)),
                            (
                                "lines",
                                .array(
                                    s.lines.map { l in
                                        .object([
                                            ("text", .string(l.text)),
                                            ("citations", .array(l.citations.map(StoriesDocument.citation))),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
            (
                "sources",
                .array(
                    sources.map { s in
                        .object([
                            ("number", .int(s.number)), ("article", StoriesDocument.article(s.ref)),
                            ("copy_of", .string(s.copyOf)), ("removed_lines", s.removedLines.map { .int($0) } ?? .null),
                        ])
                    })
            ),
            ("failures", .array(failures.map { .string($0) })),
            ("story", StoriesDocument.story(story)),
        ])
    }
}

import DossierModel

public enum BriefFormat: String, Sendable, CaseIterable {
    case markdown = "md", html, json
}

extension Brief {
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

    public func markdown() -> String {
        var out = "# \(title)\n\n\(summary)\n"
        for section in sections {
            out += "\n## \(section.heading)\n\n"
            for line in section.lines {
                let cites = refs(line.citations).map { r in
                    "[\(r.number)](#source-\(r.number)\(r.span.map { " \"scalars \($0.start)–\($0.end)\"" } ?? ""))"
                }
                out += "- \(line.text) \(cites.joined(separator: " "))\n"
            }
        }
        out += "\n## Sources\n\n"
        for s in sources {
            out += "<a id=\"source-\(s.number)\"></a>\(s.number). \(describe(s))\n"
        }
        return out
    }

    private func describe(_ s: Source) -> String {
        var t = "**\(s.ref.outlet ?? "unknown outlet")**"
        if let title = s.ref.title { t += " — \(title)" }
        t += " (\(s.ref.published.map { String($0.prefix(10)) } ?? "undated"))"
        if let orig = s.copyOf, let n = number(of: orig) { t += ", reprint of [\(n)]" }
        t += " — \(s.ref.url ?? s.ref.source)"
        return t
    }

    public func html() -> String {
        func esc(_ s: String) -> String {
            var o = ""
            for c in s.unicodeScalars {
                switch c {
                case "&": o += "&amp;"
                case "<": o += "&lt;"
                case ">": o += "&gt;"
                case "\"": o += "&quot;"
                default: o.unicodeScalars.append(c)
                }
            }
            return o
        }
        var out = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>\(esc(title))</title>
        <style>body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem}
        sup a{text-decoration:none}li{margin:.3rem 0}.meta{color:#555}</style></head><body>
        <h1>\(esc(title))</h1>
        <p class="meta">\(esc(summary))</p>

        """
        for section in sections {
            out += "<h2>\(esc(section.heading))</h2>\n<ul>\n"
            for line in section.lines {
                let cites = refs(line.citations).map { r in
                    "<sup><a href=\"#source-\(r.number)\"\(r.span.map { " title=\"scalars \($0.start)–\($0.end)\"" } ?? "")>[\(r.number)]</a></sup>"
                }
                out += "<li>\(esc(line.text)) \(cites.joined())</li>\n"
            }
            out += "</ul>\n"
        }
        out += "<h2>Sources</h2>\n<ol>\n"
        for s in sources {
            let link = s.ref.url ?? s.ref.source
            var t = "<b>\(esc(s.ref.outlet ?? "unknown outlet"))</b>"
            if let title = s.ref.title { t += " — \(esc(title))" }
            t += " (\(esc(s.ref.published.map { String($0.prefix(10)) } ?? "undated")))"
            if let orig = s.copyOf, let n = number(of: orig) { t += ", reprint of <a href=\"#source-\(n)\">[\(n)]</a>" }
            out += "<li id=\"source-\(s.number)\">\(t) — <a href=\"\(esc(link))\">\(esc(link))</a></li>\n"
        }
        out += "</ol>\n</body></html>\n"
        return out
    }

    public func json() -> JSONValue {
        .object([
            ("title", .string(title)),
            ("summary", .string(summary)),
            ("sections", .array(sections.map { s in
                .object([
                    ("heading", .string(s.heading)),
                    ("lines", .array(s.lines.map { l in
                        .object([("text", .string(l.text)), ("citations", .array(l.citations.map(StoriesDocument.citation)))])
                    })),
                ])
            })),
            ("sources", .array(sources.map { s in
                .object([("number", .int(s.number)), ("article", StoriesDocument.article(s.ref)), ("copy_of", .string(s.copyOf))])
            })),
            ("story", StoriesDocument.story(story)),
        ])
    }
}

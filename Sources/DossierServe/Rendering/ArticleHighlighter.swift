import DossierModel

/// An article's text as HTML paragraphs with its annotations marked.
///
/// Two layers so the markup always nests: quotes (and the span a citation points at) outside;
/// entities, amounts and dates inside. An inner mark that would cross an outer one, another inner
/// mark or a paragraph edge is left out rather than breaking the nesting. Offsets are Unicode
/// scalars, as everywhere in the model, and are checked against the text.
enum ArticleHighlighter {
    struct Mark {
        var start: Int
        var end: Int
        var open: String
        var close: String
    }

    static func render(_ a: Article, cited: Span?) -> HTML {
        let text = Array(a.text.unicodeScalars)
        let n = text.count
        func valid(_ s: Span) -> Bool { s.start >= 0 && s.end <= n && s.start < s.end }

        var outer: [Mark] = []
        if let c = cited, valid(c) {
            outer.append(Mark(start: c.start, end: c.end, open: "<mark id=\"hl\" class=\"cited\">", close: "</mark>"))
        }
        for (k, q) in a.annotations.quotes.enumerated() where valid(q.span) {
            let who = q.speaker.map { " title=\"\(HTML.escaped($0))\"" } ?? ""
            outer.append(
                Mark(
                    start: q.span.start, end: q.span.end,
                    open: "<span class=\"quote\" id=\"q\(k)\"\(who)>", close: "</span>"))
        }
        outer = nonOverlapping(outer)

        var inner: [Mark] = []
        for e in a.annotations.entities {
            let href = "/people/" + FormFields.encode(e.name)
            for m in e.mentions where valid(m) {
                let link = e.type == .person || e.type == .organization
                inner.append(
                    Mark(
                        start: m.start, end: m.end,
                        open: link
                            ? "<a class=\"ent-\(e.type.rawValue)\" href=\"\(href)\">"
                            : "<span class=\"ent-\(e.type.rawValue)\">",
                        close: link ? "</a>" : "</span>"))
            }
        }
        for m in a.annotations.amounts where valid(m.span) {
            inner.append(Mark(start: m.span.start, end: m.span.end, open: "<span class=\"amount\">", close: "</span>"))
        }
        for d in a.annotations.dates where valid(d.span) {
            let title = " title=\"\(HTML.escaped(d.value))\""
            inner.append(
                Mark(
                    start: d.span.start, end: d.span.end, open: "<time class=\"date\"\(title)>",
                    close: "</time>"))
        }
        inner = nonOverlapping(inner).filter { m in
            !outer.contains { o in (m.start < o.start && m.end > o.start) || (m.start < o.end && m.end > o.end) }
        }

        var paragraphs = a.paragraphs.filter(valid)
        if paragraphs.isEmpty && n > 0 { paragraphs = [Span(0, n)] }
        var out = ""
        for p in paragraphs {
            let outerHere = outer.filter { $0.start >= p.start && $0.end <= p.end }
            let innerHere = inner.filter { $0.start >= p.start && $0.end <= p.end }
            var opens: [Int: [Mark]] = [:]
            var closes: [Int: [Mark]] = [:]
            for m in outerHere + innerHere { opens[m.start, default: []].append(m) }
            for m in innerHere + outerHere { closes[m.end, default: []].append(m) }
            out += "<p>"
            var k = p.start
            while k <= p.end {
                // Inner marks close before outer ones at the same offset; outer open before inner.
                if let cs = closes[k] { for m in cs { out += m.close } }
                if k == p.end { break }
                if let os = opens[k] { for m in os { out += m.open } }
                HTML.escape(String(text[k]), into: &out)
                k += 1
            }
            out += "</p>\n"
        }
        return HTML(trusted: out)
    }

    /// Keeps the earliest (then longest) of marks that overlap.
    static func nonOverlapping(_ marks: [Mark]) -> [Mark] {
        let sorted = marks.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var out: [Mark] = []
        var end = Int.min
        for m in sorted where m.start >= end {
            out.append(m)
            end = m.end
        }
        return out
    }
}

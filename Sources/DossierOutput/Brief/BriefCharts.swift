import DossierModel

/// Inline SVG of a story, for the brief's HTML and the story page: no scripts, no requests,
/// a title on every mark and a caption as the text alternative. Text is escaped here.
public enum BriefCharts {
    /// Coverage by outlet over time: one row per outlet (first to report on top), a dot per article.
    public static func coverage(_ story: Story, width: Int = 640, maxRows: Int = 30) -> String {
        var byOutlet: [String: [Int]] = [:]
        for a in story.articles {
            guard let d = Days.day(a.published).flatMap(Days.number) else { continue }
            byOutlet[a.outlet ?? "unknown outlet", default: []].append(d)
        }
        let all = byOutlet.values.flatMap { $0 }
        guard let first = all.min(), let last = all.max() else { return "" }
        let rows = byOutlet.sorted { ($0.value.min() ?? 0, $0.key) < ($1.value.min() ?? 0, $1.key) }.prefix(maxRows)
        let label = 150.0, rowH = 18.0
        let height = Int(Double(rows.count) * rowH + 20)
        let plotW = Double(width) - label - 10
        let span = Double(max(1, last - first))
        var marks = ""
        for (r, row) in rows.enumerated() {
            let y = Double(r) * rowH + 12
            marks += "<text x=\"0\" y=\"\(fmt(y + 4))\">\(escape(String(row.key.prefix(24))))</text>"
            marks += "<line x1=\"\(fmt(label))\" x2=\"\(fmt(label + plotW))\" y1=\"\(fmt(y))\" y2=\"\(fmt(y))\"/>"
            for d in row.value {
                let x = label + plotW * Double(d - first) / span
                marks +=
                    "<circle cx=\"\(fmt(x))\" cy=\"\(fmt(y))\" r=\"4\"><title>\(escape(row.key)) "
                    + "\(Days.string(d))</title></circle>"
            }
        }
        return """
            <figure class="chart coverage"><svg role="img" viewBox="0 0 \(width) \(height)" width="100%">\
            <title>Coverage by outlet, \(Days.string(first)) to \(Days.string(last))</title>\(marks)\
            <text x="\(Int(label))" y="\(height - 2)">\(Days.string(first))</text>\
            <text x="\(width - 10)" y="\(height - 2)" text-anchor="end">\(Days.string(last))</text></svg>\
            <figcaption>Coverage by outlet over time: one dot per article.</figcaption></figure>
            """
    }

    /// The story's dated events on one time axis: a tick per event, taller where more sources back it.
    public static func timeline(_ events: [StoryEvent], width: Int = 640, height: Int = 70) -> String {
        let dated = events.compactMap { e in e.date.flatMap { Days.day($0) }.flatMap(Days.number).map { (e, $0) } }
        guard let first = dated.map(\.1).min(), let last = dated.map(\.1).max(), dated.count > 1 else { return "" }
        let span = Double(max(1, last - first))
        let axis = Double(height - 18)
        var marks = "<line x1=\"0\" x2=\"\(width)\" y1=\"\(fmt(axis))\" y2=\"\(fmt(axis))\"/>"
        for (e, d) in dated {
            let x = 5 + (Double(width) - 10) * Double(d - first) / span
            let h = min(axis - 4, 10 + 8 * Double(e.sources.count))
            marks +=
                "<rect x=\"\(fmt(x - 2))\" y=\"\(fmt(axis - h))\" width=\"4\" height=\"\(fmt(h))\">"
                + "<title>\(escape(Days.string(d))): \(escape(String(e.title.prefix(160)))) "
                + "(\(e.sources.count) source\(e.sources.count == 1 ? "" : "s"))</title></rect>"
        }
        return """
            <figure class="chart timeline"><svg role="img" viewBox="0 0 \(width) \(height)" width="100%">\
            <title>\(dated.count) dated events from \(Days.string(first)) to \(Days.string(last))</title>\(marks)\
            <text x="0" y="\(height - 3)">\(Days.string(first))</text>\
            <text x="\(width)" y="\(height - 3)" text-anchor="end">\(Days.string(last))</text></svg>\
            <figcaption>Timeline: one mark per dated event, taller when more sources report it.</figcaption></figure>
            """
    }

    /// An SVG coordinate to one decimal, without a trailing ".0" (12.0 → "12", 3.14 → "3.1"): short markup that
    /// is the same on every run. Also used by the web app's charts.
    public static func fmt(_ d: Double) -> String {
        let r = (d * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }

    static func escape(_ s: String) -> String { HTMLText.escape(s) }
}

import DossierOutput
/// Inline SVG charts: no scripts, no external requests, a text alternative on each.
enum Charts {
    /// A small bar sparkline of counts per day.
    static func sparkline(_ counts: [Int], label: String, width: Int = 120, height: Int = 24) -> HTML {
        guard !counts.isEmpty, let top = counts.max(), top > 0 else { return "" }
        // Capped, so a one-day story is one short bar rather than a solid block.
        let barWidth = min(8.0, max(1.0, Double(width) / Double(counts.count)))
        var bars = ""
        for (k, c) in counts.enumerated() where c > 0 {
            let h = max(1.0, Double(height) * Double(c) / Double(top))
            bars +=
                "<rect x=\"\(fmt(Double(k) * barWidth))\" y=\"\(fmt(Double(height) - h))\" "
                + "width=\"\(fmt(max(0.8, barWidth - 0.5)))\" height=\"\(fmt(h))\"/>"
        }
        return """
            <svg class="spark" role="img" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">\
            <title>\(label)</title>\(HTML(trusted: bars))</svg>
            """
    }

    /// Counts per day as a labelled bar chart, with the first and last day under the axis.
    static func byDay(_ days: [(day: String, count: Int)], title: String, width: Int = 640, height: Int = 120) -> HTML {
        guard let first = days.first.flatMap({ Days.number($0.day) }),
            let last = days.last.flatMap({ Days.number($0.day) }), last >= first
        else { return "" }
        let span = min(last - first + 1, 366)
        var counts = Array(repeating: 0, count: span)
        for d in days {
            guard let n = Days.number(d.day), n - first >= 0, n - first < span else { continue }
            counts[n - first] += d.count
        }
        let top = max(1, counts.max() ?? 1)
        let plotH = Double(height - 18)
        let w = Double(width) / Double(span)
        var bars = ""
        for (k, c) in counts.enumerated() where c > 0 {
            let h = max(1.0, plotH * Double(c) / Double(top))
            let day = Days.string(first + k)
            bars +=
                "<rect x=\"\(fmt(Double(k) * w))\" y=\"\(fmt(plotH - h))\" width=\"\(fmt(max(1, w - 1)))\" "
                + "height=\"\(fmt(h))\"><title>\(day): \(c)</title></rect>"
        }
        let summary = "\(title): \(days.map(\.count).reduce(0, +)) from \(Days.string(first)) to \(Days.string(last))"
        return """
            <figure class="chart"><svg role="img" viewBox="0 0 \(width) \(height)" width="100%" \
            preserveAspectRatio="none"><title>\(summary)</title>\(HTML(trusted: bars))\
            <text x="0" y="\(height - 4)">\(Days.string(first))</text>\
            <text x="\(width)" y="\(height - 4)" text-anchor="end">\(Days.string(last))</text>\
            <text x="\(width / 2)" y="\(height - 4)" text-anchor="middle">peak \(top)/day</text></svg>\
            <figcaption>\(summary)</figcaption></figure>
            """
    }

    static func fmt(_ d: Double) -> String { BriefCharts.fmt(d) }
}

import DossierModel

/// The front page: stories with filters, sort, counts, a sparkline each, and paging.
enum StoryListPage {
    static func render(_ snap: StorySnapshot, filter: StoryFilter, picked: [Int], paging: Paging) -> HTML {
        let page = Array(picked.dropFirst(paging.offset).prefix(paging.limit))
        let next = paging.offset + page.count < picked.count ? paging.offset + page.count : nil
        let items: [HTML] = page.map { k in
            let s = snap.stories[k]
            let st = snap.stats[k]
            let range = st.firstDay.map { f in f == st.lastDay ? f : "\(f) – \(st.lastDay ?? f)" } ?? "undated"
            let outlets = st.outlets.prefix(4).joined(separator: ", ") + (st.outlets.count > 4 ? ", …" : "")
            return """
                <li><a class="title" href="/stories/\(FormFields.encode(s.id))">\(s.title)</a>\
                \(Charts.sparkline(st.perDay, label: "Articles per day, \(range)"))
                <div class="meta">\(st.articleCount) article\(st.articleCount == 1 ? "" : "s") · \
                \(st.independentCount) independent · \(st.outlets.count) outlet\(st.outlets.count == 1 ? "" : "s") · \
                \(range)\(st.recent > 0 ? " · \(st.recent) in the last \(StoryStats.trendWindowDays) days" : "")</div>
                <div class="meta">\(outlets)</div></li>
                """
        }
        let shown =
            page.isEmpty
            ? "No stories match."
            : "Stories \(paging.offset + 1)–\(paging.offset + page.count) of \(picked.count)"
                + (picked.count == snap.stories.count ? "" : " matching (\(snap.stories.count) in all)")
        func option(_ s: StoryFilter.Sort, _ label: String) -> HTML {
            "<option value=\"\(s.rawValue)\"\(filter.sort == s ? HTML(" selected") : "")>\(label)</option>"
        }
        let body: HTML = """
            <h1>Stories</h1>
            <form class="filters" method="get" action="/" aria-label="Filter stories">
            <label>Words <input name="q" value="\(filter.text)" type="search"></label>
            <label>From <input name="from" type="date" value="\(filter.from)"></label>
            <label>To <input name="to" type="date" value="\(filter.to)"></label>
            <label>Outlet <input name="outlet" value="\(filter.outlet)"></label>
            <label>Person or organisation <input name="person" value="\(filter.person)"></label>
            <label>Language <input name="lang" value="\(filter.language)" size="4"></label>
            <label>Sort <select name="sort">\(option(.size, "Size"))\(option(.recent, "Recency"))\
            \(option(.trend, "Trend"))</select></label>
            <button type="submit">Apply</button>
            </form>
            <p class="muted" aria-live="polite">\(shown). \
            <a href="/api/stories\(FormFields.query(filter.query))">As JSON</a> · \
            <a href="/sources">Source health</a></p>
            <ol class="stories">\(items)</ol>
            \(Layout.pager(path: "/", query: filter.query, offset: paging.offset, limit: paging.limit, next: next))
            """
        return Layout.page(title: "Stories", current: "Stories", body: body)
    }
}

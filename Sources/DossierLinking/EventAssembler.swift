import DossierModel

/// Builds a story's events from its event groups: each dated, titled by its earliest independent
/// report, citing one report per independent source. The story's timeline is this list in date
/// order (undated events last), each happening once.
enum EventAssembler {
    /// `lookbackDays`: how long before its first publication a dated sentence can date an event.
    static func events(
        _ groups: [[Article]], originalOf: [String: String], similarity: Double,
        lookbackDays: Int
    ) -> [StoryEvent] {
        var out: [(event: StoryEvent, arrival: Int)] = []
        for (n, members) in groups.enumerated() where !members.isEmpty {
            let sources = StorySources(members, originalOf: originalOf)
            let reports = StoryTimeline.reports(sources, similarity: similarity)
            let days = members.compactMap { $0.published?.dayNumber }.sorted()
            let dated = bestReport(reports, firstDay: days.first, lastDay: days.last, lookbackDays: lookbackDays)
            var date = dated?.date
            if date == nil, let first = days.first, let last = days.last {
                let a = dayString(first), b = dayString(last)
                date = a == b ? a : a + "/" + b
            }
            var support = SupportList()
            for item in sources.entries {
                let cite =
                    dated?.sources.first { $0.article == item.article.id }
                    ?? dated?.reprints.first { $0.article == item.article.id }
                    ?? Citation(article: item.article.id, span: Span(0, 0))
                support.add(cite, root: item.root)
            }
            let ids = members.map(\.id)
            let event = StoryEvent(
                id: StoryAssembler.membershipID(ids), date: date,
                title: StoryAssembler.headline(members, originalOf: originalOf), articles: ids,
                sources: support.sources, reprints: support.reprints)
            out.append((event, n))
        }
        // Date order; undated events after dated ones, in arrival order.
        return out.sorted { x, y in
            switch (x.event.date, y.event.date) {
            case let (a?, b?): return a != b ? a < b : x.arrival < y.arrival
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return x.arrival < y.arrival
            }
        }.map(\.event)
    }

    static func dayString(_ n: Int) -> String {
        let d = Timestamp.fromDayNumber(n)
        return Timestamp(year: d.year, month: d.month, day: d.day).dayString
    }

    /// The date most independent reports give, among day-granularity dates no later than the last
    /// publication and at most `lookbackDays` before the first (any date when nothing is
    /// published); a month only when no day is given. Earliest on a tie.
    static func bestReport(_ reports: [DatedReport], firstDay: Int?, lastDay: Int?, lookbackDays: Int) -> DatedReport? {
        func fits(_ r: DatedReport) -> Bool {
            guard let firstDay, let lastDay else { return true }
            let p = r.date.split(separator: "-").compactMap { Int($0) }
            guard p.count >= 2, Timestamp.isValid(year: p[0], month: p[1], day: p.count > 2 ? p[2] : 1) else {
                return false
            }
            if p.count == 2 {
                let start = Timestamp(year: p[0], month: p[1], day: 1).dayNumber
                return start <= lastDay && start + 31 >= firstDay - lookbackDays
            }
            let d = Timestamp(year: p[0], month: p[1], day: p[2]).dayNumber
            return d <= lastDay && d >= firstDay - lookbackDays
        }
        let candidates = reports.filter(fits)
        let days = candidates.filter { $0.date.utf8.count == 10 }
        let pool = days.isEmpty ? candidates : days
        return pool.max { ($0.sources.count, $1.date) < ($1.sources.count, $0.date) }
    }
}

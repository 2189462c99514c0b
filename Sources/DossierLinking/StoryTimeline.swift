import DossierModel

/// A dated report: a sentence (or several alike, across articles) saying something happened on a date.
struct DatedReport: Sendable, Equatable {
    var date: String
    var text: String
    var sources: [Citation]
    var reprints: [Citation]
}

/// Dated reports in a set of articles: each sentence holding a DATE of day or month granularity
/// is a report of a happening on that date; reports with the same date and similar wording,
/// across articles, are one with all their sources. Listed in date order. They date the events
/// (`EventAssembler`); the timeline itself lists events, not these sentences.
enum StoryTimeline {
    struct Draft {
        var date: String
        var text: String
        var words: Set<UInt64>
        var support = SupportList()
    }

    /// Content words a sentence needs besides its date to report a happening.
    static let minEventWords = 4

    static func reports(_ sources: StorySources, similarity: Double) -> [DatedReport] {
        var drafts: [Draft] = []
        var byDate: [String: [Int]] = [:]
        for item in sources.items(where: { !$0.annotations.dates.isEmpty }) {
            var seen = Set<String>()
            let dated = item.article.annotations.dates.filter { $0.type == .date && isDayOrMonth($0.value) }
                .map { (date: $0, sentence: StorySources.sentence(containing: $0.span, in: item)) }
            // A month that a day in the same sentence already pins down ("earlier this month ...
            // on Tuesday") adds nothing to the timeline.
            var daysBySentence: [Int: [String]] = [:]
            for (d, span) in dated where d.value.utf8.count == 10 {
                daysBySentence[span.start, default: []].append(d.value)
            }
            for (d, span) in dated {
                if d.value.utf8.count == 7,
                    daysBySentence[span.start]?.contains(where: { $0.hasPrefix(d.value + "-") }) == true
                {
                    continue
                }
                guard seen.insert("\(d.value)|\(span.start)").inserted else { continue }
                let text = item.text[span]
                let words = contentStems(text)
                // A dateline or timestamp ("Updated: November 11, 2011 18:50 IST") reports nothing.
                guard words.subtracting(contentStems(d.text)).count >= minEventWords else { continue }
                let cite = Citation(article: item.article.id, span: span)
                if let k = byDate[d.value]?.first(where: { sameHappening(drafts[$0].words, words, similarity) }) {
                    drafts[k].support.add(cite, root: item.root)
                    drafts[k].words.formUnion(words)
                } else {
                    byDate[d.value, default: []].append(drafts.count)
                    var draft = Draft(date: d.value, text: text, words: words)
                    draft.support.add(cite, root: item.root)
                    drafts.append(draft)
                }
            }
        }
        // Stable on ties: the order reports arrived in.
        let ordered = drafts.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(
            \.element)
        return ordered.map {
            DatedReport(date: $0.date, text: $0.text, sources: $0.support.sources, reprints: $0.support.reprints)
        }
    }

    /// Two reports of one date describe one happening when their content words overlap: by
    /// Jaccard, or, since one report is often a long sentence and the other a short one, by
    /// the share of the shorter one's words found in the longer (at least four of them).
    static func sameHappening(_ a: Set<UInt64>, _ b: Set<UInt64>, _ similarity: Double) -> Bool {
        let shared = a.intersection(b).count
        if jaccard(a, b) >= similarity { return true }
        return shared >= 4 && Double(shared) >= 0.45 * Double(min(a.count, b.count))
    }

    /// "2024-03-05" or "2024-03": the granularities a timeline can place.
    static func isDayOrMonth(_ v: String) -> Bool {
        let b = Array(v.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 0x30 && b[$0] <= 0x39 } }
        if b.count == 7 { return digits(0..<4) && b[4] == 0x2D && digits(5..<7) }
        if b.count == 10 { return digits(0..<4) && b[4] == 0x2D && digits(5..<7) && b[7] == 0x2D && digits(8..<10) }
        return false
    }
}

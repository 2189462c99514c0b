import DossierModel

/// A story's dated events: each sentence holding a DATE of day or month granularity is a report
/// of an event on that date; reports with the same date and similar wording, across articles,
/// are one event with all their sources. Listed in date order.
enum StoryTimeline {
    struct Draft {
        var date: String
        var text: String
        var words: Set<UInt64>
        var support = SupportList()
    }

    /// Content words a sentence needs besides its date to report a happening.
    static let minEventWords = 4

    static func events(_ sources: StorySources, similarity: Double) -> [StoryEvent] {
        var drafts: [Draft] = []
        var byDate: [String: [Int]] = [:]
        for item in sources.items {
            var seen = Set<String>()
            for d in item.article.annotations.dates where d.type == .date && isDayOrMonth(d.value) {
                let span = StorySources.sentence(containing: d.span, in: item)
                guard seen.insert("\(d.value)|\(span.start)").inserted else { continue }
                let text = item.text[span]
                let words = contentStems(text)
                // A dateline or timestamp ("Updated: November 11, 2011 18:50 IST") reports nothing.
                guard words.subtracting(contentStems(d.text)).count >= minEventWords else { continue }
                let cite = Citation(article: item.article.id, span: span)
                if let k = byDate[d.value]?.first(where: { jaccard(drafts[$0].words, words) >= similarity }) {
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
        let ordered = drafts.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        return ordered.map { StoryEvent(date: $0.date, text: $0.text, sources: $0.support.sources, reprints: $0.support.reprints) }
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

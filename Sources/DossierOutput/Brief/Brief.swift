import DossierModel

/// A story's dossier as sections of cited lines, rendered to Markdown, HTML or JSON.
///
/// Built once from the linked story so the renderers only format: every line keeps the
/// citations (article and span) it came from.
public struct Brief: Sendable {
    /// One article of the story as the brief's source list numbers it.
    public struct Source: Sendable {
        /// 1-based, in publication order (undated last, then by id): the `[n]` the lines cite and `#source-n` anchors.
        public var number: Int
        /// The article's metadata as the story lists it.
        public var ref: ArticleRef
        /// Id of the article this one reprints, when it is a syndicated copy.
        public var copyOf: String?
        /// Lines of page furniture (boilerplate) cleaning removed, when the article was at hand.
        public var removedLines: Int?
    }

    /// One line of a section and the evidence behind it.
    public struct Line: Sendable {
        /// The line as plain text (the HTML renderer escapes it): "2024-03-05: Port closed (3 independent reports)".
        public var text: String
        /// Its evidence; an empty span cites the article as a whole. Renderers show each article once, by number.
        public var citations: [Citation]
    }

    /// A headed list of lines. A brief's sections come in this order, each only when it has lines: "Summary",
    /// "Key facts", "Events", "Who's who", "Other quotes", "Figures", "Views".
    public struct Section: Sendable {
        /// The heading as shown; "Views" carries the story's question when it has one ("Views: Will the port reopen?").
        public var heading: String
        /// Its lines, never empty.
        public var lines: [Line]
    }

    /// The story's title.
    public var title: String
    /// One line of overview, not the extractive summary (that is the "Summary" section): "13 reports from 9
    /// outlets (12 independent: 1 is a reprint), 2024-03-04 to 2024-04-15."
    public var summary: String
    /// The sections in the order above.
    public var sections: [Section]
    /// Every article of the story, copies included, in `number` order.
    public var sources: [Source]
    /// Inputs that could not be read, with the reason, one line each.
    public var failures: [String] = []
    /// The story it was built from: written whole in the JSON form (`story`) and drawn in the HTML charts.
    public var story: Story

    /// The source number of an article id; nil when the article is not in the story.
    public func number(of articleID: String) -> Int? {
        sources.first { $0.ref.id == articleID }?.number
    }
}

/// Builds a `Brief` from a linked story: every choice of section and line is made here, so the renderers
/// only format.
public enum BriefBuilder {
    /// `articles` (the story's, analysed) adds the extractive summary and boilerplate counts;
    /// without them the brief is built from the story alone.
    public static func build(
        _ story: Story, articles: [Article] = [], configuration c: BriefConfiguration = .init(),
        failures: [String] = []
    ) -> Brief {
        var copyOf: [String: String] = [:]
        for g in story.syndication { for cp in g.copies { copyOf[cp] = g.original } }
        let members = Set(story.articles.map(\.id))
        let own = articles.filter { members.contains($0.id) }
        var removed: [String: Int] = [:]
        for a in own { removed[a.id] = a.removed.count }
        let ordered = story.articles.sorted { ($0.published ?? "9999", $0.id) < ($1.published ?? "9999", $1.id) }
        let sources = ordered.enumerated().map {
            Brief.Source(
                number: $0.offset + 1, ref: $0.element, copyOf: copyOf[$0.element.id],
                removedLines: removed[$0.element.id])
        }
        var sections: [Brief.Section] = []
        let summaryLines = BriefSummary.lines(own, copyOf: copyOf, configuration: c)
        if !summaryLines.isEmpty { sections.append(.init(heading: "Summary", lines: summaryLines)) }
        let events = onceEach(story.events, newestFirst: c.newestFirst)
        let facts = events.filter { independentCount($0.sources, copyOf) >= c.keyFactMinSources }
            .sorted { independentCount($0.sources, copyOf) > independentCount($1.sources, copyOf) }
            .prefix(c.keyFacts)
        if !facts.isEmpty {
            sections.append(
                .init(
                    heading: "Key facts",
                    lines: facts.map { e in
                        let n = independentCount(e.sources, copyOf)
                        return .init(text: "\(e.title) (\(n) independent sources)", citations: e.sources)
                    }))
        }
        if !events.isEmpty {
            sections.append(
                .init(
                    heading: "Events",
                    lines: events.map {
                        let n = independentCount($0.sources, copyOf)
                        let tail = n > 1 ? " (\(n) independent reports)" : ""
                        return .init(text: "\($0.date ?? "undated"): \($0.title)\(tail)", citations: $0.sources)
                    }))
        }
        sections.append(contentsOf: whoIsWho(story, copyOf: copyOf))
        if !story.claims.isEmpty {
            sections.append(
                .init(
                    heading: "Figures",
                    lines: story.claims.map { cl in
                        let figures = cl.figures.map { f in
                            var t = f.amount.text
                            if let d = f.date, cl.verdict == .changed { t += " on \(d)" }
                            let who = [f.claimant, f.outlet ?? f.article].compactMap { $0 }.joined(separator: ", ")
                            return "\(t) (\(who))"
                        }
                        let verdict =
                            cl.verdict == .conflict ? "CONFLICT" : cl.verdict == .changed ? "changed" : "agree"
                        return .init(
                            text: "\(cl.unit) — \(verdict): \(figures.joined(separator: " vs "))",
                            citations: cl.figures.map { Citation(article: $0.article, span: $0.amount.span) })
                    }))
        }
        if !story.assessments.isEmpty {
            let heading = story.question.map { "Views: \($0)" } ?? "Views"
            sections.append(
                .init(
                    heading: heading,
                    lines: story.assessments.map { a in
                        let who = a.role.map { "\(a.person), \($0)" } ?? a.person
                        let said = a.evidence.map { "\u{201C}\($0.text)\u{201D}" }.joined(separator: " ")
                        return .init(
                            text: "\(who): \(a.lean.rawValue). \(said)",
                            citations: a.evidence.map { Citation(article: $0.article, span: $0.span) })
                    }))
        }
        var brief = Brief(
            title: story.title, summary: overview(story, copyOf: copyOf), sections: sections,
            sources: sources, story: story)
        brief.failures = failures
        return brief
    }

    /// "13 reports from 9 outlets (12 independent: 1 is a reprint), 2024-03-04 to 2024-04-15."
    static func overview(_ story: Story, copyOf: [String: String]) -> String {
        let outlets = Set(story.articles.compactMap(\.outlet))
        let independent = story.articles.count - copyOf.count
        let dates = story.articles.compactMap(\.published).map { String($0.prefix(10)) }.sorted()
        var summary = "\(story.articles.count) reports from \(outlets.count) outlets"
        if !copyOf.isEmpty {
            let reprints = copyOf.count == 1 ? "1 is a reprint" : "\(copyOf.count) are reprints"
            summary += " (\(independent) independent: \(reprints))"
        }
        if let first = dates.first, let last = dates.last {
            summary += first == last ? ", \(first)." : ", \(first) to \(last)."
        } else {
            summary += "."
        }
        return summary
    }

    /// Each event once: the same line filed under several dates is kept at its most specific
    /// (longest) date, its sources merged; then in date order, undated last.
    static func onceEach(_ events: [StoryEvent], newestFirst: Bool) -> [StoryEvent] {
        var byText: [String: Int] = [:]
        var out: [StoryEvent] = []
        for e in events {
            let key = e.title.lowercased()
            if let k = byText[key] {
                if (e.date ?? "").count > (out[k].date ?? "").count { out[k].date = e.date }
                for s in e.sources where !out[k].sources.contains(s) { out[k].sources.append(s) }
                for s in e.reprints where !out[k].reprints.contains(s) { out[k].reprints.append(s) }
            } else {
                byText[key] = out.count
                out.append(e)
            }
        }
        out.sort { a, b in
            guard let x = a.date else { return false }
            guard let y = b.date else { return true }
            return newestFirst ? x > y : x < y
        }
        return out
    }

    /// People and organisations with their roles, each followed by what they said; quotes no
    /// entity claims are listed after them, with their speaker as the text designates them (a name
    /// or a description).
    static func whoIsWho(_ story: Story, copyOf: [String: String]) -> [Brief.Section] {
        let named = story.entities.filter { $0.type == .person || $0.type == .organization }
        var owner: [String: Int] = [:]
        for (k, e) in named.enumerated() {
            for n in [e.name] + e.aliases where owner[n.lowercased()] == nil { owner[n.lowercased()] = k }
        }
        var said: [Int: [StoryQuote]] = [:]
        var unclaimed: [StoryQuote] = []
        for q in story.quotes {
            // Only a name claims a quote for an entity: a description ("the commission", "police")
            // may read like one but designates nobody the story lists.
            if q.speakerNamed, let s = q.speaker, let k = owner[s.lowercased()] {
                said[k, default: []].append(q)
            } else {
                unclaimed.append(q)
            }
        }
        func quoted(_ q: StoryQuote) -> String { q.kind == .indirect ? q.text : "\u{201C}\(q.text)\u{201D}" }
        var sections: [Brief.Section] = []
        let people: [Brief.Line] = named.enumerated().map { k, e in
            var t = "\(e.name) (\(e.type.rawValue))"
            if let d = e.description { t += ", \(d)" }
            let quotes = said[k] ?? []
            if !quotes.isEmpty { t += " — said: " + quotes.map(quoted).joined(separator: " · ") }
            let cites =
                quotes.isEmpty
                ? e.articles.map { Citation(article: $0, span: Span(0, 0)) }
                : quotes.flatMap(\.sources)
            return .init(text: t, citations: cites)
        }
        // Most quoted first, then most mentioned: who the story is about.
        let order = people.indices.sorted {
            ((said[$0] ?? []).count, named[$0].articles.count) > ((said[$1] ?? []).count, named[$1].articles.count)
        }
        if !people.isEmpty { sections.append(.init(heading: "Who's who", lines: order.map { people[$0] })) }
        if !unclaimed.isEmpty {
            sections.append(
                .init(
                    heading: "Other quotes",
                    lines: unclaimed.map { q in
                        let who = q.speaker ?? q.speakerDescription ?? "unattributed"
                        return .init(text: "\(who): \(quoted(q))", citations: q.sources)
                    }))
        }
        return sections
    }

    /// Sources that are not reprints of another source already counted.
    static func independentCount(_ cites: [Citation], _ copyOf: [String: String]) -> Int {
        Set(cites.map { copyOf[$0.article] ?? $0.article }).count
    }
}

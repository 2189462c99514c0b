import DossierModel

/// A story's dossier as sections of cited lines, rendered to Markdown, HTML or JSON.
///
/// Built once from the linked story so the renderers only format: every line keeps the
/// citations (article and span) it came from.
public struct Brief: Sendable {
    public struct Source: Sendable {
        public var number: Int
        public var ref: ArticleRef
        /// Id of the article this one reprints, when it is a syndicated copy.
        public var copyOf: String?
    }

    public struct Line: Sendable {
        public var text: String
        public var citations: [Citation]
    }

    public struct Section: Sendable {
        public var heading: String
        public var lines: [Line]
    }

    public var title: String
    public var summary: String
    public var sections: [Section]
    public var sources: [Source]
    public var story: Story

    public func number(of articleID: String) -> Int? {
        sources.first { $0.ref.id == articleID }?.number
    }
}

public enum BriefBuilder {
    public static func build(_ story: Story) -> Brief {
        var copyOf: [String: String] = [:]
        for g in story.syndication { for c in g.copies { copyOf[c] = g.original } }
        let ordered = story.articles.sorted { ($0.published ?? "9999", $0.id) < ($1.published ?? "9999", $1.id) }
        let sources = ordered.enumerated().map { Brief.Source(number: $0.offset + 1, ref: $0.element, copyOf: copyOf[$0.element.id]) }
        let outlets = Set(story.articles.compactMap(\.outlet))
        let independent = story.articles.count - copyOf.count
        let dates = story.articles.compactMap(\.published).map { String($0.prefix(10)) }.sorted()
        var summary = "\(story.articles.count) reports from \(outlets.count) outlets"
        if !copyOf.isEmpty {
            summary += " (\(independent) independent: \(copyOf.count == 1 ? "1 is a reprint" : "\(copyOf.count) are reprints"))"
        }
        if let first = dates.first, let last = dates.last {
            summary += first == last ? ", \(first)." : ", \(first) to \(last)."
        } else {
            summary += "."
        }

        var sections: [Brief.Section] = []
        if !story.events.isEmpty {
            sections.append(.init(heading: "Timeline", lines: story.events.map {
                let n = independentCount($0.sources, copyOf)
                let tail = n > 1 ? " (\(n) independent reports)" : ""
                return .init(text: "\($0.date ?? "undated"): \($0.title)\(tail)", citations: $0.sources)
            }))
        }
        let people = story.entities.filter { $0.type != .misc }
        if !people.isEmpty {
            sections.append(.init(heading: "Who is involved", lines: people.map { e in
                var t = "\(e.name) (\(e.type.rawValue))"
                if let d = e.description { t += ", \(d)" }
                let others = e.aliases.filter { $0 != e.name }
                if !others.isEmpty { t += "; also \(others.map { "\"\($0)\"" }.joined(separator: ", "))" }
                return .init(text: t, citations: e.articles.map { Citation(article: $0, span: Span(0, 0)) })
            }))
        }
        if !story.quotes.isEmpty {
            sections.append(.init(heading: "Who said what", lines: story.quotes.map { q in
                let who = q.speaker ?? q.speakerDescription ?? "unattributed"
                let body = q.kind == .indirect ? q.text : "\u{201C}\(q.text)\u{201D}"
                let support = independentCount(q.sources, copyOf)
                let tail = q.sources.count > 1 ? " (\(support) independent source\(support == 1 ? "" : "s"))" : ""
                return .init(text: "\(who): \(body)\(tail)", citations: q.sources)
            }))
        }
        if !story.claims.isEmpty {
            sections.append(.init(heading: "Figures", lines: story.claims.map { c in
                let figures = c.figures.map { f in
                    var t = f.amount.text
                    if let d = f.date, c.verdict == .changed { t += " on \(d)" }
                    let who = [f.claimant, f.outlet ?? f.article].compactMap { $0 }.joined(separator: ", ")
                    return "\(t) (\(who))"
                }
                let verdict = c.verdict == .conflict ? "CONFLICT" : c.verdict == .changed ? "changed" : "agree"
                return .init(text: "\(c.unit) — \(verdict): \(figures.joined(separator: " vs "))",
                             citations: c.figures.map { Citation(article: $0.article, span: $0.amount.span) })
            }))
        }
        if !story.assessments.isEmpty {
            let heading = story.question.map { "Who expects what: \($0)" } ?? "Who expects what"
            sections.append(.init(heading: heading, lines: story.assessments.map { a in
                let who = a.role.map { "\(a.person), \($0)" } ?? a.person
                let said = a.evidence.map { "\u{201C}\($0.text)\u{201D}" }.joined(separator: " ")
                return .init(text: "\(who): \(a.lean.rawValue). \(said)",
                             citations: a.evidence.map { Citation(article: $0.article, span: $0.span) })
            }))
        }
        if !story.syndication.isEmpty {
            sections.append(.init(heading: "Reprints", lines: story.syndication.map { g in
                .init(text: "\(g.copies.count) cop\(g.copies.count == 1 ? "y" : "ies") of one text",
                      citations: ([g.original] + g.copies).map { Citation(article: $0, span: Span(0, 0)) })
            }))
        }
        return Brief(title: story.title, summary: summary, sections: sections, sources: sources, story: story)
    }

    /// Sources that are not reprints of another source already counted.
    static func independentCount(_ cites: [Citation], _ copyOf: [String: String]) -> Int {
        Set(cites.map { copyOf[$0.article] ?? $0.article }).count
    }
}

import DossierModel

/// Builds one `Story` from its member articles (in arrival order).
struct StoryAssembler: Sendable {
    let configuration: LinkingConfiguration

    /// A story's or an event's id: `ContentID.make` of its member article ids sorted and joined by
    /// U+001F, the same for the same membership whatever the order the members arrived in.
    static func membershipID(_ ids: [String]) -> String { ContentID.make(ids.sorted().joined(separator: "\u{1f}")) }

    /// `events` splits the members into event groups; `originalOf` maps each copy's id to the id
    /// of the earliest article of its text.
    func story(_ articles: [Article], events: [[Article]], originalOf: [String: String]) -> Story {
        var story = Story(
            id: Self.membershipID(articles.map(\.id)),
            title: StoryTitle.central(
                articles, originalOf: originalOf,
                minWords: configuration.titleMinWords),
            articles: articles.map(ArticleRef.init))
        story.syndication = syndication(articles, originalOf: originalOf)
        story.entities = EntityMerger.merge(articles)
        let sources = StorySources(articles, originalOf: originalOf)
        story.events = EventAssembler.events(
            events, originalOf: originalOf, similarity: configuration.eventSimilarity,
            lookbackDays: configuration.eventLookbackDays)
        story.quotes = QuoteMerger.quotes(
            sources, overlap: configuration.quoteMergeOverlap,
            minWords: configuration.quoteMergeMinWords)
        var eventDates: [String: String] = [:]
        for e in story.events { if let d = e.date { for id in e.articles { eventDates[id] = d } } }
        story.claims = ClaimGrouper.claims(
            sources, tolerance: configuration.amountTolerance,
            windowDays: configuration.claimWindowDays, eventDates: eventDates,
            lagDays: configuration.claimReportLagDays,
            unstatedDays: configuration.claimUnstatedSameDays,
            rules: configuration.claims)
        (story.question, story.assessments) = AssessmentReader.assessments(sources, title: story.title)
        return story
    }

    /// The headline of the earliest independent article, else the first sentence of the earliest one.
    static func headline(_ articles: [Article], originalOf: [String: String]) -> String {
        if let t = articles.first(where: { originalOf[$0.id] == nil && !($0.title ?? "").isEmpty })?.title { return t }
        if let t = articles.first(where: { !($0.title ?? "").isEmpty })?.title { return t }
        guard let a = articles.first else { return "" }
        if let s = a.annotations.sentences.first { return ScalarText(a.text)[s] }
        return String(a.text.prefix(120))
    }

    func syndication(_ articles: [Article], originalOf: [String: String]) -> [SyndicationGroup] {
        var copies: [String: [String]] = [:]
        var firstSeen: [String] = []
        for a in articles {
            guard let o = originalOf[a.id] else { continue }
            if copies[o] == nil { firstSeen.append(o) }
            copies[o, default: []].append(a.id)
        }
        return firstSeen.map { SyndicationGroup(original: $0, copies: copies[$0]!) }
    }
}

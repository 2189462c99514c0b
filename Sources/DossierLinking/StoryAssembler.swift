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
        let sources = StorySources(articles, originalOf: originalOf)
        let minWords = configuration.titleMinWords
        // The title, the assessments (which read the title) and the entities of a large story
        // are built on a thread of their own while this one builds its events, quotes and claims.
        let side: @Sendable () -> Side = {
            let title = StoryTitle.central(articles, originalOf: originalOf, minWords: minWords)
            let (question, assessments) = AssessmentReader.assessments(sources, title: title)
            return Side(
                title: title, entities: EntityMerger.merge(articles), question: question, assessments: assessments)
        }
        let running = articles.count >= Self.sideThreadArticles ? Running(onOwnThread: true, side) : nil
        var story = Story(id: Self.membershipID(articles.map(\.id)), title: "", articles: articles.map(ArticleRef.init))
        story.syndication = syndication(articles, originalOf: originalOf)
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
        let built = running?.wait() ?? side()
        story.title = built.title
        story.entities = built.entities
        story.question = built.question
        story.assessments = built.assessments
        return story
    }

    /// Articles from which a story's details are built on two threads (below, starting a thread
    /// costs more than it saves). The result is the same either way.
    static let sideThreadArticles = 64

    /// What `story` builds on its side thread.
    struct Side: Sendable {
        var title: String
        var entities: [StoryEntity]
        var question: String?
        var assessments: [StoryAssessment]
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

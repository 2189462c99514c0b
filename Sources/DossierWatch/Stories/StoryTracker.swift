import DossierLinking
import DossierModel
import DossierStore

/// Places each new article in a story and an event as it arrives, online: the two-level
/// clusterer of the batch linker (`StorylineClusterer`) takes one article at a time and nothing
/// stored is reassigned. Story and event ids are stable ("s-" / "e-" and the id of the article
/// that opened them), so an article that joins keeps its story's id and alerts and feeds can
/// point at it.
///
/// A restart resumes: the clusterer's state is rebuilt by adding the stored members again in
/// the order they were placed, and each clusterer story is mapped back to the stored id of its
/// members, so a replay that differed from the original run would still never move a stored
/// article.
///
/// Memory is bounded by `LinkingConfiguration.maxLiveStories` (`WatchConfiguration.storyCapacity`):
/// stories beyond it, the least recently joined, are spilled to the store (`watch_spill`) and
/// brought back when a new article shares their index terms, so an article can still join a
/// story that left memory. Without a store, nothing is spilled (`init(configuration:)` holds all).
public struct StoryTracker: Sendable {
    private var clusterer: StorylineClusterer
    private var storyID: [Int: String] = [:]
    private var eventID: [Int: String] = [:]
    private let store: (any WatchStoring)?
    public private(set) var placed = 0

    public init(configuration: LinkingConfiguration = .init()) {
        var c = configuration
        c.maxLiveStories = nil
        clusterer = StorylineClusterer(configuration: c)
        store = nil
    }

    /// Stories held in memory at each level (at most `maxLiveStories` after each placement).
    public var liveStories: (events: Int, stories: Int) {
        (clusterer.events.liveCount, clusterer.stories.liveCount)
    }

    /// Stories spilled to the store at each level.
    public var spilledStories: (events: Int, stories: Int) {
        (clusterer.events.spilledCount, clusterer.stories.spilledCount)
    }

    /// Rebuilds the state from the stored placements (spilled stories are spilled again as the
    /// replay goes).
    public init(store: any WatchStoring, configuration: LinkingConfiguration = .init()) throws {
        clusterer = StorylineClusterer(configuration: configuration)
        self.store = store
        try store.clearSpilledStories()
        let members = try store.watchMembers()
        guard !members.isEmpty else { return }
        var byID: [String: Article] = [:]
        for a in try store.loadArticles() { byID[a.id] = a }
        for m in members {
            guard let a = byID[m.articleId] else { continue }
            let p = try add(a)
            if storyID[p.story] == nil { storyID[p.story] = m.storyId }
            if eventID[p.event] == nil { eventID[p.event] = m.eventId }
            placed += 1
        }
    }

    public struct Placement: Sendable {
        public var member: WatchMember
        public var openedStory: Bool
        /// A title for a story this article opens (the store keeps the first one given).
        public var storyTitle: String?
    }

    /// Places the next article (articles arrive roughly in time order, as the clusterer expects).
    /// Throws only when spilled stories cannot be read or written.
    public mutating func place(_ article: Article, now: Double) throws -> Placement {
        let p = try add(article)
        let opened = storyID[p.story] == nil
        let s = storyID[p.story] ?? "s-" + article.id
        let e = eventID[p.event] ?? "e-" + article.id
        storyID[p.story] = s
        eventID[p.event] = e
        placed += 1
        return Placement(
            member: WatchMember(articleId: article.id, storyId: s, eventId: e, added: now),
            openedStory: opened, storyTitle: article.title)
    }

    /// Adds to the clusterer, reading spilled stories back from the store and writing out those
    /// it spills (stale copies first, so a story spilled again in the same step is kept).
    private mutating func add(_ article: Article) throws -> TwoLevelPlacement {
        guard let store else { return clusterer.add(article) }
        let limit = clusterer.stories.configuration.maxSpilledCandidates
        let p = try clusterer.add(article) { level, terms in
            try store.spilledStories(level: level.rawValue, terms: terms, limit: limit).compactMap(
                SpilledStory.init(bytes:))
        }
        for out in clusterer.takeSpilled() {
            let rows = out.spilled.map { ArticleStore.SpilledRow(number: $0.number, terms: $0.terms, bytes: $0.bytes) }
            try store.saveSpilledStories(level: out.level.rawValue, save: rows, forget: out.stale)
        }
        return p
    }
}

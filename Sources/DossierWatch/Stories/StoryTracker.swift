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
public struct StoryTracker: Sendable {
    private var clusterer = StorylineClusterer()
    private var storyID: [Int: String] = [:]
    private var eventID: [Int: String] = [:]
    public private(set) var placed = 0

    public init() {}

    /// Rebuilds the state from the stored placements.
    public init(store: ArticleStore) throws {
        let members = try store.watchMembers()
        guard !members.isEmpty else { return }
        var byID: [String: Article] = [:]
        for a in try store.loadArticles() { byID[a.id] = a }
        for m in members {
            guard let a = byID[m.articleId] else { continue }
            let p = clusterer.add(a)
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
    public mutating func place(_ article: Article, now: Double) -> Placement {
        let p = clusterer.add(article)
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
}

import DossierOutput
import DossierModel

/// The stories of one store revision with their list statistics, and the responses rendered
/// from them (kept until the revision changes).
public final class StorySnapshot: Sendable {
    public let revision: Int
    public let stories: [Story]
    public let stats: [StoryStats]
    let index: [String: Int]
    /// Story id of every article that belongs to one.
    let storyOfArticle: [String: String]
    /// The analysed articles, for the briefs' summaries and boilerplate counts.
    let articles: [String: Article]
    /// Rendered responses by request path and query; see `ResponseCache`.
    let responses = ResponseCache()

    init(revision: Int, stories: [Story], articles: [Article]) {
        self.revision = revision
        self.stories = stories
        var languages: [String: String] = [:]
        for a in articles { if let l = a.language { languages[a.id] = l } }
        let latest = articles.compactMap { Days.day($0.published?.iso8601) }.compactMap(Days.number).max()
        stats = stories.map { StoryStats($0, languages: languages, latestDay: latest) }
        var index: [String: Int] = [:]
        var of: [String: String] = [:]
        for (k, s) in stories.enumerated() {
            index[s.id] = k
            for a in s.articles { of[a.id] = s.id }
        }
        self.index = index
        storyOfArticle = of
        var byID: [String: Article] = [:]
        for a in articles { byID[a.id] = a }
        self.articles = byID
    }

    /// The brief of a story, with its articles' text at hand.
    func brief(_ story: Story) -> Brief {
        BriefBuilder.build(story, articles: story.articles.compactMap { articles[$0.id] })
    }

    public func story(_ id: String) -> (story: Story, stats: StoryStats)? {
        guard let k = index[id] else { return nil }
        return (stories[k], stats[k])
    }

    /// Stories whose people or organisations include `name` (or an alias of it).
    func stories(mentioning name: String) -> [Story] {
        stories.indices.filter { stats[$0].mentions(name) }.map { stories[$0] }
    }

    /// The story list after filters and sort: indices into `stories`.
    func select(_ f: StoryFilter) -> [Int] {
        var picked = stories.indices.filter { k in
            let s = stats[k]
            if let o = f.outlet?.lowercased(), !s.outlets.contains(where: { $0.lowercased().contains(o) }) {
                return false
            }
            if let l = f.language?.lowercased(), !s.languages.contains(where: { $0.lowercased().hasPrefix(l) }) {
                return false
            }
            if let p = f.person, !s.mentions(p) { return false }
            if let from = f.from, let last = s.lastDay, last < from { return false }
            if let to = f.to, let first = s.firstDay, first > to { return false }
            if (f.from != nil || f.to != nil) && s.firstDay == nil { return false }
            if let q = f.text?.lowercased(), !stories[k].title.lowercased().contains(q), !s.mentions(q) { return false }
            return true
        }
        switch f.sort {
        case .size:
            break  // stories already come largest first
        case .recent:
            picked.sort {
                (stats[$0].lastDay ?? "", stats[$1].articleCount) > (stats[$1].lastDay ?? "", stats[$0].articleCount)
            }
        case .trend:
            picked.sort { (stats[$0].recent, stats[$0].lastDay ?? "") > (stats[$1].recent, stats[$1].lastDay ?? "") }
        }
        return picked
    }
}

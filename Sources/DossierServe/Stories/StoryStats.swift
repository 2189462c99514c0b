import DossierOutput
import DossierModel
import DossierWatch

/// What the story list shows and filters by, computed once per store revision.
public struct StoryStats: Sendable {
    public var articleCount: Int
    /// Articles that are not reprints of another article in the story.
    public var independentCount: Int
    public var outlets: [String]
    public var languages: [String]
    /// Lower-cased names and aliases of the story's people and organisations, for the filter.
    var nameKeys: Set<String>
    public var firstDay: String?
    public var lastDay: String?
    /// Articles per day from `firstDay` to `lastDay`, zeros included: the sparkline.
    public var perDay: [Int]
    /// Articles in the last `StoryConfiguration.trendWindowDays` days before the newest day in the store.
    public var recent: Int
    /// Coverage on the newest day of the store against the 14 days before it (`TrendScore`):
    /// the store's newest day stands for "now", so an archive ranks as it did when it was live.
    public var trend: Double

    init(_ story: Story, languages byArticle: [String: String], latestDay: Int?) {
        articleCount = story.articles.count
        let copies = Set(story.syndication.flatMap(\.copies))
        independentCount = story.articles.filter { !copies.contains($0.id) }.count
        var outletCounts: [String: Int] = [:]
        for a in story.articles { if let o = a.outlet { outletCounts[o, default: 0] += 1 } }
        outlets = outletCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        languages = Array(Set(story.articles.compactMap { byArticle[$0.id] })).sorted()
        var keys = Set<String>()
        for e in story.entities where e.type == .person || e.type == .organization {
            keys.insert(e.name.lowercased())
            for a in e.aliases { keys.insert(a.lowercased()) }
        }
        nameKeys = keys
        let days = story.articles.compactMap { Days.day($0.published) }.compactMap(Days.number)
        if let lo = days.min(), let hi = days.max() {
            firstDay = Days.string(lo)
            lastDay = Days.string(hi)
            // Long-running stories are drawn over their last `maxSparkDays` days only.
            let start = max(lo, hi - StoryStats.maxSparkDays + 1)
            var counts = Array(repeating: 0, count: hi - start + 1)
            for d in days where d >= start { counts[d - start] += 1 }
            perDay = counts
        } else {
            perDay = []
        }
        if let latestDay {
            recent = days.filter { $0 > latestDay - StoryStats.trendWindowDays }.count
            // Publication days at their midday, scored as of the end of the newest day.
            let times = days.map { Double($0) * 86_400 + 43_200 }
            let score = TrendScore(times: times, now: Double(latestDay + 1) * 86_400).score
            trend = (score * 100).rounded() / 100
        } else {
            recent = 0
            trend = 0
        }
    }

    /// Days a sparkline spans at most.
    static let maxSparkDays = 90
    /// "Trending" means most articles in this many days up to the newest article in the store.
    static let trendWindowDays = 3

    func mentions(_ name: String) -> Bool {
        let key = name.lowercased()
        if nameKeys.contains(key) { return true }
        return nameKeys.contains { $0.contains(key) }
    }
}

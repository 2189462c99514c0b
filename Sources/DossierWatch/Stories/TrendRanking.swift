import DossierStore

/// Trend scores over the watched stories and over the entities of watched articles, highest first.
public enum TrendRanking {
    public struct Ranked: Sendable {
        public var id: String
        public var title: String
        public var trend: TrendScore
    }

    public static func stories(_ store: any WatchStoring, now: Double) throws -> [Ranked] {
        let times = try store.watchStoryTimes()
        let titles = Dictionary(
            try store.watchStories(updatedSince: -.infinity, limit: 100_000).map { ($0.id, $0.title ?? $0.id) },
            uniquingKeysWith: { a, _ in a })
        return times.map {
            Ranked(id: $0.key, title: titles[$0.key] ?? $0.key, trend: TrendScore(times: $0.value, now: now))
        }
        .sorted { ($0.trend.score, $1.id) > ($1.trend.score, $0.id) }
    }

    public static func entities(_ store: any WatchStoring, now: Double) throws -> [(name: String, trend: TrendScore)] {
        let since = now - (TrendScore.baselineDays + 1) * 86_400
        return try store.watchedEntityTimes(since: since).map {
            (name: $0.key, trend: TrendScore(times: $0.value, now: now))
        }
        .sorted { ($0.trend.score, $1.name) > ($1.trend.score, $0.name) }
    }
}

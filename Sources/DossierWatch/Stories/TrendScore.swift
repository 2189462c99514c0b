import Foundation

/// How far a story's or an entity's coverage in the last day stands above its own usual level:
/// a Pearson residual, (observed − expected) / √expected, with the expected count the daily
/// mean of the 14 days before (as Event Registry scores trending concepts). The floor on the
/// expectation keeps a first article of something never seen from scoring in the hundreds.
public struct TrendScore: Sendable, Equatable {
    public var last24h: Int
    /// Mean per day over the baseline window.
    public var baselinePerDay: Double
    public var score: Double

    public static let windowSeconds = 86_400.0
    public static let baselineDays = 14.0
    /// Smallest expected count per day (not fitted: half an article a day).
    public static let expectedFloor = 0.5

    /// Scores event times (Unix seconds) as of `now`; times after `now` count as now.
    public init(times: [Double], now: Double) {
        var recent = 0
        var base = 0
        let dayStart = now - Self.windowSeconds
        let baseStart = dayStart - Self.baselineDays * 86_400
        for t in times where t.isFinite {
            if t > dayStart { recent += 1 } else if t > baseStart { base += 1 }
        }
        last24h = recent
        baselinePerDay = Double(base) / Self.baselineDays
        let expected = max(baselinePerDay, Self.expectedFloor)
        score = (Double(recent) - expected) / expected.squareRoot()
    }
}

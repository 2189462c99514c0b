import DossierModel
import DossierText
import Foundation

/// When a source is polled next: pure arithmetic on what the last poll found and what the
/// server asked for.
public enum PollSchedule {
    /// After a good poll: shorter when something new came, longer when nothing did, then no
    /// sooner than the server's own freshness hint (Cache-Control max-age, feed ttl), all
    /// within the configured bounds.
    public static func afterSuccess(previous: Double, newItems: Int, hint: Double?, _ c: WatchConfiguration) -> Double {
        let factor = max(1.0, c.adaptFactor)
        var next = newItems > 0 ? previous / factor : previous * factor
        if !next.isFinite { next = c.initialInterval }
        next = clamp(next, c)
        if let hint, hint.isFinite, hint > next { next = min(hint, c.maxInterval) }
        return next
    }

    /// How often a feed publishes, from its items' dates: the mean gap between the items dated
    /// in the week before `now` (at least `minDated` of them), as Miniflux's entry-frequency
    /// scheduler does; nil when the dates do not say (undated feeds adapt by `afterSuccess`).
    public static func publishingGap(_ times: [Double], now: Double, minDated: Int = 3) -> Double? {
        let recent = times.filter { $0.isFinite && $0 <= now + 3_600 && $0 >= now - 7 * 86_400 }
        guard recent.count >= max(2, minDated), let lo = recent.min(), let hi = recent.max(), hi > lo
        else { return nil }
        return (hi - lo) / Double(recent.count - 1)
    }

    /// After a failure: the floor doubled per failure in a row, with jitter (`random` in 0..<1),
    /// and no sooner than a Retry-After.
    public static func backoff(failures: Int, retryAfter: Double?, random: Double, _ c: WatchConfiguration) -> Double {
        let base = max(c.minInterval, 1)
        let doublings = Double(min(max(failures - 1, 0), 40))
        var delay = min(c.maxInterval, base * pow(2, doublings))
        let spread = 1 - c.jitter + 2 * c.jitter * min(max(random, 0), 1)
        delay *= spread
        if let retryAfter, retryAfter.isFinite, retryAfter > delay { delay = min(retryAfter, c.maxInterval) }
        return max(delay, 0)
    }

    static func clamp(_ v: Double, _ c: WatchConfiguration) -> Double {
        min(max(v, c.minInterval), c.maxInterval)
    }

    /// `Cache-Control: max-age=N` in seconds (s-maxage is for shared caches, not us); nil
    /// when absent. `no-cache`/`no-store` say nothing about how often to poll.
    public static func maxAge(_ cacheControl: String?) -> Double? {
        guard let cc = cacheControl?.lowercased() else { return nil }
        for part in cc.split(separator: ",") {
            let p = part.trimmingCharacters(in: .whitespaces)
            guard p.hasPrefix("max-age=") else { continue }
            let digits = p.dropFirst(8).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            if let n = Int(digits.prefix(10)), n >= 0 { return Double(n) }
        }
        return nil
    }

    /// `Retry-After` as seconds from `now`: delta-seconds or an HTTP date.
    public static func retryAfter(_ value: String?, now: Double) -> Double? {
        guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        if let n = Int(v.prefix(10)), n >= 0 { return Double(n) }
        guard let t = DateParsing.parse(v), let at = epochSeconds(t) else { return nil }
        return max(0, at - now)
    }

    /// Unix seconds of a timestamp (UTC when it carries no offset).
    public static func epochSeconds(_ t: Timestamp) -> Double? {
        guard Timestamp.isValid(year: t.year, month: t.month, day: t.day) else { return nil }
        let day = Double(t.dayNumber) * 86_400
        let time = Double((t.hour ?? 0) * 3600 + (t.minute ?? 0) * 60 + (t.second ?? 0))
        return day + time - Double((t.utcOffsetMinutes ?? 0) * 60)
    }
}

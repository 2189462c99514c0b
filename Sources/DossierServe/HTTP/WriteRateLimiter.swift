import DossierPipeline
import Foundation

/// At most `perMinute` writes per client address in any sliding minute.
final class WriteRateLimiter: Sendable {
    let perMinute: Int
    private let log = Locked<[String: [ContinuousClock.Instant]]>([:])

    init(perMinute: Int) { self.perMinute = perMinute }

    /// Records a write by `client`, or throws 429 saying when to retry.
    func admit(_ client: String) throws {
        let now = ContinuousClock.now
        let window = Duration.seconds(60)
        let wait: Duration? = log.withLock { log in
            if log.count > 10_000 { log.removeAll() }  // bound memory under many addresses
            var times = log[client, default: []].filter { now - $0 < window }
            if times.count >= perMinute, let first = times.first {
                log[client] = times
                return window - (now - first)
            }
            times.append(now)
            log[client] = times
            return nil
        }
        if let wait {
            let seconds = max(1, Int(wait.components.seconds) + 1)
            throw APIError(
                .tooManyRequests,
                "too many writes from this address: at most \(perMinute) a minute; "
                    + "retry in \(seconds) s")
        }
    }
}

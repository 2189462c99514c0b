import DossierIngest
import DossierModel
import DossierOutput
import DossierStore
import Foundation

/// POSTs each new alert as JSON to its watchlist's webhook, signed, retried with back-off.
///
/// The signature header is `X-Dossier-Signature: sha256=<hex HMAC-SHA256 of the body under the
/// watchlist's secret>` (the GitHub convention), so a receiver can check the body came from
/// here unchanged. A failed attempt (no answer or a non-2xx status) is retried after the
/// configured delay doubled per attempt, with jitter; after the last attempt the alert stays
/// in the store and feeds, marked undelivered.
public struct WebhookSender: Sendable {
    public var configuration: WatchConfiguration
    public var random: @Sendable () -> Double

    public init(
        configuration: WatchConfiguration, random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) }
    ) {
        self.configuration = configuration
        self.random = random
    }

    public struct Report: Sendable, Equatable {
        public var delivered = 0
        public var failed = 0
        public var abandoned = 0

        public init() {}
    }

    /// Deliveries tried in one pass at most (the store's order: the longest waiting first);
    /// the rest wait for the next pass, so a backlog cannot hold up polling for long.
    static let deliveriesPerPass = 100

    /// Tries every delivery due at `now` once.
    public func deliverDue(_ store: any WatchStoring, now: Double) throws -> Report {
        var report = Report()
        let lists = Dictionary(try store.watchlists().map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for d in try store.dueDeliveries(now: now, limit: Self.deliveriesPerPass) {
            guard let alert = try store.alert(id: d.alertId) else { continue }
            let article = try store.article(id: alert.articleId)
            let body = Array(Self.payload(alert, article: article.map(ArticleRef.init)).utf8)
            var headers = [
                "Content-Type: application/json", "X-Dossier-Event: alert", "X-Dossier-Delivery: \(alert.id)",
            ]
            if let secret = lists[alert.watchlist]?.secret, !secret.isEmpty {
                headers.append(
                    "X-Dossier-Signature: sha256=" + HMAC.hex(HMAC.sha256(key: Array(secret.utf8), message: body)))
            }
            var error: String?
            do {
                let r = try Fetcher.request(
                    d.url, headers: headers, postBody: body, userAgent: configuration.userAgent,
                    timeout: configuration.timeout, maxBytes: 1 << 20)
                if !(200..<300).contains(r.status) { error = "HTTP status \(r.status)" }
            } catch let failure {
                error = "\(failure)"
            }
            if error == nil {
                report.delivered += 1
                try store.recordDelivery(alertID: alert.id, error: nil, now: now, retryAt: nil)
                continue
            }
            let attempt = d.attempts + 1
            if attempt >= configuration.webhookAttempts {
                report.abandoned += 1
                try store.recordDelivery(alertID: alert.id, error: error, now: now, retryAt: nil)
            } else {
                report.failed += 1
                let spread = 1 - configuration.jitter + 2 * configuration.jitter * min(max(random(), 0), 1)
                let delay = configuration.webhookRetryDelay * pow(2, Double(min(attempt - 1, 30))) * spread
                try store.recordDelivery(alertID: alert.id, error: error, now: now, retryAt: now + delay)
            }
        }
        return report
    }

    /// What a payload says of the article.
    public struct ArticleRef: Sendable {
        var id: String, title: String?, url: String?, outlet: String?, published: String?
        public init(_ a: Article) {
            id = a.id; title = a.title; url = a.url; outlet = a.outlet; published = a.published?.iso8601
        }

        public init(id: String, title: String?, url: String?, outlet: String?, published: String?) {
            self.id = id; self.title = title; self.url = url; self.outlet = outlet; self.published = published
        }
    }

    /// The alert as JSON: `{id, watchlist, story, article, trigger: {kind, text, start, end}, sources, created}`.
    public static func payload(_ a: WatchAlert, article: ArticleRef?) -> String {
        alertJSON(a, article: article).rendered()
    }

    public static func alertJSON(_ a: WatchAlert, article: ArticleRef?) -> JSONValue {
        .object([
            ("id", .int(Int(a.id))), ("watchlist", .string(a.watchlist)), ("story", .string(a.storyId)),
            (
                "article",
                .object([
                    ("id", .string(a.articleId)), ("title", .string(article?.title)), ("url", .string(article?.url)),
                    ("outlet", .string(article?.outlet)), ("published", .string(article?.published)),
                ])
            ),
            (
                "trigger",
                .object([
                    ("kind", .string(a.kind.rawValue)), ("text", .string(a.triggerText)),
                    ("start", .int(a.triggerStart)), ("end", .int(a.triggerEnd)),
                ])
            ),
            (
                "sources",
                .array(
                    a.sources.map { s in
                        .object([
                            ("outlet", .string(s.outlet)), ("url", .string(s.url)),
                            ("article_id", .string(s.articleId)),
                        ])
                    })
            ),
            ("created", .string(AtomWriter.rfc3339(a.created))),
        ])
    }
}

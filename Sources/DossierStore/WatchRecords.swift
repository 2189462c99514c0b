import Foundation

/// A polled source and its health.
public struct WatchSource: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// Told by what the server sends at the first poll (feed, sitemap or page).
        case auto, feed, sitemap, page
    }

    public var id: Int64
    public var url: String
    public var kind: Kind
    public var title: String?
    public var added: Double
    public var etag: String?
    public var lastModified: String?
    /// Seconds between polls as last adapted.
    public var interval: Double
    public var nextPoll: Double
    public var lastPoll: Double?
    public var lastSuccess: Double?
    public var lastError: String?
    public var lastErrorAt: Double?
    /// Failures in a row; 0 after a success.
    public var failures: Int
    public var itemsSeen: Int
    /// Digest of a single page's text at the last poll, to tell a changed page.
    public var lastHash: String?

    public init(id: Int64 = 0, url: String, kind: Kind = .auto, added: Double, interval: Double, nextPoll: Double) {
        self.id = id
        self.url = url
        self.kind = kind
        self.added = added
        self.interval = interval
        self.nextPoll = nextPoll
        self.failures = 0
        self.itemsSeen = 0
    }
}

/// A saved search or a followed name.
public struct Watchlist: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The web app's search syntax.
        case query
        case person, org, place, keyword
    }

    public var name: String
    public var kind: Kind
    public var value: String
    public var webhook: String?
    public var secret: String?
    public var created: Double

    public init(name: String, kind: Kind, value: String, webhook: String? = nil, secret: String? = nil, created: Double)
    {
        self.name = name
        self.kind = kind
        self.value = value
        self.webhook = webhook
        self.secret = secret
        self.created = created
    }
}

/// Something new that matched a watchlist, with the span that matched and who reported it.
public struct WatchAlert: Sendable, Equatable {
    public enum Kind: String, Sendable { case article, quote, figure }

    public struct Source: Sendable, Equatable, Codable {
        public var outlet: String?
        public var url: String?
        public var articleId: String

        public init(outlet: String?, url: String?, articleId: String) {
            self.outlet = outlet
            self.url = url
            self.articleId = articleId
        }
    }

    public var id: Int64
    public var watchlist: String
    public var articleId: String
    public var storyId: String?
    public var kind: Kind
    /// The matching text and its span in the article's text, in Unicode scalars.
    public var triggerText: String
    public var triggerStart: Int
    public var triggerEnd: Int
    /// The article's own source first, then the other reports of its story.
    public var sources: [Source]
    public var created: Double

    public init(
        id: Int64 = 0, watchlist: String, articleId: String, storyId: String?, kind: Kind, triggerText: String,
        triggerStart: Int, triggerEnd: Int, sources: [Source], created: Double
    ) {
        self.id = id
        self.watchlist = watchlist
        self.articleId = articleId
        self.storyId = storyId
        self.kind = kind
        self.triggerText = triggerText
        self.triggerStart = triggerStart
        self.triggerEnd = triggerEnd
        self.sources = sources
        self.created = created
    }
}

/// A story or event as the watcher keeps it: opened, last updated, size.
public struct WatchStory: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var opened: Double
    public var updated: Double
    public var articles: Int

    public init(id: String, title: String?, opened: Double, updated: Double, articles: Int) {
        self.id = id
        self.title = title
        self.opened = opened
        self.updated = updated
        self.articles = articles
    }
}

/// Where one watched article was placed.
public struct WatchMember: Sendable, Equatable {
    public var articleId: String
    public var storyId: String
    public var eventId: String
    public var added: Double

    public init(articleId: String, storyId: String, eventId: String, added: Double) {
        self.articleId = articleId
        self.storyId = storyId
        self.eventId = eventId
        self.added = added
    }
}

/// A webhook delivery still owed.
public struct WatchDelivery: Sendable, Equatable {
    public var alertId: Int64
    public var url: String
    public var attempts: Int
    public var nextAttempt: Double

    public init(alertId: Int64, url: String, attempts: Int, nextAttempt: Double) {
        self.alertId = alertId
        self.url = url
        self.attempts = attempts
        self.nextAttempt = nextAttempt
    }
}

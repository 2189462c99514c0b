import DossierIngest
import DossierLinking

/// Every threshold of the watcher in one place. None is fitted to data: they follow the
/// conventions of polite feed readers (Miniflux, FreshRSS: 5 min floor, a day ceiling,
/// exponential back-off) and RFC 9110/9111 (Retry-After, Cache-Control).
public struct WatchConfiguration: Sendable {
    /// Shortest wait between two polls of one source (`--min-interval`).
    public var minInterval = 300.0
    /// Longest wait between two polls of one source.
    public var maxInterval = 86_400.0
    /// The first interval of a new source, before it has shown how often it publishes.
    public var initialInterval = 1_800.0
    /// Adapting: the interval is divided by this after a poll that found something new and
    /// multiplied by it after one that found nothing.
    public var adaptFactor = 1.5
    /// Random spread of back-off delays (±20 %), so failing sources do not retry in step.
    public var jitter = 0.2
    /// Failures in a row after which a source is reported failing (it is still polled, slowly).
    public var failingAfter = 5
    /// Sources fetched at once, over all hosts and per host.
    public var globalConcurrency = 8
    public var perHostConcurrency = 2
    /// Feed items without full content whose text is shorter than this (Unicode scalars) are
    /// summaries: their linked page is fetched and extracted instead.
    public var summaryOnlyBelow = 600
    /// New items taken per poll of one source; the rest wait for the next poll.
    public var maxNewItemsPerPoll = 200
    /// Child sitemaps of a sitemap index added as sources, at most.
    public var maxChildSitemaps = 50
    public var timeout = 30.0
    public var maxBytes = 32 << 20
    public var userAgent = "Dossier/1.0 (news monitor; self-hosted; polite polling with conditional GET)"
    /// Webhook deliveries: attempts before giving up, and the first retry delay (doubled each time).
    public var webhookAttempts = 8
    public var webhookRetryDelay = 30.0
    /// Stories held in memory by the story tracker, at each level (events and stories); the
    /// least recently joined beyond it are spilled to the store and come back when an article
    /// shares their terms. Memory is what bounds it (about 10–30 KiB a story with its centroids,
    /// docs/measuring.md); a day of a few hundred feeds opens a few thousand stories, most never
    /// joined again after the first hours.
    public var storyCapacity = 1_000
    /// Copies (syndicated or reprinted text) are looked for among this many latest articles:
    /// the shingle index costs a few KiB an article. Reprints follow within hours.
    public var copyWindowArticles = 5_000
    /// Articles between two sweeps of the clusterer (closing stale stories, forgetting old
    /// copy postings): each sweep reads its whole index, so not per article, but often enough
    /// that the copy window above is kept within a tenth.
    public var housekeepingInterval = 500
    /// `Watcher.run`: seconds between two rounds of webhook deliveries, digest checks and
    /// placing what others stored, and between two reports of what was polled.
    public var tickInterval = 1.0
    /// `dossier watch` on glibc: malloc arenas at most (`M_ARENA_MAX`; glibc's default is 8 per
    /// core). A 5-minute soak grew +4.1 KiB per article stored with the default, +1.3 with 2.
    public var mallocArenas = 2
    /// Digest periods caught up at most once a digest directory can be written again.
    public var maxOwedDigests = 24
    public var reportInterval = 10.0

    public init() {}

    /// The linking stage's settings as the story tracker runs them on a stream.
    public var linking: LinkingConfiguration {
        var c = LinkingConfiguration()
        c.maxLiveStories = max(1, storyCapacity)
        c.copyWindowArticles = max(1, copyWindowArticles)
        c.housekeepingInterval = max(1, housekeepingInterval)
        return c
    }

    /// The same bounds with no step adaptation (for an interval measured, not guessed).
    var steady: WatchConfiguration {
        var c = self
        c.adaptFactor = 1
        return c
    }

    /// The interval bounds with the lower one moved (a larger floor also lifts the ceiling).
    public func withMinInterval(_ seconds: Double) -> WatchConfiguration {
        var c = self
        c.minInterval = max(0, seconds)
        c.maxInterval = max(c.maxInterval, c.minInterval)
        c.initialInterval = min(max(c.initialInterval, c.minInterval), c.maxInterval)
        return c
    }
}

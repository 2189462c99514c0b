import DossierIngest
import DossierModel
import DossierPipeline
import DossierStore
import DossierText
import Foundation

/// Polls the store's due sources and takes in what is new: each new article is analysed by the
/// `Pipeline`, placed in a story and an event (`StoryTracker`), checked against the watchlists,
/// and stored with its seen keys, placement and alerts in one transaction.
///
/// Sources are fetched by `globalConcurrency` workers, at most `perHostConcurrency` per host at
/// once. `stop()` (SIGINT/SIGTERM in `dossier watch`) lets each worker finish the article it is
/// writing, then the pass ends: nothing is half written, and the next run carries on (items not
/// taken are not marked seen, and their source's validators are dropped so the next poll
/// fetches the feed whole).
public final class Watcher: @unchecked Sendable {
    public let store: ArticleStore
    public let configuration: WatchConfiguration
    let poller: SourcePoller
    let pipeline: Pipeline
    let clock: @Sendable () -> Double
    let random: @Sendable () -> Double
    let log: @Sendable (String) -> Void
    private let lock = NSLock()
    private var tracker: StoryTracker
    private let stopLock = NSLock()
    private var stopping = false

    public init(
        store: ArticleStore, configuration: WatchConfiguration = .init(), pipeline: Pipeline = Pipeline(),
        clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        log: @escaping @Sendable (String) -> Void = { _ in }
    ) throws {
        self.store = store
        self.configuration = configuration
        self.poller = SourcePoller(configuration: configuration)
        self.pipeline = pipeline
        self.clock = clock
        self.random = random
        self.log = log
        self.tracker = try StoryTracker(store: store)
        pipeline.language.warmUp()
    }

    public func stop() {
        stopLock.withLock { stopping = true }
    }

    public var isStopping: Bool { stopLock.withLock { stopping } }

    public struct PassReport: Sendable, Equatable {
        public var polled = 0
        public var notModified = 0
        public var failed = 0
        public var newArticles = 0
        public var duplicates = 0
        public var unreadable = 0
        public var alerts = 0
        public var webhooks = WebhookSender.Report()
        /// Sources that have failed `failingAfter` times or more in a row.
        public var failing: [String] = []
    }

    /// One pass: every source due now is polled once, then due webhook deliveries are tried.
    public func runPass() throws -> PassReport {
        let now = clock()
        let due = try store.dueSources(now: now)
        let lists = try store.watchlists()
        let schedule = HostSchedule(due, perHost: max(1, configuration.perHostConcurrency))
        let total = Locked(PassReport())
        let firstError = Locked<(any Error)?>(nil)
        let group = DispatchGroup()
        for _ in 0..<min(max(1, configuration.globalConcurrency), max(1, due.count)) {
            group.enter()
            // Threads of its own, not the global queue: on Linux that queue runs as many blocks
            // at once as there are cores, which would cap fetches waiting on the network at 2.
            let worker = Thread { [self] in
                defer { group.leave() }
                while !isStopping, let s = schedule.next() {
                    defer { schedule.done(s) }
                    do {
                        let r = try poll(s, watchlists: lists)
                        total.withLock { $0.merge(r) }
                    } catch {
                        firstError.withLock { if $0 == nil { $0 = error } }
                    }
                }
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        group.wait()
        if let e = firstError.withLock({ $0 }) { throw e }
        var report = total.withLock { $0 }
        if !isStopping {
            report.webhooks = try WebhookSender(configuration: configuration, random: random).deliverDue(
                store, now: clock())
        }
        report.failing = try store.sources().filter { $0.failures >= configuration.failingAfter }.map(\.url)
        return report
    }

    /// Runs passes until `stop()`, sleeping until the next source is due (`once`: one pass).
    public func run(once: Bool = false, report: (PassReport) -> Void = { _ in }) throws {
        repeat {
            report(try runPass())
            if once { return }
            let next = try store.nextPollTime() ?? (clock() + 60)
            let deliveries = try store.dueDeliveries(now: clock() + 60, limit: 1).first?.nextAttempt
            let wake = min(next, deliveries ?? next)
            while !isStopping && clock() < wake && wake - clock() > 0 {
                Thread.sleep(forTimeInterval: min(0.25, max(0.01, wake - clock())))
            }
        } while !isStopping
    }

    /// Polls one source and takes in its new items; returns what it did.
    func poll(_ source: WatchSource, watchlists: [Watchlist]) throws -> PassReport {
        var r = PassReport()
        r.polled = 1
        let now = clock()
        var s = source
        s.lastPoll = now
        var validators = source
        switch poller.poll(source, now: now, update: &validators) {
        case .failed(let message, let retryAfter):
            r.failed = 1
            s.failures += 1
            s.lastError = message
            s.lastErrorAt = now
            s.nextPoll =
                now
                + PollSchedule.backoff(failures: s.failures, retryAfter: retryAfter, random: random(), configuration)
            if s.failures == configuration.failingAfter {
                log("source failing (\(s.failures) failures in a row): \(s.url): \(message)")
            }
        case .notModified(let hint):
            r.notModified = 1
            s.failures = 0
            s.lastSuccess = now
            s.interval = PollSchedule.afterSuccess(previous: s.interval, newItems: 0, hint: hint, configuration)
            s.nextPoll = now + s.interval
        case .fetched(let kind, let title, let candidates, let children, let hint, let pageHash):
            s.failures = 0
            s.lastSuccess = now
            if s.kind == .auto { s.kind = kind }
            if s.title == nil { s.title = title }
            s.etag = validators.etag
            s.lastModified = validators.lastModified
            var taken = 0
            var complete = true
            for c in candidates {
                if isStopping || taken >= configuration.maxNewItemsPerPoll { complete = false; break }
                if !c.keys.isEmpty, try store.seenKey(c.keys) != nil { continue }
                taken += 1
                switch try take(c, sourceID: s.id, watchlists: watchlists) {
                case .stored(let alerts): r.newArticles += 1; r.alerts += alerts
                case .duplicate: r.duplicates += 1
                case .unreadable: r.unreadable += 1
                }
            }
            if !complete { s.etag = nil; s.lastModified = nil }
            if kind == .page && complete { s.lastHash = pageHash }
            if !children.isEmpty {
                try store.addSources(children, kind: .sitemap, interval: configuration.initialInterval, now: now)
            }
            s.itemsSeen += taken
            // A feed whose items are dated says how often it publishes; others adapt step by step.
            let dated = candidates.compactMap { $0.article.published.flatMap(PollSchedule.epochSeconds) }
            if let gap = PollSchedule.publishingGap(dated, now: now) {
                s.interval = PollSchedule.afterSuccess(previous: gap, newItems: 0, hint: hint, configuration.steady)
            } else {
                s.interval = PollSchedule.afterSuccess(
                    previous: s.interval, newItems: r.newArticles, hint: hint, configuration)
            }
            s.nextPoll = now + s.interval
        }
        try store.updateSource(s)
        return r
    }

    enum Taken { case stored(alerts: Int), duplicate, unreadable }

    /// Gets one candidate's text, analyses it and stores it, unless it proves to be a copy of
    /// something seen under another key (canonical URL after redirects, same text).
    func take(_ c: Candidate, sourceID: Int64, watchlists: [Watchlist]) throws -> Taken {
        let now = clock()
        guard let doc = document(c) else {
            try store.markSeen(c.keys, sourceID: sourceID, articleID: nil, now: now)
            return .unreadable
        }
        var article: Article
        switch pipeline.checkedProcess(doc) {
        case .failure(let e):
            log("\(e.input): \(e.problem)")
            try store.markSeen(c.keys, sourceID: sourceID, articleID: nil, now: now)
            return .unreadable
        case .success(let a):
            article = a
        }
        guard !article.text.isEmpty else {
            try store.markSeen(c.keys, sourceID: sourceID, articleID: nil, now: now)
            return .unreadable
        }
        // A single page keeps its id (a changed page replaces itself), so only its text is a key.
        var keys = c.keys
        if !c.keys.isEmpty, let u = article.url { keys.append(ItemKeys.url(u)) }
        keys.append(ItemKeys.hash(article.text))
        var unique: [String] = []
        for k in keys where !unique.contains(k) { unique.append(k) }
        if article.source.isEmpty { article.source = c.article.source }
        return try lock.withLock {
            // Checked again under the lock: another worker may have stored the same item (one
            // story in two feeds) since this one's keys were looked up.
            if try store.seenKey(unique) != nil {
                try store.markSeen(unique, sourceID: sourceID, articleID: nil, now: now)
                return .duplicate
            }
            // Placed in place (a copy would duplicate the clusterer's state per article). If the
            // write below fails, the clusterer keeps an article the store lacks: it only biases
            // later placements slightly and is gone at the next restart.
            let placement = tracker.place(article, now: now)
            let sources = watchlists.isEmpty ? [] : try storySources(article, story: placement.member.storyId)
            let fresh = try store.saveWatched(
                article, seen: unique, sourceID: sourceID, member: placement.member,
                storyTitle: placement.storyTitle, now: now
            ) { query in
                try watchlists.compactMap { w in
                    var hit: ArticleStore.QueryMatch?
                    var terms: [String] = []
                    if w.kind == .query {
                        let q = SearchQuery.parse(w.value)
                        guard !q.isEmpty else { return nil }
                        hit = try query(q)
                        terms = q.terms
                    }
                    guard let trig = WatchlistMatcher.trigger(w, article: article, terms: terms, queryHit: hit) else {
                        return nil
                    }
                    return WatchAlert(
                        watchlist: w.name, articleId: article.id, storyId: placement.member.storyId,
                        kind: trig.kind, triggerText: trig.text, triggerStart: trig.span.start,
                        triggerEnd: trig.span.end, sources: sources, created: now)
                }
            }
            for a in fresh { log("alert [\(a.watchlist)] \(a.kind.rawValue): \(a.triggerText.prefix(120))") }
            return .stored(alerts: fresh.count)
        }
    }

    /// Reports behind an alert: the article first, then its story's other reports (at most 10).
    func storySources(_ a: Article, story: String) throws -> [WatchAlert.Source] {
        var out = [WatchAlert.Source(outlet: a.outlet, url: a.url, articleId: a.id)]
        let others = try store.watchMembers(story: story).map(\.articleId).filter { $0 != a.id }.suffix(9)
        for s in try store.articleSummaries(ids: Array(others)) {
            out.append(WatchAlert.Source(outlet: s.outlet, url: s.url, articleId: s.id))
        }
        return out
    }

    /// The candidate's body: its own, its full text, or its linked page (the summary when the
    /// page cannot be had).
    func document(_ c: Candidate) -> RawDocument? {
        if let body = c.body { return RawDocument(article: c.article, body: body) }
        if let text = c.text { return RawDocument(article: c.article, body: .plainText(text)) }
        guard let page = c.pageURL else { return nil }
        do {
            let r = try Fetcher.request(
                page, userAgent: configuration.userAgent, timeout: configuration.timeout,
                maxBytes: configuration.maxBytes)
            guard (200..<300).contains(r.status) else { throw Fetcher.Failure(description: "HTTP status \(r.status)") }
            if let kind = NotText.kind(contentType: r.contentType?.lowercased() ?? "", body: r.body) {
                throw Fetcher.Failure(description: "serves \(kind)")
            }
            var a = c.article
            a.url = r.finalURL
            return RawDocument(article: a, body: .html(r.body, charset: Charset.fromContentType(r.contentType)))
        } catch {
            log("\(page): \(error)")
            guard let f = c.fallback, !f.isEmpty else { return nil }
            return RawDocument(article: c.article, body: .plainText(f))
        }
    }
}

extension Watcher.PassReport {
    mutating func merge(_ o: Watcher.PassReport) {
        polled += o.polled
        notModified += o.notModified
        failed += o.failed
        newArticles += o.newArticles
        duplicates += o.duplicates
        unreadable += o.unreadable
        alerts += o.alerts
    }
}

/// Hands out due sources to workers, no more than `perHost` of one host at once.
final class HostSchedule: @unchecked Sendable {
    private var queue: [WatchSource]
    private var inFlight: [String: Int] = [:]
    private let perHost: Int
    private let condition = NSCondition()

    init(_ sources: [WatchSource], perHost: Int) {
        queue = sources
        self.perHost = perHost
    }

    func next() -> WatchSource? {
        condition.lock()
        defer { condition.unlock() }
        while !queue.isEmpty {
            if let i = queue.firstIndex(where: { inFlight[ItemKeys.host($0.url), default: 0] < perHost }) {
                let s = queue.remove(at: i)
                inFlight[ItemKeys.host(s.url), default: 0] += 1
                return s
            }
            condition.wait()
        }
        return nil
    }

    func done(_ s: WatchSource) {
        condition.lock()
        inFlight[ItemKeys.host(s.url), default: 1] -= 1
        condition.broadcast()
        condition.unlock()
    }
}

/// A value behind a lock.
final class Locked<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ v: T) { value = v }
    func withLock<R>(_ body: (inout T) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

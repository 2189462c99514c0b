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
    public let store: any WatchStoring
    public let configuration: WatchConfiguration
    let poller: SourcePoller
    let pipeline: Pipeline
    let clock: @Sendable () -> Double
    let random: @Sendable () -> Double
    let log: @Sendable (String) -> Void
    /// Where and how often a digest is written (`--digest-every`), if at all.
    public let digest: DigestSchedule?
    private let lock = NSLock()
    private var tracker: StoryTracker
    /// The last article row looked at for articles to place (`placeStoredArticles`).
    private var scannedThrough: Int64 = 0
    /// The per-host limit, over all passes (webhook deliveries are not counted: they go to
    /// the user's own endpoints).
    let hosts: HostLimiter
    /// The earliest digest period end not yet written because of `problem` (`writeDigests`).
    private let digestState = Locked<(owed: Double?, problem: String?)>((nil, nil))
    private let stopLock = NSLock()
    private var stopping = false

    public init(
        store: any WatchStoring, configuration: WatchConfiguration = .init(), pipeline: Pipeline = Pipeline(),
        clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 },
        random: @escaping @Sendable () -> Double = { Double.random(in: 0..<1) },
        log: @escaping @Sendable (String) -> Void = { _ in }, digest: DigestSchedule? = nil
    ) throws {
        self.digest = digest
        self.store = store
        self.configuration = configuration
        self.poller = SourcePoller(configuration: configuration)
        self.pipeline = pipeline
        self.clock = clock
        self.random = random
        self.log = log
        self.tracker = try StoryTracker(store: store, configuration: configuration.linking)
        self.hosts = HostLimiter(perHost: configuration.perHostConcurrency)
        pipeline.language.warmUp()
    }

    /// Most due sources read from the store at once: more than are ever polled in one pass.
    static let dueSourcesPerRead = 10_000

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
        /// Articles stored by others (`dossier ingest`) placed in stories this pass.
        public var placedStored = 0
        public var webhooks = WebhookSender.Report()
        /// The digest file written this pass, if one fell due.
        public var digestWritten: String?
        /// Sources that have failed `failingAfter` times or more in a row.
        public var failing: [String] = []
    }

    /// One pass: every source due now is polled once, then due webhook deliveries are tried.
    public func runPass() throws -> PassReport {
        let placed = try placeStoredArticles()
        let now = clock()
        let due = try store.dueSources(now: now, limit: Self.dueSourcesPerRead)
        let lists = try store.watchlists()
        let schedule = HostSchedule(due, hosts: hosts)
        let total = Locked(PassReport())
        let firstError = Locked<(any Error)?>(nil)
        let group = startWorkers(min(max(1, configuration.globalConcurrency), max(1, due.count))) { [self] in
            while !isStopping, let s = schedule.next() {
                do {
                    let r = try poll(s, watchlists: lists, holdingSlot: true)
                    total.withLock { $0.merge(r) }
                } catch {
                    firstError.withLock { if $0 == nil { $0 = error } }
                }
            }
        }
        group.wait()
        if let e = firstError.withLock({ $0 }) { throw e }
        var report = total.withLock { $0 }
        report.placedStored = placed
        try deliver(into: &report)
        report.failing = try store.sources().filter { $0.failures >= configuration.failingAfter }.map(\.url)
        return report
    }

    /// Starts `count` polling workers running `body`; the group is left as each returns.
    /// Threads of their own, not the global queue: on Linux that queue runs as many blocks at
    /// once as there are cores, which would cap fetches waiting on the network at 2.
    private func startWorkers(_ count: Int, _ body: @escaping @Sendable () -> Void) -> DispatchGroup {
        let group = DispatchGroup()
        for _ in 0..<count {
            group.enter()
            let worker = Thread {
                defer { group.leave() }
                body()
            }
            worker.stackSize = 8 << 20
            worker.start()
        }
        return group
    }

    /// What follows polling: due webhook deliveries and a digest that fell due.
    private func deliver(into report: inout PassReport) throws {
        guard !isStopping else { return }
        report.webhooks = try WebhookSender(configuration: configuration, random: random).deliverDue(
            store, now: clock())
        if let d = digest { report.digestWritten = writeDigests(d) }
    }

    /// Writes the digests owed: the last ended period's and any earlier one that could not be
    /// written (a directory that is a file, not writable, a full disk), oldest first, each once
    /// (its file is never replaced). A problem is logged in one line when it first shows (or
    /// changes), not at every try, and polling goes on. Returns the last path written.
    private func writeDigests(_ d: DigestSchedule) -> String? {
        let last = d.lastEnd(now: clock())
        var end = digestState.withLock { $0.owed } ?? last
        // At most `maxOwedDigests` periods are caught up: a directory fixed after a month of
        // hourly periods should not get 720 files at once.
        end = max(end, last - Double(max(0, configuration.maxOwedDigests - 1)) * max(d.every, 1))
        var written: String?
        while end <= last {
            do {
                if let path = try d.write(store, end: end, failingAfter: configuration.failingAfter) {
                    log("digest written: \(path)")
                    written = path
                }
            } catch {
                let problem = d.problem(error)
                let first = digestState.withLock {
                    let changed = $0.problem != problem
                    $0 = (end, problem)
                    return changed
                }
                if first {
                    log(
                        "digest not written: \(problem); the digest of the period ending "
                            + "\(AtomWriter.rfc3339(end)) is written once it can be")
                }
                return written
            }
            end += max(d.every, 1)
        }
        digestState.withLock { $0 = (nil, nil) }
        return written
    }

    /// Runs until `stop()` (`once`: one pass, `runPass`). Each source is scheduled on its own:
    /// workers take whichever source is due and has a free slot of its host, and a source whose
    /// poll ends is due again at its next poll time while the others go on, so a slow source or
    /// a backlog of new items in one feed never holds up the rest. Meanwhile this thread delivers
    /// webhooks, writes digests and places articles others stored, every `tickInterval`, and
    /// hands `report` what was done since the last report, every `reportInterval`.
    public func run(once: Bool = false, report: (PassReport) -> Void = { _ in }) throws {
        if once {
            report(try runPass())
            return
        }
        let dispatcher = SourceDispatcher(store: store, hosts: hosts, clock: clock)
        let lists = Locked(try store.watchlists())
        let total = Locked(PassReport())
        let firstError = Locked<(any Error)?>(nil)
        let failed: @Sendable () -> Bool = { firstError.withLock { $0 != nil } }
        var placed = try placeStoredArticles()
        let group = startWorkers(max(1, configuration.globalConcurrency)) { [self] in
            while !isStopping && !failed() {
                let next: WatchSource?
                do {
                    next = try dispatcher.next(until: { self.isStopping || failed() })
                } catch {
                    // A store busy with another writer is read again after a while, not spun on.
                    Thread.sleep(forTimeInterval: configuration.tickInterval)
                    continue
                }
                guard let s = next else { continue }
                do {
                    let r = try poll(s, watchlists: lists.withLock { $0 }, holdingSlot: true)
                    total.withLock { $0.merge(r) }
                } catch {
                    firstError.withLock { if $0 == nil { $0 = error } }
                }
                dispatcher.done(s)
            }
        }
        var lastReport = Date()
        var tickError: (any Error)?
        while !isStopping && !failed() {
            Thread.sleep(forTimeInterval: configuration.tickInterval)
            do {
                placed += try placeStoredArticles()
                var r = PassReport()
                try deliver(into: &r)
                let delivered = r.webhooks != WebhookSender.Report() || r.digestWritten != nil
                guard delivered || Date().timeIntervalSince(lastReport) >= configuration.reportInterval else {
                    continue
                }
                lastReport = Date()
                let polled = total.withLock {
                    let p = $0
                    $0 = PassReport()
                    return p
                }
                r.merge(polled)
                r.placedStored = placed
                placed = 0
                if r.failed > 0 {
                    r.failing = try store.sources().filter { $0.failures >= configuration.failingAfter }.map(\.url)
                }
                lists.withLock { $0 = (try? store.watchlists()) ?? $0 }
                report(r)
            } catch {
                tickError = error
                break
            }
        }
        if tickError != nil { firstError.withLock { if $0 == nil { $0 = tickError } } }
        group.wait()
        if let e = firstError.withLock({ $0 }) { throw e }
        // What the workers did after the last report.
        var last = total.withLock { $0 }
        last.placedStored = placed
        if last.polled > 0 || placed > 0 { report(last) }
    }

    /// Polls one source and takes in its new items; returns what it did. `holdingSlot`: the
    /// caller has taken a slot of the source's host already (`HostSchedule`); it is given back
    /// once the source is fetched, and each linked page fetched takes one of its own host.
    func poll(_ source: WatchSource, watchlists: [Watchlist], holdingSlot: Bool = false) throws -> PassReport {
        var r = PassReport()
        r.polled = 1
        let now = clock()
        var s = source
        s.lastPoll = now
        var validators = source
        if !holdingSlot { hosts.acquire(ItemKeys.host(source.url)) }
        let outcome = poller.poll(source, now: now, update: &validators)
        hosts.release(ItemKeys.host(source.url))
        switch outcome {
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
                try store.addSources(
                    children, kind: .sitemap, interval: configuration.initialInterval, now: now, titles: [:])
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
            let placement = try tracker.place(article, now: now)
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

    /// Places the articles others stored (`dossier ingest` into the same store) in stories and
    /// events, online, as if they had just arrived: nothing placed before moves. They raise no
    /// alerts (a store of past reports would alert on all of them at the first start); alerts
    /// are for what the watcher takes in. Returns how many it placed.
    @discardableResult
    public func placeStoredArticles() throws -> Int {
        var placed = 0
        while !isStopping {
            let after = lock.withLock { scannedThrough }
            let batch = try store.unplacedArticles(after: after, limit: 256)
            for id in batch.ids {
                guard !isStopping else { return placed }
                guard let article = try store.article(id: id) else { continue }
                let now = clock()
                let done = try lock.withLock {
                    let p = try tracker.place(article, now: now)
                    return try store.placeStored(p.member, storyTitle: p.storyTitle, now: now)
                }
                if done { placed += 1 }
            }
            lock.withLock { scannedThrough = max(scannedThrough, batch.scanned) }
            if batch.ids.count < 256 { break }
        }
        if placed > 0 { log("placed \(placed) stored articles in stories") }
        return placed
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
            let r = try hosts.withSlot(page) {
                try Fetcher.request(
                    page, userAgent: configuration.userAgent, timeout: configuration.timeout,
                    maxBytes: configuration.maxBytes)
            }
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

/// Requests in flight per host, at most `perHost` at once: feed polls and the linked pages they
/// lead to alike. A worker holds one slot at a time (a feed's slot is given back once the feed
/// is fetched, before its pages are), so two workers can never wait on each other's hosts.
final class HostLimiter: @unchecked Sendable {
    private var inFlight: [String: Int] = [:]
    let perHost: Int
    let condition = NSCondition()

    init(perHost: Int) { self.perHost = max(1, perHost) }

    /// Takes a slot of `host`, waiting for one to free.
    func acquire(_ host: String) {
        condition.lock()
        defer { condition.unlock() }
        while inFlight[host, default: 0] >= perHost { condition.wait() }
        inFlight[host, default: 0] += 1
    }

    func release(_ host: String) {
        condition.lock()
        let left = inFlight[host, default: 1] - 1
        // Hosts with nothing in flight are dropped, so the table stays as small as the fetches.
        inFlight[host] = left > 0 ? left : nil
        condition.broadcast()
        condition.unlock()
    }

    /// Runs `body` holding a slot of `url`'s host.
    func withSlot<T>(_ url: String, _ body: () throws -> T) rethrows -> T {
        let host = ItemKeys.host(url)
        acquire(host)
        defer { release(host) }
        return try body()
    }

    /// Called with `condition` locked: takes a slot of `host` if one is free.
    fileprivate func tryAcquireLocked(_ host: String) -> Bool {
        guard inFlight[host, default: 0] < perHost else { return false }
        inFlight[host, default: 0] += 1
        return true
    }
}

/// Hands out due sources to workers, each with a slot of its host taken (see `HostLimiter`),
/// skipping past sources whose host is busy so that one slow host does not hold up the rest.
final class HostSchedule: @unchecked Sendable {
    private var queue: [WatchSource]
    let hosts: HostLimiter

    init(_ sources: [WatchSource], hosts: HostLimiter) {
        queue = sources
        self.hosts = hosts
    }

    func next() -> WatchSource? {
        hosts.condition.lock()
        defer { hosts.condition.unlock() }
        while !queue.isEmpty {
            if let i = queue.firstIndex(where: { hosts.tryAcquireLocked(ItemKeys.host($0.url)) }) {
                return queue.remove(at: i)
            }
            hosts.condition.wait()
        }
        return nil
    }
}

/// Hands out due sources to the workers of `Watcher.run`, one at a time, each with a slot of its
/// host taken and never one already being polled. The due list is read again from the store at
/// most every `refresh` seconds (a poll writes its source's next poll time before it is done).
final class SourceDispatcher: @unchecked Sendable {
    let store: any WatchStoring
    let hosts: HostLimiter
    let clock: @Sendable () -> Double
    /// Seconds between two reads of the due list: fine enough for intervals of seconds, a read
    /// costs a query.
    let refresh = 0.2
    private var queue: [WatchSource] = []
    private var inFlight = Set<Int64>()
    private var readAt = Date.distantPast

    init(store: any WatchStoring, hosts: HostLimiter, clock: @escaping @Sendable () -> Double) {
        self.store = store
        self.hosts = hosts
        self.clock = clock
    }

    /// The next due source with its host's slot taken, waiting for one; nil once `until` is true.
    func next(until stop: () -> Bool) throws -> WatchSource? {
        hosts.condition.lock()
        defer { hosts.condition.unlock() }
        while !stop() {
            if Date().timeIntervalSince(readAt) >= refresh {
                readAt = Date()
                queue = try store.dueSources(now: clock(), limit: Watcher.dueSourcesPerRead).filter {
                    !inFlight.contains($0.id)
                }
            }
            if let i = queue.firstIndex(where: { hosts.tryAcquireLocked(ItemKeys.host($0.url)) }) {
                let s = queue.remove(at: i)
                inFlight.insert(s.id)
                return s
            }
            _ = hosts.condition.wait(until: Date().addingTimeInterval(refresh))
        }
        return nil
    }

    /// The source's poll is over (its next poll time written).
    func done(_ s: WatchSource) {
        hosts.condition.lock()
        inFlight.remove(s.id)
        // Due again at once, perhaps: read the list at the next request.
        readAt = .distantPast
        hosts.condition.broadcast()
        hosts.condition.unlock()
    }
}

import DossierModel
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the clusterer decided for one added article.
public struct Placement: Sendable, Equatable {
    /// Index of the story (cluster) it joined or opened.
    public var cluster: Int
    public var opened: Bool
    /// The earlier article whose text it reuses, when it does.
    public var copyOf: CopyMatch?
}

/// Online story clustering: articles arrive in time order and join the best-scoring open story
/// or open a new one; nothing already placed is recomputed.
///
/// The score blends three cosines — body TF-IDF, names, title — against each story's centroid,
/// with IDF from document frequencies that decay with time, and a time decay for stories whose
/// dates lie far from the article's. Candidate stories come from an inverted index over each
/// article's heaviest terms, so an article is scored against a handful of stories, never all.
/// Copies found by the `CopyDetector` join their original's story without scoring.
public struct StoryClusterer: Sendable {
    public let configuration: LinkingConfiguration
    private(set) var copies: CopyDetector
    private var frequencies: DecayingFrequencies
    private var clusters: [StoryCluster] = []
    private var clusterOfArticle: [Int32] = []
    /// Kept for a batch (`memberIDs`) only: a stream with `maxLiveStories` does without.
    private var ids: [String] = []
    private var added = 0
    /// Stories in memory, open and not spilled (`maxLiveStories`).
    public private(set) var liveCount = 0
    /// Stories spilled so far and still out of memory.
    public private(set) var spilledCount = 0
    /// Stories spilled since the last `takeSpilled()`, and spilled ones back in memory or closed
    /// since then, whose kept copies are stale.
    private var spilledOut: [SpilledStory] = []
    private var droppedOut: [Int] = []
    private var index: [UInt64: [Int32]] = [:]
    /// The latest publication day seen: undated articles are taken to arrive "now".
    private var clock = 0

    /// Kept only for a batch's final reassignment sweep (`StoryLinker`); a stream does without.
    private let vectors: VectorShelf
    private let keepsVectors: Bool

    /// `keepVectors` holds every article's vectors for `refined`; leave it off for unbounded streams.
    public init(configuration: LinkingConfiguration = .init(), keepVectors: Bool = false) {
        self.configuration = configuration
        self.keepsVectors = keepVectors
        self.vectors = VectorShelf(heldLimit: configuration.vectorsHeldInMemory)
        self.copies = CopyDetector(configuration: configuration)
        self.frequencies = DecayingFrequencies(halfLifeDays: configuration.vocabularyHalfLifeDays)
    }

    public var articleCount: Int { added }
    public var clusterCount: Int { clusters.count }

    /// Member article ids of each story, in arrival order (a batch only: empty for a stream with
    /// `maxLiveStories`).
    public var memberIDs: [[String]] { clusters.map { $0.members.map { ids[Int($0)] } } }

    /// Adds the next article in time order.
    @discardableResult
    public mutating func add(_ article: Article) -> Placement {
        add(article, detectCopies: true, knownCopy: nil, spilled: { _ in [] })
    }

    /// Adds the next article of a stream whose stories are bounded (`maxLiveStories`): `spilled`
    /// is asked, with the article's index terms, for the spilled stories that share the most of
    /// them (at most `maxSpilledCandidates`, as `takeSpilled()` handed them out); they compete
    /// with the stories held, and the one the article joins comes back into memory. It is not
    /// asked while nothing is spilled.
    @discardableResult
    public mutating func add(_ article: Article, spilled: ([UInt64]) throws -> [SpilledStory]) rethrows -> Placement {
        try add(article, detectCopies: true, knownCopy: nil, spilled: spilled)
    }

    /// A second clusterer over the same stream (the storyline level) takes the copy the first one
    /// found instead of sketching every text again.
    mutating func add(
        _ article: Article, knownCopy: CopyMatch?, terms: ArticleTerms? = nil,
        spilled: ([UInt64]) throws -> [SpilledStory] = { _ in [] }
    ) rethrows -> Placement {
        try add(article, detectCopies: false, knownCopy: knownCopy, terms: terms, spilled: spilled)
    }

    /// `add(_:spilled:)` with the article's words already counted (`ArticleTerms.count`), as the
    /// storyline clusterer counts them once for both of its levels.
    mutating func add(
        _ article: Article, terms: ArticleTerms?, sketch: [UInt64]? = nil,
        spilled: ([UInt64]) throws -> [SpilledStory]
    ) rethrows -> Placement {
        try add(article, detectCopies: true, knownCopy: nil, terms: terms, sketch: sketch, spilled: spilled)
    }

    /// Whether two clusterers count an article's words alike (`ArticleTerms.count` reads only
    /// these settings), so that one count serves both.
    func countsTermsAlike(_ other: StoryClusterer) -> Bool {
        ArticleTerms.sameCounting(configuration, other.configuration)
    }

    /// Stories spilled since the last call, for the caller to keep, and the numbers of stories
    /// whose kept copy is now stale (back in memory, or closed): it may forget those.
    public mutating func takeSpilled() -> (spilled: [SpilledStory], stale: [Int]) {
        defer {
            spilledOut = []
            droppedOut = []
        }
        return (spilledOut, droppedOut)
    }

    private mutating func add(
        _ article: Article, detectCopies: Bool, knownCopy: CopyMatch?, terms: ArticleTerms? = nil,
        sketch: [UInt64]? = nil, spilled: ([UInt64]) throws -> [SpilledStory]
    ) rethrows -> Placement {
        let me = added
        added += 1
        if configuration.maxLiveStories == nil { ids.append(article.id) }
        let day = article.published?.dayNumber
        if let day { clock = max(clock, day) }
        let now = day ?? clock

        if me > 0 && me % configuration.housekeepingInterval == 0 { retireStale() }
        let copy = detectCopies ? copies.add(sketch: sketch ?? copies.sketch(article.text), day: now) : knownCopy
        let v = ArticleVectors.make(
            terms ?? ArticleTerms.count(article, configuration: configuration), frequencies: &frequencies, day: now,
            configuration: configuration)
        var target: Int?
        if let copy, copy.original < clusterOfArticle.count {
            // The original's story, brought back if it was spilled (should that fail, the copy
            // is scored as any article is).
            let c = Int(clusterOfArticle[copy.original])
            if clusters[c].spilled {
                for s in try spilled([Self.storyTerm(c)]) where s.number == c { restore(s, at: me) }
            }
            if !clusters[c].spilled { target = c }
        }
        if target == nil {
            var best = -1.0
            for c in candidates(v) {
                let s = score(v, clusters[c], day: day)
                if s >= bar(clusters[c]) && s > best { best = s; target = c }
            }
            // Spilled stories sharing the article's terms are scored where they lie; only the
            // one it joins comes back into memory (bringing back every candidate would spill
            // others at each article). A story held in memory wins a tie.
            if spilledCount > 0 {
                var back: SpilledStory?
                for story in try spilled(v.indexTerms) {
                    let c = story.number
                    guard c >= 0, c < clusters.count, clusters[c].spilled else { continue }
                    let cluster = story.cluster
                    let s = score(v, cluster, day: day)
                    if s >= bar(cluster) && s > best { best = s; back = story }
                }
                if let back {
                    restore(back, at: me)
                    target = back.number
                }
            }
        }
        if keepsVectors { vectors.append(v) }
        let opened = target == nil
        let c = target ?? clusters.count
        if opened {
            clusters.append(StoryCluster())
            liveCount += 1
        }
        clusters[c].add(
            v, member: Int32(me), day: day, year: v.storyYear, cap: configuration.maxCentroidTerms,
            keepMembers: configuration.maxLiveStories == nil)
        clusters[c].touched = me
        clusterOfArticle.append(Int32(c))
        for t in v.indexTerms {
            var list = index[t, default: []]
            if list.last != Int32(c) { list.append(Int32(c)); index[t] = list }
        }
        if let cap = configuration.maxLiveStories, liveCount > max(1, cap) { spillLeastRecent(keeping: max(1, cap)) }
        return Placement(cluster: c, opened: opened, copyOf: copy)
    }

    /// A term no word hashes to in practice, under which every spilled story is also kept, so
    /// that a copy can find its original's story by number.
    public static func storyTerm(_ number: Int) -> UInt64 {
        0xFFFF_0000_0000_0000 | UInt64(UInt32(truncatingIfNeeded: number))
    }

    /// Spills the stories joined longest ago until three quarters of `cap` are left (so that a
    /// sweep over the index, which spilling needs, comes once per quarter of `cap` new stories).
    private mutating func spillLeastRecent(keeping cap: Int) {
        var live: [(touched: Int, number: Int)] = []
        live.reserveCapacity(liveCount)
        for c in clusters.indices where !clusters[c].retired && !clusters[c].spilled {
            live.append((clusters[c].touched, c))
        }
        let keep = max(1, cap - cap / 4)
        guard live.count > keep else { return }
        live.sort { ($0.touched, $0.number) < ($1.touched, $1.number) }
        var out = Set<Int32>()
        for x in live.prefix(live.count - keep) { out.insert(Int32(x.number)) }
        var terms: [Int32: [UInt64]] = [:]
        var kept: [UInt64: [Int32]] = [:]
        kept.reserveCapacity(index.count)
        for (t, list) in index {
            // A posting list holds a story again each time another came between two of its
            // articles: only the latest of each is kept (the order is what `suffix` reads), or
            // the lists of common terms would grow with every article.
            var remaining: [Int32] = []
            var seen = Set<Int32>()
            for c in list.reversed() where seen.insert(c).inserted {
                if out.contains(c) { terms[c, default: []].append(t) } else { remaining.append(c) }
            }
            if !remaining.isEmpty { kept[t] = remaining.reversed() }
        }
        index = kept
        for c in out.sorted() {
            let i = Int(c)
            var story = SpilledStory(number: i, terms: (terms[c] ?? []).sorted(), cluster: clusters[i])
            story.terms.append(Self.storyTerm(i))
            spilledOut.append(story)
            clusters[i].spill()
            liveCount -= 1
            spilledCount += 1
        }
    }

    /// Puts a spilled story back in memory (ignored if it is not spilled: held, closed, or foreign).
    private mutating func restore(_ s: SpilledStory, at me: Int) {
        let c = s.number
        guard c >= 0, c < clusters.count, clusters[c].spilled, !clusters[c].retired else { return }
        var back = s.cluster
        back.touched = me
        clusters[c] = back
        liveCount += 1
        spilledCount -= 1
        droppedOut.append(c)
        for t in s.terms where t != Self.storyTerm(c) {
            var list = index[t, default: []]
            if list.last != Int32(c) { list.append(Int32(c)); index[t] = list }
        }
    }

    /// Counts a batch's vocabulary before its articles are added, so that the first articles of
    /// a batch are weighed with the batch's IDF rather than with that of the few before them.
    public mutating func primeVocabulary(_ articles: [Article]) {
        for a in articles { primeVocabulary(Self.vocabulary(a), published: a.published) }
    }

    /// One article's share of `primeVocabulary`, its words already read (`vocabulary(_:)`).
    mutating func primeVocabulary(_ terms: Set<UInt64>, published: Timestamp?) {
        frequencies.addDocument(terms: terms, day: published?.dayNumber ?? clock)
    }

    /// The words an article adds to the vocabulary: stems of its title and text, stopwords left out.
    static func vocabulary(_ a: Article) -> Set<UInt64> {
        var terms = Set<UInt64>()
        if let t = a.title { WordScanner.scan(t) { if !$0.isStopword { terms.insert($0.stem) } } }
        WordScanner.scan(a.text) { if !$0.isStopword { terms.insert($0.stem) } }
        return terms
    }

    /// Stories retired so far: closed to new articles, their centroids released.
    public private(set) var retiredCount = 0

    /// Bounds memory on a long stream: a story untouched for `retireAfterDays` can no longer reach
    /// the join threshold (its time factor has decayed to almost nothing), so its centroids and
    /// index postings are dropped; copy postings and document frequencies past their windows go too.
    /// Undated streams never advance the clock and so never retire anything.
    private mutating func retireStale() {
        let horizon = clock - configuration.retireAfterDays
        var changed = false
        for c in clusters.indices where !clusters[c].retired {
            if let last = clusters[c].lastDay, last < horizon {
                if clusters[c].spilled {
                    spilledCount -= 1
                    droppedOut.append(c)
                } else {
                    liveCount -= 1
                }
                clusters[c].retire()
                retiredCount += 1
                changed = true
            }
        }
        if changed {
            var kept: [UInt64: [Int32]] = [:]
            kept.reserveCapacity(index.count)
            for (t, list) in index {
                let live = list.filter { !clusters[Int($0)].retired }
                if !live.isEmpty { kept[t] = live }
            }
            index = kept
        }
        copies.forgetPastWindows(clock: clock, added: added)
        frequencies.prune(day: clock)
    }

    private func candidates(_ v: ArticleVectors) -> [Int] {
        Self.topCandidates(v.indexTerms, index, configuration)
    }

    /// Stories sharing the most index terms with the article, at most `maxScoredCandidates`:
    /// counting shared terms is cheap, the full score is not.
    static func topCandidates(_ terms: [UInt64], _ index: [UInt64: [Int32]], _ cfg: LinkingConfiguration) -> [Int] {
        var hits: [Int32: Int] = [:]
        for t in terms {
            guard let list = index[t] else { continue }
            for c in list.suffix(cfg.maxCandidatesPerTerm) { hits[c, default: 0] += 1 }
        }
        let k = cfg.maxScoredCandidates
        if hits.count <= k { return hits.keys.map(Int.init).sorted() }
        return hits.sorted { ($0.value, $0.key) > ($1.value, $1.key) }.prefix(k).map { Int($0.key) }
    }

    /// The score an article needs to join a story: the join threshold, raised for a tight story by
    /// `cohesionFactor` × its cohesion (the mean cosine of its members with its body centroid,
    /// |C| / n for unit vectors). A young story of two close reports asks more of a third than a
    /// broad storyline of fifty does, so that a low bar for grown storylines does not let a story
    /// that merely names the same country join a young one.
    func bar(_ c: StoryCluster) -> Double {
        guard configuration.cohesionFactor > 0, c.count > 0 else { return configuration.joinThreshold }
        let cohesion = Double(c.body.norm2.squareRoot()) / Double(c.count)
        return max(configuration.joinThreshold, configuration.cohesionFactor * min(cohesion, 1))
    }

    func score(_ v: ArticleVectors, _ c: StoryCluster, day: Int?) -> Double {
        let cfg = configuration
        var s = cfg.bodyWeight * Double(c.body.cosine(v.body))
        s += cfg.nameWeight * Double(c.names.cosine(v.names))
        s += cfg.titleWeight * Double(c.title.cosine(v.title))
        return s * timeFactor(day, c) * yearFactor(day == nil ? v.year : nil, c)
    }

    /// Undated articles carry a weaker clock: the year their text mentions most. A story whose
    /// articles name other years is less likely theirs (last year's earthquake, not this one).
    func yearFactor(_ year: Int?, _ c: StoryCluster) -> Double {
        guard let year, !c.years.isEmpty else { return 1 }
        let hinted = c.years.values.reduce(0, +)
        if Double(c.years[year] ?? 0) >= 0.3 * Double(hinted) { return configuration.sameYearFactor }
        return configuration.otherYearFactor
    }

    func timeFactor(_ day: Int?, _ c: StoryCluster) -> Double {
        guard let day, let first = c.firstDay, let lastSeen = c.lastDay else { return 1 }
        // An event is a happening of a few days: its window does not grow with each report, or a
        // storyline reported every few days would chain into one "event".
        let last = configuration.windowFromFirstDay ? first : lastSeen
        let gap = Double(max(0, day - last, first - day))
        // Being of the same days is evidence, as being of the same year is for undated articles.
        let near = configuration.sameYearFactor
        guard gap > configuration.storyWindowDays else { return near }
        return near * Double.exp2(-(gap - configuration.storyWindowDays) / configuration.storyHalfLifeDays)
    }

    /// Merges stories whose centroids turned out alike once both had grown: online clustering
    /// splits a story whose first articles happened to differ. Only candidate pairs from the
    /// term index are compared. Returns member indices (arrival order) per final story.
    ///
    /// The clusters are merged where they lie (no copy of them is made), so the clusterer is used
    /// up, and its online state is let go: the refinement sweep reads only the kept vectors and
    /// ids. For a clusterer that is done with, as a batch's level is once grouped.
    mutating func consolidatedUsingUp() -> [[Int]] {
        var merged = clusters
        clusters = []
        let out = consolidate(&merged)
        merged = []
        index = [:]
        clusterOfArticle = []
        frequencies = DecayingFrequencies(halfLifeDays: configuration.vocabularyHalfLifeDays)
        copies = CopyDetector(configuration: configuration)
        return out
    }

    private func consolidate(_ merged: inout [StoryCluster]) -> [[Int]] {
        var parent = Array(0..<merged.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        // Larger stories absorb smaller ones first, so that a chain of small ones does not drift.
        let sizes = merged.map(\.members.count)
        let order = merged.indices.sorted { sizes[$0] > sizes[$1] }
        for a in order {
            let ra = find(a)
            var best = -1.0, bestB = -1
            var seen = Set<Int>()
            for t in merged[ra].body.weights.sorted(by: { $0.value > $1.value }).prefix(configuration.indexTerms).map(
                \.key)
            {
                for c in index[t]?.suffix(configuration.maxCandidatesPerTerm) ?? [] {
                    let rb = find(Int(c))
                    if rb == ra || !seen.insert(rb).inserted { continue }
                    let s = clusterScore(merged[ra], merged[rb])
                    if s > best { best = s; bestB = rb }
                }
            }
            if bestB >= 0 && best >= configuration.mergeThreshold {
                let (big, small) = merged[ra].members.count >= merged[bestB].members.count ? (ra, bestB) : (bestB, ra)
                merged[big].absorb(merged[small], cap: configuration.maxCentroidTerms)
                parent[small] = big
            }
        }
        var out: [[Int]] = []
        for c in merged.indices where find(c) == c { out.append(merged[c].members.map(Int.init).sorted()) }
        return out
    }

    /// One sweep over a batch: each article moves to the story it now scores best against (its
    /// own story scored without it), which undoes early choices made when stories were young.
    /// Needs `keepVectors`. Copies stay with their originals.
    func refined(_ groups: [[Int]], pinned: [Int: Int]) -> [[Int]] {
        guard vectors.count == ids.count else { return groups }
        var group = [Int](repeating: 0, count: ids.count)
        var stories = groups.map { _ in StoryCluster() }
        var byTerm: [UInt64: [Int32]] = [:]
        for (g, members) in groups.enumerated() {
            for m in members {
                group[m] = g
                guard let v = vectors[m] else { return groups }
                stories[g].add(v, member: Int32(m), day: v.day, year: v.storyYear, cap: Int.max / 4)
                for t in v.indexTerms {
                    var list = byTerm[t, default: []]
                    if list.last != Int32(g) { list.append(Int32(g)); byTerm[t] = list }
                }
            }
            // Every story's uncapped centroids are held at once: sorted arrays take half the room
            // of the dictionaries they were summed in (the same sums; `Centroid.freeze`).
            stories[g].freeze()
        }
        for i in 0..<ids.count where pinned[i] == nil {
            guard let v = vectors[i] else { return groups }
            let own = group[i]
            // A story of one scores nothing without its article: a lone article moves if a grown
            // story now clears the join threshold for it.
            var best = stories[own].members.count > 1 ? scoreWithout(v, stories[own]) : 0, bestG = own
            for g in Self.topCandidates(v.indexTerms, byTerm, configuration) where g != own {
                let s = score(v, stories[g], day: v.day)
                if s > best { best = s; bestG = g }
            }
            if bestG != own && best >= bar(stories[bestG]) {
                stories[own].remove(v, year: v.storyYear)
                stories[bestG].add(v, member: Int32(i), day: v.day, year: v.storyYear, cap: Int.max / 4)
                group[i] = bestG
            }
        }
        for (copy, original) in pinned { group[copy] = group[original] }
        var out = [[Int]](repeating: [], count: groups.count)
        for i in 0..<ids.count { out[group[i]].append(i) }
        return out.filter { !$0.isEmpty }
    }

    /// `score` of an article against its own story with the article taken out, worked out from
    /// the sums rather than by copying the story: cos(v, C − v) = (C·v − 1) / |C − v| for unit v.
    func scoreWithout(_ v: ArticleVectors, _ c: StoryCluster) -> Double {
        func cosWithout(_ x: SparseVector, _ sum: Centroid) -> Double {
            guard !x.isEmpty else { return 0 }
            var dot: Float = 0
            for (t, w) in zip(x.terms, x.weights) { if let cw = sum.weight(t) { dot += w * cw } }
            let n2 = sum.norm2 - 2 * dot + 1
            return n2 > 1e-6 ? Double((dot - 1) / n2.squareRoot()) : 0
        }
        let cfg = configuration
        var s = cfg.bodyWeight * cosWithout(v.body, c.body)
        s += cfg.nameWeight * cosWithout(v.names, c.names)
        s += cfg.titleWeight * cosWithout(v.title, c.title)
        var years = c.years
        if let y = v.storyYear, let n = years[y] { years[y] = n > 1 ? n - 1 : nil }
        var others = c
        others.years = years
        return s * timeFactor(v.day, c) * yearFactor(v.day == nil ? v.year : nil, others)
    }

    private func clusterScore(_ a: StoryCluster, _ b: StoryCluster) -> Double {
        let cfg = configuration
        var s = cfg.bodyWeight * Double(a.body.cosine(b.body))
        s += cfg.nameWeight * Double(a.names.cosine(b.names))
        s += cfg.titleWeight * Double(a.title.cosine(b.title))
        if let d = b.firstDay { s *= timeFactor(d, a) }
        if b.firstDay == nil, let y = b.years.max(by: { $0.value < $1.value })?.key { s *= yearFactor(y, a) }
        return s
    }

    /// Story index of each article (arrival order).
    public var clusterAssignments: [Int] { clusterOfArticle.map(Int.init) }
}

struct StoryCluster: Sendable {
    var body = Centroid()
    var names = Centroid()
    var title = Centroid()
    /// Member article numbers (a batch's: a bounded stream counts them only).
    var members: [Int32] = []
    var count = 0
    var firstDay: Int?
    var lastDay: Int?
    var years: [Int: Int] = [:]
    /// The article number it last took (the least recently joined are spilled first).
    var touched = 0
    var spilled = false

    mutating func add(_ v: ArticleVectors, member: Int32, day: Int?, year: Int?, cap: Int, keepMembers: Bool = true) {
        if let year { years[year, default: 0] += 1 }
        body.add(v.body, cap: cap)
        names.add(v.names, cap: cap)
        title.add(v.title, cap: cap)
        if keepMembers { members.append(member) }
        count += 1
        if let day {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
    }

    var retired = false

    mutating func retire() {
        release()
        retired = true
        spilled = false
    }

    /// Out of memory until it is restored (`SpilledStory`); its days stay, for retirement.
    mutating func spill() {
        release()
        members = []
        spilled = true
    }

    /// Members stay: a batch's final sweeps still report retired stories.
    private mutating func release() {
        body = Centroid()
        names = Centroid()
        title = Centroid()
        years = [:]
    }

    /// Its centroids' terms moved to sorted arrays (`Centroid.freeze`).
    mutating func freeze() {
        body.freeze()
        names.freeze()
        title.freeze()
    }

    /// Takes one article's vectors back out (members are left as they are: callers track them).
    mutating func remove(_ v: ArticleVectors, year: Int?) {
        body.subtract(v.body)
        names.subtract(v.names)
        title.subtract(v.title)
        if let year, let n = years[year] { years[year] = n > 1 ? n - 1 : nil }
    }

    mutating func absorb(_ o: StoryCluster, cap: Int) {
        body.add(o.body, cap: cap)
        names.add(o.names, cap: cap)
        title.add(o.title, cap: cap)
        members += o.members
        count += o.count
        years.merge(o.years, uniquingKeysWith: +)
        if let f = o.firstDay { firstDay = min(firstDay ?? f, f) }
        if let l = o.lastDay { lastDay = max(lastDay ?? l, l) }
    }
}

/// An article's three vectors, weighted with the IDF of its arrival day.
struct ArticleVectors: Sendable {
    var body: SparseVector
    var names: SparseVector
    var title: SparseVector
    var indexTerms: [UInt64]
    /// The year the text mentions most (the latest on a tie), a clue to when an undated article was written.
    var year: Int?
    var day: Int?
    /// The year a story files this article under: its publication year, else the year its text names.
    var storyYear: Int? { day.map { Timestamp.fromDayNumber($0).year } ?? year }

    static func make(
        _ a: Article, frequencies: inout DecayingFrequencies, day: Int, configuration cfg: LinkingConfiguration
    ) -> ArticleVectors {
        make(ArticleTerms.count(a, configuration: cfg), frequencies: &frequencies, day: day, configuration: cfg)
    }

    /// From the article's counted words, weighted with the IDF of `frequencies` (which it joins) on `day`.
    static func make(
        _ counted: ArticleTerms, frequencies: inout DecayingFrequencies, day: Int,
        configuration cfg: LinkingConfiguration
    ) -> ArticleVectors {
        frequencies.addDocument(terms: Set(counted.body.keys).union(counted.names.keys), day: day)
        func weigh(_ d: [UInt64: Float]) -> SparseVector {
            var out: [UInt64: Float] = [:]
            out.reserveCapacity(d.count)
            for (t, tf) in d { out[t] = (1 + log(tf)) * frequencies.idf(t, day: day) }
            return SparseVector(normalizing: out)
        }
        let b = weigh(counted.body), n = weigh(counted.names), ti = weigh(counted.title)
        var index = b.top(cfg.indexTerms)
        for t in n.top(cfg.indexTerms / 2) where !index.contains(t) { index.append(t) }
        return ArticleVectors(
            body: b, names: n, title: ti, indexTerms: index, year: counted.year, day: counted.day)
    }
}

/// An article's words as clustering counts them, before any weighting: read once and weighted by
/// each level's own document frequencies (the event and storyline clusterers count alike).
struct ArticleTerms: Sendable {
    var body: [UInt64: Float]
    var names: [UInt64: Float]
    var title: [UInt64: Float]
    /// The year the text mentions most (the latest on a tie).
    var year: Int?
    var day: Int?

    /// Whether two configurations count an article's words alike: `count` reads only these.
    static func sameCounting(_ a: LinkingConfiguration, _ b: LinkingConfiguration) -> Bool {
        a.nameBoost == b.nameBoost && a.dateYears == b.dateYears && a.entityNames == b.entityNames
    }

    static func count(_ a: Article, configuration cfg: LinkingConfiguration) -> ArticleTerms {
        var body: [UInt64: Float] = [:]
        var names: [UInt64: Float] = [:]
        var title: [UInt64: Float] = [:]
        let collect: (ScannedWord, Bool) -> Void = { w, inTitle in
            guard !w.isStopword else { return }
            body[w.stem, default: 0] += w.isName ? cfg.nameBoost : 1
            if w.isName { names[w.stem, default: 0] += 1 }
            if inTitle { title[w.stem, default: 0] += 1 }
        }
        if let t = a.title { WordScanner.scan(t) { collect($0, true) } }
        // A body that is only its headline (ingest's fallback for an empty body) would count it twice.
        if a.text != a.title { WordScanner.scan(a.text) { collect($0, false) } }
        var years: [Int: Int] = [:]
        for d in a.annotations.dates where d.type == .date && cfg.dateYears {
            // Only years the text spells out: a relative date ("on Tuesday") resolved without a
            // publication date would be anchored to the wrong day.
            if let y = Int(d.value.prefix(4)), (1000...2999).contains(y), d.text.contains(String(y)) {
                years[y, default: 0] += 1
            }
        }
        if years.isEmpty { years = YearScanner.years(in: (a.title ?? "") + "\n" + a.text) }
        let year = years.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
        // Annotated entities add the name words the capitalisation test missed (sentence-initial
        // mentions); words it already counted are not counted again.
        let seenNames = Set(names.keys)
        for e in a.annotations.entities where cfg.entityNames && e.type != .misc {
            WordScanner.scan(e.name) { w in
                if !w.isStopword && !seenNames.contains(w.stem) { names[w.stem, default: 0] += 1 }
            }
        }
        return ArticleTerms(body: body, names: names, title: title, year: year, day: a.published?.dayNumber)
    }
}

/// Four-digit years (1900–2099) standing alone in a text, when the language stage found no dates.
enum YearScanner {
    static func years(in text: String) -> [Int: Int] {
        var out: [Int: Int] = [:]
        var text = text
        text.withUTF8 { b in
            var i = 0
            while i + 4 <= b.count {
                let isDigit = { (k: Int) in k >= 0 && k < b.count && b[k] >= 0x30 && b[k] <= 0x39 }
                if isDigit(i) && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 3) && !isDigit(i - 1)
                    && !isDigit(i + 4)
                {
                    let y = (0..<4).reduce(0) { $0 * 10 + Int(b[i + $1] - 0x30) }
                    // "2,013" and "$2013" are not years.
                    let before = i > 0 ? b[i - 1] : 0x20
                    if (1900...2099).contains(y) && before != 0x2C && before != 0x24 && before != 0x2E {
                        out[y, default: 0] += 1
                    }
                    i += 4
                } else {
                    i += 1
                }
            }
        }
        return out
    }
}

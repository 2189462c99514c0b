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
    private var ids: [String] = []
    private var index: [UInt64: [Int32]] = [:]
    /// The latest publication day seen: undated articles are taken to arrive "now".
    private var clock = 0

    public init(configuration: LinkingConfiguration = .init()) {
        self.configuration = configuration
        self.copies = CopyDetector(configuration: configuration)
        self.frequencies = DecayingFrequencies(halfLifeDays: configuration.vocabularyHalfLifeDays)
    }

    public var articleCount: Int { ids.count }
    public var clusterCount: Int { clusters.count }

    /// Member article ids of each story, in arrival order.
    public var memberIDs: [[String]] { clusters.map { $0.members.map { ids[Int($0)] } } }

    /// Adds the next article in time order.
    @discardableResult
    public mutating func add(_ article: Article) -> Placement {
        let me = ids.count
        ids.append(article.id)
        let day = article.published?.dayNumber
        if let day { clock = max(clock, day) }
        let now = day ?? clock

        let copy = copies.add(sketch: copies.sketch(article.text))
        let v = ArticleVectors.make(article, frequencies: &frequencies, day: now, configuration: configuration)

        var target: Int?
        if let copy { target = Int(clusterOfArticle[copy.original]) }
        if target == nil {
            var best = -1.0
            for c in candidates(v) {
                let s = score(v, clusters[c], day: day)
                if s > best { best = s; target = c }
            }
            if best < configuration.joinThreshold { target = nil }
        }
        let opened = target == nil
        let c = target ?? clusters.count
        if opened { clusters.append(StoryCluster()) }
        clusters[c].add(v, member: Int32(me), day: day, cap: configuration.maxCentroidTerms)
        clusterOfArticle.append(Int32(c))
        for t in v.indexTerms {
            var list = index[t, default: []]
            if list.last != Int32(c) { list.append(Int32(c)); index[t] = list }
        }
        return Placement(cluster: c, opened: opened, copyOf: copy)
    }

    private func candidates(_ v: ArticleVectors) -> [Int] {
        var seen = Set<Int32>()
        let cap = configuration.maxCandidatesPerTerm
        for t in v.indexTerms {
            guard let list = index[t] else { continue }
            for c in list.suffix(cap) { seen.insert(c) }
        }
        return seen.map(Int.init)
    }

    func score(_ v: ArticleVectors, _ c: StoryCluster, day: Int?) -> Double {
        let cfg = configuration
        var s = cfg.bodyWeight * Double(c.body.cosine(v.body))
        s += cfg.nameWeight * Double(c.names.cosine(v.names))
        s += cfg.titleWeight * Double(c.title.cosine(v.title))
        return s * timeFactor(day, c)
    }

    func timeFactor(_ day: Int?, _ c: StoryCluster) -> Double {
        guard let day, let first = c.firstDay, let last = c.lastDay else { return 1 }
        let gap = Double(max(0, day - last, first - day))
        guard gap > configuration.storyWindowDays else { return 1 }
        return Double.exp2(-(gap - configuration.storyWindowDays) / configuration.storyHalfLifeDays)
    }

    /// Merges stories whose centroids turned out alike once both had grown: online clustering
    /// splits a story whose first articles happened to differ. Only candidate pairs from the
    /// term index are compared. Returns member indices (arrival order) per final story.
    func consolidated() -> [[Int]] {
        var parent = Array(0..<clusters.count)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        var merged = clusters
        // Larger stories absorb smaller ones first, so that a chain of small ones does not drift.
        let order = clusters.indices.sorted { clusters[$0].members.count > clusters[$1].members.count }
        for a in order {
            let ra = find(a)
            var best = -1.0, bestB = -1
            var seen = Set<Int>()
            for t in merged[ra].body.weights.sorted(by: { $0.value > $1.value }).prefix(configuration.indexTerms).map(\.key) {
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
        for c in clusters.indices where find(c) == c { out.append(merged[c].members.map(Int.init).sorted()) }
        return out
    }

    private func clusterScore(_ a: StoryCluster, _ b: StoryCluster) -> Double {
        let cfg = configuration
        var s = cfg.bodyWeight * Double(a.body.cosine(b.body))
        s += cfg.nameWeight * Double(a.names.cosine(b.names))
        s += cfg.titleWeight * Double(a.title.cosine(b.title))
        if let d = b.firstDay { s *= timeFactor(d, a) }
        return s
    }

    /// Index of each article's copy original, when it has one (arrival order).
    public var clusterAssignments: [Int] { clusterOfArticle.map(Int.init) }
}

struct StoryCluster: Sendable {
    var body = Centroid()
    var names = Centroid()
    var title = Centroid()
    var members: [Int32] = []
    var firstDay: Int?
    var lastDay: Int?

    mutating func add(_ v: ArticleVectors, member: Int32, day: Int?, cap: Int) {
        body.add(v.body, cap: cap)
        names.add(v.names, cap: cap)
        title.add(v.title, cap: cap)
        members.append(member)
        if let day {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
    }

    mutating func absorb(_ o: StoryCluster, cap: Int) {
        body.add(o.body, cap: cap)
        names.add(o.names, cap: cap)
        title.add(o.title, cap: cap)
        members += o.members
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

    static func make(_ a: Article, frequencies: inout DecayingFrequencies, day: Int, configuration cfg: LinkingConfiguration) -> ArticleVectors {
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
        WordScanner.scan(a.text) { collect($0, false) }
        // Annotated entities name things the capitalisation test misses (lower-case or sentence-initial).
        for e in a.annotations.entities {
            WordScanner.scan(e.name) { w in if !w.isStopword { names[w.stem, default: 0] += Float(max(1, e.mentions.count)) } }
        }
        frequencies.addDocument(terms: Set(body.keys).union(names.keys), day: day)
        func weigh(_ d: [UInt64: Float]) -> SparseVector {
            var out: [UInt64: Float] = [:]
            out.reserveCapacity(d.count)
            for (t, tf) in d { out[t] = (1 + log(tf)) * frequencies.idf(t, day: day) }
            return SparseVector(normalizing: out)
        }
        let b = weigh(body), n = weigh(names), ti = weigh(title)
        var index = b.top(cfg.indexTerms)
        for t in n.top(cfg.indexTerms / 2) where !index.contains(t) { index.append(t) }
        return ArticleVectors(body: b, names: n, title: ti, indexTerms: index)
    }
}

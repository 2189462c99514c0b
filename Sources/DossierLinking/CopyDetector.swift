/// How a later article relates to an earlier one whose text it reuses.
public enum CopyRelation: String, Sendable, Codable {
    /// The same text, give or take edits: a reprint or a lightly rewritten copy.
    case copy
    /// The earlier text sits inside the later one, which adds text of its own (an embedded wire story).
    case embeds
}

public struct CopyMatch: Sendable, Equatable {
    /// Index (arrival order) of the earliest article of the copied text.
    public var original: Int
    public var relation: CopyRelation
    public var resemblance: Double
    public var containment: Double
}

/// Finds reprints and embedded copies among articles that arrive in time order.
///
/// Each article is reduced to a MOD-m sketch (Broder 1997): the hashes of its word shingles that
/// are ≡ 0 mod m. Unlike a fixed-size MinHash, a MOD-m sketch estimates containment as well as
/// resemblance, which is what paragraph-level reuse needs: a wire story embedded in a longer
/// article has low resemblance to it but high containment. The sketch hashes live in an
/// inverted index (hash → articles), which serves as the locality-sensitive lookup: a new
/// article reads only the postings of its own sampled shingles, so its cost depends on its length
/// and the posting cap, never on how many articles came before. Postings longer than the cap are
/// boilerplate or the same text reprinted over and over; the earliest holders are kept.
public struct CopyDetector: Sendable {
    public let configuration: LinkingConfiguration
    private var postings: [UInt64: [Int32]] = [:]
    private var sketchSizes: [Int32] = []
    private var days: [Int32] = []
    /// The earliest article of each one's copy chain (itself when original).
    private var roots: [Int32] = []
    private var forgottenBefore = 0

    public init(configuration: LinkingConfiguration = .init()) {
        self.configuration = configuration
    }

    public var count: Int { sketchSizes.count }

    /// The sampled shingle hashes of a text (title excluded: headlines are rewritten more than bodies).
    public func sketch(_ text: String) -> [UInt64] {
        let k = configuration.shingleWords
        let m = configuration.sampleModulus
        var window = [UInt64](repeating: 0, count: k)
        var seen = 0
        var out: [UInt64] = []
        WordScanner.scan(text) { w in
            window[seen % k] = w.surface
            seen += 1
            guard seen >= k else { return }
            var h: UInt64 = 0
            for j in 0..<k { h = WordScanner.mix(h ^ window[(seen + j) % k]) }
            if h % m == 0 { out.append(h) }
        }
        out.sort()
        var unique: [UInt64] = []
        unique.reserveCapacity(out.count)
        for h in out where unique.last != h { unique.append(h) }
        return unique
    }

    /// Adds the next article (in time order) and returns what earlier article it copies, if any.
    /// Drops index postings of articles from before `day`: copies are looked for within a window.
    /// Forgets what lies past the copy windows (`copyWindowDays` before `clock`, and
    /// `copyWindowArticles` before the `added`th article): the housekeeping the story clusterer and
    /// a batch's `CopyFinder` both do, so that both find the same copies.
    mutating func forgetPastWindows(clock: Int, added: Int) {
        forget(before: clock - configuration.copyWindowDays)
        if let n = configuration.copyWindowArticles { forget(beforeArticle: added - max(1, n)) }
    }

    public mutating func forget(before day: Int) {
        guard days.first.map({ Int($0) < day }) == true else { return }
        var kept: [UInt64: [Int32]] = [:]
        kept.reserveCapacity(postings.count / 2)
        for (h, list) in postings {
            let live = list.filter { Int(days[Int($0)]) >= day }
            if !live.isEmpty { kept[h] = live }
        }
        postings = kept
    }

    /// Drops index postings of articles before the `first`-th (arrival order): a stream bounds
    /// the articles it looks for copies among by count as well as by day.
    public mutating func forget(beforeArticle first: Int) {
        guard first > 0, first > forgottenBefore else { return }
        forgottenBefore = first
        var kept: [UInt64: [Int32]] = [:]
        kept.reserveCapacity(postings.count / 2)
        for (h, list) in postings {
            let live = list.filter { Int($0) >= first }
            if !live.isEmpty { kept[h] = live }
        }
        postings = kept
    }

    public mutating func add(sketch: [UInt64], day: Int = 0) -> CopyMatch? {
        days.append(Int32(day))
        let me = Int32(sketchSizes.count)
        var shared: [Int32: Int] = [:]
        for h in sketch {
            if let list = postings[h] {
                for a in list { shared[a, default: 0] += 1 }
            }
        }
        var best: CopyMatch?
        var bestScore = 0.0
        let mine = sketch.count
        for (a, c) in shared {
            let theirs = Int(sketchSizes[Int(a)])
            let resemblance = Double(c) / Double(mine + theirs - c)
            let containsThem = theirs > 0 ? Double(c) / Double(theirs) : 0
            let containedInThem = mine > 0 ? Double(c) / Double(mine) : 0
            var relation: CopyRelation?
            // Holding all of the earlier text plus a good deal of its own: an embedding article.
            if containsThem >= configuration.embedContainment && theirs >= configuration.minCopySamples
                && Double(mine) >= configuration.embedSizeRatio * Double(theirs)
            {
                relation = .embeds
            } else if resemblance >= configuration.copyResemblance {
                relation = .copy
            } else if containedInThem >= configuration.embedContainment && mine >= configuration.minCopySamples {
                relation = .copy  // an excerpt of the earlier text
            } else if containsThem >= configuration.embedContainment && theirs >= configuration.minCopySamples {
                relation = .embeds
            }
            guard let relation else { continue }
            let score = max(resemblance, min(containsThem, containedInThem) + resemblance)
            if score > bestScore || (score == bestScore && best.map { Int(a) < $0.original } == true) {
                bestScore = score
                best = CopyMatch(
                    original: Int(a), relation: relation, resemblance: resemblance,
                    containment: max(containsThem, containedInThem))
            }
        }
        if var b = best {
            b.original = Int(roots[b.original])
            best = b
        }
        roots.append(best.map { Int32($0.original) } ?? me)
        sketchSizes.append(Int32(mine))
        let cap = configuration.maxPostings
        for h in sketch {
            postings[h, default: []].appendIfRoom(me, cap: cap)
        }
        return best
    }
}

extension Array where Element == Int32 {
    @inline(__always)
    mutating func appendIfRoom(_ x: Int32, cap: Int) {
        if count < cap { append(x) }
    }
}

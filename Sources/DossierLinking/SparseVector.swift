/// A sparse term vector: sorted by term so that dot products are a merge, built once per article.
struct SparseVector: Sendable {
    var terms: [UInt64] = []
    var weights: [Float] = []

    var isEmpty: Bool { terms.isEmpty }

    init() {}

    /// From raw weights, scaled to unit length.
    init(normalizing dict: [UInt64: Float]) {
        let pairs = dict.filter { $0.value > 0 }.sorted { $0.key < $1.key }
        var n2: Float = 0
        for (_, w) in pairs { n2 += w * w }
        let inv = n2 > 0 ? 1 / n2.squareRoot() : 0
        terms = pairs.map(\.key)
        weights = pairs.map { $0.value * inv }
    }

    func dot(_ other: SparseVector) -> Float {
        var i = 0, j = 0, s: Float = 0
        while i < terms.count && j < other.terms.count {
            let a = terms[i], b = other.terms[j]
            if a == b { s += weights[i] * other.weights[j]; i += 1; j += 1 } else if a < b { i += 1 } else { j += 1 }
        }
        return s
    }

    /// The `k` heaviest terms.
    func top(_ k: Int) -> [UInt64] {
        guard terms.count > k else { return terms }
        return zip(terms, weights).sorted { $0.1 > $1.1 }.prefix(k).map(\.0)
    }
}

/// A running sum of unit vectors (a story's centroid), with its squared norm kept up to date.
///
/// A centroid can be frozen (`freeze()`): its terms move from the dictionary to two sorted arrays,
/// 12 bytes a term where the dictionary takes 16 to 32, and terms added later go to the
/// dictionary again. The refinement sweep (`StoryClusterer.refined`) holds an uncapped centroid of
/// every story of a batch, frozen once built; the sums are the same, term by term, either way.
/// Only `weight(_:)`, `cosine(_: SparseVector)`, `add(_: SparseVector, cap:)`, `subtract` and
/// `entryCount` read the frozen terms: the online clusterer never freezes a centroid.
struct Centroid: Sendable {
    var weights: [UInt64: Float] = [:]
    var norm2: Float = 0
    /// Frozen terms, ascending, and their weights.
    private(set) var frozenTerms: [UInt64] = []
    private(set) var frozenWeights: [Float] = []

    /// Terms held, frozen or not.
    var entryCount: Int { weights.count + frozenTerms.count }

    /// The position of `t` among the frozen terms, if it is one.
    @inline(__always)
    private func frozenPosition(_ t: UInt64) -> Int? {
        var lo = 0, hi = frozenTerms.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if frozenTerms[mid] < t { lo = mid + 1 } else { hi = mid }
        }
        return lo < frozenTerms.count && frozenTerms[lo] == t ? lo : nil
    }

    /// The summed weight of `t`, nil if no added vector held it.
    @inline(__always)
    func weight(_ t: UInt64) -> Float? {
        if !frozenTerms.isEmpty, let i = frozenPosition(t) { return frozenWeights[i] }
        return weights[t]
    }

    /// Moves every term to the sorted arrays (values unchanged).
    mutating func freeze() {
        guard !weights.isEmpty else { return }
        var pairs: [(UInt64, Float)] = []
        pairs.reserveCapacity(frozenTerms.count + weights.count)
        for (t, w) in zip(frozenTerms, frozenWeights) { pairs.append((t, w)) }
        for (t, w) in weights { pairs.append((t, w)) }
        pairs.sort { $0.0 < $1.0 }
        weights = [:]
        frozenTerms = pairs.map(\.0)
        frozenWeights = pairs.map(\.1)
    }

    /// Cosine between a unit vector and the centroid's direction.
    func cosine(_ v: SparseVector) -> Float {
        guard norm2 > 0 else { return 0 }
        var s: Float = 0
        if frozenTerms.isEmpty {
            for (t, w) in zip(v.terms, v.weights) { if let c = weights[t] { s += w * c } }
        } else {
            for (t, w) in zip(v.terms, v.weights) { if let c = weight(t) { s += w * c } }
        }
        return s / norm2.squareRoot()
    }

    func cosine(_ other: Centroid) -> Float {
        guard norm2 > 0, other.norm2 > 0 else { return 0 }
        let (small, large) = weights.count <= other.weights.count ? (weights, other.weights) : (other.weights, weights)
        var s: Float = 0
        for (t, w) in small { if let c = large[t] { s += w * c } }
        return s / (norm2 * other.norm2).squareRoot()
    }

    mutating func add(_ v: SparseVector, cap: Int) {
        for (t, w) in zip(v.terms, v.weights) {
            if !frozenTerms.isEmpty, let i = frozenPosition(t) {
                let old = frozenWeights[i]
                norm2 += 2 * old * w + w * w
                frozenWeights[i] = old + w
                continue
            }
            let old = weights[t] ?? 0
            norm2 += 2 * old * w + w * w
            weights[t] = old + w
        }
        if weights.count > 2 * cap { prune(to: cap) }
    }

    mutating func subtract(_ v: SparseVector) {
        for (t, w) in zip(v.terms, v.weights) {
            if !frozenTerms.isEmpty, let i = frozenPosition(t) {
                let old = frozenWeights[i]
                norm2 += w * w - 2 * old * w
                frozenWeights[i] = old - w
                continue
            }
            guard let old = weights[t] else { continue }
            norm2 += w * w - 2 * old * w
            weights[t] = old - w
        }
        norm2 = max(0, norm2)
    }

    mutating func add(_ other: Centroid, cap: Int) {
        for (t, w) in other.weights { weights[t, default: 0] += w }
        norm2 = weights.values.reduce(0) { $0 + $1 * $1 }
        if weights.count > 2 * cap { prune(to: cap) }
    }

    /// Keeps the heaviest terms only, so that a long-running story costs bounded memory.
    mutating func prune(to cap: Int) {
        let kept = weights.sorted { $0.value > $1.value }.prefix(cap)
        weights = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        norm2 = weights.values.reduce(0) { $0 + $1 * $1 }
    }
}

/// Document frequencies that fade with time, so that IDF follows the news of the moment:
/// a word everyone used last month is informative again when it returns.
struct DecayingFrequencies: Sendable {
    private var counts: [UInt64: (value: Float, day: Int32)] = [:]
    private var total: Double = 0
    private var totalDay = 0
    let halfLifeDays: Double
    /// `decay(d)` for the first days, worked out once: every word of every article asks for the
    /// decay over a whole number of days, mostly a few, and `pow` is most of what that costs.
    private let decayTable: [Double]
    static let tabledDays = 1024

    init(halfLifeDays: Double) {
        self.halfLifeDays = halfLifeDays
        decayTable = (0..<Self.tabledDays).map { $0 == 0 ? 1 : Double.exp2(-Double($0) / halfLifeDays) }
    }

    @inline(__always)
    private func decay(_ days: Int) -> Double {
        if days <= 0 { return 1 }
        if days < decayTable.count { return decayTable[days] }
        return Double.exp2(-Double(days) / halfLifeDays)
    }

    mutating func addDocument(terms: some Sequence<UInt64>, day: Int) {
        total = total * decay(day - totalDay) + 1
        totalDay = max(totalDay, day)
        for t in terms {
            if let c = counts[t] {
                counts[t] = (Float(Double(c.value) * decay(day - Int(c.day))) + 1, Int32(max(day, Int(c.day))))
            } else {
                counts[t] = (1, Int32(day))
            }
        }
    }

    /// Forgets words whose decayed count has fallen below a hundredth of a document.
    mutating func prune(day: Int) {
        counts = counts.filter { Double($0.value.value) * decay(day - Int($0.value.day)) >= 0.01 }
    }

    func idf(_ t: UInt64, day: Int) -> Float {
        let n = total * decay(day - totalDay)
        let df = counts[t].map { Double($0.value) * decay(day - Int($0.day)) } ?? 0
        return Float(log(1 + n / max(df, 0.5)))
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Double {
    static func exp2(_ x: Double) -> Double { pow(2, x) }
}

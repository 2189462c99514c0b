import DossierModel

/// BILOU tags over the four CoNLL types: 0 is O; type t (in `EntityType.allCases` order) has
/// B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t. BILOU rather than BIO because marking the last
/// and single-token words of a name lets the weights learn name ends as well as starts.
enum EntityTags {
    static let count = 17
    static let start = 17
    static let types = EntityType.allCases

    @inline(__always) static func b(_ t: Int) -> Int { 1 + 4 * t }
    @inline(__always) static func i(_ t: Int) -> Int { 2 + 4 * t }
    @inline(__always) static func l(_ t: Int) -> Int { 3 + 4 * t }
    @inline(__always) static func u(_ t: Int) -> Int { 4 + 4 * t }
    @inline(__always) static func type(_ tag: Int) -> Int { (tag - 1) / 4 }
    @inline(__always) static func part(_ tag: Int) -> Int { (tag - 1) % 4 }  // 0 B, 1 I, 2 L, 3 U

    /// Whether `next` may follow `prev` (`prev == start` at a sentence's first token).
    static func allowed(_ prev: Int, _ next: Int) -> Bool {
        let prevOpen = prev != start && prev != 0 && part(prev) <= 1
        if prevOpen {
            return next != 0 && type(next) == type(prev) && (part(next) == 1 || part(next) == 2)
        }
        return next == 0 || part(next) == 0 || part(next) == 3
    }

    static func canEnd(_ tag: Int) -> Bool { tag == 0 || part(tag) >= 2 }

    /// -inf where a transition is not allowed, so Viterbi only builds well-formed names.
    static let mask: [Float] = {
        var m = [Float](repeating: 0, count: (count + 1) * count)
        for p in 0...count { for n in 0..<count where !allowed(p, n) { m[p * count + n] = -.infinity } }
        return m
    }()

    /// Token-index ranges and type indices of the names a tag sequence marks.
    static func spans(_ tags: [Int]) -> [(Range<Int>, Int)] {
        var out: [(Range<Int>, Int)] = []
        var open: Int? = nil
        for (k, tag) in tags.enumerated() {
            if tag == 0 { open = nil; continue }
            switch part(tag) {
            case 0: open = k
            case 3: out.append((k..<k + 1, type(tag))); open = nil
            case 2:
                if let o = open { out.append((o..<k + 1, type(tag))) }
                open = nil
            default: break
            }
        }
        return out
    }

    static func tags(length: Int, spans: [(Range<Int>, Int)]) -> [Int] {
        var tags = [Int](repeating: 0, count: length)
        for (r, t) in spans {
            if r.count == 1 { tags[r.lowerBound] = u(t); continue }
            tags[r.lowerBound] = b(t)
            for k in r.dropFirst().dropLast() { tags[k] = i(t) }
            tags[r.upperBound - 1] = l(t)
        }
        return tags
    }
}

/// Constrained Viterbi over per-token tag scores and tag-to-tag transition weights.
enum Viterbi {
    /// `emissions` holds `count * EntityTags.count` scores; `transitions` is
    /// `(EntityTags.count + 1) * EntityTags.count` with the start row last.
    static func decode(emissions: UnsafePointer<Float>, count n: Int, transitions: UnsafePointer<Float>,
                       back: inout [UInt8]) -> [Int] {
        let T = EntityTags.count
        guard n > 0 else { return [] }
        if back.count < n * T { back = [UInt8](repeating: 0, count: n * T) }
        var prev = [Float](repeating: 0, count: T), cur = prev
        EntityTags.mask.withUnsafeBufferPointer { mask in
            for t in 0..<T { prev[t] = transitions[T * T + t] + mask[T * T + t] + emissions[t] }
            for k in 1..<n {
                for t in 0..<T {
                    var best = -Float.infinity, arg = 0
                    for p in 0..<T {
                        let v = prev[p] + transitions[p * T + t] + mask[p * T + t]
                        if v > best { best = v; arg = p }
                    }
                    cur[t] = best + emissions[k * T + t]
                    back[k * T + t] = UInt8(arg)
                }
                swap(&prev, &cur)
            }
        }
        var best = -Float.infinity, arg = 0
        for t in 0..<T where EntityTags.canEnd(t) && prev[t] > best { best = prev[t]; arg = t }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = arg
        var k = n - 1
        while k > 0 { tags[k - 1] = Int(back[k * T + tags[k]]); k -= 1 }
        return tags
    }
}

/// The shipped tagger: feature weights, transitions and the lexicon, as trained by
/// `dossier train-entities`.
struct EntityModel: Sendable {
    var features: HashSlots
    /// Row r holds the weights of feature r for each tag.
    var weights: [Float]
    var transitions: [Float]
    var lexicon: Lexicon

    /// Tags each sentence of a prepared document; returns one tag per token of `sentences`.
    func tag(_ doc: EntityFeatures, sentences: [Range<Int>]) -> [Int] {
        let T = EntityTags.count
        let F = EntityFeatures.perToken
        var out = [Int](repeating: 0, count: doc.forms.count)
        var hashes = [UInt64](repeating: 0, count: F)
        var emissions: [Float] = []
        var back: [UInt8] = []
        for r in sentences where !r.isEmpty {
            emissions.removeAll(keepingCapacity: true)
            emissions.append(contentsOf: repeatElement(0, count: r.count * T))
            weights.withUnsafeBufferPointer { w in
                emissions.withUnsafeMutableBufferPointer { em in
                    hashes.withUnsafeMutableBufferPointer { hp in
                        for (k, i) in r.enumerated() {
                            doc.extract(i, into: hp.baseAddress!)
                            let row = em.baseAddress! + k * T
                            for h in hp {
                                guard let f = features.find(h) else { continue }
                                let base = w.baseAddress! + Int(f) * T
                                for t in 0..<T { row[t] += base[t] }
                            }
                        }
                    }
                }
            }
            let tags = emissions.withUnsafeBufferPointer { em in
                transitions.withUnsafeBufferPointer { tr in
                    Viterbi.decode(emissions: em.baseAddress!, count: r.count, transitions: tr.baseAddress!, back: &back)
                }
            }
            for (k, i) in r.enumerated() { out[i] = tags[k] }
        }
        return out
    }
}

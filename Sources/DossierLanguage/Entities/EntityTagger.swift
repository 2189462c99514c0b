import CPrefetch
import DossierModel

/// BILOU tags over the four CoNLL types: 0 is O; type t (in `EntityType.allCases` order) has
/// B = 1+4t, I = 2+4t, L = 3+4t, U = 4+4t. BILOU rather than BIO because marking the last
/// and single-token words of a name lets the weights learn name ends as well as starts.
package enum EntityTags {
    package static let count = 17
    package static let start = 17
    package static let types = EntityType.allCases

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

    /// Per tag t, the tags (not the start) that may precede it, ascending, at
    /// `predecessors[predecessorStart[t]..<predecessorStart[t + 1]]`.
    static let predecessors: [UInt8] = (0..<count).flatMap { t in (0..<count).filter { allowed($0, t) }.map(UInt8.init)
    }
    static let predecessorStart: [Int] = {
        var out = [0]
        for t in 0..<count { out.append(out[t] + (0..<count).filter { allowed($0, t) }.count) }
        return out
    }()

    /// Token-index ranges and type indices of the names a tag sequence marks.
    package static func spans(_ tags: [Int]) -> [(Range<Int>, Int)] {
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

    package static func tags(length: Int, spans: [(Range<Int>, Int)]) -> [Int] {
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
package enum Viterbi {
    /// `emissions` holds `count * EntityTags.count` scores; `transitions` is
    /// `(EntityTags.count + 1) * EntityTags.count` with the start row last.
    package static func decode(
        emissions: UnsafePointer<Float>, count n: Int, transitions: UnsafePointer<Float>,
        back: inout [UInt8]
    ) -> [Int] {
        let T = EntityTags.count
        guard n > 0 else { return [] }
        if back.count < n * T { back = [UInt8](repeating: 0, count: n * T) }
        var arg = 0
        // Through buffer pointers, with no array checks in the inner loop; the sums and the
        // comparisons are the ones of the plain version, in the same order, so the path is the same.
        withUnsafeTemporaryAllocation(of: Float.self, capacity: 2 * T) { scores in
            var prev = scores.baseAddress!, cur = prev + T
            EntityTags.mask.withUnsafeBufferPointer { mask in
                for t in 0..<T { prev[t] = transitions[T * T + t] + mask[T * T + t] + emissions[t] }
            }
            // Only the allowed predecessors, in ascending order as before: a masked one scores -inf and
            // never wins, and adding a mask of 0 changes no score, so the path is the same.
            EntityTags.predecessors.withUnsafeBufferPointer { preds in
                EntityTags.predecessorStart.withUnsafeBufferPointer { start in
                    back.withUnsafeMutableBufferPointer { pointers in
                        for k in 1..<n {
                            let row = pointers.baseAddress! + k * T, emission = emissions + k * T
                            for t in 0..<T {
                                var best = -Float.infinity, from = 0
                                for q in start[t]..<start[t + 1] {
                                    let p = Int(preds[q])
                                    let v = prev[p] + transitions[p * T + t]
                                    if v > best { best = v; from = p }
                                }
                                cur[t] = best + emission[t]
                                row[t] = UInt8(truncatingIfNeeded: from)
                            }
                            swap(&prev, &cur)
                        }
                    }
                }
            }
            var best = -Float.infinity
            for t in 0..<T where EntityTags.canEnd(t) && prev[t] > best { best = prev[t]; arg = t }
        }
        var tags = [Int](repeating: 0, count: n)
        tags[n - 1] = arg
        var k = n - 1
        while k > 0 { tags[k - 1] = Int(back[k * T + tags[k]]); k -= 1 }
        return tags
    }
}

/// Both stages' feature weights in one open-addressing table whose 80-byte slots hold a
/// feature's hash and its 17 first-stage and 17 second-stage weights (Int16) side by side.
/// The stages share most features, so one lookup, usually one cache miss, serves both;
/// tagging time is dominated by these lookups.
struct WeightTable: Sendable {
    static let slotBytes = 80
    /// Bytes 76..<80 of a slot are never written (8 key bytes + 2×17×2 weight bytes = 76).
    static let paddingOffset = 76
    static let T = EntityTags.count
    /// Per slot: bytes 0..<8 the key (0 = empty), then 2×17 Int16 weights.
    private var slots: [UInt64]
    private let mask: Int
    let scales: (Float, Float)

    init(stages: [(keys: [UInt64], weights: [Int16], scale: Float)]) {
        let T = WeightTable.T
        let distinct = Set(stages.flatMap(\.keys)).count
        var n = 16
        while n * 2 < distinct * 3 { n <<= 1 }
        var slots = [UInt64](repeating: 0, count: n * WeightTable.slotBytes / 8)
        let mask = n - 1
        slots.withUnsafeMutableBytes { raw in
            for (s, stage) in stages.enumerated() {
                for (r, key) in stage.keys.enumerated() {
                    let k = WeightTable.stored(key)
                    var i = WeightTable.slot(k, mask)
                    while true {
                        let x = raw.load(fromByteOffset: i * WeightTable.slotBytes, as: UInt64.self)
                        if x == 0 || x == k { break }
                        i = (i + 1) & mask
                    }
                    let base = i * WeightTable.slotBytes
                    raw.storeBytes(of: k, toByteOffset: base, as: UInt64.self)
                    for t in 0..<T {
                        raw.storeBytes(
                            of: stage.weights[r * T + t], toByteOffset: base + 8 + 2 * (s * T + t), as: Int16.self)
                    }
                }
            }
        }
        self.slots = slots
        self.mask = mask
        self.scales = (stages[0].scale, stages.count > 1 ? stages[1].scale : 0)
    }

    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask
    }

    /// Adds the weights of every feature in `hashes` to `first` (stage one) and, when given,
    /// `second` (stage two).
    @inline(__always)
    func accumulate(
        _ hashes: UnsafeBufferPointer<UInt64>, first: UnsafeMutablePointer<Int32>?,
        second: UnsafeMutablePointer<Int32>?
    ) {
        let T = WeightTable.T
        // Two passes: the first finds every feature's slot, the second adds its weights. The
        // table is megabytes, so nearly every probe misses the cache; in the first pass the probes
        // are independent of each other and the processor overlaps their misses, where probing
        // and adding in one loop waited for them one after another (the tagger's hot spot).
        withUnsafeTemporaryAllocation(of: Int.self, capacity: WeightTable.chunk) { found in
            slots.withUnsafeBytes { raw in
                var from = 0
                while from < hashes.count {
                    let count = min(hashes.count - from, WeightTable.chunk)
                    for j in 0..<count {
                        let k = WeightTable.stored(hashes[from + j])
                        var i = WeightTable.slot(k, mask)
                        var at = -1
                        while true {
                            let base = i * WeightTable.slotBytes
                            let x = raw.load(fromByteOffset: base, as: UInt64.self)
                            if x == k {
                                // A slot spans two cache lines: reading its padding (always zero) brings the
                                // second one in now as well, and the OR keeps the read from being dropped.
                                at =
                                    base
                                    | Int(raw.load(fromByteOffset: base + WeightTable.paddingOffset, as: UInt32.self))
                                break
                            }
                            if x == 0 { break }
                            i = (i + 1) & mask
                        }
                        found[j] = at
                    }
                    for j in 0..<count where found[j] >= 0 {
                        let w = (raw.baseAddress! + found[j] + 8).assumingMemoryBound(to: Int16.self)
                        if let first { for t in 0..<T { first[t] &+= Int32(w[t]) } }
                        if let second { for t in 0..<T { second[t] &+= Int32(w[T + t]) } }
                    }
                    from += count
                }
            }
        }
    }

    /// Features probed before their weights are added: a token's features in one go.
    static let chunk = 64

    /// Asks the processor to fetch the home slot of every feature in `hashes` (both of its
    /// cache lines) without waiting for it: done a few tokens ahead of `accumulate`, the table's
    /// cache misses, which dominated tagging, overlap with the work on the tokens in between.
    @inline(__always)
    func prefetch(_ hashes: UnsafeBufferPointer<UInt64>) {
        slots.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            for h in hashes {
                let slot = base + WeightTable.slot(WeightTable.stored(h), mask) * WeightTable.slotBytes
                dossier_prefetch(slot)
                dossier_prefetch(slot + (WeightTable.slotBytes - 1))
            }
        }
    }

    /// Tokens between the one whose features are prefetched and the one whose weights are added.
    static let prefetchDistance = 2
}

/// The shipped tagger, as trained by `dossier train-entities`: a first stage that tags each
/// sentence alone, then (when present) a second that also sees what the first stage made of
/// the same words elsewhere in the document.
struct EntityModel: Sendable {
    var weights: WeightTable
    /// Per stage, `(EntityTags.count + 1) * EntityTags.count` transition weights.
    var transitions: [[Float]]
    var lexicon: Lexicon

    func tag(_ doc: inout EntityFeatures, sentences: [Range<Int>]) -> [Int] {
        let T = EntityTags.count
        let n = doc.forms.count
        let twoStages = transitions.count > 1
        var first = [Int32](repeating: 0, count: n * T)
        var second = [Int32](repeating: 0, count: twoStages ? n * T : 0)
        // The features of the next `prefetchDistance` tokens wait in a ring, their slots prefetched.
        let F = EntityFeatures.perToken, ring = WeightTable.prefetchDistance + 1
        var hashes = [UInt64](repeating: 0, count: ring * F)
        hashes.withUnsafeMutableBufferPointer { hp in
            first.withUnsafeMutableBufferPointer { f in
                second.withUnsafeMutableBufferPointer { s in
                    func features(_ i: Int) -> UnsafeMutableBufferPointer<UInt64> {
                        UnsafeMutableBufferPointer(rebasing: hp[(i % ring) * F..<(i % ring + 1) * F])
                    }
                    func fetch(_ i: Int) {
                        let buffer = features(i)
                        doc.extract(i, into: buffer.baseAddress!)
                        weights.prefetch(UnsafeBufferPointer(buffer))
                    }
                    for r in sentences {
                        for i in r.prefix(WeightTable.prefetchDistance) { fetch(i) }
                        for i in r {
                            if i + WeightTable.prefetchDistance < r.upperBound {
                                fetch(i + WeightTable.prefetchDistance)
                            }
                            weights.accumulate(
                                UnsafeBufferPointer(features(i)), first: f.baseAddress! + i * T,
                                second: twoStages ? s.baseAddress! + i * T : nil)
                        }
                    }
                }
            }
        }
        var tags = decode(first, scale: weights.scales.0, transitions: transitions[0], sentences: sentences, count: n)
        guard twoStages else { return tags }
        doc.setFirstStage(tags)
        // The same pipeline for the four context features, further ahead as a token has fewer.
        let C = EntityFeatures.contextFeatures, ahead = 4 * WeightTable.prefetchDistance, contextRing = ahead + 1
        var context = [UInt64](repeating: 0, count: contextRing * C)
        context.withUnsafeMutableBufferPointer { cp in
            second.withUnsafeMutableBufferPointer { s in
                func features(_ i: Int) -> UnsafeMutableBufferPointer<UInt64> {
                    UnsafeMutableBufferPointer(rebasing: cp[(i % contextRing) * C..<(i % contextRing + 1) * C])
                }
                func fetch(_ i: Int) {
                    let buffer = features(i)
                    doc.extractContext(i, into: buffer.baseAddress!)
                    weights.prefetch(UnsafeBufferPointer(buffer))
                }
                for r in sentences {
                    for i in r.prefix(ahead) { fetch(i) }
                    for i in r {
                        if i + ahead < r.upperBound { fetch(i + ahead) }
                        weights.accumulate(UnsafeBufferPointer(features(i)), first: nil, second: s.baseAddress! + i * T)
                    }
                }
            }
        }
        tags = decode(second, scale: weights.scales.1, transitions: transitions[1], sentences: sentences, count: n)
        return tags
    }

    private func decode(
        _ sums: [Int32], scale: Float, transitions: [Float], sentences: [Range<Int>], count n: Int
    ) -> [Int] {
        let T = EntityTags.count
        var out = [Int](repeating: 0, count: n)
        var emissions: [Float] = []
        var back: [UInt8] = []
        for r in sentences where !r.isEmpty {
            emissions.removeAll(keepingCapacity: true)
            for k in r.lowerBound * T..<r.upperBound * T { emissions.append(Float(sums[k]) * scale) }
            let tags = emissions.withUnsafeBufferPointer { em in
                transitions.withUnsafeBufferPointer { tr in
                    Viterbi.decode(
                        emissions: em.baseAddress!, count: r.count, transitions: tr.baseAddress!, back: &back)
                }
            }
            for (k, i) in r.enumerated() { out[i] = tags[k] }
        }
        return out
    }
}

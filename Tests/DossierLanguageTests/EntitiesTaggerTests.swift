import DossierModel
import Testing
@testable import DossierLanguage

@Test func bilouRoundTrip() {
    let spans: [(Range<Int>, Int)] = [(0..<2, 0), (3..<4, 2), (4..<7, 1)]
    let tags = EntityTags.tags(length: 8, spans: spans)
    #expect(
        tags == [
            EntityTags.b(0), EntityTags.l(0), 0, EntityTags.u(2), EntityTags.b(1), EntityTags.i(1), EntityTags.l(1), 0,
        ])
    #expect(EntityTags.spans(tags).map { "\($0.0)/\($0.1)" } == spans.map { "\($0.0)/\($0.1)" })
}

@Test func viterbiNeverOpensANameItDoesNotClose() {
    // Emissions favour B-PER then O, which is ill-formed; the decoder must choose a valid path.
    let T = EntityTags.count
    var em = [Float](repeating: 0, count: 2 * T)
    em[EntityTags.b(0)] = 5
    em[T + 0] = 5
    let tr = [Float](repeating: 0, count: (T + 1) * T)
    var back: [UInt8] = []
    let tags = Viterbi.decode(emissions: em, count: 2, transitions: tr, back: &back)
    #expect(tags == [EntityTags.b(0), EntityTags.l(0)] || tags == [0, 0])
    #expect(EntityTags.spans(tags).allSatisfy { !$0.0.isEmpty })
}

@Test func asciiUpperCaseTestAgreesWithTheUnicodeProperty() {
    for v in UInt32(0)..<0x3000 {
        guard let c = Unicode.Scalar(v) else { continue }
        #expect(ScalarCase.isUpper(c) == c.properties.isUppercase, "U+\(String(v, radix: 16))")
    }
}

/// Viterbi as plainly written: every predecessor, masked ones at -inf, array subscripts.
private func plainViterbi(_ em: [Float], _ n: Int, _ tr: [Float]) -> [Int] {
    let T = EntityTags.count
    let mask = EntityTags.mask
    var prev = (0..<T).map { tr[T * T + $0] + mask[T * T + $0] + em[$0] }
    var back = [Int](repeating: 0, count: n * T)
    for k in 1..<max(n, 1) {
        var cur = prev
        for t in 0..<T {
            var best = -Float.infinity, arg = 0
            for p in 0..<T where EntityTags.allowed(p, t) {
                let v = prev[p] + tr[p * T + t]
                if v > best { best = v; arg = p }
            }
            cur[t] = best + em[k * T + t]
            back[k * T + t] = arg
        }
        prev = cur
    }
    var best = -Float.infinity, arg = 0
    for t in 0..<T where EntityTags.canEnd(t) && prev[t] > best { best = prev[t]; arg = t }
    var tags = [Int](repeating: 0, count: n)
    tags[n - 1] = arg
    var k = n - 1
    while k > 0 { tags[k - 1] = back[k * T + tags[k]]; k -= 1 }
    return tags
}

@Test func viterbiMatchesThePlainDecoderOnRandomScores() {
    // Scores on a coarse grid, so that ties, which the decoder breaks towards the lowest tag, occur.
    var rng = SplitMix(seed: 7)
    let T = EntityTags.count
    var back: [UInt8] = []
    for n in [1, 2, 3, 7, 30] {
        for _ in 0..<40 {
            let em = (0..<n * T).map { _ in Float(rng.next() % 9) - 4 }
            let tr = (0..<(T + 1) * T).map { _ in Float(rng.next() % 7) - 3 }
            let fast = em.withUnsafeBufferPointer { e in
                tr.withUnsafeBufferPointer { t in
                    Viterbi.decode(emissions: e.baseAddress!, count: n, transitions: t.baseAddress!, back: &back)
                }
            }
            #expect(fast == plainViterbi(em, n, tr))
        }
    }
}

/// A small seeded generator, so the random test is the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

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

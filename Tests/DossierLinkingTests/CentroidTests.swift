import DossierModel
import Testing

@testable import DossierLinking

/// A frozen centroid (`Centroid.freeze`, what the refinement sweep holds) gives the same sums,
/// norm and cosines as the dictionary it was made from, through every later change.
@Suite struct CentroidTests {
    static let vectors = StoryScaleTests.vectors(StoryPassesTests.corpus)

    static func entries(_ c: Centroid) -> [UInt64: Float] {
        var out = c.weights
        for (t, w) in zip(c.frozenTerms, c.frozenWeights) { out[t] = w }
        return out
    }

    @Test(arguments: [1, 2, 4])
    func aFrozenCentroidSumsAsTheDictionaryDoes(frozenAfter: Int) throws {
        let vs = Self.vectors
        try #require(vs.count > frozenAfter + 2)
        var plain = Centroid(), frozen = Centroid()
        for (k, v) in vs.enumerated() {
            plain.add(v.body, cap: Int.max / 4)
            frozen.add(v.body, cap: Int.max / 4)
            if k + 1 == frozenAfter { frozen.freeze() }
        }
        #expect(!frozen.frozenTerms.isEmpty)
        #expect(frozen.frozenTerms == frozen.frozenTerms.sorted())
        #expect(frozen.entryCount == plain.entryCount)
        #expect(Self.entries(frozen) == plain.weights)
        #expect(frozen.norm2.bitPattern == plain.norm2.bitPattern)
        for v in vs {
            #expect(frozen.cosine(v.body).bitPattern == plain.cosine(v.body).bitPattern)
            for t in v.body.terms { #expect(frozen.weight(t) == plain.weights[t]) }
        }
        // Taken back out, the sums stay equal bit for bit.
        for v in vs.prefix(2) {
            plain.subtract(v.body)
            frozen.subtract(v.body)
        }
        frozen.freeze()
        #expect(Self.entries(frozen) == plain.weights)
        #expect(frozen.norm2.bitPattern == plain.norm2.bitPattern)
        #expect(frozen.weights.isEmpty)
    }

    @Test func aStoryScoredWithoutAnArticleIsTheSameFrozen() throws {
        let vs = Self.vectors
        try #require(vs.count > 2)
        var plain = StoryCluster(), frozen = StoryCluster()
        for (k, v) in vs.enumerated() {
            plain.add(v, member: Int32(k), day: v.day, year: v.storyYear, cap: Int.max / 4)
            frozen.add(v, member: Int32(k), day: v.day, year: v.storyYear, cap: Int.max / 4)
        }
        frozen.freeze()
        let clusterer = StoryClusterer()
        for v in vs {
            #expect(clusterer.scoreWithout(v, frozen) == clusterer.scoreWithout(v, plain))
            #expect(clusterer.score(v, frozen, day: v.day) == clusterer.score(v, plain, day: v.day))
        }
        #expect(clusterer.bar(frozen) == clusterer.bar(plain))
    }
}

import DossierModel
import Testing

@testable import DossierLinking

/// What lets `stories --db` run on a large store change nothing it gives: vectors kept on file
/// come back bit for bit, and stories built several at a time come out as built one by one.
@Suite struct StoryScaleTests {
    static func vectors(_ articles: [Article]) -> [ArticleVectors] {
        var frequencies = DecayingFrequencies(halfLifeDays: 90)
        return articles.map {
            ArticleVectors.make(
                $0, frequencies: &frequencies, day: $0.published?.dayNumber ?? 0, configuration: .init())
        }
    }

    static func same(_ a: ArticleVectors, _ b: ArticleVectors) -> Bool {
        a.body.terms == b.body.terms && a.body.weights == b.body.weights && a.names.terms == b.names.terms
            && a.names.weights == b.names.weights && a.title.terms == b.title.terms
            && a.title.weights == b.title.weights && a.indexTerms == b.indexTerms && a.year == b.year && a.day == b.day
    }

    @Test(arguments: [0, 2, 100])
    func vectorsOnFileComeBackAsWritten(held: Int) throws {
        let originals = Self.vectors(StoryPassesTests.corpus)
        #expect(originals.count > 3)
        let shelf = VectorShelf(heldLimit: held)
        for v in originals { shelf.append(v) }
        #expect(shelf.count == originals.count)
        for (i, v) in originals.enumerated() {
            let back = try #require(shelf[i])
            #expect(Self.same(back, v))
        }
        #expect(shelf[originals.count] == nil)
        #expect(shelf[-1] == nil)
    }

    @Test func anUndatedVectorKeepsItsMissingDayAndYear() throws {
        var v = Self.vectors(StoryPassesTests.corpus)[0]
        v.day = nil
        v.year = nil
        let shelf = VectorShelf(heldLimit: 0)
        shelf.append(v)
        let back = try #require(shelf[0])
        #expect(back.day == nil && back.year == nil)
    }

    static func same(_ a: ArticleTerms, _ b: ArticleTerms) -> Bool {
        a.body == b.body && a.names == b.names && a.title == b.title && a.year == b.year && a.day == b.day
    }

    /// What a batch keeps of each article between reading it and clustering it comes back as written.
    @Test(arguments: [0, 3])
    func clusteringInputsOnFileComeBackAsWritten(held: Int) throws {
        let copies: [CopyMatch?] = [
            nil, CopyMatch(original: 7, relation: .copy, resemblance: 0.9, containment: 0.95),
            CopyMatch(original: 0, relation: .embeds, resemblance: 0.1 / 3, containment: 1),
        ]
        var inputs: [ClusteringInput] = []
        for (k, a) in StoryPassesTests.corpus.enumerated() {
            var terms = ArticleTerms.count(a, configuration: .init())
            // A year read from the text (none of these texts names one) is kept too.
            if k == 1 { terms.year = 2004 }
            var other = LinkingConfiguration()
            other.nameBoost += 1
            inputs.append(
                ClusteringInput(
                    terms: terms, storyTerms: k % 2 == 0 ? nil : ArticleTerms.count(a, configuration: other),
                    copy: copies[k % copies.count]))
        }
        #expect(inputs.contains { $0.terms.year != nil } && inputs.contains { $0.terms.day == nil })
        let shelf = Shelf<ClusteringInput>(heldLimit: held)
        for i in inputs { shelf.append(i) }
        for (k, i) in inputs.enumerated() {
            let back = try #require(shelf[k])
            #expect(Self.same(back.terms, i.terms))
            #expect((back.storyTerms == nil) == (i.storyTerms == nil))
            if let s = back.storyTerms, let t = i.storyTerms { #expect(Self.same(s, t)) }
            #expect(back.copy == i.copy)
        }
        #expect(shelf[inputs.count] == nil)
    }

    /// Copies found apart from the clusterer are those the clusterer finds, windows included.
    @Test(arguments: [1, 2, 5000])
    func copiesFoundApartAreTheClusterersOwn(housekeeping: Int) {
        var configuration = LinkingConfiguration()
        configuration.housekeepingInterval = housekeeping
        configuration.copyWindowDays = 1
        configuration.copyWindowArticles = 3
        let articles =
            StoryPassesTests.corpus
            + StoryPassesTests.corpus.map { a -> Article in
                var b = a
                b.id += "-again"
                return b
            }
        var clusterer = StoryClusterer(configuration: configuration)
        var finder = CopyFinder(configuration: configuration)
        let sketcher = CopyDetector(configuration: configuration)
        var found = 0
        for a in articles {
            let own = clusterer.add(a).copyOf
            let apart = finder.add(sketch: sketcher.sketch(a.text), day: a.published?.dayNumber)
            #expect(own == apart)
            if own != nil { found += 1 }
        }
        // Forgetting at every article with a window of three articles leaves no copy in reach here.
        if housekeeping > 1 { #expect(found > 0) }
    }

    /// Vectors on file and stories built one, two or three at a time, within a budget of articles
    /// or not: the stories of one batch.
    @Test(arguments: [(1, 0, 1), (2, 1, 2), (3, 10_000, 10_000), (2, 0, 3)])
    func storiesDoNotDependOnHowTheyAreBuilt(atOnce: Int, held: Int, budget: Int) throws {
        var configuration = LinkingConfiguration()
        configuration.storiesAtOnce = atOnce
        configuration.vectorsHeldInMemory = held
        configuration.storyArticlesAtOnce = budget
        let whole = StoryLinker().link(StoryPassesTests.corpus)
        #expect(StoryLinker(configuration: configuration).link(StoryPassesTests.corpus) == whole)
        var byId: [String: Article] = [:]
        for a in StoryPassesTests.corpus { byId[a.id] = a }
        var streamed: [Story] = []
        try StoryLinker(configuration: configuration).link(
            times: StoryPassesTests.corpus.map { ($0.id, $0.published) }, batchSize: 3,
            load: { ids, _ in ids.compactMap { byId[$0] } }, emit: { streamed.append($0) })
        #expect(streamed == whole)
    }

    /// A reprint whose text and annotations equal its original's holds the original's values.
    @Test func reprintsShareTheirOriginalsValues() {
        let a = Fixtures.article("o", outlet: "Wire", day: 3, title: "Quake", Fixtures.wire)
        var b = a
        b.id = "c"
        var articles = [a, b]
        StoryLinker.shareWithOriginals(&articles, members: [0, 1], copyOf: [1: 0])
        #expect(articles[1].id == "c")
        #expect(articles[1].text == a.text)
        #expect(articles[1].annotations == a.annotations)
        // Nothing to share without a copy.
        var apart = [a, b]
        StoryLinker.shareWithOriginals(&apart, members: [0, 1], copyOf: [:])
        #expect(apart[1].id == "c")
    }
}

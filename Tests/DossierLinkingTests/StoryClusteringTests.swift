import DossierModel
import Testing
@testable import DossierLinking

@Suite struct StoryClusteringTests {
    // Two earthquakes in one week: same vocabulary, different places, people and figures.
    static let corpus: [Article] = [
        Fixtures.article(
            "v1", outlet: "Wire", day: 5, title: "Earthquake flattens Lintby harbour in Varnholm", Fixtures.wire),
        Fixtures.article(
            "v2", outlet: "Courier", day: 6, title: "Varnholm counts the cost of Lintby earthquake",
            """
            Governor Elsa Kastrup said the earthquake that hit Varnholm province had left the Lintby harbour district \
            in ruins and that the Skarn river bridge would stay shut. Rescue teams searched collapsed blocks in Lintby \
            through the night, and the Lintby dam was declared safe after inspection.
            """),
        Fixtures.article(
            "o1", outlet: "Herald", day: 6, title: "Earthquake shakes Orrisdale valley towns",
            """
            A magnitude 6.1 earthquake shook the Orrisdale valley on Wednesday, damaging churches in Pellam and \
            Quenby and injuring dozens, mayor Tomas Brieve said. Rescue teams searched collapsed farm buildings \
            around Pellam, and the Orrisdale railway was closed while engineers checked the Quenby viaduct.
            """),
        Fixtures.article(
            "o2", outlet: "Gazette", day: 7, title: "Pellam and Quenby clear rubble after Orrisdale earthquake",
            """
            Residents of Pellam and Quenby began clearing rubble a day after the Orrisdale valley earthquake, and \
            mayor Tomas Brieve asked for army help. The Quenby viaduct reopened to trains on Thursday after \
            engineers found no cracks, while the Pellam church tower remains unsafe.
            """),
    ]

    @Test func twoSimilarButDistinctEventsStayApart() {
        let stories = StoryLinker().link(Self.corpus)
        let groups = Set(stories.map { Set($0.articles.map(\.id)) })
        #expect(groups == [["v1", "v2"], ["o1", "o2"]])
    }

    @Test func undatedArticlesStillCluster() {
        let undated = Self.corpus.map { a -> Article in
            var a = a; a.published = nil; return a
        }
        let groups = Set(StoryLinker().link(undated).map { Set($0.articles.map(\.id)) })
        #expect(groups == [["v1", "v2"], ["o1", "o2"]])
    }

    @Test func storyIdsAreContentAddressedAndStable() {
        let a = StoryLinker().link(Self.corpus).map(\.id).sorted()
        let b = StoryLinker().link(Self.corpus.reversed()).map(\.id).sorted()
        #expect(a == b)
        #expect(a.contains(ContentID.make(["v1", "v2"].joined(separator: "\u{1f}"))))
    }

    @Test func onlineClustererPlacesArticlesIncrementally() {
        var c = StoryClusterer()
        let placements = Self.corpus.map { c.add($0) }
        #expect(placements.map(\.opened) == [true, false, true, false])
        #expect(placements[1].cluster == placements[0].cluster)
        #expect(placements[3].cluster == placements[2].cluster)
        #expect(c.clusterCount == 2)
    }

    @Test func storiesComeLargestFirst() {
        let extra = Fixtures.article(
            "v3", outlet: "Daily", day: 7, title: "Lintby dam safe, Varnholm governor says",
            """
            Engineers found no cracks in the Lintby dam, Varnholm governor Elsa Kastrup said, as rescue teams in \
            Lintby wound down the search of the harbour district three days after the earthquake.
            """)
        let stories = StoryLinker().link(Self.corpus + [extra])
        #expect(stories.map(\.articles.count) == [3, 2])
    }
}

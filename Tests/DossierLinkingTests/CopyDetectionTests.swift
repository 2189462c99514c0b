import DossierModel
import Testing
@testable import DossierLinking

@Suite struct CopyDetectionTests {
    @Test func syndicatedCopyJoinsItsOriginalsGroup() {
        let a = Fixtures.article("wire", outlet: "Wire", day: 5, title: "Quake hits Varnholm", Fixtures.wire)
        let b = Fixtures.article(
            "reprint", outlet: "Daily", day: 6, title: "Deadly earthquake in Varnholm province", Fixtures.wireCopy)
        let stories = StoryLinker().link([b, a])
        #expect(stories.count == 1)
        #expect(stories[0].syndication == [SyndicationGroup(original: "wire", copies: ["reprint"])])
    }

    @Test func embeddedWireStoryIsFoundByContainment() {
        var d = CopyDetector()
        #expect(d.add(sketch: d.sketch(Fixtures.wire)) == nil)
        let m = d.add(sketch: d.sketch(Fixtures.embedding))
        #expect(m?.original == 0)
        #expect(m?.relation == .embeds)
        #expect((m?.containment ?? 0) > 0.9)
        #expect((m?.resemblance ?? 1) < 0.8)
    }

    @Test func unrelatedTextsAreNotCopies() {
        var d = CopyDetector()
        _ = d.add(sketch: d.sketch(Fixtures.wire))
        let other = """
            The city council of Marrow voted on Monday to extend the tram line to the airport, a project \
            that has been debated for a decade and is expected to cost the region far more than first planned.
            """
        #expect(d.add(sketch: d.sketch(other)) == nil)
    }

    @Test func reprintsDoNotCountAsIndependentSupport() {
        let a = Fixtures.article(
            "wire", outlet: "Wire", day: 5, title: "Quake hits Varnholm", Fixtures.wire,
            quotes: [("We are still finding people alive under the rubble,", "Elsa Kastrup")])
        let b = Fixtures.article(
            "reprint", outlet: "Daily", day: 6, title: "Quake in Varnholm", Fixtures.wireCopy,
            quotes: [("We are still finding people alive under the rubble,", "Elsa Kastrup")])
        let story = StoryLinker().link([a, b])[0]
        #expect(story.quotes.count == 1)
        #expect(story.quotes[0].sources.map(\.article) == ["wire"])
        #expect(story.quotes[0].reprints.map(\.article) == ["reprint"])
    }
}

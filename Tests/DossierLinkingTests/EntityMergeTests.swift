import DossierModel
import Testing
@testable import DossierLinking

@Suite struct EntityMergeTests {
    @Test(arguments: [
        ("Gaddafi", "Qaddafi"), ("Gaddafi", "Kadhafi"), ("Yanukovych", "Yanukovich"),
        ("Mohammed", "Muhammad"), ("Aleksandr", "Alexander"), ("Moammar", "Muammar"),
    ])
    func transliterationsAreOneName(_ a: String, _ b: String) {
        #expect(NameSimilarity.sameWord(a.lowercased(), b.lowercased()))
    }

    @Test(arguments: [
        ("Bush", "Bash"), ("Clinton", "Clayton"), ("Mohammed", "Mahmoud"), ("Alexander", "Alexandra"),
        ("Jones", "James"),
    ])
    func differentNamesStayApart(_ a: String, _ b: String) {
        #expect(!NameSimilarity.sameWord(a.lowercased(), b.lowercased()))
    }

    @Test func transliteratedNameMergesAcrossArticles() {
        let arts = [
            Fixtures.article(
                "a", outlet: "A", day: 1, title: "t", "x", entities: [Fixtures.person("Muammar Gaddafi", ["Gaddafi"])]),
            Fixtures.article(
                "b", outlet: "B", day: 1, title: "t", "x",
                entities: [Fixtures.person("Moammar Qaddafi", ["Col. Qaddafi"])]),
            Fixtures.article(
                "c", outlet: "C", day: 2, title: "t", "x", entities: [Fixtures.person("Kadhafi", ["Mr. Kadhafi"])]),
        ]
        let merged = EntityMerger.merge(arts)
        #expect(merged.count == 1)
        #expect(merged[0].articles == ["a", "b", "c"])
        #expect(
            Set(merged[0].aliases) == [
                "Muammar Gaddafi", "Gaddafi", "Moammar Qaddafi", "Col. Qaddafi", "Kadhafi", "Mr. Kadhafi",
            ])
    }

    @Test func sameSurnameDifferentPeopleStayApart() {
        let arts = [
            Fixtures.article(
                "a", outlet: "A", day: 1, title: "t", "x",
                entities: [
                    Fixtures.person("Bill Clinton", description: "the former president"),
                    Fixtures.person("Hillary Clinton", description: "the secretary of state"),
                ]),
            Fixtures.article(
                "b", outlet: "B", day: 1, title: "t", "x",
                entities: [Fixtures.person("Hillary Rodham Clinton", ["Clinton"])]),
            Fixtures.article(
                "c", outlet: "C", day: 2, title: "t", "x",
                entities: [Fixtures.person("Clinton", description: "his wife")]),
        ]
        let merged = EntityMerger.merge(arts)
        let bill = merged.first { $0.name == "Bill Clinton" }
        let hillary = merged.first { $0.aliases.contains("Hillary Clinton") }
        #expect(bill?.articles == ["a"])
        #expect(hillary?.articles == ["a", "b"])
        // "Clinton, his wife" fits neither unambiguously: two full-named Clintons, roles differ.
        #expect(merged.count == 3)
    }

    @Test func conflictingRolesBlockASurnameMerge() {
        let arts = [
            Fixtures.article(
                "a", outlet: "A", day: 1, title: "t", "x",
                entities: [Fixtures.person("Arno Vellacott", description: "the striker")]),
            Fixtures.article(
                "b", outlet: "B", day: 1, title: "t", "x",
                entities: [Fixtures.person("Vellacott", description: "the club's lawyer")]),
            Fixtures.article(
                "c", outlet: "C", day: 1, title: "t", "x",
                entities: [Fixtures.person("Vellacott", description: "the injured striker")]),
        ]
        let merged = EntityMerger.merge(arts)
        #expect(merged.count == 2)
        #expect(merged.first { $0.name == "Arno Vellacott" }?.articles == ["a", "c"])
    }

    @Test func onePlaceTypedTwoWaysIsOneEntity() {
        let hospital = { (t: EntityType) in Entity(name: "Kessvik General Hospital", type: t, mentions: [Span(0, 1)]) }
        let arts = [
            Fixtures.article("a", outlet: "A", day: 1, title: "t", "x", entities: [hospital(.location)]),
            Fixtures.article("b", outlet: "B", day: 1, title: "t", "x", entities: [hospital(.organization)]),
            Fixtures.article("c", outlet: "C", day: 2, title: "t", "x", entities: [hospital(.organization)]),
        ]
        let merged = EntityMerger.merge(arts)
        #expect(merged.count == 1)
        #expect(merged.first?.type == .organization)
        #expect(merged.first?.articles == ["a", "b", "c"])
    }
}

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

/// The entity merge compares a name only with the groups under its sound key, which is exact only
/// if every pair `sameWord` accepts shares a key.
@Suite struct SoundKeyTests {
    static let words = [
        "gaddafi", "qaddafi", "kadhafi", "yanukovych", "yanukovich", "janukowitsch", "mohammed", "muhammad",
        "aleksandr", "alexander", "moammar", "muammar", "bush", "bash", "clinton", "klinton", "clayton", "tsar",
        "czar", "zar", "sar", "shah", "chavez", "schavez", "xavier", "javier", "khavier", "dmitri", "tmitri",
        "vladimir", "wladimir", "fladimir", "phillips", "filips", "bilips", "nemtsov", "memtsov", "lavrov",
        "ravrov", "ortega", "urtega", "yeltsin", "eltsin", "iltsin", "-", "o'neill", "oneill", "ab", "ba",
        "ahmed", "akhmed", "ghani", "gani", "hani", "thaksin", "taksin", "dhaka", "daka",
    ]

    @Test func everyMatchSharesAKey() {
        for a in Self.words {
            for b in Self.words where NameSimilarity.sameWord(a, b) {
                #expect(NameSimilarity.soundKey(a) == NameSimilarity.soundKey(b), "\(a) / \(b)")
            }
        }
    }

    @Test func keysSplitUnrelatedSounds() {
        #expect(NameSimilarity.soundKey("bush") != NameSimilarity.soundKey("clinton"))
        #expect(NameSimilarity.soundKey("gaddafi") == NameSimilarity.soundKey("qaddafi"))
        #expect(NameSimilarity.soundKey("ortega") == NameSimilarity.soundKey("urtega"))
    }

    /// Many people and places in one story: the merge by blocks gives what the rules say for
    /// each (the transliterations join, the different names and the place types stay as they should).
    @Test func mergeWithManyNamesKeepsItsAnswers() {
        var arts: [Article] = []
        for k in 0..<30 {
            arts.append(
                Fixtures.article(
                    "a\(k)", outlet: "O\(k)", day: 1, title: "t", "x",
                    entities: [
                        Fixtures.person(k % 2 == 0 ? "Muammar Gaddafi" : "Moammar Qaddafi", ["Gaddafi"]),
                        Fixtures.person("Maria " + Self.surnames[k % Self.surnames.count], []),
                    ]))
        }
        let merged = EntityMerger.merge(arts)
        let gaddafi = merged.filter { $0.aliases.contains("Gaddafi") }
        #expect(gaddafi.count == 1)
        #expect(gaddafi.first?.articles.count == 30)
        #expect(merged.count == 1 + Self.surnames.count)
        #expect(merged.allSatisfy { $0.articles.count == ($0.aliases.contains("Gaddafi") ? 30 : 3) })
    }

    static let surnames = [
        "Okafor", "Lindqvist", "Tanaka", "Moreau", "Petrov", "Haddad", "Nguyen", "Silva", "Byrne", "Weber",
    ]
}

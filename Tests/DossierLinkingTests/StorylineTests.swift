import DossierModel
import Testing
@testable import DossierLinking

/// Invented corpora for the two levels (storylines and their events), figures that count the
/// same thing, and each expert's view on a story's question.
@Suite struct StorylineTests {
    private static func dated(_ a: Article, _ month: Int, _ day: Int) -> Article {
        var a = a
        a.published = Timestamp(year: 2024, month: month, day: day)
        return a
    }

    // One storyline over six weeks: a port strike, told by reports whose headlines share no word,
    // held together by its people, places, organisations and vocabulary.
    static let strike: [Article] = [
        dated(
            Fixtures.article(
                "s1", outlet: "Wire", day: nil, title: "Dockers walk out at Tessaly",
                """
                Dockworkers at the Port of Tessaly walked off the job on Monday after talks between the Havn \
                Dockers Federation and the Tessaly Port Company broke down over wages. Federation negotiator Ilse \
                Marn said the strike would continue until the company raised its pay offer for crane operators.
                """), 3, 4),
        dated(
            Fixtures.article(
                "s2", outlet: "Courier", day: nil, title: "Cargo piles up as stoppage bites",
                """
                Containers piled up on the quays of the Port of Tessaly as the dockworkers' strike entered its \
                second week. Ilse Marn of the Havn Dockers Federation told reporters the crane operators' pay claim \
                was modest, while the Tessaly Port Company said the wage demands would make the port uncompetitive.
                """), 3, 12),
        dated(
            Fixtures.article(
                "s3", outlet: "Herald", day: nil, title: "Mediator named in harbour dispute",
                """
                The labour ministry appointed mediator Oskar Fenn to end the strike at the Port of Tessaly. Fenn \
                met Ilse Marn of the Havn Dockers Federation and managers of the Tessaly Port Company, who remain far \
                apart on wages for crane operators and dockworkers.
                """), 3, 20),
        dated(
            Fixtures.article(
                "s4", outlet: "Gazette", day: nil, title: "Exporters count losses",
                """
                Exporters using the Port of Tessaly said the dockworkers' strike had cost them orders, as ships \
                diverted to other harbours. The Havn Dockers Federation and the Tessaly Port Company resumed talks \
                under mediator Oskar Fenn, but negotiator Ilse Marn said the wage gap for crane operators remained.
                """), 3, 29),
        dated(
            Fixtures.article(
                "s5", outlet: "Wire", day: nil, title: "Ballot on new pay offer",
                """
                Members of the Havn Dockers Federation will vote on a new pay offer from the Tessaly Port Company, \
                negotiator Ilse Marn said, after mediator Oskar Fenn brokered a deal on wages for crane operators. \
                Dockworkers at the Port of Tessaly have been on strike for five weeks.
                """), 4, 8),
        dated(
            Fixtures.article(
                "s6", outlet: "Courier", day: nil, title: "Quays busy again after vote",
                """
                Cranes were moving again at the Port of Tessaly after dockworkers accepted the Tessaly Port Company's \
                pay offer, ending a six-week strike. Ilse Marn of the Havn Dockers Federation thanked mediator Oskar \
                Fenn and said the wage deal for crane operators would run for three years.
                """), 4, 15),
    ]

    // Another story in the same weeks, about something else.
    static let other: [Article] = [
        dated(
            Fixtures.article(
                "o1", outlet: "Herald", day: nil, title: "Orrenby museum reopens its gallery",
                """
                The Orrenby Museum of Art reopened its restored gallery of medieval tapestries on Saturday, curator \
                Lena Varga said, after three years of conservation work funded by the Skarn Heritage Trust.
                """), 3, 16),
        dated(
            Fixtures.article(
                "o2", outlet: "Gazette", day: nil, title: "Tapestry show draws crowds",
                """
                Visitors queued outside the Orrenby Museum of Art to see the restored medieval tapestries, and curator \
                Lena Varga thanked the Skarn Heritage Trust for funding the conservation of the gallery.
                """), 3, 18),
    ]

    @Test func aStoryOverSixWeeksWithNoSharedHeadlineWordsIsOneStory() {
        let stories = StoryLinker().link(Self.strike + Self.other)
        let groups = Set(stories.map { Set($0.articles.map(\.id)) })
        #expect(groups == [["s1", "s2", "s3", "s4", "s5", "s6"], ["o1", "o2"]])
        guard let strike = stories.first(where: { $0.articles.count == 6 }) else { return }
        // Its events: dated happenings inside it, each article in exactly one, in date order.
        #expect(strike.events.count >= 3)
        #expect(strike.events.flatMap(\.articles).sorted() == ["s1", "s2", "s3", "s4", "s5", "s6"])
        let dates = strike.events.compactMap(\.date)
        #expect(dates.count == strike.events.count)
        #expect(dates == dates.sorted())
        #expect(strike.events.first?.title == "Dockers walk out at Tessaly")
        #expect(!strike.title.isEmpty)
    }

    @Test func theStoryHoldsTogetherOnline() {
        var two = StorylineClusterer()
        var story: Set<Int> = []
        for a in Self.strike { story.insert(two.add(a).story) }
        #expect(story.count == 1)
        #expect(two.eventCount >= 3)
    }

    // Two stories about one country in one week: shared place names do not make them one.
    @Test func twoStoriesAboutOneCountryInOneWeekStayApart() {
        let corpus = [
            Self.dated(
                Fixtures.article(
                    "e1", outlet: "Wire", day: nil, title: "Norland votes in snap election",
                    """
                    Voters in Norland went to the polls on Sunday in a snap election called by prime minister Aksel \
                    Dahl, whose coalition collapsed over the budget. Opposition leader Runa Sorvik promised lower \
                    taxes, and turnout in the capital Vesterby was high, the electoral commission said.
                    """), 5, 5),
            Self.dated(
                Fixtures.article(
                    "e2", outlet: "Courier", day: nil,
                    title: "Dahl concedes as Sorvik wins Norland poll",
                    """
                    Aksel Dahl conceded defeat in the Norland election as Runa Sorvik's party won the most seats in \
                    parliament. The electoral commission said turnout reached 71 percent, the highest since the \
                    coalition budget crisis began.
                    """), 5, 6),
            Self.dated(
                Fixtures.article(
                    "f1", outlet: "Herald", day: nil,
                    title: "Floods cut off villages in northern Norland",
                    """
                    Floodwater from the swollen river Lenna cut off villages in northern Norland on Monday, and rescue \
                    crews evacuated families from Halvik by boat. Meteorologists warned of more heavy rain in the \
                    Lenna valley, where farmland lay under water.
                    """), 5, 6),
            Self.dated(
                Fixtures.article(
                    "f2", outlet: "Gazette", day: nil,
                    title: "Halvik families wait for the water to fall",
                    """
                    Families evacuated from Halvik waited in school halls as the river Lenna stayed above its banks. \
                    Rescue crews in boats checked flooded farms along the Lenna valley, and meteorologists expected \
                    the rain to ease by the weekend.
                    """), 5, 8),
        ]
        let groups = Set(StoryLinker().link(corpus).map { Set($0.articles.map(\.id)) })
        #expect(groups == [["e1", "e2"], ["f1", "f2"]])
    }

    // MARK: Figures

    static func claims(_ articles: [Article], eventDates: [String: String] = [:]) -> [ClaimGroup] {
        ClaimGrouper.claims(
            StorySources(articles, originalOf: [:]), tolerance: 0.05, windowDays: nil,
            eventDates: eventDates)
    }

    @Test func aFigureThatChangesOverTimeIsAChangeInDateOrder() {
        let later = Self.dated(
            Fixtures.article(
                "b", outlet: "B", day: nil, title: "t",
                "Fewer than ten ships were waiting at anchor off Kessvik on Monday, the harbour master said.",
                amounts: [("Fewer than ten ships", 10, nil, "fewer than", "ships")],
                dates: [("Monday", "2024-04-15")]), 4, 16)
        let earlier = Self.dated(
            Fixtures.article(
                "a", outlet: "A", day: nil, title: "t",
                "More than 30 ships were waiting at anchor off Kessvik on Thursday, the port authority said.",
                amounts: [("More than 30 ships", 30, nil, "more than", "ships")],
                dates: [("Thursday", "2024-03-07")]), 3, 8)
        let groups = Self.claims([later, earlier])
        #expect(groups.count == 1)
        #expect(groups.first?.verdict == .changed)
        #expect(groups.first?.figures.map(\.amount.value) == [30, 10])
        #expect(groups.first?.figures.map(\.date) == ["2024-03-07", "2024-04-15"])
        #expect(groups.first?.figures.map(\.modifier) == ["more than", "fewer than"])
    }

    @Test func twoFiguresOfDifferentThingsInOneUnitAreNotCompared() {
        let a = Fixtures.article(
            "a", outlet: "A", day: 4, title: "t",
            "The port of Kessvik handled 40,000 tonnes of crude oil last week, its annual report shows.",
            amounts: [("40,000 tonnes", 40_000, nil, nil, "tonnes")])
        let b = Fixtures.article(
            "b", outlet: "B", day: 4, title: "t",
            "The damaged tanker leaked 4,000 tonnes of crude oil into the bay, investigators said.",
            amounts: [("4,000 tonnes", 4_000, nil, nil, "tonnes")])
        let c = Fixtures.article(
            "c", outlet: "C", day: 4, title: "t",
            "Divers said the wreck held 40,000 tonnes of grain when it sank in the bay.",
            amounts: [("40,000 tonnes", 40_000, nil, nil, "tonnes")])
        #expect(Self.claims([a, b, c]).isEmpty)
    }

    @Test func aTrueConflictKeepsEachSidesModifierAndClaimant() {
        var a = Self.dated(
            Fixtures.article(
                "a", outlet: "A", day: nil, title: "t",
                "At least 12,000 people were evacuated from the Varn valley on Tuesday, the governor said.",
                amounts: [("At least 12,000 people", 12_000, nil, "at least", "people")],
                dates: [("Tuesday", "2024-03-05")]), 3, 6)
        a.annotations.amounts[0].claimant = "the governor"
        var b = Self.dated(
            Fixtures.article(
                "b", outlet: "B", day: nil, title: "t",
                "Only 11,000 people were evacuated from the Varn valley on Tuesday, the Red Cross said.",
                amounts: [("11,000 people", 11_000, nil, nil, "people")], dates: [("Tuesday", "2024-03-05")]), 3, 7)
        b.annotations.amounts[0].claimant = "the Red Cross"
        let groups = Self.claims([a, b])
        #expect(groups.count == 1)
        #expect(groups.first?.verdict == .conflict)
        #expect(groups.first?.figures.map(\.modifier) == ["at least", nil])
        #expect(groups.first?.figures.map(\.claimant) == ["the governor", "the Red Cross"])
        #expect(groups.first?.figures.map { $0.sources.map(\.article) } == [["a"], ["b"]])
    }

    // Three weeks apart, two reports' figures are for different times unless they report one event.
    @Test func reportsOfOneEventOnDifferentDaysGiveFiguresForOneTime() {
        let a = Fixtures.article(
            "a", outlet: "A", day: 5, title: "t",
            "Some 120 passengers were rescued from the ferry.",
            amounts: [("Some 120 passengers", 120, nil, "some", "passengers")])
        let b = Fixtures.article(
            "b", outlet: "B", day: 25, title: "t",
            "Officials said 85 passengers were rescued from the ferry.",
            amounts: [("85 passengers", 85, nil, nil, "passengers")])
        #expect(Self.claims([a, b]).first?.verdict == .changed)
        let sameEvent = Self.claims([a, b], eventDates: ["a": "2024-03-04", "b": "2024-03-04"])
        #expect(sameEvent.first?.verdict == .conflict)
    }

    // MARK: Who expects what

    static func quoted(
        _ id: String, outlet: String, title: String, _ text: String,
        _ quotes: [(String, String, String?)]
    ) -> Article {
        var a = Fixtures.article(id, outlet: outlet, day: 10, title: title, text)
        for (words, speaker, role) in quotes {
            a.annotations.quotes.append(
                Quote(
                    text: words, kind: .direct, speaker: speaker, speakerDescription: role,
                    cue: "said", span: Fixtures.span(words, in: text)))
        }
        return a
    }

    static let war: [Article] = [
        quoted(
            "w1", outlet: "Wire", title: "Will Norland join the war?",
            """
            Norland is almost certain to join the war before winter, said Mira Holt, a defence analyst at the \
            Kessel Institute. "Norland could join the war within weeks," Holt said. Tomas Ekberg, a former \
            foreign minister, said it was highly unlikely that Norland would join the war. Separately, the \
            weather service said it may rain on Friday.
            """,
            [
                (
                    "Norland is almost certain to join the war before winter", "Mira Holt",
                    "a defence analyst at the Kessel Institute"
                ),
                ("Norland could join the war within weeks", "Mira Holt", nil),
                ("it was highly unlikely that Norland would join the war", "Tomas Ekberg", "a former foreign minister"),
            ]),
        quoted(
            "w2", outlet: "Courier", title: "Norland weighs entering the conflict",
            """
            Whether Norland will join the war remains to be seen, said Ana Lind, a professor of politics at \
            Vesterby University. Mira Holt said Norland's army was likely to join the war by spring.
            """,
            [
                (
                    "Whether Norland will join the war remains to be seen", "Ana Lind",
                    "a professor of politics at Vesterby University"
                ),
                ("Norland's army was likely to join the war by spring", "Mira Holt", nil),
            ]),
    ]

    @Test func threeExpertsOfThreeLeansOneRowEach() {
        let sources = StorySources(Self.war, originalOf: [:])
        let (question, rows) = AssessmentReader.assessments(sources, title: "Will Norland join the war?")
        #expect(question == "Will Norland join the war?")
        #expect(rows.map(\.person) == ["Mira Holt", "Tomas Ekberg", "Ana Lind"])
        #expect(rows.map(\.lean) == [.likely, .unlikely, .uncertain])
        #expect(rows.first?.evidence.count == 3)
        #expect(rows.first?.role == "a defence analyst at the Kessel Institute")
        #expect(rows.first?.evidence.map(\.article) == ["w1", "w1", "w2"])
        // A cue word in a sentence about something else is not a lean.
        #expect(!rows.contains { $0.evidence.contains { $0.text.contains("rain") } })
    }

    @Test func cueWordsWithoutANamedSpeakerAreNoAssessment() {
        let a = Fixtures.article(
            "x", outlet: "X", day: 3, title: "Will Norland join the war?",
            "Norland could join the war, officials said.")
        let (_, rows) = AssessmentReader.assessments(
            StorySources([a], originalOf: [:]),
            title: "Will Norland join the war?")
        #expect(rows.isEmpty)
    }

    @Test func storyTitleIsNeverASiteName() {
        let a = Fixtures.article(
            "a", outlet: "Example Times", day: 3,
            title: "Tanker detained in Kessvik | Example Times",
            "The tanker Corvina Star was detained in Kessvik after a chemical leak.")
        let b = Fixtures.article(
            "b", outlet: "Example Times", day: 4,
            title: "Court upholds tanker detention | Example Times",
            "A court in Kessvik upheld the detention of the tanker Corvina Star.")
        let title = StoryTitle.central([a, b], originalOf: [:], minWords: 3)
        #expect(!title.contains("Example Times"))
        #expect(["Tanker detained in Kessvik", "Court upholds tanker detention"].contains(title))
    }
}

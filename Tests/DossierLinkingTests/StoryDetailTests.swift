import DossierModel
import Testing
@testable import DossierLinking

@Suite struct StoryDetailTests {
    static let a = Fixtures.article(
        "a", outlet: "Wire", day: 5, title: "Ferry sinks off Kellin island",
        """
        The ferry Morrow Star sank off Kellin island on 4 March, coastguard chief Ines Daal said. At least 30 \
        passengers died in the sinking, and 120 passengers were rescued by fishing boats. "We fully expect to \
        find more survivors," Daal said.
        """,
        amounts: [
            ("At least 30 passengers", 30, nil, "at least", "passengers"),
            ("120 passengers", 120, nil, nil, "passengers"),
        ],
        dates: [("4 March", "2024-03-04")],
        quotes: [("We fully expect to find more survivors,", "Ines Daal")])

    static let b = Fixtures.article(
        "b", outlet: "Courier", day: 6, title: "Kellin ferry disaster: divers search wreck",
        """
        Divers searched the wreck of the Morrow Star, which sank off Kellin island on 4 March. Officials said 34 \
        passengers died in the sinking, while 85 passengers were rescued. "We fully expect to find more survivors," \
        coastguard chief Ines Daal said.
        """,
        amounts: [("34 passengers", 34, nil, nil, "passengers"), ("85 passengers", 85, nil, nil, "passengers")],
        dates: [("4 March", "2024-03-04")],
        quotes: [("We fully expect to find more survivors,", "Ines Daal")])

    static let c = Fixtures.article(
        "c", outlet: "Herald", day: 7, title: "Kellin ferry owner rejects blame",
        """
        The owner of the Morrow Star said a criminal case over the Kellin ferry sinking was highly improbable, \
        and lawyers for the families called that claim posturing. The transport minister said the Morrow Star \
        inquiry may report in April. The Morrow Star had passed an inspection in 2023-06, the owner said.
        """,
        dates: [("2023-06", "2023-06")])

    static let story: Story = StoryLinker().link([a, b, c])[0]

    @Test func threeReportsFormOneStory() {
        #expect(Self.story.articles.map(\.id) == ["a", "b", "c"])
    }

    @Test func agreeingAndConflictingFigures() {
        let claims = Self.story.claims
        #expect(claims.count == 2)
        let died = claims.first { $0.figures.contains { $0.amount.value == 30 } }
        #expect(died?.unit == "passenger")
        #expect(died?.verdict == .agree)
        #expect(died?.figures.map(\.article) == ["a", "b"])
        let rescued = claims.first { $0.figures.contains { $0.amount.value == 120 } }
        #expect(rescued?.verdict == .conflict)
        #expect(rescued?.figures.map(\.amount.value) == [120, 85])
        #expect(
            rescued?.figures[1].sentence
                == "Officials said 34 passengers died in the sinking, while 85 passengers were rescued.")
    }

    @Test func sameQuoteFromTwoOutletsIsOneQuote() {
        #expect(Self.story.quotes.count == 1)
        #expect(Self.story.quotes[0].speaker == "Ines Daal")
        #expect(Self.story.quotes[0].sources.map(\.article) == ["a", "b"])
    }

    @Test func reportsOfOneHappeningAreOneEventDatedByTheirSentences() {
        let events = Self.story.events
        #expect(events.first?.date == "2024-03-04")
        #expect(events.first?.title == "Ferry sinks off Kellin island")
        #expect(events.first?.articles.prefix(2) == ["a", "b"])
        #expect(events.first?.sources.first?.article == "a")
        #expect(events.flatMap(\.articles).sorted() == ["a", "b", "c"])
    }

    @Test func onePersonOneRowWithAllTheirStatements() {
        let rows = Self.story.assessments
        #expect(rows.count == 1)
        #expect(rows.first?.person == "Ines Daal")
        #expect(rows.first?.lean == .likely)
        #expect(rows.first?.evidence.map(\.article) == ["a", "b"])
        #expect(rows.first?.evidence.first?.cues == ["fully expect"])
    }

    @Test func aMonthPinnedDownByADayInTheSameSentenceIsNotAnEvent() {
        let a = Fixtures.article(
            "m", outlet: "M", day: 9, title: "t",
            """
            The Morrow Star, which sank earlier this month, was towed to Kellin harbour on 8 March by two salvage tugs.
            """, dates: [("earlier this month", "2024-03"), ("8 March", "2024-03-08")])
        let events = StoryTimeline.reports(StorySources([a], originalOf: [:]), similarity: 0.3)
        #expect(events.map(\.date) == ["2024-03-08"])
    }

    @Test(arguments: [
        ("The minister said a deal was all but certain.", StoryAssessment.Lean?.some(.likely), ["all but certain"]),
        ("Analysts said there was little chance of a deal.", .unlikely, ["little chance"]),
        ("The minister said a deal was not expected to be signed.", .unlikely, ["not expected to"]),
        ("Officials said the talks may resume in May.", .uncertain, ["may"]),
        ("The court said the law could not be used against them.", nil, []),
        ("She said the rules could not be used that way, and it was unclear why.", .uncertain, ["unclear"]),
    ])
    func leanFromCueWords(_ sentence: String, _ lean: StoryAssessment.Lean?, _ cues: [String]) {
        let got = AssessmentReader.lean(of: sentence)
        #expect(got?.0 == lean)
        #expect((got?.1 ?? []) == cues)
    }

    @Test func figuresSortBySubjectNotByTheNamesAroundThem() {
        let a = Fixtures.article(
            "a", outlet: "A", day: 10, title: "t",
            "The Port of Kessvik Authority said it had offered a €2m safety fund to the union.",
            amounts: [("€2m", 2_000_000, nil, nil, "EUR")])
        let b = Fixtures.article(
            "b", outlet: "B", day: 12, title: "t",
            "Qadira Maritime has filed a claim for €5 million in damages against the Port of Kessvik Authority.",
            amounts: [("€5 million", 5_000_000, nil, nil, "EUR")])
        let c = Fixtures.article(
            "c", outlet: "C", day: 14, title: "t",
            "The company's separate claim for €6.5 million in damages against the Port of Kessvik Authority "
                + "will be heard in June.",
            amounts: [("€6.5 million", 6_500_000, nil, nil, "EUR")])
        let d = Fixtures.article(
            "d", outlet: "D", day: 20, title: "t",
            "The deal includes a €2 million safety fund, as first offered by the port.",
            amounts: [("€2 million", 2_000_000, nil, nil, "EUR")])
        // All four report one month of one story: figures for one time.
        let month = Dictionary(uniqueKeysWithValues: ["a", "b", "c", "d"].map { ($0, "2024-03") })
        let claims = ClaimGrouper.claims(
            StorySources([a, b, c, d], originalOf: [:]), tolerance: 0.05, windowDays: nil,
            eventDates: month)
        #expect(claims.map(\.verdict) == [.agree, .conflict])
        #expect(claims.map { $0.figures.map(\.article) } == [["a", "d"], ["b", "c"]])
    }

    @Test func figureIntervals() {
        let t = 0.05
        func amt(_ v: Double, _ high: Double? = nil, _ m: String? = nil) -> Amount {
            Amount(value: v, high: high, modifier: m, text: "", span: Span(0, 0))
        }
        #expect(
            ClaimGrouper.interval(amt(3000, 4000), tolerance: t).overlaps(
                ClaimGrouper.interval(amt(3500), tolerance: t)))
        #expect(!ClaimGrouper.interval(amt(100), tolerance: t).overlaps(ClaimGrouper.interval(amt(120), tolerance: t)))
        #expect(ClaimGrouper.interval(amt(100), tolerance: t).overlaps(ClaimGrouper.interval(amt(104), tolerance: t)))
        #expect(
            ClaimGrouper.interval(amt(30, nil, "more than"), tolerance: t).overlaps(
                ClaimGrouper.interval(amt(45), tolerance: t)))
    }
}

import DossierClean
import DossierModel
import Testing

@Suite struct BoilerplateTests {
    func clean(_ body: String, outlet: String? = nil) -> Article {
        var a = Article(id: "x", source: "x.txt", outlet: outlet, text: "")
        TextCleaner.clean(body: body, into: &a)
        return a
    }

    let prose1 = "The harbour reopened on Monday after a week of repairs to the eastern quay, officials said."
    let prose2 = "Shipping companies said they expected traffic to return to normal levels by the end of the month."

    @Test func teaserLinesBetweenParagraphs() {
        let a = clean("\(prose1)\n\nALSO READ: Freight rates climb as insurers reprice cargoes\n\n\(prose2)")
        #expect(a.removed == ["ALSO READ: Freight rates climb as insurers reprice cargoes"])
        #expect(a.text == "\(prose1)\n\n\(prose2)")
        #expect(a.paragraphs.count == 2)
    }

    @Test func labelledHeadlineBlocksWithTheirLinkLines() {
        let a = clean(
            """
            \(prose1)

            Mehr zum Thema
            Streik im Hafen: Reedereien weichen nach Süden aus
            Weiterlesen »
            Chemieunfälle in Häfen: Der große Überblick
            Weiterlesen »
            """)
        #expect(a.text == prose1)
        #expect(a.removed.count == 1)
        #expect(a.removed[0].hasPrefix("Mehr zum Thema\nStreik im Hafen"))
        #expect(a.removed[0].hasSuffix("Weiterlesen »"))
    }

    @Test func rightsFooterTakesTheTailOfThePage() {
        let a = clean("\(prose1)\n\n© 2024 Coastal Media Ltd. All rights reserved.\nPrivacy Policy | Terms of Use")
        #expect(a.text == prose1)
        #expect(a.removed == ["© 2024 Coastal Media Ltd. All rights reserved.\nPrivacy Policy | Terms of Use"])
    }

    @Test func bannersNamingTheOutletAndShoutedLabels() {
        let a = clean(
            "COASTAL TIMES | News you can trust\n\n\(prose1)\n\nADVERTISEMENT\n\n\(prose2)", outlet: "coastal-times.com"
        )
        #expect(a.removed == ["COASTAL TIMES | News you can trust", "ADVERTISEMENT"])
        #expect(a.text == "\(prose1)\n\n\(prose2)")
    }

    @Test func proseListsAndPreTokenisedTextAreKept() {
        let list =
            "The union set out its demands:\nIndependent inspection of every tanker berth\nProper respirators for "
            + "all dockworkers\nCompensation for the fourteen people in hospital\n\n\(prose2)"
        #expect(clean(list).removed.isEmpty)
        let conll =
            "SOCCER - LATE GOALS GIVE JAPAN WIN .\nAL-AIN 1996-12-06\nJapan began the defence of their title with a "
            + "win ."
        let a = clean(conll)
        #expect(a.removed.isEmpty)
        #expect(a.text == conll, "an input with nothing removed comes back unchanged")
    }

    @Test func paragraphsSplitOnBlankLinesOrElseOnLines() {
        #expect(Paragraphs.spans(in: "One.\nStill one.\n\nTwo.") == [Span(0, 15), Span(17, 21)])
        #expect(Paragraphs.spans(in: "One.\nTwo.") == [Span(0, 4), Span(5, 9)])
        #expect(Paragraphs.spans(in: "  Indented.  \n\n\n Next. ") == [Span(2, 11), Span(17, 22)])
    }

    @Test func theOutletSpeakingOfItselfAtTheEnd() {
        let story = (1...8).map {
            "Paragraph \($0) of the story says the harbour reopened after repairs, officials said."
        }
        let body = (story + ["Coastal Times is an independent regional newspaper founded in 1921."]).joined(
            separator: "\n\n")
        let a = clean(body, outlet: "Coastal Times")
        #expect(a.removed == ["Coastal Times is an independent regional newspaper founded in 1921."])
        // The same outlet named inside the story, as a recipient, stays.
        let told = (story + ["The mayor told the Coastal Times that repairs would take a month."]).joined(
            separator: "\n\n")
        #expect(clean(told, outlet: "Coastal Times").removed.isEmpty)
    }

    @Test func aDeskBylineRepeatedInTheBody() {
        var a = Article(id: "x", source: "x.txt", byline: "Web Desk", text: "")
        TextCleaner.clean(body: "WEB DESK\n\n\(prose1)\n\n\(prose2)", into: &a)
        #expect(a.removed == ["WEB DESK"])
    }

    @Test func linesRecurringAcrossOneOutletsReports() {
        let bodies: [(outlet: String?, body: String)] = [
            ("harbourline.com", "Ports | Shipping | Logistics\n\n\(prose1)\n\nSubscribe for the daily port report"),
            ("harbourline.com", "Ports | Shipping | Logistics\n\n\(prose2)\n\nSubscribe for the daily port report"),
            ("other.com", "Ports | Shipping | Logistics\n\n\(prose2)"),
        ]
        let counts = RecurringLines.count(bodies)
        #expect(counts[0] == ["Ports | Shipping | Logistics": 2, "Subscribe for the daily port report": 2])
        #expect(counts[2].isEmpty, "another outlet's pages are not compared")
        var a = Article(id: "x", source: "x.txt", outlet: "harbourline.com", text: "")
        TextCleaner.clean(body: bodies[0].body, into: &a, recurring: counts[0])
        #expect(a.text == prose1)
        #expect(a.removed == ["Ports | Shipping | Logistics", "Subscribe for the daily port report"])
        // Prose shared by two reports (an updated story) is not template.
        let shared = RecurringLines.count([("o", prose1), ("o", prose1)])
        var b = Article(id: "y", source: "y.txt", outlet: "o", text: "")
        TextCleaner.clean(body: prose1, into: &b, recurring: shared[0])
        #expect(b.removed.isEmpty)
    }
}

import DossierClean
import DossierModel
import DossierText
import Testing

/// Whole news pages dumped to text, written for these tests, one signal each: what goes, what
/// stays, and the header fields read from the header zone. They run the shipped chrome model.
@Suite struct ScrapedPageTests {
    func clean(_ page: String) -> Article {
        var a = Article(id: "x", source: "x.txt", text: "")
        TextCleaner.clean(body: page, into: &a)
        return a
    }

    /// html2text-like: a navigation run, the headline after it, byline, dates, story, related, footer.
    static let navigationPage = """
        Harbour reopens after week of repairs | Coastal Courier
        Skip to main content
        Home
        World
        Politics
        Business
        Technology
        Science
        Health
        Sport
        Culture
        Opinion
        Video
        Subscribe
        Sign in

        Harbour reopens after week of repairs

        By Mara Lindqvist

        Published: Thursday, January 26, 2023
        Updated 27 Jan 2023 10:42 CET

        The harbour at Kessvik reopened on Monday after a week of repairs to the eastern quay, port officials said \
        in a statement.

        Shipping companies said they expected traffic to return to normal levels by the end of the month, although \
        some delays would remain.

        The quay was damaged in a storm that struck the coast earlier this month, tearing away mooring posts and \
        flooding two warehouses. ALSO READ: Freight rates climb as insurers reprice cargoes The repairs cost more \
        than four million crowns, the port authority said.

        "We worked day and night to get the berths ready," said the harbour master, who has run the port for eleven \
        years.

        Fishermen, who were forced to land their catch at a neighbouring town, welcomed the news but said \
        compensation had been slow to arrive.

        The regional council will review the storm defences in the spring and has asked engineers for a report on \
        the northern breakwater. WATCH:

        Related stories
        Storm damage bill rises to record high
        Fishermen demand faster compensation
        New breakwater plan unveiled by council

        Share this article
        Facebook
        Twitter
        Email
        12 comments

        © 2023 Coastal Courier Ltd. All rights reserved.
        Privacy Policy
        Cookie settings
        Terms of use
        """

    /// BeautifulSoup-like: one line per text node, chrome in another language, counters, a caption.
    static let nodePage = """
        Menu
        Search
        Log in
        Register
        News
        UK
        World
        Business
        Tech
        Science
        Entertainment
        Lifestyle
        Travel
        Sport
        We use cookies to improve your experience. By continuing you accept our cookie policy.
        Accept

        Tanker leak closes fjord to fishing
        date 2022-12-19
        By Example News Desk
        1.2k shares
        34 comments

        A tanker leaking fuel oil off the coast has forced the authorities to close the fjord to fishing for at \
        least two weeks.
        The coast guard said the leak was spotted on Sunday morning by a ferry crew who reported a strong smell and \
        a dark slick.
        Divers found a crack in the hull of the vessel, which had anchored in the fjord to wait out a storm.
        Tanker crews are trained for such events, but the weather made the work far harder than usual, a coast \
        guard officer told Example.co.uk on Monday.
        The Kessvik Tanker seen from the harbour wall on Sunday
        The owners of the vessel said they would pay for the clean-up and compensate the fishermen who lost their \
        income.
        Environmental groups called for a ban on tankers anchoring in the fjord, which is home to a protected seal \
        colony.
        Mehr zum Thema
        Ölpest in der Ostsee: Was wir wissen
        mehr »
        Fischer fordern Entschädigung vom Reeder
        mehr »
        Neue Regeln für Tanker in Fjorden
        mehr »
        Example News is the region's independent daily, published since 1921.
        Contact us
        Advertise
        Jobs
        """

    /// inscriptis-like: a navigation column printed beside the story on the same lines.
    static var columnPage: String {
        let nav = [
            "Home", "World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Culture",
            "Opinion", "Video", "Podcasts", "Newsletters", "Weather",
        ]
        var lines = [
            "ORRENBY POST", "      News  |  Sport  |  Business  |  Culture", "",
            "      Council approves new stadium on rail yard site", "", "      2023-01-26T10:42:00.123Z", "",
        ]
        for (i, item) in nav.enumerated() {
            let left = ("    " + item).padding(toLength: 24, withPad: " ", startingAt: 0)
            lines.append(i % 2 == 0 && i / 2 < columnStory.count ? left + columnStory[i / 2] : "    " + item)
        }
        lines += [
            "", "      Photo: The old rail yard, seen from the north bridge (Orrenby Post)", "",
            "      Source: Orrenby Post", "", "      Most read", "      * Ferry strike called off",
            "      * Bridge closed for repairs", "      * Snow expected this weekend",
        ]
        return lines.joined(separator: "\n")
    }

    static let columnStory: [String] = [
        "The city council voted on Tuesday to build a new stadium on the site of the old rail yard, "
            + "ending a debate that had lasted three years.",
        "Supporters said the project would bring jobs and visitors to a district that has struggled "
            + "since the yard closed in 2009.",
        "Opponents argued that the cost, estimated at 180 million euros, would fall on taxpayers "
            + "while the club kept the profits.",
        "\"This is a good day for the city and for everyone who loves the game,\" the mayor told "
            + "reporters after the vote.",
        "Construction is expected to begin next summer and to take about two years, according to the planning office.",
        "The club has promised to pay a third of the cost and to open the stadium to schools on weekdays.",
    ]

    func removedText(_ a: Article) -> String { a.removed.joined(separator: "\n") }

    @Test func navigationRunGoesAndHeadlineAfterItIsRead() {
        let a = clean(Self.navigationPage)
        #expect(a.title == "Harbour reopens after week of repairs")
        #expect(a.text.hasPrefix("The harbour at Kessvik reopened on Monday"))
        let start = "Harbour reopens after week of repairs | Coastal Courier\nSkip to main content\nHome"
        #expect(a.removed[0].hasPrefix(start))
        #expect(!a.text.contains("Subscribe"))
    }

    @Test func titleLineNamesTheSiteAndBylineIsRead() {
        let a = clean(Self.navigationPage)
        #expect(a.outlet == "Coastal Courier")
        #expect(a.byline == "Mara Lindqvist")
    }

    @Test func publishedIsKeptApartFromUpdated() {
        let a = clean(Self.navigationPage)
        #expect(a.published == Timestamp(year: 2023, month: 1, day: 26))
    }

    @Test func inlineTeaserLabelsAreCutOutOfTheParagraph() {
        let a = clean(Self.navigationPage)
        #expect(a.removed.contains("ALSO READ: Freight rates climb as insurers reprice cargoes"))
        #expect(a.removed.contains("WATCH:"))
        #expect(a.text.contains("flooding two warehouses. The repairs cost more than four million crowns"))
        #expect(a.text.hasSuffix("a report on the northern breakwater."))
    }

    @Test func relatedHeadlinesSharingAndRightsFooterGo() {
        let a = clean(Self.navigationPage)
        let removed = removedText(a)
        for chrome in [
            "Related stories", "Storm damage bill rises to record high", "12 comments",
            "© 2023 Coastal Courier Ltd. All rights reserved.", "Cookie settings",
        ] {
            #expect(removed.contains(chrome))
            #expect(!a.text.contains(chrome))
        }
        #expect(a.paragraphs.count == 6, "every story paragraph is kept")
    }

    @Test func navigationColumnBesideTheStoryGoesCellByCell() {
        let a = clean(Self.columnPage)
        for paragraph in Self.columnStory { #expect(a.text.contains(paragraph)) }
        #expect(!a.text.contains("Politics"))
        #expect(a.removed.contains { $0.contains("Politics") })
        #expect(a.title == "Council approves new stadium on rail yard site")
    }

    @Test func isoTimestampWithFractionAndSourceLine() {
        let a = clean(Self.columnPage)
        let stamp = Timestamp(year: 2023, month: 1, day: 26, hour: 10, minute: 42, second: 0, utcOffsetMinutes: 0)
        #expect(a.published == stamp)
        #expect(a.outlet == "Orrenby Post")
    }

    @Test func captionsAndListedHeadlinesGo() {
        let a = clean(Self.columnPage)
        #expect(!a.text.contains("Photo: The old rail yard"))
        #expect(!a.text.contains("Ferry strike called off"))
        let b = clean(Self.nodePage)
        #expect(!b.text.contains("The Kessvik Tanker seen from the harbour wall on Sunday"))
        #expect(removedText(b).contains("The Kessvik Tanker seen from the harbour wall on Sunday"))
    }

    @Test func cookieNoticeCountersAndForeignLanguageTeasersGo() {
        let a = clean(Self.nodePage)
        let removed = removedText(a)
        for chrome in [
            "We use cookies", "1.2k shares", "34 comments", "Mehr zum Thema", "Fischer fordern", "mehr »",
            "Example News is the region's independent daily",
        ] {
            #expect(removed.contains(chrome))
            #expect(!a.text.contains(chrome))
        }
        #expect(a.text.hasPrefix("A tanker leaking fuel oil"))
        #expect(a.text.hasSuffix("home to a protected seal colony."))
    }

    @Test func deskBylineNamesTheOutletAndDateLabelIsRead() {
        let a = clean(Self.nodePage)
        #expect(a.title == "Tanker leak closes fjord to fishing")
        #expect(a.byline == "Example News Desk")
        #expect(a.outlet == "Example News")
        #expect(a.published == Timestamp(year: 2022, month: 12, day: 19))
    }

    @Test func selfReferenceInTheStoryNamesTheOutlet() {
        let page = Self.nodePage.replacingOccurrences(of: "By Example News Desk", with: "By Jo Berg")
        let a = clean(page)
        #expect(a.byline == "Jo Berg")
        #expect(a.outlet == "Example.co.uk")
    }

    @Test func pullQuoteRepeatingTheStoryGoes() {
        let quote =
            "\"We worked day and night to get the berths ready,\" said the harbour master, "
            + "who has run the port for eleven years."
        let page = Self.navigationPage.replacingOccurrences(
            of: "Fishermen, who were", with: "We worked day and night to get the berths ready\n\nFishermen, who were")
        let a = clean(page.replacingOccurrences(of: quote, with: quote + "\n\n" + quote))
        #expect(a.text.components(separatedBy: "We worked day and night").count == 2, "the story says it once")
        #expect(removedText(a).contains("We worked day and night"))
    }

    @Test func anArticleWithLittleChromeIsNoWholePage() {
        let lines = ["The harbour reopened on Monday after a week of repairs to the eastern quay, officials said."]
        #expect(!PageShape.isWholePage(TextUnits.split(lines.map { Substring($0) })))
        #expect(PageShape.isWholePage(TextUnits.split(Self.nodePage.split(separator: "\n"))))
    }

    /// Wraps every line longer than `width` at spaces, as html2text, lynx and w3m do.
    static func wrapped(_ text: String, width: Int) -> String {
        var out: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var current = ""
            for word in line.split(separator: " ") {
                if !current.isEmpty && current.count + 1 + word.count > width {
                    out.append(current)
                    current = ""
                }
                current += (current.isEmpty ? "" : " ") + word
            }
            out.append(current)
        }
        return out.joined(separator: "\n")
    }

    @Test func hardWrappedParagraphsAreJoinedUpAndKept() {
        let a = clean(Self.wrapped(Self.navigationPage, width: 72))
        let text = a.text.replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("Shipping companies said they expected traffic to return to normal levels by the end"))
        #expect(text.contains("welcomed the news but said compensation had been slow to arrive."))
        #expect(a.title == "Harbour reopens after week of repairs")
        #expect(removedText(a).contains("Skip to main content"))
        #expect(!text.contains("Cookie settings"))
        let lines = [
            "The harbour reopened on Monday after a week of repairs to the",
            "eastern quay, officials said.", "Home",
        ].map { Substring($0) }
        #expect(TextUnits.split(lines).count == 3, "too few lines to tell a wrap width: nothing joined")
    }

    /// A tokenised corpus table (standings, results) has many short lines like a page's menus,
    /// but its punctuation stands apart from the words: it is text, not a scrape, and stays whole.
    @Test func tokenisedTableIsNoScrapedPage() {
        var lines = [
            "BASEBALL - STANDINGS AFTER THURSDAY 'S GAMES .", "NEW YORK 1996-08-30",
            "Standings after games played on Thursday ( tabulate under won ,",
            "lost , winning percentage and games behind ) :", "EASTERN DIVISION", "W L PCT GB",
        ]
        for (k, team) in [
            "NEW YORK", "BALTIMORE", "BOSTON", "TORONTO", "DETROIT", "CLEVELAND", "CHICAGO",
            "MINNESOTA", "MILWAUKEE", "KANSAS CITY", "TEXAS", "SEATTLE", "OAKLAND", "CALIFORNIA",
            "ATLANTA", "MONTREAL", "FLORIDA", "HOUSTON", "ST LOUIS", "CINCINNATI",
        ].enumerated() {
            lines.append("\(team) \(74 - k) \(59 + k) .5\(k) \(k)")
        }
        let units = TextUnits.split(lines.map { Substring($0) })
        #expect(!PageShape.isWholePage(units))
        var spaced = 0, attached = 0
        PageShape.countPunctuation("Prices rose , he said . Then, it fell.", spaced: &spaced, attached: &attached)
        #expect(spaced == 2 && attached == 2)
    }
}

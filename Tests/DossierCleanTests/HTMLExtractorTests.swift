import DossierClean
import DossierModel
import DossierText
import Testing

/// A news page with the usual furniture around an invented article.
private let newsPage = """
    <!DOCTYPE html>
    <html lang="en-GB">
    <head>
    <meta charset="utf-8">
    <title>Harbour cranes idle as dockers strike - The Kessvik Gazette</title>
    <meta property="og:site_name" content="The Kessvik Gazette">
    </head>
    <body>
    <div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
    <header class="site-header">
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a>\
    </li></ul></nav>
    </header>
    <ol class="breadcrumbs"><li><a href="/">News</a></li><li><a href="/business">Business</a></li></ol>
    <main>
    <article class="story">
      <h1>Harbour cranes idle as dockers strike</h1>
      <p class="byline">By Ingrid Solberg</p>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on Twitter</a> <a href="#">Email</a>\
    </div>
      <div class="story-body">
        <p>Cargo piled up at the port of Kessvik on Monday after more than four hundred dockers walked out over pay, \
    leaving the cranes idle for the first time in a decade.</p>
        <p>The union said talks with the port authority had collapsed late on Sunday, and that the strike would last \
    at least three days unless a new offer was made.</p>
        <h2>Ships wait offshore</h2>
        <p>Eleven container ships were anchored outside the harbour by noon, according to the harbour master, who \
    warned that perishable goods would be diverted to other ports.</p>
        <blockquote><p>We have been patient for two years, and patience has not paid the rent.</p></blockquote>
        <p>The port authority said it remained open to talks, but called the demands unaffordable given falling \
    freight volumes.</p>
        <ul>
          <li>Four hundred and twelve dockers joined the strike.</li>
          <li>Eleven ships were waiting at anchor by noon.</li>
        </ul>
        <p>Local hauliers said the stoppage was already costing them work, with dozens of lorries turned away from \
    the gates.</p>
      </div>
      <aside class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry fares rise again</a></li><li><a \
    href="/b">Port profits fall in spring</a></li></ul></aside>
      <div class="author-bio"><p>Ingrid Solberg covers shipping and trade for the Gazette and has reported from \
    ports across the north.</p></div>
    </article>
    <section class="comments"><h3>Comments</h3><p>This strike is long overdue, the dockers deserve better pay and \
    conditions.</p><p>Another week of chaos at the port, what a surprise for all of us.</p></section>
    </main>
    <div class="newsletter-signup"><p>Sign up for our morning newsletter and get the headlines first.</p></div>
    <footer><p>Copyright 2024 The Kessvik Gazette. All rights reserved.</p><ul><li><a href="/about">About</a></li>\
    <li><a href="/contact">Contact</a></li></ul></footer>
    </body>
    </html>
    """

@Suite struct HTMLExtractorTests {
    @Test func keepsTheArticleAndLeavesTheFurniture() {
        let x = HTMLExtractor.extract(
            html: Array(newsPage.utf8), url: "https://kessvik-gazette.example/business/2024/03/05/cranes",
            contentTypeCharset: nil)
        let expected = [
            "Harbour cranes idle as dockers strike",
            "Cargo piled up at the port of Kessvik on Monday after more than four hundred dockers walked out over "
                + "pay, leaving the cranes idle for the first time in a decade.",
            "The union said talks with the port authority had collapsed late on Sunday, and that the strike would "
                + "last at least three days unless a new offer was made.",
            "Ships wait offshore",
            "Eleven container ships were anchored outside the harbour by noon, according to the harbour master, who "
                + "warned that perishable goods would be diverted to other ports.",
            "We have been patient for two years, and patience has not paid the rent.",
            "The port authority said it remained open to talks, but called the demands unaffordable given falling "
                + "freight volumes.",
            "Four hundred and twelve dockers joined the strike.",
            "Eleven ships were waiting at anchor by noon.",
            "Local hauliers said the stoppage was already costing them work, with dozens of lorries turned away from "
                + "the gates.",
        ]
        #expect(x.text == expected.joined(separator: "\n\n"))
        #expect(x.paragraphs.count == expected.count)
        let scalars = Array(x.text.unicodeScalars)
        for (span, para) in zip(x.paragraphs, expected) {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == para)
        }
        for gone in [
            "cookies", "Share on Facebook", "Ferry fares", "long overdue", "newsletter", "Copyright", "covers shipping",
        ] {
            #expect(!x.text.contains(gone), "\(gone) should have been removed")
        }
        #expect(x.removed.contains("Sign up for our morning newsletter and get the headlines first."))
        #expect(x.title == "Harbour cranes idle as dockers strike")
        #expect(x.siteName == "The Kessvik Gazette")
        #expect(x.language == "en")
        #expect(x.byline == "Ingrid Solberg")
        #expect(x.published == Timestamp(year: 2024, month: 3, day: 5))
    }

    @Test func standaloneCreditsAndCopyrightLinesGo() {
        let page = """
            <html><body><article><h1>Snow closes the mountain road</h1>
            <p>The mountain road was closed on Friday after a night of heavy snow, and the pass is expected to stay \
            shut until Monday.</p>
            <p>(Photo: Jane Roe/Valley Press)</p>
            <p>Crews worked through the night to clear the lower section, where two lorries had slid off the road \
            near the tunnel.</p>
            <p>© 2024 Valley Press. All rights reserved.</p>
            </article></body></html>
            """
        let x = HTMLExtractor.extract(html: Array(page.utf8), url: nil, contentTypeCharset: nil)
        #expect(x.paragraphs.count == 3)
        #expect(!x.text.contains("Photo:") && !x.text.contains("rights reserved"))
        #expect(x.removed.contains("(Photo: Jane Roe/Valley Press)"))
    }

    @Test func unclosedBlockInNoscriptDoesNotSwallowThePage() {
        let page = """
            <html><head><title>Wolves return</title></head><body><noscript><div class="no-js"></noscript>
            <div class="main"><h1>Wolves return to the valley</h1>
            <p>Rangers counted three wolves in the upper valley this winter, the first sighting there in forty \
            years, and expect more.</p>
            <p>Farmers nearby have been offered funding for fences, though several said they would wait to see \
            whether the pack stays.</p>
            </div><noscript></div></noscript></body></html>
            """
        let x = HTMLExtractor.extract(html: Array(page.utf8), url: nil, contentTypeCharset: nil)
        #expect(x.text.contains("Rangers counted three wolves in the upper valley this winter"))
        #expect(x.text.contains("Farmers nearby have been offered funding for fences"))
    }

    @Test func rubyReadingsStayOutOfTheLine() {
        let page =
            "<html><body><article><p><ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp>"
            + "</ruby>ができて、<bdi>親</bdi>が子どもを教育するために、"
            + "たたいたり蹴ったりする体罰を禁止することになりました。"
            + "</p></article></body></html>"
        let x = HTMLExtractor.extract(html: Array(page.utf8), url: nil, contentTypeCharset: nil)
        let expected =
            "法律ができて、親が子どもを教育するために、"
            + "たたいたり蹴ったりする体罰を禁止することになりました。"
        #expect(x.text == expected)
    }

    @Test func standfirstBetweenHeadlineAndBodyIsKept() {
        let page = """
            <html><body><div class="page"><div class="top"><div class="headline-box"><h1>Library opens after flood \
            repairs</h1>
            <p class="date">12 March 2024</p></div>
            <div class="intro-box"><div class="teaser-text"><p>The town library reopened on Saturday after eight \
            months of repairs, with a new reading room upstairs.</p></div></div>
            <p class="share"><a href="#">Share</a></p></div>
            <div class="wrap"><div class="article-body">
            <p>Water had reached the lower shelves in June, and volunteers moved more than twenty thousand books to \
            a school gym nearby.</p>
            <p>The council paid for new floors and wiring, while a local trust covered the cost of replacing the \
            damaged children's collection.</p>
            <p>Staff said the first morning drew more visitors than any day last year, many of them returning books \
            borrowed before the flood.</p>
            <p>A second phase of work, on the roof and the old reading room, is due to start in the autumn once the \
            council approves the budget.</p>
            </div></div></div></body></html>
            """
        let x = HTMLExtractor.extract(html: Array(page.utf8), url: nil, contentTypeCharset: nil)
        #expect(
            x.text.hasPrefix(
                "Library opens after flood repairs\n\nThe town library reopened on Saturday after eight months of "
                    + "repairs, with a new reading room upstairs.\n\nWater had reached"
            ))
        #expect(!x.text.contains("12 March 2024"))
    }

    @Test func strayNulBytesDoNotEndThePage() {
        var bytes = Array("<html><body><div class=\"ad\"><img src=\"banner.gif\">".utf8)
        bytes += [0, 0, 0]
        bytes += Array(
            ("</div><article><p>The ferry between the two islands will run twice a day from June, the operator said "
                + "on Tuesday.</p></article></body></html>").utf8)
        let x = HTMLExtractor.extract(html: bytes, url: nil, contentTypeCharset: nil)
        #expect(
            x.text == "The ferry between the two islands will run twice a day from June, the operator said on Tuesday.")
    }

    @Test func referenceListDoesNotOutvoteTheArticle() {
        let refs = (1...12).map {
            "<li>Author, A., Author, B., Author, C. Title of paper number \($0), with a subtitle, in Journal, vol. "
                + "\($0), pp. 1-9, 2019.</li>"
        }.joined()
        let page = """
            <html><body><div class="page"><div class="summary"><h2>Abstract</h2>
            <p>We measured how often river otters returned to restored wetlands, and found that visits doubled \
            within two years of restoration.</p>
            <p>Camera traps at nine sites recorded more than four hundred visits, mostly at night and mostly in late \
            summer.</p></div>
            <div class="refs"><h2>References</h2><ol>\(refs)</ol></div></div></body></html>
            """
        let x = HTMLExtractor.extract(html: Array(page.utf8), url: nil, contentTypeCharset: nil)
        #expect(x.text.contains("We measured how often river otters returned to restored wetlands"))
    }

    @Test func articleOnlyInNoscriptIsRead() {
        let page = """
            <html><body><div class="header"><a href="/">Home</a> <a href="/about">About</a></div>
            <div class="post-body"><script type="text/template">ignored template</script>
            <noscript><p>The harbour seals counted this spring numbered more than two hundred, twice the figure \
            recorded a decade ago by the same survey team.</p>
            <p>Volunteers walked the sandbanks at low tide on three mornings in April, counting adults and pups \
            separately.</p>
            <p>The survey will be repeated in the autumn, when the seals gather again on the outer banks before \
            winter storms.</p></noscript></div>
            </body></html>
            """
        let x = HTMLExtractor.extract(html: Array(page.utf8), url: nil, contentTypeCharset: nil)
        #expect(x.text.contains("The harbour seals counted this spring numbered more than two hundred"))
        #expect(x.text.contains("The survey will be repeated in the autumn"))
        #expect(!x.text.contains("ignored template"))
    }

    @Test func emptyAndBrokenInputDoNotCrash() {
        #expect(HTMLExtractor.extract(html: [], url: nil, contentTypeCharset: nil).text == "")
        let broken = HTMLExtractor.extract(
            html: Array("<div><p>Unclosed <b>markup that still reads as one sentence of text.".utf8), url: nil,
            contentTypeCharset: nil)
        #expect(broken.text == "Unclosed markup that still reads as one sentence of text.")
        let binary = HTMLExtractor.extract(html: [0, 1, 2, 0xFF, 0xFE, 0x3C, 0x00], url: nil, contentTypeCharset: nil)
        #expect(binary.paragraphs.count <= 1)
    }

    @Test func fragmentTextKeepsEveryBlock() {
        let f = HTMLFragment.text(
            "<p>First <b>bold</b> line.</p><p>Second&nbsp;line &amp; more.</p><script>x()</script>")
        #expect(f.text == "First bold line.\n\nSecond line & more.")
        #expect(f.paragraphs == [Span(0, 16), Span(18, 37)])
    }
}

/// Each metadata source on its own, on a minimal page.
@Suite struct HTMLMetadataTests {
    private func page(
        head: String,
        body: String = "<p>Body text of the article, long enough to be kept as a paragraph by the extractor.</p>"
    ) -> [UInt8] {
        Array("<html><head>\(head)</head><body>\(body)</body></html>".utf8)
    }

    private func extract(_ head: String, body: String? = nil, url: String? = nil) -> HTMLExtraction {
        let bytes = body.map { page(head: head, body: $0) } ?? page(head: head)
        return HTMLExtractor.extract(html: bytes, url: url, contentTypeCharset: nil)
    }

    @Test func openGraphAndArticleTags() {
        let x = extract(
            """
            <meta property="og:title" content="Ferry service resumes"><meta property="og:site_name" \
            content="Brannholt Courier">
            <meta property="article:published_time" content="2024-03-05T09:14:00+01:00"><meta name="author" \
            content="Ola Berg">
            """)
        #expect(x.title == "Ferry service resumes")
        #expect(x.siteName == "Brannholt Courier")
        #expect(
            x.published == Timestamp(year: 2024, month: 3, day: 5, hour: 9, minute: 14, second: 0, utcOffsetMinutes: 60)
        )
        #expect(x.byline == "Ola Berg")
    }

    @Test func dublinCore() {
        let x = extract(
            #"<meta name="DC.title" content="Tide tables revised"><meta name="DC.date.issued" content="2023-11-30">"#
                + #"<meta name="DC.creator" content="Mette Lund"><meta name="DC.language" content="nb">"#
        )
        #expect(x.title == "Tide tables revised")
        #expect(x.published == Timestamp(year: 2023, month: 11, day: 30))
        #expect(x.byline == "Mette Lund")
        #expect(x.language == "nb")
    }

    @Test func parselyPageAndTags() {
        let x = extract(
            #"<meta name="parsely-page" content='{"title": "Bridge vote delayed", "pub_date": "#
                + #""2022-06-01T12:00:00Z", "author": "Kari Holm"}'>"#
        )
        #expect(
            x.published == Timestamp(year: 2022, month: 6, day: 1, hour: 12, minute: 0, second: 0, utcOffsetMinutes: 0))
        #expect(x.byline == "Kari Holm")
        let y = extract(
            #"<meta name="parsely-title" content="Bridge vote delayed"><meta name="parsely-pub-date" "#
                + #"content="2022-06-02">"#
        )
        #expect(y.title == "Bridge vote delayed")
        #expect(y.published == Timestamp(year: 2022, month: 6, day: 2))
    }

    @Test func sailthru() {
        let x = extract(
            #"<meta name="sailthru.title" content="Fish quotas cut"><meta name="sailthru.date" content="Tue, 05 Mar "#
                + #"2024 09:14:00 GMT"><meta name="sailthru.author" content="Jon Dahl">"#
        )
        #expect(x.title == "Fish quotas cut")
        #expect(
            x.published == Timestamp(year: 2024, month: 3, day: 5, hour: 9, minute: 14, second: 0, utcOffsetMinutes: 0))
        #expect(x.byline == "Jon Dahl")
    }

    @Test func jsonLDNewsArticle() {
        let x = extract(
            """
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": "WebSite", \
            "name": "Site"},
            {"@type": "NewsArticle", "headline": "Lighthouse sold at auction", "datePublished": \
            "2021-08-14T18:30:00-04:00",
             "author": [{"@type": "Person", "name": "Ana Ruiz"}, {"@type": "Person", "name": "Tom Berg"}],
             "publisher": {"@type": "Organization", "name": "Coastline Post"}, "inLanguage": "es-ES"}]}</script>
            """)
        #expect(x.title == "Lighthouse sold at auction")
        #expect(
            x.published
                == Timestamp(year: 2021, month: 8, day: 14, hour: 18, minute: 30, second: 0, utcOffsetMinutes: -240))
        #expect(x.byline == "Ana Ruiz, Tom Berg")
        #expect(x.siteName == "Coastline Post")
        #expect(x.language == "es")
    }

    @Test func timeElement() {
        let x = extract(
            "<title>Quiet week</title>",
            body:
                #"<p>Posted <time datetime="2020-02-29T07:05:00Z">29 February</time></p><p>Body text of the "#
                + #"article, long enough to be kept as a paragraph by the extractor.</p>"#
        )
        #expect(
            x.published == Timestamp(year: 2020, month: 2, day: 29, hour: 7, minute: 5, second: 0, utcOffsetMinutes: 0))
    }

    @Test func dateInTheURL() {
        #expect(
            extract("<title>x</title>", url: "https://example.org/news/2019/07/21/moon-story").published
                == Timestamp(year: 2019, month: 7, day: 21))
        #expect(
            extract("<title>x</title>", url: "https://example.org/2019-07-22-moon-story.html").published
                == Timestamp(year: 2019, month: 7, day: 22))
        #expect(
            extract("<title>x</title>", url: "https://example.org/a/20190723/story").published
                == Timestamp(year: 2019, month: 7, day: 23))
    }

    @Test func visibleDateLine() {
        let x = extract(
            "<title>x</title>",
            body:
                "<p>Updated March 5, 2024 9:14 pm EST</p><p>Body text of the article, long enough to be kept as a "
                + "paragraph by the extractor.</p>"
        )
        #expect(x.published == Timestamp(year: 2024, month: 3, day: 5, hour: 21, minute: 14, utcOffsetMinutes: -300))
    }

    @Test func titleFallsBackToTheTitleElementWithoutTheSiteName() {
        #expect(
            extract("<title>Storm closes mountain pass - Valley News</title>").title == "Storm closes mountain pass")
    }
}

@Suite struct DateParsingTests {
    @Test func forms() {
        #expect(DateParsing.parse("2024-03-05") == Timestamp(year: 2024, month: 3, day: 5))
        #expect(
            DateParsing.parse("2024-03-05T09:14:07.123Z")
                == Timestamp(year: 2024, month: 3, day: 5, hour: 9, minute: 14, second: 7, utcOffsetMinutes: 0))
        #expect(
            DateParsing.parse("Tue, 05 Mar 2024 09:14:00 +0100")
                == Timestamp(year: 2024, month: 3, day: 5, hour: 9, minute: 14, second: 0, utcOffsetMinutes: 60))
        #expect(DateParsing.parse("5 March 2024") == Timestamp(year: 2024, month: 3, day: 5))
        #expect(DateParsing.parse("March 5th, 2024") == Timestamp(year: 2024, month: 3, day: 5))
        #expect(DateParsing.parse("05.03.2024") == Timestamp(year: 2024, month: 3, day: 5))
        #expect(DateParsing.parse("3/5/2024") == Timestamp(year: 2024, month: 3, day: 5))
        #expect(DateParsing.parse("2024-02-30") == nil)
        #expect(DateParsing.parse("no date here") == nil)
    }
}

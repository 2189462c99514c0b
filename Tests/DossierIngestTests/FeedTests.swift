import DossierIngest
import DossierModel
import Testing

@Suite struct FeedTests {
    private func read(_ s: String) -> (items: [Article], errors: [InputError]) {
        FeedReader.read(Array(s.utf8), source: "feed.xml")
    }

    @Test func rss20() {
        let (items, errors) = read(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" \
            xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Harbour News</title><link>https://harbour.example/</link><language>en-gb</language>
            <item><title>Quay reopens</title><link>https://harbour.example/quay</link><guid \
            isPermaLink="false">q-1</guid>
            <pubDate>Tue, 05 Mar 2024 09:14:00 GMT</pubDate><dc:creator>Ola Berg</dc:creator>
            <description>Short &lt;b&gt;summary&lt;/b&gt;.</description>
            <content:encoded><![CDATA[<p>The quay reopened on Tuesday.</p><p>Boats were back by noon.</p>]]>\
            </content:encoded></item>
            <item><title>Second</title><guid>https://harbour.example/second</guid><description>Only a summary \
            here.</description></item>
            </channel></rss>
            """)
        #expect(errors.isEmpty)
        #expect(items.count == 2)
        let a = items[0]
        #expect(a.title == "Quay reopens")
        #expect(a.url == "https://harbour.example/quay")
        #expect(a.id == ContentID.make("https://harbour.example/quay"))
        #expect(a.source == "feed.xml#1")
        #expect(
            a.published == Timestamp(year: 2024, month: 3, day: 5, hour: 9, minute: 14, second: 0, utcOffsetMinutes: 0))
        #expect(a.byline == "Ola Berg")
        #expect(a.outlet == "Harbour News")
        #expect(a.language == "en")
        #expect(a.text == "The quay reopened on Tuesday.\n\nBoats were back by noon.")
        #expect(a.paragraphs == [Span(0, 29), Span(31, 55)])
        // A permalink guid stands in for a missing link; the summary for missing content.
        #expect(items[1].url == "https://harbour.example/second")
        #expect(items[1].text == "Only a summary here.")
    }

    @Test func rss10AndRss091() {
        let rdf = read(
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" \
            xmlns:dc="http://purl.org/dc/elements/1.1/">
            <channel rdf:about="https://x.example/"><title>X</title></channel>
            <item rdf:about="https://x.example/1"><title>One</title><link>https://x.example/1</link>\
            <dc:date>2023-11-30T08:00:00+01:00</dc:date><description>First.</description></item>
            </rdf:RDF>
            """)
        #expect(rdf.items.count == 1)
        #expect(rdf.items[0].url == "https://x.example/1")
        #expect(
            rdf.items[0].published
                == Timestamp(year: 2023, month: 11, day: 30, hour: 8, minute: 0, second: 0, utcOffsetMinutes: 60))
        let old = read(
            #"<rss version="0.91"><channel><title>Old</title><item><title>Plain</title>"#
                + #"<link>http://old.example/p</link><description>Text &amp; more.</description>"#
                + #"</item></channel></rss>"#
        )
        #expect(old.items.map(\.text) == ["Text & more."])
    }

    @Test func atom10AndAtom03() {
        let (items, _) = read(
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nb"><title>Fjord</title>
            <author><name>Desk</name></author>
            <entry><title type="html">Tide &lt;b&gt;high&lt;/b&gt;</title>
            <link rel="self" href="https://f.example/self"/><link rel="alternate" href="https://f.example/tide"/>
            <id>tag:f.example,2024:1</id><updated>2024-01-02T03:04:05Z</updated>\
            <published>2024-01-01T00:00:00Z</published>
            <summary>Short.</summary>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Water rose <em>fast</em>.</p><p>Then \
            fell.</p></div></content></entry>
            <entry><title type="text">Less &lt;than&gt; tags</title><link href="https://f.example/2"/><author>\
            <name>Ane</name></author><content>Plain.</content></entry>
            </feed>
            """)
        #expect(items.count == 2)
        #expect(items[0].title == "Tide high")
        #expect(items[0].url == "https://f.example/tide")
        #expect(
            items[0].published
                == Timestamp(year: 2024, month: 1, day: 1, hour: 0, minute: 0, second: 0, utcOffsetMinutes: 0))
        #expect(items[0].byline == "Desk")
        #expect(items[0].language == "nb")
        #expect(items[0].text == "Water rose fast.\n\nThen fell.")
        #expect(items[1].title == "Less <than> tags")
        #expect(items[1].byline == "Ane")

        let (old, _) = read(
            """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old Atom</title>
            <entry><title>Legacy</title><link rel="alternate" type="text/html" href="https://o.example/1"/>\
            <issued>2004-01-01T19:48:21Z</issued>
            <content type="text/html" mode="escaped">&lt;p&gt;Escaped body.&lt;/p&gt;</content></entry>
            <entry><title>Encoded</title><content type="text/plain" mode="base64">QmFzZTY0IGJvZHku</content></entry>\
            </feed>
            """)
        #expect(old.map(\.url) == ["https://o.example/1", nil])
        #expect(old.map(\.text) == ["Escaped body.", "Base64 body."])
        #expect(
            old[0].published
                == Timestamp(year: 2004, month: 1, day: 1, hour: 19, minute: 48, second: 21, utcOffsetMinutes: 0))
    }

    @Test func jsonFeed() {
        let (items, errors) = read(
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "JF", "language": "de-DE", "authors": [{"name": \
            "Ute"}],
             "items": [{"id": "1", "url": "https://j.example/1", "title": "Eins", "content_html": "<p>Erster \
            <b>Absatz</b>.</p>", "date_published": "2024-02-29T12:00:00+02:00"},
                       {"id": 2, "content_text": "Nur Text.", "summary": "S", "authors": [{"name": "Jan"}]}]}
            """)
        #expect(errors.isEmpty)
        #expect(items.map(\.text) == ["Erster Absatz.", "Nur Text."])
        #expect(items.map(\.byline) == ["Ute", "Jan"])
        #expect(
            items[0].published
                == Timestamp(year: 2024, month: 2, day: 29, hour: 12, minute: 0, second: 0, utcOffsetMinutes: 120))
        #expect(items[0].language == "de")
        #expect(items[1].id == ContentID.make("2"))
    }

    @Test func illFormedFeedsAreReadBestEffort() {
        // Undeclared HTML entities, an unescaped ampersand and an unclosed item.
        let (items, errors) = read(
            "<rss><channel><item><title>Caf&eacute; &amp; bar &nbsp;open</title>"
                + "<link>http://a.example/?a=1&b=2</link><description>Fine &copy; text"
        )
        #expect(errors.isEmpty)
        #expect(items.count == 1)
        // Titles come out as normalised plain text: the no-break space is a space.
        #expect(items[0].title == "Café & bar open")
        #expect(items[0].text.hasPrefix("Fine © text"))
    }

    @Test func nonFeedsAreOneErrorEach() {
        #expect(read("").errors.map(\.problem) == ["empty file"])
        #expect(read("<html><body>page</body></html>").errors.map(\.problem) == ["not a feed (root element <html>)"])
        #expect(read(#"{"hello": 1}"#).errors.count == 1)
        #expect(read("{not json").errors.count == 1)
        let docs = FeedReader.documents(
            Array("<rss><channel><item><title>T</title><description>Body.</description></item></channel></rss>".utf8),
            source: "f")
        guard case .success(let d) = docs.first, case .plainText(let body) = d.body else {
            Issue.record("expected a document"); return
        }
        #expect(body == "Body.")
        #expect(d.article.text.isEmpty)
    }
}

import DossierIngest
import Foundation
import Testing

/// Every input kind goes through `analyze` by its ending or, without one, by its content.
@Suite struct InputFormatTests {
    static let page = """
        <!DOCTYPE html><html lang="en"><head><title>Harbour reopens | Coastal Times</title>
        <meta property="og:title" content="Harbour reopens after repairs">
        <meta property="article:published_time" content="2024-05-06T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Harbour reopens after repairs</h1>
        <p>The harbour reopened on Monday after a week of repairs to the eastern quay, officials said on Monday \
        morning.</p>
        <p>Shipping companies said they expected traffic to return to normal levels by the end of the month.</p>
        </article><footer>© 2024 Coastal Times</footer></body></html>
        """

    static let feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Coastal Times</title><link>https://coastal.example/</link>
        <item><title>Ferry strike ends</title><link>https://coastal.example/ferry</link>
        <pubDate>Tue, 07 May 2024 10:00:00 GMT</pubDate>
        <description>&lt;p&gt;The ferry strike ended on Tuesday after the union accepted a pay \
        offer.&lt;/p&gt;</description></item>
        <item><title>Bridge closed</title><link>https://coastal.example/bridge</link>
        <description>The bridge was closed for inspection.</description></item>
        </channel></rss>
        """

    static func warc(_ html: String) -> String {
        let http =
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
            + "\(html.utf8.count)\r\n\r\n\(html)"
        return
            "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nWARC-Target-URI: "
            + "https://coastal.example/harbour\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: "
            + "\(http.utf8.count)\r\n\r\n\(http)\r\n\r\n"
    }

    @Test func pagesFeedsWARCAndGzipInOneFolder() throws {
        let dir = try Repo.temporaryDirectory()
        try Self.page.write(toFile: dir + "/a-page.html", atomically: true, encoding: .utf8)
        try Self.feed.write(toFile: dir + "/b-feed.xml", atomically: true, encoding: .utf8)
        try Self.warc(Self.page).write(toFile: dir + "/c-crawl.warc", atomically: true, encoding: .utf8)
        let zipped = Gzip.compress(
            Array("Ferry fares rise\ndate 2024-05-08\n\nFerry fares rose by 4% on Wednesday.\n".utf8))
        try Data(zipped).write(to: URL(fileURLWithPath: dir + "/d-report.txt.gz"))
        let run = try runDossier(["analyze", dir])
        #expect(run.status == 0, "\(run.stderr)")
        let all = try records(run.stdout)
        #expect(
            all.map { $0["title"] as? String } == [
                "Harbour reopens after repairs", "Ferry strike ends", "Bridge closed", "Harbour reopens after repairs",
                "Ferry fares rise",
            ])
        #expect(all[4]["published"] as? String == "2024-05-08")
        let page = all[0]
        #expect(page["published"] as? String == "2024-05-06T08:00:00Z")
        #expect((page["text"] as! String).contains("The harbour reopened on Monday"))
        #expect(!(page["text"] as! String).contains("Home"))
        #expect(all[1]["url"] as? String == "https://coastal.example/ferry")
        #expect(all[1]["text"] as? String == "The ferry strike ended on Tuesday after the union accepted a pay offer.")
        #expect(all[3]["url"] as? String == "https://coastal.example/harbour")
        #expect(all[3]["text"] as? String == page["text"] as? String)
    }

    @Test func standardInputIsSniffed() throws {
        let html = try runDossier(["analyze", "-"], stdin: Data(Self.page.utf8))
        #expect(try records(html.stdout).first?["title"] as? String == "Harbour reopens after repairs")
        let feed = try runDossier(["analyze", "-"], stdin: Data(Self.feed.utf8))
        #expect(try records(feed.stdout).count == 2)
    }

    @Test func extractWritesCleanTextAndMetadataWithoutAnalysis() throws {
        let dir = try Repo.temporaryDirectory()
        try Self.page.write(toFile: dir + "/a-page.html", atomically: true, encoding: .utf8)
        let analyzed = try records(try runDossier(["analyze", dir]).stdout)
        let run = try runDossier(["extract", dir])
        #expect(run.status == 0, "\(run.stderr)")
        let extracted = try records(run.stdout)
        #expect(extracted.count == 1)
        #expect(Set(extracted[0].keys) == Set(analyzed[0].keys), "the same field names as analyze")
        for field in ["text", "title", "published", "language", "removed"] {
            #expect("\(extracted[0][field] ?? "")" == "\(analyzed[0][field] ?? "")")
        }
        #expect((extracted[0]["sentences"] as? [Any])?.isEmpty == true, "no language analysis")
        let text = try runDossier(["extract", "--format", "text", dir]).stdout
        #expect(text.hasPrefix("Harbour reopens after repairs\n\nThe harbour reopened on Monday"))
        let markdown = try runDossier(["extract", "--format", "markdown", dir]).stdout
        #expect(markdown.hasPrefix("# Harbour reopens after repairs\n\n*"))
        #expect(markdown.components(separatedBy: "Harbour reopens after repairs").count == 2, "the headline once")
    }

    @Test func scrapedPageLanguageComesFromTheStoryNotTheChrome() throws {
        let menu = [
            "Startseite", "Nachrichten", "Politik", "Wirtschaft", "Kultur", "Sport", "Wetter", "Anmelden",
            "Suche", "Impressum", "Datenschutz", "Kontakt", "Mehr zum Thema", "Newsletter", "Videos",
            "Bilder", "Meinung", "Panorama", "Reisen", "Wissen", "Gesundheit", "Auto", "Digital", "Karriere",
        ]
        let story: [String] = [
            "The ferry company said on Tuesday that it would cut fares on the northern route from "
                + "the start of next month.",
            "Passengers have complained for years that the crossing costs more than flying, and the "
                + "regional council has asked for a review.",
            "The company said the cheaper fares would be paid for by a new contract with the port "
                + "and by fuller boats in winter.",
        ]
        let head = Array(menu.prefix(12)) + ["", "Ferry company cuts fares on northern route", ""]
        let page = (head + story.flatMap { [$0, ""] } + Array(menu.suffix(12))).joined(separator: "\n")
        let run = try runDossier(["extract", "-"], stdin: Data(page.utf8))
        let record = try records(run.stdout)[0]
        #expect(record["language"] as? String == "en")
        #expect(record["title"] as? String == "Ferry company cuts fares on northern route")
        for paragraph in story { #expect((record["text"] as? String)?.contains(paragraph) == true) }
        #expect((record["text"] as? String)?.contains("Impressum") == false)
    }
}

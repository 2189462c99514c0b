import DossierIngest
import DossierModel
import DossierStore
import XCTest
@testable import DossierWatch

final class WatchUnitTests: XCTestCase {
    func testSHA256AndHMACVectors() {
        XCTAssertEqual(
            HMAC.hex(SHA256.hash(Array("abc".utf8))),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(HMAC.hex(SHA256.hash([])), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let long = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        XCTAssertEqual(HMAC.hex(SHA256.hash(long)), "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // RFC 4231 test cases 1, 2 and 6 (a key longer than the block).
        XCTAssertEqual(
            HMAC.hex(HMAC.sha256(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))),
            "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        XCTAssertEqual(
            HMAC.hex(HMAC.sha256(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        XCTAssertEqual(
            HMAC.hex(
                HMAC.sha256(
                    key: [UInt8](repeating: 0xaa, count: 131),
                    message: Array("Test Using Larger Than Block-Size Key - Hash Key First".utf8))),
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    func testScheduleAdaptsWithinBounds() {
        let c = WatchConfiguration()
        XCTAssertEqual(PollSchedule.afterSuccess(previous: 1_800, newItems: 3, hint: nil, c), 1_200)
        XCTAssertEqual(PollSchedule.afterSuccess(previous: 1_800, newItems: 0, hint: nil, c), 2_700)
        XCTAssertEqual(PollSchedule.afterSuccess(previous: 300, newItems: 5, hint: nil, c), 300)
        XCTAssertEqual(PollSchedule.afterSuccess(previous: 80_000, newItems: 0, hint: nil, c), 86_400)
        XCTAssertEqual(PollSchedule.afterSuccess(previous: 300, newItems: 1, hint: 3_600, c), 3_600)
        XCTAssertEqual(PollSchedule.backoff(failures: 1, retryAfter: nil, random: 0, c), 240)
        XCTAssertEqual(PollSchedule.backoff(failures: 1, retryAfter: nil, random: 1, c), 360, accuracy: 1e-9)
        XCTAssertEqual(PollSchedule.backoff(failures: 100, retryAfter: nil, random: 0.5, c), 86_400)
        // Items an hour apart: polled hourly; too few or stale dates say nothing.
        XCTAssertEqual(PollSchedule.publishingGap([0, 3_600, 7_200, 10_800], now: 11_000), 3_600)
        XCTAssertNil(PollSchedule.publishingGap([0, 3_600], now: 4_000))
        XCTAssertNil(PollSchedule.publishingGap([0, 10, 20], now: 30 * 86_400))
        XCTAssertEqual(PollSchedule.maxAge("public, max-age=600, s-maxage=60"), 600)
        XCTAssertNil(PollSchedule.maxAge("no-cache"))
        XCTAssertEqual(PollSchedule.retryAfter("120", now: 0), 120)
        let at =
            PollSchedule.epochSeconds(
                Timestamp(
                    year: 2026, month: 12, day: 7, hour: 6, minute: 0, second: 0,
                    utcOffsetMinutes: 0)) ?? 0
        XCTAssertEqual(PollSchedule.retryAfter("Mon, 07 Dec 2026 06:00:00 GMT", now: at - 90), 90)
    }

    func testCanonicalURLsAndKeys() {
        XCTAssertEqual(
            ItemKeys.canonicalURL("HTTPS://Example.COM:443/a/b/?utm_source=x&id=3#top"), "https://example.com/a/b?id=3")
        XCTAssertEqual(ItemKeys.canonicalURL("not a url"), "not a url")
        XCTAssertEqual(ItemKeys.host("http://News.Example.org/x"), "news.example.org")
    }

    func testTrendScore() {
        let now = 10_000_000.0
        // One article a day for 14 days, then 5 in the last day: well above its baseline.
        let baseline = (1...14).map { now - Double($0) * 86_400 - 60 }
        let recent = (0..<5).map { now - Double($0) * 3_600 }
        let t = TrendScore(times: baseline + recent, now: now)
        XCTAssertEqual(t.last24h, 5)
        XCTAssertEqual(t.baselinePerDay, 1)
        XCTAssertEqual(t.score, 4)
        XCTAssertLessThan(TrendScore(times: baseline, now: now).score, 0)
    }

    func testOPMLRoundTripAndSitemaps() throws {
        let sources = [
            WatchSource(id: 1, url: "https://a.test/feed.xml?x=1&y=2", added: 0, interval: 1, nextPoll: 0),
            WatchSource(id: 2, url: "https://b.test/sitemap.xml", kind: .sitemap, added: 0, interval: 1, nextPoll: 0),
        ]
        let opml = OPML.export(sources, now: 0)
        let back = try XCTUnwrap(OPMLReader.read(Array(opml.utf8)))
        XCTAssertEqual(back.map(\.url), sources.map(\.url))
        let nested = """
            <opml version="1.0"><body><outline text="News"><outline type="rss" text="W" xmlUrl="https://w.test/rss"/>
            </outline></body></opml>
            """
        XCTAssertEqual(OPMLReader.read(Array(nested.utf8))?.map(\.url), ["https://w.test/rss"])
        let news = """
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
              xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
            <url><loc>https://n.test/a</loc><news:news><news:publication><news:name>N</news:name>
            <news:language>en</news:language></news:publication>
            <news:publication_date>2026-12-07T05:00:00Z</news:publication_date>
            <news:title>Storm hits coast</news:title></news:news></url>
            <url><loc>https://n.test/b</loc><lastmod>2026-12-06</lastmod></url></urlset>
            """
        let map = try XCTUnwrap(SitemapReader.parse(Array(news.utf8)))
        XCTAssertEqual(map.entries.map(\.url), ["https://n.test/a", "https://n.test/b"])
        XCTAssertEqual(map.entries.first?.title, "Storm hits coast")
        XCTAssertEqual(map.entries.first?.language, "en")
        XCTAssertEqual(map.entries.first?.published?.day, 7)
        let index = "<sitemapindex><sitemap><loc>https://n.test/s1.xml</loc></sitemap></sitemapindex>"
        XCTAssertEqual(SitemapReader.parse(Array(index.utf8))?.children, ["https://n.test/s1.xml"])
    }

    func testAtomEscapesAndDates() {
        XCTAssertEqual(AtomWriter.rfc3339(0), "1970-01-01T00:00:00Z")
        XCTAssertEqual(AtomWriter.rfc3339(1_796_000_000), "2026-11-30T00:53:20Z")
        XCTAssertEqual(AtomWriter.escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;")
    }
}

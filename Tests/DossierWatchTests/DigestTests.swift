import DossierModel
import DossierOutput
import DossierPipeline
import DossierStore
import Foundation
import XCTest
@testable import DossierWatch

final class DigestTests: XCTestCase {
    /// A digest as a standalone HTML page, everything from the store escaped; on a schedule, one
    /// file per period (aligned to the epoch), written once even across a restart, each with
    /// only its own period's alerts.
    func testHTMLDigestOnASchedule() throws {
        let server = try WatchFixtures.floodFeedServer()
        defer { server.close() }
        let store = try ArticleStore(path: WatchFixtures.tempDB())
        let hour = 3_600.0
        let start = 86_400 * 20_000 + hour + 600
        let clock = TestClock(start)
        try store.addSources([server.url + "/feed"], interval: 60, now: clock.now)
        try store.saveWatchlist(
            Watchlist(name: "<i>floods</i>", kind: .keyword, value: "spillway", created: clock.now))
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-digest-\(UUID().uuidString)")
        let schedule = DigestSchedule(every: hour, directory: dir.path, format: .html)
        func watcher() throws -> Watcher {
            try Watcher(
                store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 },
                digest: schedule)
        }
        let w = try watcher()

        // The first pass writes the digest of the hour that ended before it: nothing happened then.
        var r = try w.runPass()
        XCTAssertEqual(r.alerts, 1)
        let first = try XCTUnwrap(r.digestWritten)
        XCTAssertEqual((first as NSString).lastPathComponent, "digest-20241004T010000Z.html")
        let empty = try String(contentsOfFile: first, encoding: .utf8)
        XCTAssertTrue(empty.hasPrefix("<!doctype html>"))
        XCTAssertTrue(empty.contains("<h2>Alerts (0)</h2>"))

        clock.advance(60)
        r = try w.runPass()
        XCTAssertNil(r.digestWritten)

        // The next hour's digest has the alert, escaped, with its trigger and a link to its source.
        clock.set(86_400 * 20_000 + 2 * hour + 5)
        r = try w.runPass()
        let second = try XCTUnwrap(r.digestWritten)
        XCTAssertEqual((second as NSString).lastPathComponent, "digest-20241004T020000Z.html")
        let html = try String(contentsOfFile: second, encoding: .utf8)
        XCTAssertTrue(html.contains("<h2>Alerts (1)</h2>"))
        XCTAssertTrue(html.contains("<h3>&lt;i&gt;floods&lt;/i&gt;</h3>"))
        XCTAssertFalse(html.contains("<i>"))
        XCTAssertTrue(html.contains("<strong>Flood waters rise at the Kessel reservoir</strong>"))
        XCTAssertTrue(html.contains("<q>") && html.lowercased().contains("spillway"))
        XCTAssertTrue(html.contains("<h2>Stories updated (1)</h2>"))
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        XCTAssertEqual(files, ["digest-20241004T010000Z.html", "digest-20241004T020000Z.html"])

        // A restart in the same hour writes nothing again.
        XCTAssertNil(try watcher().runPass().digestWritten)

        // On demand, in Markdown: the same alert with the watchlist's name escaped.
        let md = try Digest.render(store, since: 0, now: clock.now, format: .markdown)
        XCTAssertTrue(md.contains("### \\<i\\>floods\\</i\\>"))
        XCTAssertTrue(md.contains("Alerts (1)"))
    }

    /// A digest directory that is a file: one line naming the path and the problem, polling goes
    /// on, and once the path is a directory the periods owed are written, each once.
    func testDigestThatCannotBeWritten() throws {
        let server = try WatchFixtures.floodFeedServer()
        defer { server.close() }
        let store = try ArticleStore(path: WatchFixtures.tempDB())
        let hour = 3_600.0
        let clock = TestClock(86_400 * 20_000 + hour + 600)
        try store.addSources([server.url + "/feed"], interval: 60, now: clock.now)
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-digest-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let dir = base.appendingPathComponent("out")
        try Data("not a directory".utf8).write(to: dir)
        let lines = Locked<[String]>([])
        let w = try Watcher(
            store: store, configuration: WatchFixtures.configuration(), clock: { clock.now }, random: { 0.5 },
            log: { line in lines.withLock { $0.append(line) } },
            digest: DigestSchedule(every: hour, directory: dir.path, format: .markdown))

        var r = try w.runPass()
        XCTAssertEqual(r.newArticles, 1)
        XCTAssertNil(r.digestWritten)
        clock.advance(60)
        r = try w.runPass()
        XCTAssertNil(r.digestWritten)
        let problems = lines.withLock { $0 }.filter { $0.hasPrefix("digest not written") }
        XCTAssertEqual(problems.count, 1, "\(problems)")
        XCTAssertTrue(problems[0].contains(dir.path + " is a file, not a directory"), problems[0])

        // The path becomes a directory an hour later: both periods are written, then neither again.
        try FileManager.default.removeItem(at: dir)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        clock.advance(hour)
        r = try w.runPass()
        XCTAssertEqual((r.digestWritten.map { ($0 as NSString).lastPathComponent }), "digest-20241004T020000Z.md")
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted(),
            ["digest-20241004T010000Z.md", "digest-20241004T020000Z.md"])
        clock.advance(60)
        XCTAssertNil(try w.runPass().digestWritten)
        XCTAssertEqual(lines.withLock { $0 }.filter { $0.hasPrefix("digest written") }.count, 2)
    }

    func testScheduleBoundaries() {
        let s = DigestSchedule(every: 86_400, directory: "/tmp", format: .markdown)
        XCTAssertEqual(s.lastEnd(now: 86_400 * 3 + 5), 86_400 * 3)
        XCTAssertEqual(s.nextEnd(now: 86_400 * 3 + 5), 86_400 * 4)
        XCTAssertEqual(s.fileName(end: 0), "digest-19700101T000000Z.md")
        XCTAssertEqual(DigestSchedule(every: .nan, directory: "", format: .html).lastEnd(now: 7), 7)
        XCTAssertEqual(MarkdownText.linkTarget("http://x.test/a b(c)"), "http://x.test/a%20b%28c%29")
    }

    /// Links come from the inputs: only http(s) (and, for a brief's file sources, scheme-less paths)
    /// become hrefs; every other scheme, however disguised, is shown as text.
    func testOnlyWebAndRelativeLinksBecomeHrefs() {
        XCTAssertEqual(HTMLText.safeHref("HTTPS://x.test/a"), "HTTPS://x.test/a")
        XCTAssertNil(HTMLText.safeHref("javascript:alert(1)"))
        XCTAssertNil(HTMLText.safeHref("corpus/a.txt"))
        XCTAssertEqual(HTMLText.safeHref("corpus/a.txt", relative: true), "corpus/a.txt")
        XCTAssertEqual(HTMLText.safeHref("a.txt?x=1:2", relative: true), "a.txt?x=1:2")
        for bad in ["javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)", "data:text/html,x"] {
            XCTAssertNil(HTMLText.safeHref(bad, relative: true), bad)
        }
    }
}

import DossierModel
@testable import DossierPostgres
import DossierPostgresTestSupport
import DossierStore
import Foundation
import XCTest

/// The PostgreSQL engine and the work queue against a real server: the one in
/// `DOSSIER_TEST_POSTGRES` (scripts/ci-postgres starts one and prints its address), else the
/// socket scripts/ci-postgres uses by default. With no server these tests skip, saying so, except
/// under CI (`CI` set), where a missing server fails them.
final class PostgresTests: XCTestCase {
    /// A fresh schema on the server (`PostgresTestSchema`).
    func freshDatabase() throws -> String { try PostgresTestSchema.fresh(for: self, prefix: "t") }

    func testSameRowsStoriesAndSearchTotalsAsSQLite() throws {
        let pg = try freshDatabase()
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let sqlite = dir + "/s.sqlite"
        for db in [pg, sqlite] {
            let r = try runDossier(["ingest", Repo.samples, "--db", db])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
        let again = try runDossier(["ingest", Repo.samples, "--db", pg])
        XCTAssertTrue(again.stderr.contains(" 0 added, 0 replaced, 17 unchanged"), again.stderr)
        let a = try PostgresStore(url: pg), b = try ArticleStore(path: sqlite)
        XCTAssertEqual(try a.counts(), try b.counts())
        // Every field and annotation of every article, in the same order (the content hash covers all but the id).
        func digest(_ s: any ArticleStoring) throws -> [String] {
            try s.loadArticles().map { $0.id + " " + (try ArticleStore.contentHash($0)) }
        }
        XCTAssertEqual(try digest(a), try digest(b))
        XCTAssertEqual(try digest(a).count, 17)
        // The reads `stories --db` makes in passes: times in the stored order, articles by id in
        // the order asked (an unknown id left out), with and without quotes and figures.
        let all = try b.loadArticles()
        XCTAssertEqual(try a.articleTimes().map(\.id), all.map(\.id))
        XCTAssertEqual(try a.articleTimes().map(\.published), all.map(\.published))
        let asked = all.map(\.id).reversed() + ["no-such-article"]
        XCTAssertEqual(try a.articles(ids: asked).map(\.annotations), all.reversed().map(\.annotations))
        XCTAssertEqual(
            try a.articles(ids: asked, withQuotesAndFigures: false).map(\.annotations),
            try b.articles(ids: asked, withQuotesAndFigures: false).map(\.annotations))
        XCTAssertEqual(try a.articles(ids: []).count, 0)
        let storiesPG = try runDossier(["stories", "--db", pg]),
            storiesSQLite = try runDossier(["stories", "--db", sqlite])
        XCTAssertEqual(storiesPG.status, 0, storiesPG.stderr)
        XCTAssertFalse(storiesPG.stdout.isEmpty)
        XCTAssertEqual(storiesPG.stdout, storiesSQLite.stdout)
        for text in ["tanker", "gov*", "\"stadium vote\"", "(tanker OR stadium) NOT leak", "outlet:vbc oil", "council"]
        {
            let q = SearchQuery.parse(text)
            let pa = try a.search(q, scope: .all, limit: 50, offset: 0)
            let pb = try b.search(q, scope: .all, limit: 50, offset: 0)
            XCTAssertEqual(pa.total, pb.total, text)
            XCTAssertEqual(Set(pa.items.map(\.articleID)), Set(pb.items.map(\.articleID)), text)
            XCTAssertEqual(try a.searchDays(q, scope: .all).map(\.count), try b.searchDays(q, scope: .all).map(\.count))
        }
        let hit = try XCTUnwrap(
            a.search(SearchQuery.parse("tanker"), scope: .articles, limit: 1, offset: 0).items.first)
        XCTAssertTrue(hit.snippet.unicodeScalars.contains(SearchHit.markStart), hit.snippet)
        XCTAssertGreaterThan(try a.revision(), 0)
    }

    /// `sources`, `watchlist`, `watch`, `digest` and `trending` on a PostgreSQL store: the watch
    /// tables are there, and a poll (of a port nothing listens on) is recorded in them.
    func testWatchCommandsRunOnPostgres() throws {
        let pg = try freshDatabase()
        var r = try runDossier(["sources", "add", "http://127.0.0.1:9/feed.xml", "--db", pg])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("1 added"), r.stderr)
        r = try runDossier(["watchlist", "add", "floods", "--keyword", "flood", "--db", pg])
        XCTAssertEqual(r.status, 0, r.stderr)
        r = try runDossier(["watch", "--once", "--db", pg])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stderr.contains("polled 1 (0 unchanged, 1 failed)"), r.stderr)
        r = try runDossier(["sources", "list", "--json", "--db", pg])
        XCTAssertEqual(r.status, 0, r.stderr)
        XCTAssertTrue(r.stdout.contains("127.0.0.1:9/feed.xml"), r.stdout)
        r = try runDossier(["watchlist", "list", "--db", pg])
        XCTAssertEqual(r.stdout, "floods\tkeyword\tflood\t0 alerts\t-\n")
        for args in [["digest", "--since", "24h"], ["trending"]] {
            r = try runDossier(args + ["--db", pg])
            XCTAssertEqual(r.status, 0, r.stderr)
        }
    }

    func testQueueNeedsPostgres() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try runDossier(["ingest", "--enqueue", Repo.samples, "--db", dir + "/x.sqlite"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.stderr.contains("needs a PostgreSQL database"), r.stderr)
    }

    /// 48 inputs: every sample three times, the plain-text ones changed a little per copy (so
    /// they are new articles) and the others verbatim (so workers meet the same article twice).
    func corpusCopies() throws -> String {
        let dir = try Repo.temporaryDirectory()
        let fm = FileManager.default
        let files = try XCTUnwrap(fm.enumerator(atPath: Repo.samples)?.allObjects as? [String])
            .filter { !$0.hasSuffix("/") && !isFolder(Repo.samples + "/" + $0) }.sorted()
        for copy in 0..<3 {
            for (k, f) in files.enumerated() {
                var data = try Data(contentsOf: URL(fileURLWithPath: Repo.samples + "/" + f))
                if f.hasSuffix(".txt") && copy > 0 { data.append(Data("\n\nCopy \(copy) of this report.\n".utf8)) }
                let ext = (f as NSString).pathExtension
                try data.write(to: URL(fileURLWithPath: "\(dir)/c\(copy)-\(k).\(ext)"))
            }
        }
        return dir
    }

    private func isFolder(_ p: String) -> Bool {
        var d: ObjCBool = false
        return FileManager.default.fileExists(atPath: p, isDirectory: &d) && d.boolValue
    }

    func testKilledWorkerLosesNothingAndDoublesNothing() throws {
        let corpus = try corpusCopies()
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        // The clean run: one worker, start to end.
        let clean = try freshDatabase()
        XCTAssertEqual(try runDossier(["ingest", "--enqueue", corpus, "--db", clean]).status, 0)
        let one = try runDossier(["worker", "--until-empty", "--db", clean, "--batch", "2"])
        XCTAssertEqual(one.status, 0, one.stderr)
        let expected = try PostgresStore(url: clean)
        XCTAssertEqual(try expected.queueCounts().done, 48)

        // Two workers; one is killed with SIGKILL once some batches are in, mid-way through another.
        let shared = try freshDatabase()
        XCTAssertEqual(try runDossier(["ingest", "--enqueue", corpus, "--db", shared]).status, 0)
        let store = try PostgresStore(url: shared)
        let args = ["worker", "--until-empty", "--db", shared, "--batch", "2", "--lease", "2", "--poll", "0.2"]
        let victim = try startDossier(args), survivor = try startDossier(args)
        let deadline = Date().addingTimeInterval(120)
        // Killed while it holds a claimed batch (a worker between batches holds nothing to lose).
        let victimJobs = "SELECT id FROM job WHERE state = 'leased' AND worker LIKE '%:\(victim.processIdentifier):%'"
        func victimHolds() throws -> Bool { try !store.withConnection { c in try c.exec(victimJobs).rows.isEmpty } }
        while try store.queueCounts().done < 6 || !victimHolds(), Date() < deadline { usleep(5_000) }
        kill(victim.processIdentifier, SIGKILL)
        victim.waitUntilExit()
        XCTAssertEqual(victim.terminationReason, .uncaughtSignal)
        let leftAtKill = try store.queueCounts()
        let held = try store.withConnection { c in try c.exec(victimJobs).rows.compactMap { $0.first ?? nil } }
        XCTAssertFalse(held.isEmpty, "the victim died holding a batch")
        survivor.waitUntilExit()
        XCTAssertEqual(survivor.terminationStatus, 0)
        let after = try store.queueCounts()
        XCTAssertEqual(after.done, 48, "every job done once the survivor exits (at the kill: \(leftAtKill))")
        XCTAssertEqual(after.failed, 0)
        for id in held {
            let attempts = try store.withConnection { c in
                try c.exec("SELECT attempts FROM job WHERE id = \(id) AND state = 'done'").firstValue
            }
            XCTAssertEqual(attempts, "2", "the killed worker's job \(id) was claimed again after its lease ran out")
        }
        XCTAssertEqual(try store.counts(), try expected.counts())
        let stories = try runDossier(["stories", "--db", shared]),
            cleanStories = try runDossier(["stories", "--db", clean])
        XCTAssertEqual(stories.stdout, cleanStories.stdout)
        XCTAssertFalse(stories.stdout.isEmpty)
    }

    /// A lease that ran out hands the job to another worker; the first worker's commit then fails
    /// and writes nothing.
    func testLostLeaseCommitsNothing() throws {
        let store = try PostgresStore(url: try freshDatabase())
        XCTAssertEqual(try store.enqueue(["/nonexistent/a.txt", "/nonexistent/b.txt"]), 2)
        XCTAssertEqual(try store.enqueue(["/nonexistent/a.txt"]), 0, "a queued input is not queued twice")
        let first = try store.claim(worker: "w1", limit: 2, lease: 1)
        XCTAssertEqual(first.map(\.input), ["/nonexistent/a.txt", "/nonexistent/b.txt"])
        XCTAssertTrue(try store.claim(worker: "w2", limit: 2, lease: 60).isEmpty, "leased jobs are skipped")
        usleep(1_200_000)
        let second = try store.claim(worker: "w2", limit: 2, lease: 60)
        XCTAssertEqual(second.map(\.id), first.map(\.id))
        XCTAssertEqual(second.map(\.attempts), [2, 2])
        let article = Article(id: "x1", source: "s", text: "Some text.")
        XCTAssertThrowsError(try store.complete(first, worker: "w1") { save in try save(article) }) { e in
            XCTAssertTrue(e is PostgresStore.LeaseLost, "\(e)")
        }
        XCTAssertEqual(try store.articleCount(), 0, "the lost batch's article was rolled back")
        XCTAssertEqual(try store.complete(second, worker: "w2") { save in try save(article) }.inserted, 1)
        XCTAssertEqual(try store.queueCounts().done, 2)
        XCTAssertEqual(try store.enqueue(["/nonexistent/a.txt"]), 1, "a done input can be queued again")
    }
}

/// Starts the `dossier` binary without waiting, its output discarded.
func startDossier(_ arguments: [String]) throws -> Process {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: Repo.binary)
    p.arguments = arguments
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    return p
}

import DossierModel
import DossierStore
import Foundation
import Testing

/// `stories --db` reads the store in passes (ids and times, then batches of articles, then one
/// story's articles at a time): the document is the one reading the whole store gives.
@Suite struct StoreInPassesTests {
    @Test func storiesReadInPassesEqualStoriesReadWhole() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/dossier.sqlite"
        #expect(try runDossier(["ingest", "--db", db, Repo.samples]).status == 0)
        let passes = try runDossier(["stories", "--db", db])
        let whole = try runDossier(["stories", "--db", db, "--whole-store"])
        #expect(passes.status == 0, "\(passes.stderr)")
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(passes.stdout.contains("\"stories\": [\n    {"))
        #expect(passes.stdout == whole.stdout)
    }

    /// `--level events` and `brief` read a store in passes too (the brief builds its story alone).
    @Test func eventsAndBriefsReadInPassesEqualThoseReadWhole() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/dossier.sqlite"
        #expect(try runDossier(["ingest", "--db", db, Repo.samples]).status == 0)
        let events = try runDossier(["stories", "--db", db, "--level", "events"])
        #expect(events.status == 0, "\(events.stderr)")
        #expect(events.stdout.contains("\"story\""))
        #expect(
            events.stdout == (try runDossier(["stories", "--db", db, "--level", "events", "--whole-store"])).stdout)
        let stories = try runDossier(["stories", "--db", db]).stdout
        // The second story's id: a brief of a story other than the largest.
        let ids = stories.components(separatedBy: "\n      \"id\": \"").dropFirst().map {
            $0.prefix(while: { $0 != "\"" })
        }
        #expect(ids.count >= 2)
        for args in [["--format", "json"], ["--story", String(ids.last ?? ""), "--format", "md"]] {
            let passes = try runDossier(["brief", "--db", db] + args)
            let whole = try runDossier(["brief", "--db", db, "--whole-store"] + args)
            #expect(passes.status == 0, "\(passes.stderr)")
            #expect(!passes.stdout.isEmpty)
            #expect(passes.stdout == whole.stdout)
        }
        let missing = try runDossier(["brief", "--db", db, "--story", "no-such-story"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no story with id no-such-story"))
    }

    @Test func anEmptyStoreGivesTheSameEmptyDocument() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/empty.sqlite"
        _ = try ArticleStore(path: db)
        let passes = try runDossier(["stories", "--db", db])
        let whole = try runDossier(["stories", "--db", db, "--whole-store"])
        #expect(passes.status == 0, "\(passes.stderr)")
        #expect(passes.stdout == whole.stdout)
    }

    @Test func articlesByIdAreTheStoredArticlesInTheOrderAsked() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/dossier.sqlite"
        #expect(try runDossier(["ingest", "--db", db, Repo.samples]).status == 0)
        let store = try ArticleStore(path: db)
        let all = try store.loadArticles()
        let times = try store.articleTimes()
        #expect(times.map(\.id) == all.map(\.id))
        #expect(times.map(\.published) == all.map(\.published))
        let ids = all.map(\.id).reversed() + ["no-such-article"]
        let back = try store.articles(ids: Array(ids))
        #expect(back.map(\.id) == all.reversed().map(\.id))
        #expect(back.map(\.text) == all.reversed().map(\.text))
        #expect(back.map(\.annotations) == all.reversed().map(\.annotations))
        #expect(try store.articles(ids: []).isEmpty)
    }
}

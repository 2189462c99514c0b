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

import DossierModel
import DossierStore
import Foundation
import Testing

@Suite struct StoreTests {
    @Test func ingestIsIdempotent() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/dossier.sqlite"
        let first = try runDossier(["ingest", "--db", db, Repo.samples])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("17 added, 0 replaced, 0 unchanged"))
        let counts = try ArticleStore(path: db).counts()
        let second = try runDossier(["ingest", "--db", db, Repo.samples])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 added, 0 replaced, 17 unchanged"))
        #expect(try ArticleStore(path: db).counts() == counts)
        #expect(counts["article"] == 17)
    }

    @Test func storedArticlesComeBackWhole() throws {
        let dir = try Repo.temporaryDirectory()
        let store = try ArticleStore(path: dir + "/s.sqlite")
        var a = Article(
            id: "a1", source: "x.txt", outlet: "Meridian Wire Service", title: "T",
            published: Timestamp(year: 2024, month: 3, day: 4, hour: 9, minute: 14, second: 0, utcOffsetMinutes: 0),
            text: "Ruske said 40 tonnes leaked on Sunday.", paragraphs: [Span(0, 38)], removed: ["ADVERTISEMENT"])
        a.annotations.sentences = [Span(0, 38)]
        a.annotations.entities = [
            Entity(
                name: "Anton Ruske", type: .person, aliases: ["Anton Ruske", "Ruske"],
                description: "the harbour master", mentions: [Span(0, 5)])
        ]
        a.annotations.quotes = [
            Quote(
                text: "40 tonnes leaked on Sunday", kind: .indirect, speaker: "Anton Ruske", cue: "said",
                span: Span(11, 37))
        ]
        a.annotations.amounts = [
            Amount(value: 40, unit: "tonnes", text: "40 tonnes", span: Span(11, 20), claimant: "Anton Ruske")
        ]
        a.annotations.dates = [TimeExpression(text: "Sunday", type: .date, value: "2024-03-03", span: Span(31, 37))]
        #expect(try store.save([a]) == ArticleStore.SaveReport(inserted: 1, replaced: 0, unchanged: 0))
        #expect(try store.save([a]) == ArticleStore.SaveReport(inserted: 0, replaced: 0, unchanged: 1))
        let back = try #require(try store.loadArticles().first)
        #expect(back.published == a.published)
        #expect(back.annotations == a.annotations)
        #expect(back.removed == ["ADVERTISEMENT"])
        a.text += " More."
        #expect(try store.save([a]) == ArticleStore.SaveReport(inserted: 0, replaced: 1, unchanged: 0))
        #expect(try store.counts()["entity"] == 1)
    }

    /// The same text from two inputs has one id: the copy from the input whose name sorts first
    /// is kept, whichever is stored first, so parallel writers give the same store.
    @Test func copiesKeepTheFirstInputInNameOrder() throws {
        let dir = try Repo.temporaryDirectory()
        let a = Article(id: "same", source: "a.txt", text: "Ruske said 40 tonnes leaked.")
        var b = a
        b.source = "b.txt"
        for (order, name) in [([a, b], "ab"), ([b, a], "ba")] {
            let store = try ArticleStore(path: dir + "/\(name).sqlite")
            for x in order { _ = try store.save([x]) }
            #expect(try store.loadArticles().map(\.source) == ["a.txt"], "stored in the order \(name)")
            #expect(try store.save([b]) == ArticleStore.SaveReport(inserted: 0, replaced: 0, unchanged: 1))
        }
    }

    @Test func storiesAndBriefReadFromTheDatabase() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/dossier.sqlite"
        #expect(try runDossier(["ingest", "--db", db, Repo.samples]).status == 0)
        let fromDB = try runDossier(["stories", "--db", db])
        let fromFiles = try runDossier(["stories", Repo.samples])
        #expect(fromDB.status == 0 && fromFiles.status == 0)
        let a = try JSONSerialization.jsonObject(with: Data(fromDB.stdout.utf8)) as! [String: Any]
        let b = try JSONSerialization.jsonObject(with: Data(fromFiles.stdout.utf8)) as! [String: Any]
        func memberships(_ doc: [String: Any]) -> Set<Set<String>> {
            Set(
                (doc["stories"] as! [[String: Any]]).map { s in
                    Set((s["articles"] as! [[String: Any]]).map { $0["id"] as! String })
                })
        }
        #expect(memberships(a) == memberships(b))
        let brief = try runDossier(["brief", "--db", db, "--format", "md"])
        #expect(brief.status == 0)
        #expect(brief.stdout.hasPrefix("# "))
    }
}

/// Stored JSON columns read back without a `JSONDecoder` per value must read as the decoder does.
@Suite struct StoredJSONTests {
    @Test func fastReadingAgreesWithTheDecoder() throws {
        let spans = ["[]", "[[0,5]]", "[[0,5],[6,10],[10,10]]", "[[12345678,12345679]]"]
        for s in spans {
            #expect(try StoredJSON.spans(s) == ArticleStore.decode([Span].self, s), "\(s)")
        }
        let strings = [
            "[]", "[\"a\"]", "[\"Ruske\",\"Mr. Ruske\"]", "[\"caf\u{e9} \u{1F600}\"]", "[\"a\\\"b\"]",
            "[\"x\\/y\"]", "[\"\"]", "[\"tab\\tend\",\"n\\u00e9\"]",
        ]
        for s in strings {
            #expect(try StoredJSON.strings(s) == ArticleStore.decode([String].self, s), "\(s)")
        }
        let stored = try ArticleStore.encode(["a/b", "quote \" here", "plain"])
        #expect(try StoredJSON.strings(stored) == ["a/b", "quote \" here", "plain"])
    }

    @Test func damagedColumnsStillThrow() {
        for s in [
            "", "[", "[[1,0]]", "[[1,2]", "[[-1,2]]", "[1,2]", "[[1,2]]x", "[[99999999999999999999,1]]",
        ] {
            #expect(throws: (any Error).self, "\(s)") { try StoredJSON.spans(s) }
        }
        for s in ["", "[", "[\"a\"", "[a]", "[\"a\"]x"] {
            #expect(throws: (any Error).self, "\(s)") { try StoredJSON.strings(s) }
        }
    }
}

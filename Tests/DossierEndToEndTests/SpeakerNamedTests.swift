import DossierModel
import DossierOutput
@testable import DossierPostgres
import DossierPostgresTestSupport
@testable import DossierStore
import Foundation
import GRDB
import Testing
import XCTest

/// A quote's speaker is a name or a description (`Quote.speakerNamed`): the flag is stored and read
/// back on both engines, and what treats speakers as people (person pages, search by person, the
/// brief's who's who) reads only names. Every sentence is invented.
enum SpeakerNamedFixture {
    static let text =
        "Ana Roy said the depot would close. A senior official said the buses would stop. Police said it was calm."

    static func span(_ needle: String) -> Span {
        let h = Array(text.unicodeScalars), n = Array(needle.unicodeScalars)
        for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n { return Span(i, i + n.count) }
        return Span(0, 0)
    }

    static var article: Article {
        var a = Article(
            id: "spk1", source: "spk.txt", outlet: "Wire", title: "Depot", text: text,
            paragraphs: [Span(0, text.unicodeScalars.count)])
        a.annotations.sentences = [Span(0, text.unicodeScalars.count)]
        a.annotations.entities = [
            Entity(name: "Ana Roy", type: .person, aliases: ["Ana Roy"], description: nil, mentions: [span("Ana Roy")]),
            Entity(
                name: "Police", type: .organization, aliases: ["Police"], description: nil, mentions: [span("Police")]),
        ]
        a.annotations.quotes = [
            Quote(
                text: "the depot would close", kind: .indirect, speaker: "Ana Roy", speakerNamed: true, cue: "said",
                span: span("the depot would close")),
            Quote(
                text: "the buses would stop", kind: .indirect, speaker: "A senior official", speakerNamed: false,
                speakerDescription: "a senior official", cue: "said", span: span("the buses would stop")),
            Quote(
                text: "it was calm", kind: .indirect, speaker: "Police", speakerNamed: false,
                speakerDescription: "police", cue: "said", span: span("it was calm")),
        ]
        return a
    }

    /// The round trip and the person queries every engine must give.
    static func check(_ store: any ArticleStoring) throws -> [String] {
        var problems: [String] = []
        let a = article
        if try store.save([a]) != ArticleStore.SaveReport(inserted: 1) { problems.append("first save") }
        if try store.save([a]) != ArticleStore.SaveReport(unchanged: 1) { problems.append("re-ingest not idempotent") }
        let back = try store.loadArticles().first
        if back?.annotations.quotes != a.annotations.quotes { problems.append("quotes differ after a round trip") }
        if back?.annotations.quotes.map(\.speakerNamed) != [true, false, false] { problems.append("flags") }
        if try store.quotes(by: "Ana Roy", aliases: [], limit: 10, offset: 0).total != 1 { problems.append("Roy") }
        for description in ["A senior official", "Police"]
        where try store.quotes(by: description, aliases: [], limit: 10, offset: 0).total != 0 {
            problems.append("\(description) has quotes as a person")
        }
        let byPerson = try store.search(
            SearchQuery.parse("person:official buses"), scope: .quotes, limit: 10, offset: 0)
        if byPerson.total != 0 { problems.append("search by person found a description") }
        return problems
    }
}

@Suite struct SpeakerNamedTests {
    @Test func sqliteKeepsTheFlag() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try ArticleStore(path: dir + "/s.sqlite")
        #expect(try SpeakerNamedFixture.check(store) == [])
    }

    /// A store written before the flag: its quotes had a speaker only when it was a name.
    @Test func rowsStoredBeforeTheFlagAreNamedWhenTheyHaveASpeaker() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/old.sqlite"
        let queue = try DatabaseQueue(path: path)
        try ArticleStore.migrator.migrate(queue, upTo: "v4-watch-spill")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (id, contentHash, source, text, removed, paragraphs, sentences)
                    VALUES ('old', 'h', 'old.txt', 'Ana Roy said no. An aide said yes.', '[]', '[[0,34]]', '[[0,34]]');
                    INSERT INTO quote (articleId, ordinal, text, kind, speaker, speakerDescription, cue, spanStart,
                      spanEnd) VALUES ('old', 0, 'no', 'indirect', 'Ana Roy', NULL, 'said', 13, 15),
                      ('old', 1, 'yes', 'indirect', NULL, 'an aide', 'said', 30, 33);
                    """)
        }
        try queue.close()
        let store = try ArticleStore(path: path)
        let quotes = try #require(try store.loadArticles().first).annotations.quotes
        #expect(quotes.map(\.speakerNamed) == [true, false])
        #expect(quotes.map(\.speaker) == ["Ana Roy", nil])
        #expect(try store.quotes(by: "ana roy", limit: 10, offset: 0).total == 1)
    }

    @Test func whoIsWhoListsOnlyNamedSpeakers() throws {
        let a = SpeakerNamedFixture.article
        let quotes = a.annotations.quotes.map {
            StoryQuote(
                text: $0.text, kind: $0.kind, speaker: $0.speaker, speakerNamed: $0.speakerNamed,
                speakerDescription: $0.speakerDescription, sources: [Citation(article: a.id, span: $0.span)])
        }
        let story = Story(
            id: "s", title: "Depot", articles: [ArticleRef(a)],
            entities: a.annotations.entities.map {
                StoryEntity(name: $0.name, type: $0.type, aliases: $0.aliases, description: nil, articles: [a.id])
            }, quotes: quotes)
        let brief = BriefBuilder.build(story)
        let who = try #require(brief.sections.first { $0.heading == "Who's who" }).lines.map(\.text)
        #expect(who.contains { $0.hasPrefix("Ana Roy") && $0.contains("the depot would close") })
        // "Police" is an organisation the story lists, but a description as speaker claims nothing for it.
        #expect(who.contains { $0.hasPrefix("Police") && !$0.contains("said:") })
        #expect(!who.contains { $0.contains("senior official") })
        let other = try #require(brief.sections.first { $0.heading == "Other quotes" }).lines.map(\.text)
        #expect(other.contains { $0.hasPrefix("A senior official: ") })
        #expect(other.contains { $0.hasPrefix("Police: ") })
    }
}

/// The same checks on PostgreSQL; skips without a server (`DOSSIER_TEST_POSTGRES`) except under CI.
final class PostgresSpeakerNamedTests: XCTestCase {
    func testPostgresKeepsTheFlag() throws {
        let store = try PostgresStore(url: try PostgresTestSchema.fresh(for: self, prefix: "spk"))
        XCTAssertEqual(try SpeakerNamedFixture.check(store), [])
    }

    /// A database written before the flag: `v5-speaker-named` marks its quotes named when they have a speaker.
    func testRowsStoredBeforeTheFlagAreNamedWhenTheyHaveASpeaker() throws {
        let url = try PostgresTestSchema.fresh(for: self, prefix: "spk")
        do {
            let c = try PGConnection(url, location: "test")
            _ = try c.exec("CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for m in PostgresSchema.migrations where m.id != ArticleStore.speakerNamedMigration.id {
                try c.execScript(m.sql)
                _ = try c.exec("INSERT INTO grdb_migrations (identifier) VALUES ($1)", [.text(m.id)])
            }
            try c.execScript(
                """
                INSERT INTO article (id, contentHash, source, text, removed, paragraphs, sentences)
                VALUES ('old', 'h', 'old.txt', 'Ana Roy said no. An aide said yes.', '[]', '[[0,34]]', '[[0,34]]');
                INSERT INTO quote (articleId, ordinal, text, kind, speaker, speakerDescription, cue, spanStart, spanEnd)
                VALUES ('old', 0, 'no', 'indirect', 'Ana Roy', NULL, 'said', 13, 15),
                  ('old', 1, 'yes', 'indirect', NULL, 'an aide', 'said', 30, 33);
                """)
        }
        let store = try PostgresStore(url: url)
        let quotes = try XCTUnwrap(try store.loadArticles().first).annotations.quotes
        XCTAssertEqual(quotes.map(\.speakerNamed), [true, false])
        XCTAssertEqual(try store.quotes(by: "ana roy", aliases: [], limit: 10, offset: 0).total, 1)
    }
}

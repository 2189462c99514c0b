import DossierModel
import DossierStore
import Foundation
import Testing

/// The write path's shortcuts give what the plain one gave: spans encoded by hand as
/// `JSONEncoder` writes them, one hash and one set of rows per prepared article, and annotation
/// rows inserted several to a statement coming back whole and in order.
@Suite struct StoreWriteBatchTests {
    @Test func spansEncodeAsJSONEncoderWritesThem() throws {
        let cases: [[Span]] = [
            [], [Span(0, 0)], [Span(0, 38), Span(39, 120)], (0..<50).map { Span($0 * 7, $0 * 7 + 1_000_003) },
        ]
        for spans in cases {
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys]
            let expected = String(decoding: try enc.encode(spans), as: UTF8.self)
            #expect(ArticleStore.encode(spans) == expected)
        }
    }

    /// An article with more annotations than one multi-row insert carries, and a remainder.
    static func crowded(id: String = "c1", source: String = "c.txt") -> Article {
        let words = (0..<37).map { "Name\($0)" }
        let text = words.joined(separator: " ") + "."
        var a = Article(
            id: id, source: source, title: "Crowded", text: text, paragraphs: [Span(0, text.unicodeScalars.count)])
        a.annotations.sentences = [Span(0, text.unicodeScalars.count)]
        var at = 0
        for (k, w) in words.enumerated() {
            let span = Span(at, at + w.unicodeScalars.count)
            a.annotations.entities.append(
                Entity(
                    name: w, type: k % 2 == 0 ? .person : .organization, aliases: [w], description: nil,
                    mentions: [span]))
            a.annotations.dates.append(TimeExpression(text: w, type: .date, value: "2024-01-\(k % 28 + 1)", span: span))
            at = span.end + 1
        }
        return a
    }

    @Test func preparedArticleHasTheHashAndRowsOfThePlainPath() throws {
        let a = Self.crowded()
        let prepared = try PreparedArticle(a)
        let hash = try ArticleStore.contentHash(a)
        #expect(prepared.hash == hash)
        let plain = try StoredRows.of(a, hash: hash)
        #expect(prepared.tables.map(\.table) == plain.map(\.table))
        #expect(prepared.tables.map(\.rows) == plain.map(\.rows))
    }

    @Test func manyAnnotationRowsComeBackWholeAndInOrder() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try ArticleStore(path: dir + "/s.sqlite")
        let a = Self.crowded(), b = Self.crowded(id: "c2", source: "d.txt")
        #expect(try store.save([a, b]) == ArticleStore.SaveReport(inserted: 2))
        #expect(try store.counts()["entity"] == 74)
        #expect(try store.counts()["timex"] == 74)
        let back = try #require(try store.article(id: "c1"))
        #expect(back.annotations == a.annotations)
        #expect(try store.save([a, b]) == ArticleStore.SaveReport(unchanged: 2))
        // The same id twice in one transaction: the second is compared with the first.
        var changed = a
        changed.title = "Crowded, revised"
        #expect(try store.save([changed, changed]) == ArticleStore.SaveReport(replaced: 1, unchanged: 1))
        #expect(try store.article(id: "c1")?.title == "Crowded, revised")
        #expect(try store.counts()["entity"] == 74)
    }
}

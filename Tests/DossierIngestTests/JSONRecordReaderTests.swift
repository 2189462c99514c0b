import DossierIngest
import DossierModel
import Foundation
import Testing

@Suite struct JSONRecordReaderTests {
    @Test func newsPleaseFieldNames() throws {
        let line =
            #"{"title": "Exporters warn", "maintext": "Exporters warned on Tuesday.", "date_publish": "2024-03-20 "#
            + #"14:05:00", "source_domain": "lowlandledger.com", "url": "https://lowlandledger.com/a", "#
            + #""authors": ["Priya Vantongeren", "Ola Berg"]}"#
        let d = try JSONRecordReader.document(line: Array(line.utf8), source: "f.jsonl:3").get()
        #expect(d.article.title == "Exporters warn")
        #expect(d.article.published?.iso8601 == "2024-03-20T14:05:00")
        #expect(d.article.outlet == "lowlandledger.com")
        #expect(d.article.byline == "Priya Vantongeren, Ola Berg")
        #expect(d.article.source == "f.jsonl:3")
        guard case .plainText(let text) = d.body else { Issue.record("expected plain text"); return }
        #expect(text == "Exporters warned on Tuesday.")
    }

    @Test func theRecordIdIsKeptAndNumbersAreAccepted() throws {
        let a = try JSONRecordReader.document(line: Array(#"{"id": "hl-1", "text": "x"}"#.utf8), source: "s").get()
        #expect(a.article.id == "hl-1")
        let b = try JSONRecordReader.document(line: Array(#"{"id": 42, "text": "x"}"#.utf8), source: "s").get()
        #expect(b.article.id == "42")
    }

    @Test func problemsAreOneLineEach() {
        for (line, problem) in [
            (#"{"id": "x", "text": "#, "malformed JSON"),
            (#"{"id": "x", "url": "u"}"#, "record has no text"),
            (#"[1, 2]"#, "expected a JSON object"),
        ] {
            guard case .failure(let e) = JSONRecordReader.document(line: Array(line.utf8), source: "r.jsonl:7") else {
                Issue.record("expected a failure for \(line)"); continue
            }
            #expect(e.description.hasPrefix("r.jsonl:7: "))
            #expect(e.problem.contains(problem))
            #expect(!e.description.contains("\n"))
        }
    }

    @Test func aJSONArrayFileHoldsManyRecords() {
        let file = #"[{"id": "a", "text": "One."}, {"id": "b", "text": "Two."}]"#
        let results = JSONRecordReader.documents(fromFile: Array(file.utf8), path: "two.json")
        #expect(results.compactMap { try? $0.get().article.id } == ["a", "b"])
    }
}

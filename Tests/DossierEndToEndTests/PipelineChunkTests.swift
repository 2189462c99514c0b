import DossierModel
import DossierPipeline
import Foundation
import Testing

/// What the pipeline cleans does not depend on how it batches its work.
@Suite struct PipelineChunkTests {
    /// Twelve reports of one outlet stamped with the same menu and footer, then an error line and
    /// a report of another outlet: every batch size gives the same records and the same errors.
    @Test func recurringLinesDoNotDependOnTheChunkSize() throws {
        let dir = try Repo.temporaryDirectory()
        let stories = [
            "harbour", "tanker", "pilot", "crane", "berth", "dredger", "ferry", "quay", "tug", "lock",
            "buoy", "jetty",
        ]
        var lines: [String] = []
        for (k, word) in stories.enumerated() {
            let body =
                "Ports | Shipping | Logistics\n\nThe \(word) story changed on day \(k + 1) as officials said "
                + "the \(word) work would go on through the week.\n\nSubscribe for the daily port report"
            let record = ["id": "r\(k)", "outlet": "harbourline.com", "text": body]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record), as: UTF8.self))
        }
        lines.insert("{not json", at: 7)
        lines.append(
            #"{"id": "other", "outlet": "other.com", "text": "Ports | Shipping | Logistics\n\nA quay story."}"#)
        let path = dir + "/reports.jsonl"
        try Data(lines.joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))

        func run(chunk: Int) -> (texts: [String], errors: [String]) {
            var p = Pipeline()
            p.chunkSize = chunk
            let (articles, errors) = p.collect([.file(path)])
            return (articles.map { "\($0.id): \($0.text)" }, errors.map(\.problem))
        }
        let reference = run(chunk: 64)
        #expect(reference.texts.count == 13 && reference.errors.count == 1)
        // Every report of the outlet loses its template lines, the first and the last included.
        for text in reference.texts.prefix(12) {
            #expect(!text.contains("Ports | Shipping") && !text.contains("Subscribe"), "\(text)")
        }
        #expect(reference.texts.last?.contains("Ports | Shipping") == true, "another outlet's lines are its own")
        for chunk in [1, 2, 5, 7] {
            let other = run(chunk: chunk)
            #expect(other.texts == reference.texts, "chunk size \(chunk)")
            #expect(other.errors == reference.errors, "chunk size \(chunk)")
        }
    }
}

import DossierIngest
import DossierModel
import Foundation
import Testing

/// `DocumentStream` reads HTML files a few at a time to make their ids side by side: what comes out,
/// and in which order, must be what reading the files one by one gives.
@Suite struct DocumentStreamTests {
    private func page(_ n: Int) -> [UInt8] {
        Array(
            ("<html><head><title>Harbour \(n)</title></head><body><p>The ferry left at dawn \(n) and came "
                + String(repeating: "back ", count: n * 7) + "at dusk.</p></body></html>").utf8)
    }

    /// Each item as one comparable line: the document's id, source and body size, or the failure.
    private func line(_ item: Result<RawDocument, InputError>) -> String {
        switch item {
        case .success(let doc):
            var size = -1
            if case .html(let bytes, _) = doc.body { size = bytes.count }
            if case .plainText(let text) = doc.body { size = text.utf8.count }
            return "ok \(doc.article.id) \(doc.article.source) \(size) \(doc.warnings.count)"
        case .failure(let e):
            return "failed \(e.input): \(e.problem)"
        }
    }

    @Test func pagesReadAheadComeOutAsIfReadOneByOne() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var files: [(String, [UInt8])] = (0..<11).map { ("p\($0).html", page($0)) }
        files.insert(("notes.txt", Array("A plain note about the harbour, long enough to read.\n".utf8)), at: 3)
        files.insert(("empty.html", []), at: 5)
        files.insert(("blank.html", Array("  \n ".utf8)), at: 6)
        let feed =
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title><item><title>One</title>"
            + "<link>https://example.org/1</link><description>First item.</description></item></channel></rss>"
        files.insert(("feed.html", Array(feed.utf8)), at: 9)
        var locations: [InputLocation] = []
        for (name, bytes) in files {
            let path = dir.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            locations.append(.file(path))
        }
        locations.insert(.file(dir.appendingPathComponent("missing.html").path), at: 4)

        let oneByOne = locations.flatMap { Array(DocumentReader.read($0)).map(line) }
        let streamed = Array(DocumentStream(locations)).map(line)
        #expect(streamed == oneByOne)
        // Every page got the id of its own bytes.
        for (name, bytes) in files where name.hasPrefix("p") {
            let id = ContentID.make(bytes: bytes, url: nil)
            #expect(streamed.contains { $0.hasPrefix("ok \(id) ") && $0.contains("/\(name) ") })
        }
        #expect(streamed.count == oneByOne.count && streamed.count >= 14)
    }
}

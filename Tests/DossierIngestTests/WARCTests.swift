import DossierIngest
import DossierModel
import Foundation
import Testing

/// Builds small WARC files from invented records.
private enum WARCFixture {
    static func record(type: String, uri: String?, id: String, contentType: String, block: [UInt8]) -> [UInt8] {
        var h =
            "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(id)>\r\nWARC-Date: 2024-03-05T10:00:00Z\r\n"
        if let uri { h += "WARC-Target-URI: \(uri)\r\n" }
        h += "Content-Type: \(contentType)\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(h.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static func response(
        _ uri: String, id: String, headers: [String], body: [UInt8], status: String = "200 OK"
    ) -> [UInt8] {
        let http = Array(("HTTP/1.1 \(status)\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
        return record(
            type: "response", uri: uri, id: id, contentType: "application/http; msgtype=response", block: http)
    }

    static func page(_ sentence: String) -> [UInt8] {
        Array("<html><head><title>t</title></head><body><article><p>\(sentence)</p></article></body></html>".utf8)
    }

    static func chunked(_ b: [UInt8], size: Int) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            let n = min(size, b.count - i)
            out += Array((String(n, radix: 16) + ";ext=1\r\n").utf8) + b[i..<(i + n)] + Array("\r\n".utf8)
            i += n
        }
        return out + Array("0\r\n\r\n".utf8)
    }

    static func write(_ bytes: [UInt8], name: String) -> String {
        let path = NSTemporaryDirectory() + "dossier-warc-\(UUID().uuidString)-\(name)"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    /// warcinfo, a plain HTML response, a chunked+gzip one, a redirect, an image, a request, a resource page.
    static var archive: [[UInt8]] {
        let s1 = "The harbour reopened on Tuesday after a week of repairs to the northern quay."
        let s2 = "Fishermen said the catch had been poor all winter but the spring looked better."
        let s3 = "The museum will show the restored lighthouse lens from the first of May onwards."
        return [
            record(
                type: "warcinfo", uri: nil, id: "0", contentType: "application/warc-fields",
                block: Array("software: test\r\n".utf8)),
            response(
                "https://news.example/2024/03/05/harbour", id: "1", headers: ["Content-Type: text/html; charset=utf-8"],
                body: page(s1)),
            response(
                "https://news.example/fish", id: "2",
                headers: ["Content-Type: text/html", "Transfer-Encoding: chunked", "Content-Encoding: gzip"],
                body: chunked(Gzip.compress(page(s2)), size: 17)),
            response(
                "https://news.example/old", id: "3",
                headers: ["Location: https://news.example/new", "Content-Type: text/html"], body: page("Moved."),
                status: "301 Moved Permanently"),
            response(
                "https://news.example/logo.png", id: "4", headers: ["Content-Type: image/png"],
                body: [0x89, 0x50, 0x4E, 0x47]),
            record(
                type: "request", uri: "https://news.example/fish", id: "5",
                contentType: "application/http; msgtype=request", block: Array("GET /fish HTTP/1.1\r\n\r\n".utf8)),
            record(
                type: "resource", uri: "https://news.example/lens", id: "6", contentType: "text/html; charset=utf-8",
                block: page(s3)),
        ]
    }
}

@Suite struct WARCTests {
    private func read(_ path: String) -> (docs: [RawDocument], errors: [InputError]) {
        var docs: [RawDocument] = []
        var errors: [InputError] = []
        for r in WARCReader(path: path) {
            switch r {
            case .success(let d): docs.append(d)
            case .failure(let e): errors.append(e)
            }
        }
        return (docs, errors)
    }

    private func body(_ d: RawDocument) -> String {
        guard case .html(let b, _) = d.body else { return "" }
        return String(decoding: b, as: UTF8.self)
    }

    @Test func plainWARCYieldsOnlyHTMLPages() {
        let path = WARCFixture.write(WARCFixture.archive.flatMap { $0 }, name: "a.warc")
        let (docs, errors) = read(path)
        #expect(errors.isEmpty)
        #expect(
            docs.map(\.article.url) == [
                "https://news.example/2024/03/05/harbour", "https://news.example/fish", "https://news.example/lens",
            ])
        #expect(docs.map(\.article.source) == ["\(path)#2", "\(path)#3", "\(path)#7"])
        #expect(docs[0].article.id == ContentID.make("<urn:uuid:1>"))
        #expect(docs[0].article.outlet == "news.example")
        // Chunked transfer and gzip content encoding are undone.
        #expect(body(docs[1]).contains("Fishermen said the catch had been poor all winter"))
        if case .html(_, let charset) = docs[0].body { #expect(charset == "utf-8") }
        // Reading again gives the same ids.
        #expect(read(path).docs.map(\.article.id) == docs.map(\.article.id))
    }

    @Test func gzipPerRecordGivesTheSameDocuments() {
        let plain = read(WARCFixture.write(WARCFixture.archive.flatMap { $0 }, name: "b.warc"))
        let gz = read(WARCFixture.write(WARCFixture.archive.flatMap { Gzip.compress($0) }, name: "b.warc.gz"))
        #expect(gz.errors.isEmpty)
        #expect(gz.docs.map(\.article.id) == plain.docs.map(\.article.id))
        #expect(gz.docs.map(body) == plain.docs.map(body))
    }

    @Test func truncatedFileKeepsEarlierRecordsAndReportsOnce() {
        let members = WARCFixture.archive.map { Gzip.compress($0) }
        var bytes = members[0..<6].flatMap { $0 }
        bytes += members[6].prefix(members[6].count / 2)
        let (docs, errors) = read(WARCFixture.write(bytes, name: "c.warc.gz"))
        #expect(docs.count == 2)
        #expect(errors.count >= 1)
        #expect(errors.allSatisfy { $0.description.contains("c.warc.gz") })
        // Truncated uncompressed: the record cut mid-block is reported.
        let raw = WARCFixture.archive.flatMap { $0 }
        let (docs2, errors2) = read(WARCFixture.write(Array(raw.prefix(raw.count - 60)), name: "d.warc"))
        #expect(docs2.count == 3)
        #expect(errors2.count == 1 && errors2[0].problem.contains("file ends inside record 7"))
    }

    @Test func damageBetweenRecordsIsSkipped() {
        let recs = WARCFixture.archive
        // Garbage lines between records, and a record without Content-Length.
        var bytes = recs[0] + recs[1] + Array("this line is not a WARC header\r\nneither is this\r\n".utf8)
        bytes += Array("WARC/1.0\r\nWARC-Type: response\r\n\r\n".utf8)
        bytes += recs[2] + recs[6]
        let (docs, errors) = read(WARCFixture.write(bytes, name: "e.warc"))
        #expect(docs.count == 3)
        #expect(errors.count == 2)
        // Garbage between gzip members: the next member is found again.
        let gz = Gzip.compress(recs[1]) + Array("JUNKJUNKJUNK".utf8) + Gzip.compress(recs[2])
        let (docs3, errors3) = read(WARCFixture.write(gz, name: "f.warc.gz"))
        #expect(docs3.count == 2)
        #expect(errors3.count == 1 && errors3[0].problem.contains("damaged gzip"))
    }

    @Test func notAWARCIsOneError() {
        let (docs, errors) = read(WARCFixture.write(Array("just some text\n".utf8), name: "g.warc"))
        #expect(docs.isEmpty)
        #expect(errors.count == 1 && errors[0].problem.contains("not a WARC file"))
        let (_, missing) = read("/nonexistent/dir/x.warc")
        #expect(missing.count == 1)
    }
}

import DossierIngest
import DossierModel
import Foundation
import Testing

@Suite struct GzipTests {
    private let text = Array("The ferry left at dawn and returned at dusk, as it had for forty years.\n".utf8)

    @Test func roundTrip() throws {
        let gz = Gzip.compress(text)
        #expect(Gzip.isGzip(gz))
        #expect(try Gzip.decompress(gz, limit: 1 << 20) == text)
    }

    @Test func everyMemberIsRead() throws {
        let second = Array("A second member follows the first.\n".utf8)
        let both = Gzip.compress(text) + Gzip.compress(second)
        #expect(try Gzip.decompress(both, limit: 1 << 20) == text + second)
        // Zero padding after the last member is tolerated.
        #expect(try Gzip.decompress(both + [0, 0, 0, 0], limit: 1 << 20) == text + second)
    }

    @Test func theSizeCapHolds() {
        let big = [UInt8](repeating: 0x61, count: 1 << 20)
        let gz = Gzip.compress(big)
        #expect(gz.count < 10_000)
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(gz, limit: 1000) }
    }

    @Test func aTruncatedMemberYieldsWhatItHeld() throws {
        let long = [UInt8]((0..<20_000).map { UInt8(0x41 + $0 % 26) })
        let gz = Gzip.compress(long)
        let cut = Array(gz.prefix(gz.count / 2))
        let out = try Gzip.decompress(cut, limit: 1 << 20)
        #expect(!out.isEmpty && out.count < long.count)
        #expect(Array(long.prefix(out.count)) == out)
    }

    @Test func garbageIsAnError() {
        // A gzip header followed by a deflate block of the reserved type 3.
        #expect(throws: Gzip.Failure.self) {
            try Gzip.decompress(
                [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x07, 0x00, 0x00], limit: 100)
        }
    }

    @Test func rawAndZlibDeflate() throws {
        // zlib-wrapped "hello hello hello" (as `Content-Encoding: deflate` should be) and the same stream raw.
        let zlibWrapped: [UInt8] = [
            0x78, 0x9C, 0xCB, 0x48, 0xCD, 0xC9, 0xC9, 0x57, 0xC8, 0x40, 0x90, 0x00, 0x3A, 0x2E, 0x06, 0x7D,
        ]
        #expect(try Gzip.inflateDeflate(zlibWrapped, limit: 100) == Array("hello hello hello".utf8))
        let raw = Array(zlibWrapped[2..<(zlibWrapped.count - 4)])
        #expect(try Gzip.inflateDeflate(raw, limit: 100) == Array("hello hello hello".utf8))
    }
}

/// Files read whole (`WholeFile`: libdeflate for clean gzip, the zlib stream for anything else) read
/// as the stream always read them.
@Suite struct WholeFileTests {
    private let page = Array(
        ("<html><head><title>Harbour</title></head><body><p>The ferry left at dawn and returned at dusk, "
            + "as it had for forty years.</p></body></html>").utf8)

    private func write(_ bytes: [UInt8], name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("wholefile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func readOne(_ path: String) -> RawDocument? {
        let results = Array(DocumentReader.read(.file(path)))
        guard results.count == 1, case .success(let doc) = results[0] else { return nil }
        return doc
    }

    private func body(_ doc: RawDocument?) -> [UInt8]? {
        guard case .html(let bytes, _)? = doc?.body else { return nil }
        return bytes
    }

    @Test func aGzipPageReadsAsThePlainOne() throws {
        let plain = readOne(try write(page, name: "p.html"))
        let zipped = readOne(try write(Gzip.compress(page), name: "p.html.gz"))
        #expect(body(plain) == page)
        #expect(body(zipped) == page)
        // The content id is over the page's bytes, whatever the file's compression.
        #expect(plain?.article.id != nil && plain?.article.id == zipped?.article.id)
        #expect(zipped?.warnings.isEmpty == true)
    }

    @Test func everyMemberAndZeroPadding() throws {
        let half = page.count / 2
        let members = Gzip.compress(Array(page[..<half])) + Gzip.compress(Array(page[half...])) + [0, 0, 0]
        let doc = readOne(try write(members, name: "m.html.gz"))
        #expect(body(doc) == page)
        #expect(doc?.warnings.isEmpty == true)
    }

    @Test func aTruncatedFileKeepsItsWarning() throws {
        let long = Array(
            (String(decoding: page, as: UTF8.self)
                + (0..<400).map { "<p>Paragraph \($0) of the report, told at length.</p>" }.joined()).utf8)
        let gz = Gzip.compress(long)
        let doc = readOne(try write(Array(gz.prefix(gz.count / 2)), name: "cut.html.gz"))
        let bytes = body(doc) ?? []
        #expect(!bytes.isEmpty && bytes.count < long.count && Array(long.prefix(bytes.count)) == bytes)
        #expect(doc?.warnings.contains { $0.problem.contains("truncated gzip data") } == true)
    }

    @Test func aPageOverTheLimitIsStillRefused() throws {
        var limits = InputLimits()
        limits.inputBytes = page.count - 1
        for (bytes, name) in [(page, "big.html"), (Gzip.compress(page), "big.html.gz")] {
            let results = Array(DocumentReader.read(.file(try write(bytes, name: name)), limits: limits))
            guard results.count == 1, case .failure(let e) = results[0] else {
                Issue.record("expected one failure for \(name)")
                continue
            }
            #expect(e.problem.contains("--max-input-bytes"))
        }
    }
}

import DossierIngest
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

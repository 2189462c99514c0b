import DossierModel
import Testing

@Suite struct ContentIDTests {
    /// FNV-1a 64 the plain way: the URL, a U+001F separator, then the bytes.
    private func reference(_ bytes: [UInt8], url: String?) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in Array((url ?? "").utf8) + [0x1f] + bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    @Test func pageIDsAreStable() {
        #expect(ContentID.make(bytes: [UInt8](), url: nil) == reference([], url: nil))
        #expect(
            ContentID.make(bytes: Array("<p>x</p>".utf8), url: "https://example.org/a")
                == reference(
                    Array("<p>x</p>".utf8), url: "https://example.org/a"))
    }

    @Test func pagesHashedSideBySideGetTheirOwnIDs() {
        // Lengths around the four- and two-lane loops' hand-overs: empty pages, equal lengths, one
        // long page left alone at the end, and more pages than lanes.
        var random = SplitMix(seed: 7)
        let lengths = [0, 1, 7, 8, 9, 100, 100, 0, 3, 1000, 5, 64, 65, 2, 4096, 1]
        let pages: [(bytes: [UInt8], url: String?)] = lengths.enumerated().map { i, n in
            ((0..<n).map { _ in UInt8(truncatingIfNeeded: random.next()) }, i % 3 == 0 ? nil : "https://x.test/\(i)")
        }
        for count in [0, 1, 2, 3, 4, 5, 8, pages.count] {
            let batch = Array(pages.prefix(count))
            let ids = ContentID.make(pages: batch)
            #expect(ids.count == batch.count)
            for (page, id) in zip(batch, ids) {
                #expect(id == reference(page.bytes, url: page.url))
                #expect(id == ContentID.make(bytes: page.bytes, url: page.url))
            }
        }
    }
}

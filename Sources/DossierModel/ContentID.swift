/// Content-addressed ids, so that ingesting the same input twice yields the same rows.
public enum ContentID {
    /// A 16-hex-digit FNV-1a 64 hash of the given parts, separated so that ("ab","c") ≠ ("a","bc").
    public static func make(_ parts: String?...) -> String {
        var h = FNV1a.basis
        for part in parts {
            mix(&h, (part ?? "").utf8)
            mix(&h, CollectionOfOne(0x1f))
        }
        return hex(h)
    }

    /// The id of raw bytes (a page as fetched), with an optional URL.
    public static func make(bytes: some Sequence<UInt8>, url: String?) -> String {
        var h = FNV1a.basis
        mix(&h, (url ?? "").utf8)
        mix(&h, CollectionOfOne(0x1f))
        mix(&h, bytes)
        return hex(h)
    }

    /// The ids of several pages at once, each the same as `make(bytes:url:)` gives it.
    ///
    /// Why: FNV-1a folds one byte per multiply, and each multiply waits for the one before it
    /// (its latency, some four cycles a byte), while the core could start one multiply every
    /// cycle. Four pages hashed side by side in one loop keep four independent chains in flight;
    /// a lane whose page ends takes the next page, so lanes idle only at the end of the batch.
    public static func make(pages: [(bytes: [UInt8], url: String?)]) -> [String] {
        var states = pages.map { page -> UInt64 in
            var h = FNV1a.basis
            mix(&h, (page.url ?? "").utf8)
            mix(&h, CollectionOfOne(0x1f))
            return h
        }
        hashSideBySide(pages.map(\.bytes), into: &states)
        return states.map(hex)
    }

    /// One lane of `hashSideBySide`: a page (by index), how far it is hashed, and its state.
    private struct Lane {
        var page: Int
        var at: Int
        var h: UInt64
    }

    /// Folds each page into its state, four pages at a time in one loop (then two, then one).
    private static func hashSideBySide(_ pages: [[UInt8]], into states: inout [UInt64]) {
        var nextPage = 0
        /// A lane for the next page that has bytes (an empty page keeps its state as it is).
        func take() -> Lane? {
            while nextPage < pages.count {
                let i = nextPage
                nextPage += 1
                if !pages[i].isEmpty { return Lane(page: i, at: 0, h: states[i]) }
            }
            return nil
        }
        func left(_ l: Lane) -> Int { pages[l.page].count - l.at }
        var lanes: [Lane] = []
        while lanes.count < 4, let lane = take() { lanes.append(lane) }
        while lanes.count >= 2 {
            let active = lanes.count >= 4 ? 4 : 2
            var n = left(lanes[0])
            for l in 1..<active { n = min(n, left(lanes[l])) }
            if active == 4 {
                let (a, b, c, d) = (lanes[0], lanes[1], lanes[2], lanes[3])
                var h0 = a.h, h1 = b.h, h2 = c.h, h3 = d.h
                pages[a.page].withUnsafeBufferPointer { p0 in
                    pages[b.page].withUnsafeBufferPointer { p1 in
                        pages[c.page].withUnsafeBufferPointer { p2 in
                            pages[d.page].withUnsafeBufferPointer { p3 in
                                for k in 0..<n {
                                    h0 = FNV1a.step(h0, UInt64(p0[a.at &+ k]))
                                    h1 = FNV1a.step(h1, UInt64(p1[b.at &+ k]))
                                    h2 = FNV1a.step(h2, UInt64(p2[c.at &+ k]))
                                    h3 = FNV1a.step(h3, UInt64(p3[d.at &+ k]))
                                }
                            }
                        }
                    }
                }
                lanes[0].h = h0
                lanes[1].h = h1
                lanes[2].h = h2
                lanes[3].h = h3
            } else {
                let (a, b) = (lanes[0], lanes[1])
                var h0 = a.h, h1 = b.h
                pages[a.page].withUnsafeBufferPointer { p0 in
                    pages[b.page].withUnsafeBufferPointer { p1 in
                        for k in 0..<n {
                            h0 = FNV1a.step(h0, UInt64(p0[a.at &+ k]))
                            h1 = FNV1a.step(h1, UInt64(p1[b.at &+ k]))
                        }
                    }
                }
                lanes[0].h = h0
                lanes[1].h = h1
            }
            for l in 0..<active { lanes[l].at += n }
            // From the last lane down, so that removing one leaves the others in their places.
            for l in stride(from: active - 1, through: 0, by: -1) where left(lanes[l]) == 0 {
                states[lanes[l].page] = lanes[l].h
                if let next = take() { lanes[l] = next } else { lanes.remove(at: l) }
            }
        }
        for lane in lanes {
            var h = lane.h
            pages[lane.page].withUnsafeBufferPointer { p in
                for k in lane.at..<p.count { h = FNV1a.step(h, UInt64(p[k])) }
            }
            states[lane.page] = h
        }
    }

    private static func mix(_ h: inout UInt64, _ bytes: some Sequence<UInt8>) {
        // Callers in other modules reach this unspecialised: hash contiguous bytes through a
        // buffer, not through the generic iterator (which cost a whole page's extraction time).
        let hashed: UInt64? = bytes.withContiguousStorageIfAvailable { buffer in
            var x = h
            for b in buffer {
                x = FNV1a.step(x, UInt64(b))
            }
            return x
        }
        if let hashed { h = hashed; return }
        for b in bytes {
            h = FNV1a.step(h, UInt64(b))
        }
    }

    private static func hex(_ h: UInt64) -> String {
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

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

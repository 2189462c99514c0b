/// Content-addressed ids, so that ingesting the same input twice yields the same rows.
public enum ContentID {
    /// A 16-hex-digit FNV-1a 64 hash of the given parts, separated so that ("ab","c") ≠ ("a","bc").
    public static func make(_ parts: String?...) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in parts {
            for b in (part ?? "").utf8 {
                h ^= UInt64(b)
                h &*= 0x0000_0100_0000_01b3
            }
            h ^= 0x1f
            h &*= 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

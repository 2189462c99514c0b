/// A set of words answered "maybe" or "no" from their first byte and length, so that the tokens of
/// an article (most of them in no word list) are passed over without hashing. False positives are
/// then settled by the real set; there are no false negatives.
struct WordFilter {
    private var bits = [UInt64](repeating: 0, count: 32)

    init() {}

    init<S: Sequence>(_ words: S) where S.Element == String {
        for w in words { insert(w) }
    }

    @inline(__always)
    private static func slot(_ w: String) -> Int {
        let u = w.utf8
        let first = Int(u.first ?? 0) & 0x3F
        return first << 5 | min(u.count, 31)
    }

    mutating func insert(_ w: String) {
        let i = WordFilter.slot(w)
        bits[i >> 6] |= 1 << UInt64(i & 63)
    }

    @inline(__always)
    func mayContain(_ w: String) -> Bool {
        let i = WordFilter.slot(w)
        return bits[i >> 6] & (1 << UInt64(i & 63)) != 0
    }
}

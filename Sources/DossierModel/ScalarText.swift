/// An article text held as an array of Unicode scalars, so that spans index it in O(1).
///
/// Hot loops in the language stages walk `scalars` directly; `Character` iteration is
/// 20–30× slower on Linux.
public struct ScalarText: Sendable {
    /// The text as given.
    public let string: String
    /// The text's Unicode scalars: element k is span offset k.
    public let scalars: [Unicode.Scalar]

    /// Reads the string's scalars once (O(n) time and four bytes a scalar).
    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    /// Length in Unicode scalars: the largest offset a span of this text may end at.
    public var count: Int { scalars.count }

    /// The text a span covers. Clamped to the text: a span that does not fit yields the part that does (possibly
    /// ""), never a trap.
    public subscript(span: Span) -> String {
        // Clamped both ways: a span read back from elsewhere (a store, another version) may not
        // fit this text, and a bad span must cost an empty string, not the process.
        let lower = min(max(0, span.start), scalars.count)
        let upper = min(max(lower, span.end), scalars.count)
        // Encoded to UTF-8 straight into the string's storage (at most four bytes a scalar):
        // appending scalar by scalar to a view was the larger part of reading a span.
        return String(unsafeUninitializedCapacity: (upper - lower) * 4) { buffer in
            var n = 0
            for scalar in scalars[lower..<upper] {
                let v = scalar.value
                if v < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xC0 | (v >> 6))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xE0 | (v >> 12))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 3
                } else {
                    buffer[n] = UInt8(truncatingIfNeeded: 0xF0 | (v >> 18))
                    buffer[n + 1] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(truncatingIfNeeded: 0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 3] = UInt8(truncatingIfNeeded: 0x80 | (v & 0x3F))
                    n += 4
                }
            }
            return n
        }
    }

    /// The scalar at offset `i`, which must be in `0..<count` (not checked: out of range traps).
    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }
}

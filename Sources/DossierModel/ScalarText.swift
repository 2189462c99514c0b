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
        // Written as UTF-8 straight into the string's storage (a short word stays a small string,
        // with no allocation): the language stage reads a word's text this way for every name it
        // finds, and appending scalars to a `String.UnicodeScalarView` took about a tenth of it.
        return scalars.withUnsafeBufferPointer { s in
            var bytes = 0
            for k in lower..<upper { bytes += UTF8.width(s[k]) }
            return String(unsafeUninitializedCapacity: bytes) { out in
                var w = 0
                for k in lower..<upper {
                    let v = s[k].value
                    if v < 0x80 {
                        out[w] = UInt8(truncatingIfNeeded: v)
                        w += 1
                    } else {
                        UTF8.encode(s[k]) { byte in
                            out[w] = byte
                            w += 1
                        }
                    }
                }
                return w
            }
        }
    }

    /// The scalar at offset `i`, which must be in `0..<count` (not checked: out of range traps).
    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }
}

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
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lower..<upper])
        return String(s)
    }

    /// The scalar at offset `i`, which must be in `0..<count` (not checked: out of range traps).
    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }
}

/// An article text held as an array of Unicode scalars, so that spans index it in O(1).
///
/// Hot loops in the language stages walk `scalars` directly; `Character` iteration is
/// 20–30× slower on Linux.
public struct ScalarText: Sendable {
    public let string: String
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) {
        self.string = string
        self.scalars = Array(string.unicodeScalars)
    }

    public var count: Int { scalars.count }

    public subscript(span: Span) -> String {
        // Clamped both ways: a span read back from elsewhere (a store, another version) may not
        // fit this text, and a bad span must cost an empty string, not the process.
        let lower = min(max(0, span.start), scalars.count)
        let upper = min(max(lower, span.end), scalars.count)
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[lower..<upper])
        return String(s)
    }

    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }
}

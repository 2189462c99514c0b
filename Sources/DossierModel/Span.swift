/// A half-open range `[start, end)` of Unicode scalar offsets into an article's `text`.
///
/// Scalars, not `Character`s or UTF-16 units, because that is what Python's `str` indexes
/// (the scorers and most downstream tools) and because scalar arrays index in O(1).
public struct Span: Hashable, Sendable, Comparable, Codable {
    /// Offset of the first scalar inside the span.
    public var start: Int
    /// Offset just past the last scalar inside the span; never less than `start`.
    public var end: Int

    /// Traps when `start > end`, so it is for offsets the code computed itself; spans read from outside
    /// (a store, a file) come through `init(from:)`, which throws instead.
    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    /// Scalars covered: `end - start`.
    public var length: Int { end - start }
    /// Covers no scalar. Citations use the empty span `[0, 0)` to cite an article as a whole.
    public var isEmpty: Bool { start == end }

    /// Whether `other` lies wholly inside this span (edges included; an empty span at either edge is inside).
    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    /// Whether the two intersect: true when they share a scalar, and for an empty span strictly inside the
    /// other; spans that only touch (`[3, 5)` and `[5, 8)`) do not overlap.
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// Text order: by start, then the shorter first.
    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    /// Decodes the `[start, end]` pair that `encode(to:)` writes; throws `DecodingError` on a negative start or
    /// a start after the end, rather than trapping.
    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let start = try c.decode(Int.self), end = try c.decode(Int.self)
        // Read from outside (a store, a file): a bad pair is a decoding error, not a trap.
        guard 0 <= start, start <= end else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "span [\(start), \(end)] is not a range")
        }
        self.init(start, end)
    }

    /// Encodes as the two-element array `[start, end]`: the form of every span in the JSON output and the store.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}

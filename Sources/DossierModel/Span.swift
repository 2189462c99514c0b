/// A half-open range `[start, end)` of Unicode scalar offsets into an article's `text`.
///
/// Scalars, not `Character`s or UTF-16 units, because that is what Python's `str` indexes
/// (the scorers and most downstream tools) and because scalar arrays index in O(1).
public struct Span: Hashable, Sendable, Comparable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start \(start) after end \(end)")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }

    public init(from decoder: Decoder) throws {
        var c = try decoder.unkeyedContainer()
        let start = try c.decode(Int.self), end = try c.decode(Int.self)
        // Read from outside (a store, a file): a bad pair is a decoding error, not a trap.
        guard 0 <= start, start <= end else {
            throw DecodingError.dataCorruptedError(in: c, debugDescription: "span [\(start), \(end)] is not a range")
        }
        self.init(start, end)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.unkeyedContainer()
        try c.encode(start)
        try c.encode(end)
    }
}

import DossierOutput

/// A fragment of HTML whose interpolated strings are escaped unless they are themselves `HTML`.
///
/// Templates are Swift string literals: `"<p>\(quote.text)</p>" as HTML` escapes the quote, so a
/// stored `<script>` renders as text. Only `HTML(trusted:)` inserts markup unescaped, and only
/// this module's own renderers call it.
public struct HTML: ExpressibleByStringInterpolation, Sendable, CustomStringConvertible {
    public private(set) var rendered: String

    public init(stringLiteral value: String) { rendered = value }
    public init(stringInterpolation: StringInterpolation) { rendered = stringInterpolation.out }
    init(trusted markup: String) { rendered = markup }

    public var description: String { rendered }

    public static let empty: HTML = ""

    public struct StringInterpolation: StringInterpolationProtocol {
        var out = ""

        public init(literalCapacity: Int, interpolationCount: Int) {
            out.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        public mutating func appendLiteral(_ literal: String) { out += literal }
        public mutating func appendInterpolation(_ text: String) { HTML.escape(text, into: &out) }
        public mutating func appendInterpolation(_ text: String?) { if let text { HTML.escape(text, into: &out) } }
        public mutating func appendInterpolation(_ text: Substring) { HTML.escape(String(text), into: &out) }
        public mutating func appendInterpolation(_ n: Int) { out += String(n) }
        public mutating func appendInterpolation(_ html: HTML) { out += html.rendered }
        public mutating func appendInterpolation(_ html: HTML?) { if let html { out += html.rendered } }
        public mutating func appendInterpolation(_ parts: [HTML]) { for p in parts { out += p.rendered } }
    }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(trusted: a.rendered + b.rendered) }
    public static func += (a: inout HTML, b: HTML) { a.rendered += b.rendered }

    public static func joined(_ parts: [HTML], separator: HTML = "") -> HTML {
        HTML(trusted: parts.map(\.rendered).joined(separator: separator.rendered))
    }

    /// Escapes the five characters that matter in text and in double- or single-quoted attributes.
    static func escape(_ s: String, into out: inout String) { HTMLText.escape(s, into: &out) }

    public static func escaped(_ s: String) -> String {
        var out = ""
        escape(s, into: &out)
        return out
    }

    /// A search snippet with its marks turned into `<mark>` and everything else escaped.
    static func snippet(_ s: String, start: Unicode.Scalar, end: Unicode.Scalar) -> HTML {
        var out = ""
        var open = false
        for c in s.unicodeScalars {
            if c == start { if !open { out += "<mark>"; open = true }; continue }
            if c == end { if open { out += "</mark>"; open = false }; continue }
            escape(String(c), into: &out)
        }
        if open { out += "</mark>" }
        return HTML(trusted: out)
    }
}

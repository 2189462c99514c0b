/// A search as a person types it, turned into a safe FTS5 expression and column filters.
///
/// Accepted: words, "quoted phrases", AND / OR / NOT (upper case, as FTS5 spells them),
/// parentheses, a trailing `*` for a prefix, and the filters `person:`, `outlet:`, `from:` and
/// `to:` (dates as YYYY-MM-DD; filter values may be quoted). Every word reaches FTS5 as a quoted
/// string, so no input can inject FTS5 syntax; operators in places FTS5 rejects (leading,
/// trailing, doubled, unbalanced parentheses) are dropped, so any input gives a valid expression.
public struct SearchQuery: Sendable, Equatable {
    /// The FTS5 MATCH expression, or nil when the query has filters only.
    public var match: String?
    public var person: String?
    public var outlet: String?
    /// Inclusive day bounds, YYYY-MM-DD.
    public var from: String?
    public var to: String?
    /// The plain words and phrases, for highlighting and display.
    public var terms: [String]

    public var isEmpty: Bool { match == nil && person == nil && outlet == nil && from == nil && to == nil }

    public init(
        match: String? = nil, person: String? = nil, outlet: String? = nil, from: String? = nil,
        to: String? = nil, terms: [String] = []
    ) {
        self.match = match
        self.person = person
        self.outlet = outlet
        self.from = from
        self.to = to
        self.terms = terms
    }

    private enum Token: Equatable {
        case term(String, prefix: Bool)
        case and, or, not, open, close

        var isOperand: Bool { if case .term = self { return true }; return false }
        var isBinary: Bool { self == .and || self == .or || self == .not }
    }

    /// Longest query read, in Unicode scalars: a bound on work per request.
    static let maxScalars = 2_000

    public static func parse(_ input: String) -> SearchQuery {
        var q = SearchQuery()
        var tokens: [Token] = []
        let s = Array(input.unicodeScalars.prefix(maxScalars))
        var i = 0
        while i < s.count {
            let c = s[i]
            if Self.isSpace(c) { i += 1; continue }
            if c == "(" { tokens.append(.open); i += 1; continue }
            if c == ")" { tokens.append(.close); i += 1; continue }
            if c == "\"" {
                let (text, next) = quoted(s, from: i)
                i = next
                if hasWord(text) { tokens.append(.term(text, prefix: false)); q.terms.append(text) }
                continue
            }
            var j = i
            while j < s.count, !Self.isSpace(s[j]), s[j] != "(", s[j] != ")", s[j] != ":" || j == i {
                j += 1
            }
            let word = String(String.UnicodeScalarView(s[i..<j]))
            if j < s.count, s[j] == ":", let field = Field(rawValue: word.lowercased()) {
                var value: String
                if j + 1 < s.count, s[j + 1] == "\"" {
                    (value, i) = quoted(s, from: j + 1)
                } else {
                    var k = j + 1
                    while k < s.count, !Self.isSpace(s[k]) { k += 1 }
                    value = String(String.UnicodeScalarView(s[(j + 1)..<k]))
                    i = k
                }
                value = value.trimmingSpaces()
                // A filter with no usable value is read as the words typed, not dropped.
                if value.isEmpty || !q.set(field, value) {
                    for w in [word, value] where hasWord(w) {
                        tokens.append(.term(w, prefix: false))
                        q.terms.append(w)
                    }
                }
                continue
            }
            i = j < s.count && s[j] == ":" ? j + 1 : j
            switch word {
            case "AND": tokens.append(.and)
            case "OR": tokens.append(.or)
            case "NOT": tokens.append(.not)
            default:
                let prefix = word.unicodeScalars.last == "*"
                let bare = prefix ? String(word.unicodeScalars.dropLast()) : word
                if hasWord(bare) { tokens.append(.term(bare, prefix: prefix)); q.terms.append(bare) }
            }
        }
        var cleaned = clean(tokens)
        // Operators alone ("NOT", "and or") are searched as the words they are.
        if !cleaned.contains(where: \.isOperand) {
            cleaned = []
            for t in tokens {
                let word: String? = t == .and ? "AND" : t == .or ? "OR" : t == .not ? "NOT" : nil
                if let word {
                    if !cleaned.isEmpty { cleaned.append(.and) }
                    cleaned.append(.term(word.lowercased(), prefix: false))
                    q.terms.append(word)
                }
            }
        }
        q.match = expression(cleaned)
        return q
    }

    private enum Field: String { case person, outlet, from, to, since, until }

    /// False when the value does not fit the field (a malformed day).
    private mutating func set(_ field: Field, _ value: String) -> Bool {
        switch field {
        case .person: person = value
        case .outlet: outlet = value
        case .from, .since: from = Self.day(value) ?? from; return Self.day(value) != nil
        case .to, .until: to = Self.day(value) ?? to; return Self.day(value) != nil
        }
        return true
    }

    /// A YYYY-MM-DD day, or nil: a malformed bound is ignored rather than matching nothing.
    public static func day(_ s: String) -> String? {
        let u = Array(s.utf8)
        guard u.count == 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        for k in [0, 1, 2, 3, 5, 6, 8, 9] where !(48...57).contains(u[k]) { return nil }
        return s
    }

    /// The text of a quoted run starting at `start` (a `"`), and the index after its closing quote.
    private static func quoted(_ s: [Unicode.Scalar], from start: Int) -> (String, Int) {
        var j = start + 1
        var out = String.UnicodeScalarView()
        while j < s.count, s[j] != "\"" { out.append(isSpace(s[j]) ? " " : s[j]); j += 1 }
        return (String(out), min(j + 1, s.count))
    }

    /// White space and control characters (NUL among them, which would end the SQL string early)
    /// separate words.
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.properties.isWhitespace || c.value < 0x20 || c.value == 0x7F
    }

    private static func hasWord(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }

    /// Drops operators and parentheses FTS5 would reject, keeping the user's intent where clear.
    private static func clean(_ input: [Token]) -> [Token] {
        var out: [Token] = []
        var depth = 0
        for t in input {
            switch t {
            case .term:
                out.append(t)
            case .and, .or, .not:
                guard let last = out.last, last.isOperand || last == .close else { continue }
                out.append(t)
            case .open:
                // An implicit AND before "(" after an operand is what FTS5 does anyway; say it.
                if let last = out.last, last.isOperand || last == .close { out.append(.and) }
                out.append(.open)
                depth += 1
            case .close:
                guard depth > 0 else { continue }
                while let last = out.last, last.isBinary { out.removeLast() }
                if out.last == .open { out.removeLast(); depth -= 1; dropDanglingOperator(&out); continue }
                out.append(.close)
                depth -= 1
            }
        }
        while let last = out.last, last.isBinary || last == .open {
            if last == .open { depth -= 1 }
            out.removeLast()
        }
        out.append(contentsOf: Array(repeating: .close, count: max(0, depth)))
        return out
    }

    /// After removing an empty "()", an operator may be left hanging at the end.
    private static func dropDanglingOperator(_ out: inout [Token]) {
        if let last = out.last, last.isBinary { out.removeLast() }
    }

    private static func expression(_ tokens: [Token]) -> String? {
        var parts: [String] = []
        for (k, t) in tokens.enumerated() {
            switch t {
            case .term(let text, let prefix):
                // Adjacent operands: FTS5 reads juxtaposition as AND, but not before NOT-less "(".
                if k > 0, tokens[k - 1].isOperand || tokens[k - 1] == .close { parts.append("AND") }
                let escaped = text.replacingDoubleQuotes()
                parts.append("\"\(escaped)\"" + (prefix ? "*" : ""))
            case .and: parts.append("AND")
            case .or: parts.append("OR")
            case .not: parts.append("NOT")
            case .open: parts.append("(")
            case .close: parts.append(")")
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }
}

extension String {
    fileprivate func replacingDoubleQuotes() -> String {
        var out = String.UnicodeScalarView()
        for c in unicodeScalars {
            out.append(c)
            if c == "\"" { out.append("\"") }
        }
        return String(out)
    }

    fileprivate func trimmingSpaces() -> String {
        let u = unicodeScalars
        guard let a = u.firstIndex(where: { !$0.properties.isWhitespace }),
            let b = u.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(u[a...b])
    }
}

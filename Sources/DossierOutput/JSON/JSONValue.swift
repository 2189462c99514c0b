import DossierModel

/// A JSON document built in code and written with keys in the order given.
///
/// Hand-rolled rather than `JSONEncoder` so that the contract's field order is stable, nulls
/// are written (not omitted), and streaming many records stays cheap. Not `indirect`: arrays and
/// objects hold their items in their own storage already, and boxing every value cost one
/// allocation per string, number and span (a third of `dossier extract`'s mallocs).
public enum JSONValue: Sendable, Equatable {
    /// Written `null`.
    case null
    /// Written `true` or `false`.
    case bool(Bool)
    /// Written in decimal, without a fraction.
    case int(Int)
    /// Written as Swift prints it ("0.4", "1.0", "1e-05"); a NaN or infinity is written `null`.
    case double(Double)
    /// Written quoted, with `"`, `\`, control characters, U+2028 and U+2029 escaped.
    case string(String)
    /// Items in order; an array of integers only (a span) stays on one line even when pretty.
    case array([JSONValue])
    /// Fields in the order given, written as given: keys are neither sorted nor deduplicated.
    case object([(String, JSONValue)])

    /// Equal when their compact renderings are: field order counts, and `.int(1)` is not `.double(1)`.
    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        a.rendered() == b.rendered()
    }

    /// A string, or `null` for nil.
    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    /// A number, or `null` for nil: a whole value below 9e15 in magnitude is written as an integer ("3000",
    /// not "3000.0"), anything else as a double.
    public static func number(_ d: Double?) -> JSONValue {
        guard let d else { return .null }
        if d.rounded() == d && abs(d) < 9e15 { return .int(Int(d)) }
        return .double(d)
    }
    /// A span as the output contract writes it: `[start, end]`.
    public static func span(_ s: Span) -> JSONValue { .array([.int(s.start), .int(s.end)]) }

    /// The JSON text, without a trailing newline: compact, or with `pretty` one field or item a line indented
    /// two spaces a level.
    public func rendered(pretty: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    /// Appends the rendering to `out`; `indent` is the nesting level the value starts at (two spaces a level
    /// when `pretty`).
    public func write(to out: inout String, pretty: Bool, indent: Int) {
        write(to: &out, pretty: pretty, indent: indent, chunk: Int.max, flush: { _ in })
    }

    /// `write(to:pretty:indent:)` for a value too large to hold rendered whole (a story of
    /// thousands of articles renders to tens of megabytes): whenever `out` has reached `chunk`
    /// bytes after an array item or an object field, it is handed to `flush` and emptied. The
    /// flushed pieces, in order, are the bytes `write(to:pretty:indent:)` would have appended.
    public func write(to out: inout String, pretty: Bool, indent: Int, chunk: Int, flush: (String) -> Void) {
        func flushed(_ out: inout String) {
            if out.utf8.count >= chunk {
                flush(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? "\(d)" : "null"
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of numbers (spans) stay on one line even when pretty.
            let flat =
                !pretty
                || items.allSatisfy {
                    if case .int = $0 { return true }; return false
                }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += flat ? (pretty ? ", " : ",") : "," }
                if !flat { newline(&out, indent + 1) }
                item.write(to: &out, pretty: pretty, indent: indent + 1, chunk: chunk, flush: flush)
                flushed(&out)
            }
            if !flat { newline(&out, indent) }
            out += "]"
        case .object(let fields):
            if fields.isEmpty { out += "{}"; return }
            out += "{"
            for (k, (key, value)) in fields.enumerated() {
                if k > 0 { out += "," }
                if pretty { newline(&out, indent + 1) }
                JSONValue.writeString(key, to: &out)
                out += pretty ? ": " : ":"
                value.write(to: &out, pretty: pretty, indent: indent + 1, chunk: chunk, flush: flush)
                flushed(&out)
            }
            if pretty { newline(&out, indent) }
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: Int) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    /// Walks the UTF-8 and copies the runs between escapes whole: appending scalar by scalar was
    /// a seventh of `dossier extract`'s time on news pages (perf).
    static func writeString(_ s: String, to out: inout String) {
        out += "\""
        // The bytes scanned through a buffer: walking the string's UTF-8 view by index cost several
        // times more.
        func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
            let utf8 = s.utf8
            var run = 0
            var i = 0
            /// Appends the bytes from `run` to `end`: both sit before an ASCII byte or a lead byte
            /// (or at the end), so the slice is whole scalars (by scalars: a combining mark after an
            /// escaped quote starts no Character).
            func appendRun(to end: Int) {
                guard end > run else { return }
                let from = utf8.index(utf8.startIndex, offsetBy: run)
                out.append(contentsOf: Substring(s.unicodeScalars[from..<utf8.index(from, offsetBy: end - run)]))
            }
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x20 && b != 0x22 && b != 0x5C && b != 0xE2 {
                    i += 1
                    continue
                }
                var escape: String?
                var next = i + 1
                switch b {
                case 0x22: escape = "\\\""
                case 0x5C: escape = "\\\\"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0..<0x20: escape = b < 0x10 ? "\\u000" + String(b, radix: 16) : "\\u00" + String(b, radix: 16)
                case 0xE2:
                    // U+2028 and U+2029 (E2 80 A8, E2 80 A9) end lines in JavaScript.
                    if i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9 {
                        escape = bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                        next = i + 3
                    }
                default: break
                }
                if let escape {
                    appendRun(to: i)
                    out += escape
                    run = next
                }
                i = next
            }
            appendRun(to: bytes.count)
        }
        if s.utf8.withContiguousStorageIfAvailable(scan) == nil {
            // A string without contiguous UTF-8 (a bridged one): its bytes copied once, then the same scan.
            Array(s.utf8).withUnsafeBufferPointer(scan)
        }
        out += "\""
    }
}

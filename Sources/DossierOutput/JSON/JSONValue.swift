import DossierModel

/// A JSON document built in code and written with keys in the order given.
///
/// Hand-rolled rather than `JSONEncoder` so that the contract's field order is stable, nulls
/// are written (not omitted), and streaming many records stays cheap.
public indirect enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        a.rendered() == b.rendered()
    }

    public static func string(_ s: String?) -> JSONValue { s.map { .string($0) } ?? .null }
    public static func number(_ d: Double?) -> JSONValue {
        guard let d else { return .null }
        if d.rounded() == d && abs(d) < 9e15 { return .int(Int(d)) }
        return .double(d)
    }
    public static func span(_ s: Span) -> JSONValue { .array([.int(s.start), .int(s.end)]) }

    public func rendered(pretty: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(256)
        write(to: &out, pretty: pretty, indent: 0)
        return out
    }

    public func write(to out: inout String, pretty: Bool, indent: Int) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += d.isFinite ? "\(d)" : "null"
        case .string(let s): JSONValue.writeString(s, to: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of numbers (spans) stay on one line even when pretty.
            let flat = !pretty || items.allSatisfy { if case .int = $0 { return true }; return false }
            out += "["
            for (k, item) in items.enumerated() {
                if k > 0 { out += flat ? (pretty ? ", " : ",") : "," }
                if !flat { newline(&out, indent + 1) }
                item.write(to: &out, pretty: pretty, indent: indent + 1)
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
                value.write(to: &out, pretty: pretty, indent: indent + 1)
            }
            if pretty { newline(&out, indent) }
            out += "}"
        }
    }

    private func newline(_ out: inout String, _ indent: Int) {
        out += "\n"
        out += String(repeating: "  ", count: indent)
    }

    static func writeString(_ s: String, to out: inout String) {
        out.unicodeScalars.append("\"")
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if c.value < 0x20 || c == "\u{2028}" || c == "\u{2029}" {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out.unicodeScalars.append("\"")
    }
}

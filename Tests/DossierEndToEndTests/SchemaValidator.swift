import Foundation

/// Validates JSON values against the subset of JSON Schema (2020-12) that docs/ uses:
/// type (with unions), enum, required, properties, additionalProperties: false, items,
/// minItems, maxItems, minLength, minimum, pattern, and local `$ref`s into `$defs`.
struct SchemaValidator {
    let root: [String: Any]

    init(path: String) throws {
        root = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as! [String: Any]
    }

    /// Every violation, as "path: problem".
    func errors(_ value: Any) -> [String] {
        var out: [String] = []
        check(value, root, "$", &out)
        return out
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, ref.hasPrefix("#/$defs/"),
            let defs = root["$defs"] as? [String: Any], let target = defs[String(ref.dropFirst(8))] as? [String: Any]
        else { return schema }
        return target
    }

    private func typeName(_ v: Any) -> String {
        if v is NSNull { return "null" }
        if let n = v as? NSNumber {
            // JSON's true and false come back as NSNumbers holding a C bool; numbers as wider types.
            if String(cString: n.objCType) == "c" { return "boolean" }
            return n.doubleValue.rounded() == n.doubleValue ? "integer" : "number"
        }
        if v is String { return "string" }
        if v is [Any] { return "array" }
        if v is [String: Any] { return "object" }
        return "unknown"
    }

    private func check(_ v: Any, _ s0: [String: Any], _ path: String, _ out: inout [String]) {
        let s = resolve(s0)
        if let t = s["type"] {
            let allowed = (t as? [String]) ?? [t as! String]
            let actual = typeName(v)
            let ok = allowed.contains(actual) || (actual == "integer" && allowed.contains("number"))
            if !ok { out.append("\(path): expected \(allowed.joined(separator: "|")), got \(actual)"); return }
        }
        if let e = s["enum"] as? [Any], !e.contains(where: { ($0 as? String) == (v as? String) }) {
            out.append("\(path): \(v) not in enum")
        }
        if let str = v as? String {
            if let min = s["minLength"] as? Int, str.unicodeScalars.count < min {
                out.append("\(path): shorter than \(min)")
            }
            if let pattern = s["pattern"] as? String,
                let re = try? NSRegularExpression(pattern: pattern),
                re.firstMatch(in: str, range: NSRange(str.startIndex..., in: str)) == nil
            {
                out.append("\(path): \"\(str)\" does not match \(pattern)")
            }
        }
        if let n = v as? NSNumber, let min = s["minimum"] as? Double, n.doubleValue < min {
            out.append("\(path): below minimum \(min)")
        }
        if let arr = v as? [Any] {
            if let min = s["minItems"] as? Int, arr.count < min { out.append("\(path): fewer than \(min) items") }
            if let max = s["maxItems"] as? Int, arr.count > max { out.append("\(path): more than \(max) items") }
            if let items = s["items"] as? [String: Any] {
                for (i, item) in arr.enumerated() { check(item, items, "\(path)[\(i)]", &out) }
            }
        }
        if let obj = v as? [String: Any] {
            for key in (s["required"] as? [String]) ?? [] where obj[key] == nil {
                out.append("\(path): missing \(key)")
            }
            let props = (s["properties"] as? [String: Any]) ?? [:]
            for (key, value) in obj {
                if let ps = props[key] as? [String: Any] {
                    check(value, ps, "\(path).\(key)", &out)
                } else if (s["additionalProperties"] as? Bool) == false {
                    out.append("\(path): unexpected field \(key)")
                }
            }
        }
    }
}

import Foundation

/// The shape of JSON records posted to the API (`Record` in the OpenAPI document): an object, or a
/// non-empty array of objects, each with a `text` holding a letter or digit, and the README's
/// other fields, when present, of the right type. Checked before anything is stored, so a
/// malformed batch is refused whole with the reason.
enum RecordCheck {
    static let stringFields = ["id", "title", "published", "outlet", "url", "language"]

    static func problem(_ body: [UInt8]) -> String? {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(body), options: [.fragmentsAllowed]) else {
            return "the body is not JSON: send a record object or an array of records"
        }
        let records: [Any]
        if let array = parsed as? [Any] {
            guard !array.isEmpty else { return "the array holds no records" }
            records = array
        } else {
            records = [parsed]
        }
        for (k, r) in records.enumerated() {
            let at = records.count > 1 ? "record \(k + 1): " : ""
            guard let dict = r as? [String: Any] else { return "\(at)a record is a JSON object" }
            guard let text = dict["text"] as? String else { return "\(at)a record needs \"text\", a string" }
            guard hasWord(text) else { return "\(at)\"text\" holds no letter or digit" }
            for f in stringFields where dict[f] != nil && !(dict[f] is String) {
                return "\(at)\"\(f)\" must be a string"
            }
            if let id = dict["id"] as? String, id.utf8.count > 200 || !hasWord(id) {
                return "\(at)\"id\" must hold a letter or digit and be at most 200 bytes"
            }
            if let authors = dict["authors"], !((authors as? [Any])?.allSatisfy { $0 is String } ?? false) {
                return "\(at)\"authors\" must be an array of strings"
            }
        }
        return nil
    }

    /// Text as sent, with stray control characters (not tab, line breaks or form feed) turned into
    /// spaces, so a pasted report with a stray control byte is read rather than refused as binary.
    /// Bytes that are not UTF-8 (gzip, other encodings) are left for the readers to decode.
    static func cleanedText(_ body: [UInt8]) -> [UInt8] {
        guard String(validating: body, as: UTF8.self) != nil else { return body }
        return body.map { b in b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C ? 0x20 : b }
    }

    static func hasWord(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
    }
}

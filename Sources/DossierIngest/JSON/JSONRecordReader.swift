import DossierModel
import DossierText
import Foundation

/// Reads article records from JSON: the project's own fields and news-please's names for them.
public enum JSONRecordReader {
    /// Field names in order of preference.
    static let textKeys = ["text", "maintext", "content", "body"]
    static let dateKeys = ["published", "date_publish", "date_published", "datePublished", "date"]
    static let outletKeys = ["outlet", "source_domain", "site_name", "publisher"]

    /// One record from a parsed JSON object; `source` names the file and line for errors.
    public static func document(from object: Any, source: String) -> Result<RawDocument, InputError> {
        guard let dict = object as? [String: Any] else {
            return .failure(InputError(input: source, problem: "expected a JSON object with a \"text\" field"))
        }
        func string(_ keys: [String]) -> String? {
            for k in keys {
                if let s = dict[k] as? String, !s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return s }
                if let n = dict[k] as? NSNumber, k == "id" { return n.stringValue }
            }
            return nil
        }
        // A record with only a headline (common in wire indexes) is analysed as that headline.
        guard let text = string(textKeys) ?? string(["title", "headline"]) else {
            return .failure(
                InputError(
                    input: source,
                    problem: "record has no text (expected \"text\", \"maintext\" or at least a \"title\")"))
        }
        let url = string(["url", "link"])
        let title = string(["title", "headline"])
        var published: Timestamp?
        if let raw = string(dateKeys) {
            published = DateParsing.parseWhole(raw)
        }
        var byline = string(["byline", "author"])
        if let authors = dict["authors"] as? [Any] {
            let names = authors.compactMap { $0 as? String }.filter { !$0.isEmpty }
            if !names.isEmpty { byline = names.joined(separator: ", ") }
        } else if let a = dict["authors"] as? String, !a.isEmpty {
            byline = a
        }
        let outlet = string(outletKeys) ?? url.flatMap(Outlet.fromURL)
        let id = string(["id"]) ?? ContentID.make(url, title, text)
        let article = Article(
            id: id, source: source, url: url, outlet: outlet, title: title, byline: byline,
            published: published, language: string(["language", "lang"]), text: "")
        return .success(RawDocument(article: article, body: .plainText(text)))
    }

    /// A whole `.json` file: one object or an array of objects.
    public static func documents(fromFile bytes: [UInt8], path: String) -> [Result<RawDocument, InputError>] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
        } catch {
            return [.failure(InputError(input: path, problem: "malformed JSON: \(JSONErrorText.describe(error))"))]
        }
        if let array = parsed as? [Any] {
            if array.isEmpty { return [.failure(InputError(input: path, problem: "JSON array holds no records"))] }
            return array.enumerated().map { document(from: $0.element, source: "\(path)#\($0.offset + 1)") }
        }
        return [document(from: parsed, source: path)]
    }

    /// One JSONL line.
    public static func document(line: [UInt8], source: String) -> Result<RawDocument, InputError> {
        // JSON is UTF-8: a line with other bytes is repaired (replaced) and reported, not dropped.
        var bytes = line
        var warning: String?
        if !Charset.isValidUTF8(line) {
            warning =
                "not valid UTF-8 (bad byte at offset \(ByteChecks.firstInvalidUTF8(line))); invalid bytes replaced"
            bytes = Array(String(decoding: line, as: UTF8.self).utf8)
        }
        do {
            let object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
            return document(from: object, source: source).map { doc in
                var doc = doc
                if let warning { doc.warnings.append(InputError(input: source, problem: warning)) }
                return doc
            }
        } catch {
            return .failure(InputError(input: source, problem: "malformed JSON: \(JSONErrorText.describe(error))"))
        }
    }
}

/// Foundation's JSON errors carry their useful part in the debug description; keep one line.
enum JSONErrorText {
    static func describe(_ error: Error) -> String {
        let ns = error as NSError
        let detail = (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
        return detail.replacingOccurrences(of: "\n", with: " ")
    }
}

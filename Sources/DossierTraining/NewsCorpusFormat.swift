import Foundation

/// Story texts out of the unlabelled news corpora the tagger's lexicon is learned from.
public enum NewsCorpusFormat {
    /// The TITLE and BODY of each story in a Reuters-21578 SGML file, entities decoded.
    public static func reutersStories(_ sgml: String) -> [String] {
        var out: [String] = []
        for part in sgml.components(separatedBy: "<REUTERS").dropFirst() {
            var story = ""
            if let t = part.range(of: "<TITLE>"), let e = part.range(of: "</TITLE>"), t.upperBound < e.lowerBound {
                story += part[t.upperBound..<e.lowerBound] + "\n"
            }
            if let b = part.range(of: "<BODY>"), let e = part.range(of: "</BODY>"), b.upperBound < e.lowerBound {
                story += part[b.upperBound..<e.lowerBound]
            }
            guard !story.isEmpty else { continue }
            out.append(
                story.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                    .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#3;", with: ""))
        }
        return out
    }

    /// The title and text of each record of a JSON-lines file in the project's input format
    /// (`{"id","title","text",...}`, as in ../shared/data); lines that are not such records are skipped.
    public static func jsonlStories(_ jsonl: String) -> [String] {
        var out: [String] = []
        for line in jsonl.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let text = object["text"] as? String, !text.isEmpty
            else { continue }
            let title = object["title"] as? String ?? ""
            out.append(title.isEmpty ? text : title + "\n" + text)
        }
        return out
    }

    /// The `articleBody` of each page of an extraction ground-truth file (`{id: {"articleBody"}}`),
    /// in order of id so that the lexicon does not depend on the file's key order.
    public static func articleBodies(_ json: String) -> [String] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else { return [] }
        return object.keys.sorted().compactMap { (object[$0] as? [String: Any])?["articleBody"] as? String }
    }

    /// Stories of one corpus file by its name: Reuters SGML, JSON lines, an extraction ground
    /// truth (`.json`), or else one story per file.
    public static func stories(fileNamed name: String, contents: String) -> [String] {
        if name.hasSuffix(".sgm") { return reutersStories(contents) }
        if name.hasSuffix(".jsonl") { return jsonlStories(contents) }
        if name.hasSuffix(".json") { return articleBodies(contents) }
        return [contents]
    }

    /// Whether a file under a corpus folder holds story text (not a README, licence or word list).
    public static func isStoryFile(_ relativePath: String) -> Bool {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let upper = name.uppercased()
        if upper.hasPrefix("README") || upper.hasPrefix("SOURCE") || upper.hasPrefix("LICENSE") { return false }
        if name.hasSuffix(".sgm") { return true }
        return name.hasSuffix(".txt") && !name.hasPrefix("all-") && !name.hasPrefix("cat-")
            && !name.hasPrefix("feldman")
    }
}

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
            out.append(story.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#3;", with: ""))
        }
        return out
    }

    /// Whether a file under a corpus folder holds story text (not a README, licence or word list).
    public static func isStoryFile(_ relativePath: String) -> Bool {
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        let upper = name.uppercased()
        if upper.hasPrefix("README") || upper.hasPrefix("SOURCE") || upper.hasPrefix("LICENSE") { return false }
        if name.hasSuffix(".sgm") { return true }
        return name.hasSuffix(".txt") && !name.hasPrefix("all-") && !name.hasPrefix("cat-") && !name.hasPrefix("feldman")
    }
}

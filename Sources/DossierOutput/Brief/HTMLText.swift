/// Escaping of text for HTML: the five characters that matter in text and in quoted attributes.
/// The one escaper of the brief, its charts and the web app's pages.
public enum HTMLText {
    public static func escape(_ s: String, into out: inout String) {
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
    }

    public static func escape(_ s: String) -> String {
        var out = ""
        escape(s, into: &out)
        return out
    }
}

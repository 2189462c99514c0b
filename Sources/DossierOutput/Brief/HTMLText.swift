/// Escaping of text for HTML: the five characters that matter in text and in quoted attributes.
/// The one escaper of the brief, its charts and the web app's pages.
public enum HTMLText {
    /// Appends `s` to `out` with `&`, `<`, `>`, `"` and `'` as entities: safe in element text and in attribute
    /// values quoted either way.
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

    /// `s` escaped as `escape(_:into:)` does.
    public static func escape(_ s: String) -> String {
        var out = ""
        escape(s, into: &out)
        return out
    }
}

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

    /// `url` when it may stand in an href: http(s), or, with `relative`, a reference without a scheme
    /// (a file path beside the brief). Anything else (`javascript:`, `data:`, …) is nil and shown as
    /// text: URLs come from the inputs, and a brief or digest is opened outside the server's CSP too.
    public static func safeHref(_ url: String, relative: Bool = false) -> String? {
        let lower = url.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return url }
        guard relative else { return nil }
        // RFC 3986: a reference has a scheme when a ":" comes before any "/", "?" or "#". Browsers
        // drop tabs and line breaks inside a URL, so "java\tscript:" is caught by the same test.
        for c in url.unicodeScalars {
            if c == "/" || c == "?" || c == "#" { return url }
            if c == ":" { return nil }
        }
        return url
    }
}

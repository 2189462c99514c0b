/// Escaping of text from the inputs for Markdown: the brief's and the digest's one escaper.
///
/// A headline, quote or outlet name is text, not markup: a `*`, `_` or `[` in it must not start
/// emphasis or a link, a `<` must not open raw HTML (which a Markdown viewer may render), and a line
/// break must not end the list item it stands in.
public enum MarkdownText {
    /// `s` with Markdown's emphasis, code, link and HTML characters backslash-escaped and line breaks
    /// flattened to spaces. With `atLineStart` (text that opens a line, such as a paragraph), a
    /// leading heading, quote, list or rule marker is escaped too ("# 1", "> x", "- x", "3. x").
    public static func escape(_ s: String, atLineStart: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c == "\n" || c == "\r" {
                out.append(" ")
                continue
            }
            if "\\*_[]`<>|~".unicodeScalars.contains(c) { out.append("\\") }
            out.append(c)
        }
        guard atLineStart, let first = out.first else { return String(out) }
        if "#>-+=".unicodeScalars.contains(first) {
            out.insert("\\", at: out.startIndex)
        } else if let marker = out.firstIndex(where: { !("0"..."9").contains($0) }), marker != out.startIndex,
            out[marker] == "." || out[marker] == ")"
        {
            // An ordered-list marker: the digits stay, the dot or parenthesis after them is escaped.
            out.insert("\\", at: marker)
        }
        return String(out)
    }

    /// A Markdown link target that cannot end the link early: spaces and parentheses escaped.
    public static func linkTarget(_ url: String) -> String {
        var out = ""
        for c in url.unicodeScalars {
            switch c {
            case " ": out += "%20"
            case "(": out += "%28"
            case ")": out += "%29"
            case "<", ">", "\n", "\r": continue
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

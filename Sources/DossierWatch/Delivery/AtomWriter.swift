import DossierModel

/// Atom 1.0 (RFC 4287) documents: what `dossier feed` prints and `/feeds/...` serves.
public enum AtomWriter {
    public struct Entry: Sendable {
        public var id: String
        public var title: String
        public var link: String?
        /// RFC 3339.
        public var updated: String
        public var summary: String?
        public var author: String?

        public init(id: String, title: String, link: String?, updated: String, summary: String?, author: String?) {
            self.id = id
            self.title = title
            self.link = link
            self.updated = updated
            self.summary = summary
            self.author = author
        }
    }

    public static func document(
        id: String, title: String, selfLink: String?, updated: String, entries: [Entry]
    ) -> String {
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        x += "  <id>\(escape(id))</id>\n  <title>\(escape(title))</title>\n  <updated>\(escape(updated))</updated>\n"
        x += "  <author><name>Dossier</name></author>\n  <generator>Dossier</generator>\n"
        if let selfLink { x += "  <link rel=\"self\" href=\"\(escape(selfLink))\"/>\n" }
        for e in entries {
            x += "  <entry>\n    <id>\(escape(e.id))</id>\n    <title>\(escape(e.title))</title>\n"
            x += "    <updated>\(escape(e.updated))</updated>\n"
            if let l = e.link { x += "    <link rel=\"alternate\" href=\"\(escape(l))\"/>\n" }
            if let a = e.author { x += "    <author><name>\(escape(a))</name></author>\n" }
            if let s = e.summary { x += "    <summary type=\"text\">\(escape(s))</summary>\n" }
            x += "  </entry>\n"
        }
        return x + "</feed>\n"
    }

    /// Markup characters escaped, and characters XML 1.0 forbids dropped (a control byte in a
    /// title would make the whole feed unreadable).
    public static func escape(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            switch c {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t", "\n", "\r": out.append(c)
            default:
                let v = c.value
                if v < 0x20 || v == 0xFFFE || v == 0xFFFF { continue }
                out.append(c)
            }
        }
        return String(out)
    }

    /// RFC 3339 in UTC of Unix seconds.
    public static func rfc3339(_ seconds: Double) -> String {
        let s = seconds.isFinite ? Int(max(-62_000_000_000, min(seconds, 250_000_000_000)).rounded(.down)) : 0
        let days = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
        let rest = s - days * 86_400
        let (y, m, d) = Timestamp.fromDayNumber(days)
        func p(_ n: Int, _ w: Int) -> String {
            let t = String(n); return String(repeating: "0", count: max(0, w - t.count)) + t
        }
        return "\(p(y, 4))-\(p(m, 2))-\(p(d, 2))T\(p(rest / 3600, 2)):\(p(rest % 3600 / 60, 2)):\(p(rest % 60, 2))Z"
    }
}

import DossierStore

/// OPML 2.0 subscription lists, as feed readers import and export them.
public enum OPML {
    public static func export(_ sources: [WatchSource], now: Double) -> String {
        var x = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<opml version=\"2.0\">\n  <head>\n"
        x +=
            "    <title>Dossier sources</title>\n"
            + "    <dateCreated>\(AtomWriter.rfc3339(now))</dateCreated>\n  </head>\n  <body>\n"
        for s in sources {
            let title = AtomWriter.escape(s.title ?? s.url)
            let type = s.kind == .sitemap ? "sitemap" : s.kind == .page ? "link" : "rss"
            let attr = type == "rss" ? "xmlUrl" : "url"
            x +=
                "    <outline type=\"\(type)\" text=\"\(title)\" title=\"\(title)\" "
                + "\(attr)=\"\(AtomWriter.escape(s.url))\"/>\n"
        }
        return x + "  </body>\n</opml>\n"
    }
}

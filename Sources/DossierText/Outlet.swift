/// Outlet names derived from what a record carries when it names none.
public enum Outlet {
    /// "https://www.nordic-wire.com/world/..." → "nordic-wire.com".
    public static func fromURL(_ url: String) -> String? {
        var s = Substring(url)
        if let r = s.range(of: "://") { s = s[r.upperBound...] }
        let host = s.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        guard host.contains(".") else { return nil }
        var h = host.lowercased()
        for prefix in ["www.", "m.", "amp."] where h.hasPrefix(prefix) {
            h.removeFirst(prefix.count)
        }
        return h.isEmpty ? nil : h
    }
}

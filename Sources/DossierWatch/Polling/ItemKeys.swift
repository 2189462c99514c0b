import DossierModel
import Foundation

/// The keys an item is known by, so that nothing is fetched or stored twice: its GUID, its
/// canonical URL and its text's digest.
public enum ItemKeys {
    public static func guid(_ g: String) -> String { "guid:" + g }
    public static func url(_ u: String) -> String { "url:" + canonicalURL(u) }
    public static func hash(_ text: String) -> String { "hash:" + ContentID.make(text) }

    /// Query parameters that only track the click and never change the page.
    static let trackingParameters: Set<String> = ["fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "ito"]

    /// Scheme and host lower-cased, default port, fragment and tracking parameters (utm_*)
    /// dropped, a lone trailing slash on the path dropped.
    public static func canonicalURL(_ s: String) -> String {
        guard var c = URLComponents(string: s.trimmingCharacters(in: .whitespacesAndNewlines)), c.host != nil else {
            return s
        }
        c.scheme = c.scheme?.lowercased()
        c.host = c.host?.lowercased()
        if (c.scheme == "http" && c.port == 80) || (c.scheme == "https" && c.port == 443) { c.port = nil }
        c.fragment = nil
        if let items = c.queryItems {
            let kept = items.filter {
                !$0.name.lowercased().hasPrefix("utm_") && !trackingParameters.contains($0.name.lowercased())
            }
            c.queryItems = kept.isEmpty ? nil : kept
        }
        if c.path.count > 1, c.path.hasSuffix("/") { c.path.removeLast() }
        return c.string ?? s
    }

    /// The host of a URL, lower-cased ("" when none): what per-host limits count by.
    public static func host(_ s: String) -> String {
        URLComponents(string: s)?.host?.lowercased() ?? ""
    }
}

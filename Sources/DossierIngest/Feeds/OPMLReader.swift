import CLibXML2
import DossierText
import Foundation

/// The subscriptions of an OPML file: every `<outline>` with an `xmlUrl` (a feed) or a `url`,
/// at any depth (readers nest them in folders).
public enum OPMLReader {
    public struct Outline: Sendable, Equatable {
        public var url: String
        public var title: String?
        /// "rss" for feeds, else the outline's `type`.
        public var type: String?
    }

    /// Outlines read, at most; and how deep folders are followed.
    static let maxOutlines = 100_000
    static let maxDepth = 64

    public static func read(_ data: [UInt8]) -> [Outline]? {
        _ = LibXML2Setup.ready
        let options = Int32(
            XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                | XML_PARSE_NOWARNING.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) {
                xmlReadMemory($0.baseAddress, Int32(clamping: $0.count), nil, nil, options)
            }
        }
        guard let doc else { return nil }
        defer { xmlFreeDoc(doc) }
        guard let root = xmlDocGetRootElement(doc), XMLFeedReader.localName(root).lowercased() == "opml" else {
            return nil
        }
        var out: [Outline] = []
        func walk(_ n: xmlNodePtr, _ depth: Int) {
            guard depth < maxDepth else { return }
            for o in XMLFeedReader.children(n, "outline") {
                guard out.count < maxOutlines else { return }
                if let u = XMLFeedReader.attribute(o, "xmlUrl") ?? XMLFeedReader.attribute(o, "url"),
                    !u.trimmingCharacters(in: .whitespaces).isEmpty
                {
                    out.append(
                        Outline(
                            url: u.trimmingCharacters(in: .whitespaces),
                            title: XMLFeedReader.attribute(o, "title") ?? XMLFeedReader.attribute(o, "text"),
                            type: XMLFeedReader.attribute(o, "type")))
                }
                walk(o, depth + 1)
            }
        }
        if let body = XMLFeedReader.child(root, "body") { walk(body, 0) }
        return out
    }
}

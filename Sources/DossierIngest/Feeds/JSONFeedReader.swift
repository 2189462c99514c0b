import DossierModel
import DossierText
import Foundation

/// JSON Feed 1.0 / 1.1 (https://jsonfeed.org).
enum JSONFeedReader {
    static func parse(_ data: [UInt8]) -> Result<FeedReader.Feed, FeedReader.Failure> {
        let text = Charset.decode(data, charset: Charset.detect(data, declared: nil))
        guard let obj = try? JSONSerialization.jsonObject(with: Data(text.utf8)), let root = obj as? [String: Any]
        else {
            return .failure(FeedReader.Failure(description: "not valid JSON"))
        }
        guard let version = root["version"] as? String, version.contains("jsonfeed") || root["items"] is [Any] else {
            return .failure(FeedReader.Failure(description: "JSON but not a JSON Feed (no version or items)"))
        }
        let feedAuthor = author(root)
        let language = (root["language"] as? String).map { String($0.lowercased().prefix { $0.isLetter }) }
        var feed = FeedReader.Feed(
            title: root["title"] as? String, link: root["home_page_url"] as? String, language: language, items: [])
        for case let entry as [String: Any] in (root["items"] as? [Any]) ?? [] {
            var item = FeedItem()
            item.title = (entry["title"] as? String).map(FeedReader.plain).flatMap(XMLFeedReader.nonEmpty)
            item.link = (entry["url"] as? String) ?? (entry["external_url"] as? String)
            item.guid = (entry["id"] as? String) ?? (entry["id"] as? NSNumber)?.stringValue
            item.published = ((entry["date_published"] as? String) ?? (entry["date_modified"] as? String)).flatMap(
                DateParsing.parse)
            item.author = author(entry) ?? feedAuthor
            item.summary = (entry["summary"] as? String).map(FeedReader.plain).flatMap(XMLFeedReader.nonEmpty)
            if let html = entry["content_html"] as? String {
                item.content = XMLFeedReader.nonEmpty(FeedReader.plain(html))
            } else if let t = entry["content_text"] as? String {
                item.content = XMLFeedReader.nonEmpty(t)
            }
            item.language = (entry["language"] as? String).map { String($0.lowercased().prefix { $0.isLetter }) }
            feed.items.append(item)
        }
        return .success(feed)
    }

    /// `author` (1.0) or `authors` (1.1).
    private static func author(_ d: [String: Any]) -> String? {
        if let a = d["author"] as? [String: Any], let n = a["name"] as? String { return n }
        if let list = d["authors"] as? [[String: Any]] {
            let names = list.compactMap { $0["name"] as? String }
            return names.isEmpty ? nil : names.joined(separator: ", ")
        }
        return nil
    }
}

import DossierModel
import DossierText

/// The metadata lines that scraped plain text often starts with, read into fields.
///
/// Recognised, in any order before the body: a headline line; a date line in any format
/// `DateParsing.parseWhole` reads ("2024-03-05T09:14:00Z", "date 2024-03-07", "Published: 12 March 2024");
/// "By Name" bylines; `Key: value` lines for title, date, source/outlet, url and author; a bare URL.
/// The header ends at the first line that is none of these, or at a blank line after it began.
public struct TextHeader: Sendable, Equatable {
    public var title: String?
    public var published: Timestamp?
    public var byline: String?
    public var outlet: String?
    public var url: String?
    /// Index of the first body line.
    public var bodyStartLine: Int = 0

    public init() {}

    nonisolated(unsafe) static let keyFields: [String: WritableKeyPath<TextHeader, String?>] = [
        "title": \.title, "headline": \.title,
        "source": \.outlet, "outlet": \.outlet, "publisher": \.outlet, "site": \.outlet, "publication": \.outlet,
        "url": \.url, "link": \.url, "canonical": \.url,
        "by": \.byline, "byline": \.byline, "author": \.byline, "authors": \.byline,
    ]
    static let dateKeys: Set<String> = [
        "date", "published", "posted", "updated", "last updated", "dateline", "published on", "first published",
    ]

    /// The longest run of header lines that a body can follow.
    static let maxHeaderLines = 10

    public static func parse(lines: [Substring]) -> TextHeader {
        var h = TextHeader()
        var i = 0
        while i < lines.count && isBlank(lines[i]) { i += 1 }
        var seen = 0
        while i < lines.count && seen < maxHeaderLines {
            let line = lines[i].trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                if seen > 0 { i += 1; break }
                i += 1
                continue
            }
            guard h.absorb(line) else { break }
            seen += 1
            i += 1
        }
        while i < lines.count && isBlank(lines[i]) { i += 1 }
        // A lone headline with no blank line after it is the body's first paragraph, not a header.
        if seen == 1, h.title != nil, h.published == nil, i < lines.count, !isBlank(lines[i - 1]) {
            return TextHeader()
        }
        h.bodyStartLine = i
        return h
    }

    /// Takes one line into the header if it is metadata; false when the body has begun.
    mutating func absorb(_ line: String) -> Bool {
        if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 16 {
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if !value.isEmpty {
                if TextHeader.dateKeys.contains(key) {
                    if let t = DateParsing.parseWhole(value) {
                        if published == nil || key != "updated" && key != "last updated" { published = published ?? t }
                        return true
                    }
                } else if let path = TextHeader.keyFields[key] {
                    if self[keyPath: path] == nil { self[keyPath: path] = value }
                    return true
                }
            }
        }
        if line.lowercased().hasPrefix("date "), let t = DateParsing.parseWhole(String(line.dropFirst(5))) {
            published = published ?? t
            return true
        }
        if let t = DateParsing.parseWhole(line) {
            published = published ?? t
            return true
        }
        if line.hasPrefix("http://") || line.hasPrefix("https://"), !line.contains(" ") {
            url = url ?? line
            return true
        }
        if let name = Byline.name(in: line) {
            byline = byline ?? name
            return true
        }
        if title == nil, published == nil, byline == nil, TextHeader.looksLikeHeadline(line) {
            title = line
            return true
        }
        return false
    }

    static func looksLikeHeadline(_ line: String) -> Bool {
        let words = line.split(separator: " ").count
        guard words >= 2, words <= 25, line.unicodeScalars.count <= 200 else { return false }
        guard let first = line.unicodeScalars.first,
            first.properties.isUppercase || first == "\"" || first == "\u{201C}" || first.properties.numericType != nil
        else { return false }
        let last = line.unicodeScalars.last!
        return last != "." && last != ":" && last != ","
    }

    static func isBlank(_ s: Substring) -> Bool { s.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" } }
}

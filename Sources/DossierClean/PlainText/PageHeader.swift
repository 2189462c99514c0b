import Foundation
import DossierModel

/// The header fields of a whole page dumped to text, read from the units just above the story
/// (the header zone) and from the page's first line, which converters fill with the `<title>`.
public struct PageHeader: Sendable, Equatable {
    public var title: String?
    /// The publication date; an "Updated …" line never fills it while a first date exists.
    public var published: Timestamp?
    public var updated: Timestamp?
    public var byline: String?
    public var outlet: String?

    public init() {}

    /// Separators between a page title's headline and its site name: "Headline | Site".
    static let titleSeparators = [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00BB} ", " \u{00B7} "]

    static func read(units: [TextUnit], firstBody: Int, keep: [Bool], config: ScrapedPageConfiguration) -> PageHeader {
        var h = PageHeader()
        let zoneStart = max(0, firstBody - config.headerZone)
        // The story's first units may be the headline and date themselves, when the model kept them.
        let zoneEnd = min(units.count, firstBody + 4)
        let zone = Array(zoneStart..<zoneEnd)
        let titleParts = units.first.map { pageTitleParts(String($0.text)) } ?? []
        h.title = headline(units, zone: zone, firstBody: firstBody, titleParts: titleParts)
        if titleParts.count >= 2, let site = titleParts.last, let title = h.title,
           normalised(site) != normalised(title), site.split(separator: " ").count <= 5 {
            h.outlet = site
        }
        for k in zone.sorted(by: { abs($0 - firstBody) < abs($1 - firstBody) }) {
            let text = String(units[k].text)
            let f = LineFeatures(units[k].text)
            guard f.words <= 16 else { continue }
            if let (date, isUpdate) = dateLine(text) {
                if isUpdate { h.updated = h.updated ?? date } else { h.published = h.published ?? date }
            } else if h.byline == nil, let name = bylineName(text) {
                h.byline = name
            }
        }
        if h.published == nil { h.published = h.updated }
        return h
    }

    /// The parts of a "Headline | Site" page title, longest first apart from a trailing site name.
    static func pageTitleParts(_ line: String) -> [String] {
        var parts = [line.trimmingCharacters(in: .whitespaces)]
        for sep in titleSeparators {
            parts = parts.flatMap { $0.components(separatedBy: sep) }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The line that heads the story: a zone line the page title repeats, else the nearest
    /// headline-shaped line above the story (a markdown `#` heading first), else the title's
    /// longest part.
    static func headline(_ units: [TextUnit], zone: [Int], firstBody: Int, titleParts: [String]) -> String? {
        let wanted = Set(titleParts.filter { $0.split(separator: " ").count >= 3 }.map(normalised))
        var best: (score: Int, text: String)?
        for k in zone where k > 0 || titleParts.count == 1 {
            let raw = units[k].text
            var text = String(raw)
            let isHeading = text.hasPrefix("#")
            while text.hasPrefix("#") { text.removeFirst() }
            text = text.trimmingCharacters(in: .whitespaces)
            let f = LineFeatures(Substring(text))
            guard f.words >= 3, f.words <= 30, !f.endsWithColon, f.digitShare < 0.3, !f.copyright,
                  DateParsing.parse(text) == nil || f.words >= 6, bylineName(text) == nil else { continue }
            let shape = UnitFeatures.shape(Substring(text))
            guard shape.chromeWords * 3 < shape.words else { continue }
            var score = 0
            if wanted.contains(normalised(text)) { score += 100 }
            if isHeading && raw.hasPrefix("# ") { score += 30 } else if isHeading { score += 15 }
            if !f.endsLikeSentence { score += 10 }
            if shape.titleShare >= 0.5 { score += 5 }
            // Nearer the story's start is likelier the story's own headline.
            score -= min(20, abs(firstBody - k))
            if k >= firstBody { score -= 8 }
            if best == nil || score > best!.score { best = (score, text) }
        }
        if let best, best.score > -10 { return best.text }
        return titleParts.max { $0.unicodeScalars.count < $1.unicodeScalars.count }
            .flatMap { $0.split(separator: " ").count >= 3 ? $0 : nil }
    }

    /// A short line that is a date, bare or labelled ("Published: …", "Updated 10:42 GMT, 3 May 2017",
    /// "date 2022-12-19"); true in the second place for an update stamp.
    static func dateLine(_ text: String) -> (Timestamp, Bool)? {
        let lower = text.lowercased()
        let isUpdate = lower.hasPrefix("updated") || lower.hasPrefix("last updated") || lower.hasPrefix("last modified")
            || lower.contains("| updated") || lower.hasPrefix("aktualisiert") || lower.hasPrefix("mis à jour")
        if let t = DateParsing.parseWhole(text) { return (t, false) }
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20,
           let t = DateParsing.parseWhole(String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)) {
            return (t, isUpdate)
        }
        guard let t = DateParsing.parse(text), t.year >= 1990 else { return nil }
        return (t, isUpdate)
    }

    /// "By Mara Lindqvist" or "By Mara Lindqvist, Defence correspondent": the name part as written.
    public static func bylineName(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("By ") || trimmed.hasPrefix("by ") || trimmed.hasPrefix("BY ") else { return nil }
        let rest = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
        let words = rest.split(separator: " ")
        guard (1...12).contains(words.count), let first = rest.unicodeScalars.first,
              first.properties.isUppercase else { return nil }
        if rest.hasSuffix(".") && words.count > 6 { return nil }
        return rest
    }

    /// Lowercased letters and digits only, for comparing a title part with a line.
    static func normalised(_ s: String) -> String {
        String(String.UnicodeScalarView(s.lowercased().unicodeScalars.filter {
            $0.properties.isAlphabetic || ($0.value >= 48 && $0.value <= 57)
        }))
    }
}

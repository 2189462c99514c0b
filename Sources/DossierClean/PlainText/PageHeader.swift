import DossierModel
import DossierText
import Foundation

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
    static let titleSeparators = [" | ", " -- ", " - ", " \u{2013} ", " \u{2014} ", " :: ", " \u{00BB} ", " \u{00B7} "]

    static func read(
        units: [TextUnit], shapes: [UnitFeatures.Shape], firstBody: Int, keep: [Bool], config: ScrapedPageConfiguration
    ) -> PageHeader {
        var h = PageHeader()
        let zoneStart = max(0, firstBody - config.headerZone)
        // The story's first units may be the headline and date themselves, when the model kept them.
        let zoneEnd = min(units.count, firstBody + 4)
        let zone = Array(zoneStart..<zoneEnd)
        let titleParts = units.first.map { pageTitleParts(String($0.text)) } ?? []
        h.title = headline(units, shapes, zone: zone, firstBody: firstBody, titleParts: titleParts)
        // The first line is the page's <title> when the headline is one of its parts: its last part names the site.
        if titleParts.count >= 2, let site = titleParts.last, let title = h.title,
            titleParts.dropLast().contains(where: { normalised($0) == normalised(title) }),
            site.split(separator: " ").count <= 5
        {
            h.outlet = site
        }
        for k in zone.sorted(by: { abs($0 - firstBody) < abs($1 - firstBody) }) {
            let text = String(units[k].text)
            let f = LineFeatures(units[k].text)
            guard f.words <= 16 else { continue }
            if let (date, isUpdate) = dateLine(text) {
                if isUpdate { h.updated = h.updated ?? date } else { h.published = h.published ?? date }
            } else if h.byline == nil, let name = Byline.name(in: text) {
                h.byline = name
            }
        }
        if h.published == nil { h.published = h.updated }
        h.outlet =
            sourceLine(units) ?? h.outlet ?? deskByline(h.byline) ?? copyrightHolder(units)
            ?? selfReference(units, from: firstBody)
        return h
    }

    /// A "Source: Example News" line anywhere on the page names the outlet outright.
    static func sourceLine(_ units: [TextUnit]) -> String? {
        for u in units {
            let text = u.text
            guard text.count <= 60 else { continue }
            let lower = text.lowercased()
            for key in ["source:", "publisher:", "published by:"] where lower.hasPrefix(key) {
                let value = text.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
                if !value.isEmpty, value.split(separator: " ").count <= 6 { return value }
            }
        }
        return nil
    }

    /// "Example News Desk" or "Example News Staff" as a byline is the outlet writing as itself.
    static func deskByline(_ byline: String?) -> String? {
        guard let byline else { return nil }
        for suffix in [" News Desk", " Desk", " Staff", " Newsroom", " Editorial Team"] where byline.hasSuffix(suffix) {
            let name = String(byline.dropLast(suffix == " News Desk" ? " Desk".count : suffix.count))
            if name.split(separator: " ").count <= 4 { return name }
        }
        return nil
    }

    /// The holder in the page's rights notice at the foot: "© 2024 Example Media Ltd. All rights reserved."
    static func copyrightHolder(_ units: [TextUnit]) -> String? {
        for u in units.suffix(40).reversed() {
            var text = Substring(u.text)
            guard let sign = text.range(of: "\u{00A9}") ?? text.range(of: "Copyright ") else { continue }
            text = text[sign.upperBound...]
            var words = text.split(separator: " ")
            while let w = words.first,
                w.allSatisfy({ $0.isNumber || $0 == "-" || $0 == "," || $0 == "\u{2013}" })
                    || w == "(c)" || w == "\u{00A9}" || w.lowercased() == "copyright"
            {
                words.removeFirst()
            }
            var name: [Substring] = []
            for w in words {
                let stop = w.hasSuffix(".") || w.hasSuffix(",") || w.hasSuffix("|")
                let bare = w.trimmingCharacters(in: CharacterSet(charactersIn: ".,|"))
                if bare.isEmpty || bare.lowercased() == "all" { break }
                name.append(Substring(bare))
                if stop || name.count >= 5 { break }
            }
            guard let first = name.first?.unicodeScalars.first, first.properties.isUppercase else { continue }
            return name.joined(separator: " ")
        }
        return nil
    }

    /// The outlet naming itself in the story: "told Example.co.uk", "told ExampleNews.com".
    static func selfReference(_ units: [TextUnit], from start: Int) -> String? {
        for u in units[min(start, units.count)...] {
            guard let r = u.text.range(of: " told ") else { continue }
            let word = u.text[r.upperBound...].prefix { !$0.isWhitespace }
                .trimmingCharacters(in: CharacterSet(charactersIn: ".,;:'\"\u{2019}\u{201D}"))
            let parts = word.split(separator: ".")
            guard parts.count >= 2, let tld = parts.last, (2...4).contains(tld.count), tld.allSatisfy(\.isLetter),
                word.first?.isUppercase == true
            else { continue }
            return word
        }
        return nil
    }

    /// The parts of a "Headline | Site" page title, longest first apart from a trailing site name.
    static func pageTitleParts(_ line: String) -> [String] {
        var parts = [line.trimmingCharacters(in: .whitespaces)]
        for sep in titleSeparators {
            parts = parts.flatMap { $0.components(separatedBy: sep) }
        }
        return parts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The line that heads the story: a zone line the page title repeats, else the headline-shaped
    /// line above the story that shares most words with its lede and stands nearest to it
    /// (a markdown `#` heading first), else the title's longest part. Listed lines (bullets),
    /// dated lines, bylines, labels and teasers cut off with an ellipsis are other stories' or
    /// furniture.
    static func headline(
        _ units: [TextUnit], _ shapes: [UnitFeatures.Shape], zone: [Int], firstBody: Int, titleParts: [String]
    ) -> String? {
        let wanted = Set(titleParts.filter { $0.split(separator: " ").count >= 3 }.map(normalised))
        let lede = ledeWords(units, shapes, from: firstBody)
        var best: (score: Double, text: String)?
        for k in zone where k > 0 || titleParts.count == 1 {
            let raw = units[k].text
            var text = String(raw)
            let isHeading = text.hasPrefix("#")
            while text.hasPrefix("#") { text.removeFirst() }
            text = text.trimmingCharacters(in: .whitespaces)
            let f = LineFeatures(Substring(text))
            let shape = UnitFeatures.shape(Substring(text))
            guard f.words >= 3, f.words <= 30, !f.endsWithColon, f.digitShare < 0.3, !f.copyright, !shape.bullet,
                !text.hasSuffix("..."), !text.hasSuffix("\u{2026}"), f.capsLabelLength == nil,
                dateLine(text) == nil, Byline.name(in: text) == nil, shape.chromeWords * 3 < shape.words
            else { continue }
            var score = 0.0
            if wanted.contains(normalised(text)) { score += 100 }
            if isHeading && raw.hasPrefix("# ") { score += 30 } else if isHeading { score += 15 }
            // Headlines do not end as sentences or captions do, and are rarely long.
            score += f.endsLikeSentence ? -10 : 10
            if text.hasSuffix(")") { score -= 15 }
            if f.words > 20 { score -= 10 }
            if shape.titleShare >= 0.5 { score += 5 }
            if shape.chromeWords > 0 { score -= 10 }
            let own = contentWords(Substring(text))
            let ledeHere = k >= firstBody ? ledeWords(units, shapes, from: k + 1) : lede
            if !own.isEmpty { score += 40 * Double(own.intersection(ledeHere).count) / Double(own.count) }
            // Nearer the story's start is likelier the story's own headline.
            score -= Double(min(20, abs(firstBody - k)))
            if k >= firstBody { score -= 8 }
            // "Organization: Internet Archive", "Filed to: Automation": a label and its value.
            if let colon = text.firstIndex(of: ":"),
                text[text.index(after: colon)...].split(separator: " ").count <= 3
            {
                score -= 30
            }
            if best == nil || score > best!.score { best = (score, text) }
        }
        // A first line cut by title separators is the page's <title>: its headline part competes too.
        if titleParts.count >= 2 {
            for part in titleParts where part.split(separator: " ").count >= 3 {
                let own = contentWords(Substring(part))
                guard !own.isEmpty else { continue }
                let score = 15 + 40 * Double(own.intersection(lede).count) / Double(own.count)
                if best == nil || score > best!.score { best = (score, part) }
            }
        }
        if let best, best.score > -5 { return best.text }
        return titleParts.max { $0.unicodeScalars.count < $1.unicodeScalars.count }
            .flatMap { $0.split(separator: " ").count >= 3 ? $0 : nil }
    }

    /// Content words (not function words, three letters or more) of the story's first prose units.
    static func ledeWords(_ units: [TextUnit], _ shapes: [UnitFeatures.Shape], from start: Int) -> Set<String> {
        var out = Set<String>()
        var prose = 0
        var k = start
        while k < units.count && prose < 3 {
            if shapes[k].prose {
                prose += 1
                out.formUnion(contentWords(units[k].text))
            }
            k += 1
        }
        return out
    }

    static func contentWords(_ text: Substring) -> Set<String> {
        Set(LineFeatures.words(of: text).filter { $0.count >= 3 && !UnitFeatures.stopwords.contains($0) })
    }

    /// A short line that is a date, bare or labelled ("Published: …", "Updated 10:42 GMT, 3 May 2017",
    /// "date 2022-12-19"); true in the second place for an update stamp.
    static func dateLine(_ text: String) -> (Timestamp, Bool)? {
        let lower = text.lowercased()
        let isUpdate =
            lower.hasPrefix("updated") || lower.hasPrefix("last updated") || lower.hasPrefix("last modified")
            || lower.contains("| updated") || lower.hasPrefix("aktualisiert") || lower.hasPrefix("mis à jour")
        if let t = DateParsing.parseWhole(text) { return (t, isUpdate) }
        if let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 20,
            let t = DateParsing.parseWhole(text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        {
            return (t, isUpdate)
        }
        guard let t = DateParsing.parse(text), t.year >= 1990 else { return nil }
        return (t, isUpdate)
    }

    /// Lowercased letters and digits only, for comparing a title part with a line.
    static func normalised(_ s: String) -> String {
        String(
            String.UnicodeScalarView(
                s.lowercased().unicodeScalars.filter {
                    ScalarTests.isAlphabetic($0) || ($0.value >= 48 && $0.value <= 57)
                }))
    }
}

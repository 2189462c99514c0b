import DossierModel
import DossierText

/// Thresholds of whole-page cleaning, fitted on `../shared/data/dev/scraped` (705 pages, three
/// converters) with sites held out in cross-validation (docs/measuring.md).
public struct ScrapedPageConfiguration: Sendable {
    /// Units whose story probability reaches this are kept.
    public var keepProbability = 0.5
    /// A prose unit at most this many units after a kept one, with at least this probability,
    /// is kept too (`rescueProse`).
    public var rescueDistance = 3
    public var rescueProbability = 0.1
    /// Captions have at least this many words (crossheads fewer).
    public var minCaptionWords = 7
    /// The header zone: this many units before the first story unit.
    public var headerZone = 30

    public init() {}
}

/// A whole news page dumped to text (navigation, teasers, footers and all): the story kept, the
/// rest removed verbatim, and the header fields read from the units around the story's start.
public struct ScrapedPage: Sendable {
    public var text: String
    public var removed: [String]
    public var header: PageHeader

    /// Cleans a whole page with `model`; nil when the page has no unit the model keeps.
    public static func clean(
        lines: [Substring], units: [TextUnit], model: ChromeModel, config: ScrapedPageConfiguration = .init()
    ) -> ScrapedPage? {
        let (p, shapes) = model.beliefs(units)
        var keep = p.map { $0 >= config.keepProbability }
        rescueProse(shapes, p, &keep, config)
        dropCaptions(units, shapes, &keep, config)
        dropPullQuotes(units, &keep)
        guard let firstBody = keep.firstIndex(of: true) else { return nil }
        let header = PageHeader.read(units: units, shapes: shapes, firstBody: firstBody, keep: keep, config: config)
        var keptCells: [[Substring]] = Array(repeating: [], count: lines.count)
        var hasUnit = [Bool](repeating: false, count: lines.count)
        // Lines after the first of a kept unit joined across lines: already written with it.
        var continuation = [Bool](repeating: false, count: lines.count)
        var removed: [String] = []
        var run: [Substring] = []
        for (k, u) in units.enumerated() {
            for l in u.line...u.lastLine { hasUnit[l] = true }
            if keep[k] && u.lastLine > u.line { for l in (u.line + 1)...u.lastLine { continuation[l] = true } }
            if keep[k] {
                if !run.isEmpty { removed.append(run.joined(separator: "\n")); run = [] }
                if let cut = InlineTeasers.cut(u.text) {
                    if !cut.kept.isEmpty { keptCells[u.line].append(Substring(cut.kept)) }
                    removed += cut.removed
                } else {
                    keptCells[u.line].append(u.text)
                }
            } else {
                run.append(u.text)
            }
        }
        if !run.isEmpty { removed.append(run.joined(separator: "\n")) }
        // A line whose units all went becomes a paragraph break, so the story's paragraphs that
        // a dropped column or teaser separated stay apart.
        var out: [String] = []
        var lastBlank = true
        for k in lines.indices where !continuation[k] {
            let blank = keptCells[k].isEmpty
            if blank {
                if !lastBlank && (hasUnit[k] || lines[k].allSatisfy(\.isWhitespace)) { out.append("") }
                lastBlank = true
                continue
            }
            out.append(keptCells[k].joined(separator: " "))
            lastBlank = false
        }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return ScrapedPage(text: out.joined(separator: "\n"), removed: removed, header: header)
    }

    /// A story's last paragraph stands next to the footer's chrome and can lose the model's vote:
    /// a full prose sentence close after kept units, with some probability of its own, stays.
    static func rescueProse(
        _ shapes: [UnitFeatures.Shape], _ p: [Double], _ keep: inout [Bool], _ config: ScrapedPageConfiguration
    ) {
        var lastKept: Int?
        for k in shapes.indices {
            if keep[k] { lastKept = k; continue }
            guard let last = lastKept, k - last <= config.rescueDistance,
                p[k] >= config.rescueProbability
            else { continue }
            let s = shapes[k]
            if s.prose && s.words >= 12 && s.stopShare >= 0.2 && !s.link && s.chromeWords <= 1 {
                keep[k] = true
                lastKept = k
            }
        }
    }

    /// A photo caption stands among the story's paragraphs as a line of several words that does
    /// not end as a sentence does (a crosshead is shorter), between two kept prose sentences.
    static func dropCaptions(
        _ units: [TextUnit], _ shapes: [UnitFeatures.Shape], _ keep: inout [Bool], _ config: ScrapedPageConfiguration
    ) {
        for k in units.indices where keep[k] && k > 0 && k + 1 < units.count {
            let s = shapes[k]
            guard s.words >= config.minCaptionWords, s.words <= 30, !s.endsSentence, !s.endsColon, !s.startsLower,
                units[k].text.last != ","
            else { continue }
            let before = shapes[k - 1]
            let after = shapes[k + 1]
            if keep[k - 1] && keep[k + 1] && before.endsSentence && after.prose && !after.startsLower {
                keep[k] = false
            }
        }
    }

    /// A pull quote repeats a sentence of the story in large type: a kept unit whose words another,
    /// longer kept unit already holds, or that an earlier kept unit said word for word, goes.
    static func dropPullQuotes(_ units: [TextUnit], _ keep: inout [Bool]) {
        let kept = keep.indices.filter { keep[$0] }
        let keys = Dictionary(uniqueKeysWithValues: kept.map { ($0, PageHeader.normalised(String(units[$0].text))) })
        let lengths = keys.mapValues { $0.unicodeScalars.count }
        var seen = Set<String>()
        for k in kept {
            guard let key = keys[k], let length = lengths[k], length >= 30 else { continue }
            if seen.contains(key) { keep[k] = false; continue }
            seen.insert(key)
            guard units[k].text.unicodeScalars.count <= 400 else { continue }
            for j in kept where j != k {
                if let other = keys[j], let otherLength = lengths[j], otherLength > length + 10,
                    ScalarTests.contains(Substring(other), key)
                {
                    keep[k] = false
                    break
                }
            }
        }
    }
}

import DossierModel

/// Thresholds of whole-page cleaning, fitted on `../shared/data/dev/scraped` (705 pages, three
/// converters) with sites held out in cross-validation (docs/measuring.md).
public struct ScrapedPageConfiguration: Sendable {
    /// A text is a whole page, not an article with some chrome, when it has at least this many units...
    public var minUnits = 25
    /// ...and at least this share of them are short non-sentences (menus, link lists, labels).
    public var minChromeShare = 0.3
    /// ...and fewer than this share are tokenised upstream (" , " and " ." as in CoNLL).
    public var maxTokenizedShare = 0.1
    /// ...and fewer than this share of its commas and full stops stand apart from the word before
    /// them (at least `minSpacedPunctuation` of them): a tokenised corpus table ("won , lost ,")
    /// has few tokenised lines but all its punctuation spaced; scraped pages stay under 0.13.
    public var maxSpacedPunctuationShare = 0.5
    public var minSpacedPunctuation = 2
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

    /// True when `units` look like a whole page rather than an article body: many units, many of
    /// them short lines that are not sentences.
    public static func isWholePage(_ units: [TextUnit], _ config: ScrapedPageConfiguration = .init()) -> Bool {
        guard units.count >= config.minUnits else { return false }
        var short = 0
        var tokenized = 0
        for u in units {
            let f = LineFeatures(u.text)
            if f.words <= 4 && !f.endsLikeSentence { short += 1 }
            if f.tokenizedPunctuation { tokenized += 1 }
        }
        // Text tokenised upstream (a corpus such as CoNLL, tables and all) is no scraped page.
        if Double(tokenized) >= Double(units.count) * config.maxTokenizedShare { return false }
        var spaced = 0, attached = 0
        for u in units { countPunctuation(u.text, spaced: &spaced, attached: &attached) }
        if spaced >= config.minSpacedPunctuation,
            Double(spaced) >= Double(spaced + attached) * config.maxSpacedPunctuationShare
        {
            return false
        }
        return Double(short) >= Double(units.count) * config.minChromeShare
    }

    /// Commas and full stops that end a word (followed by a blank or the line's end), by whether
    /// a blank stands before them (" ," as tokenisers write) or a word character does.
    public static func countPunctuation(_ text: Substring, spaced: inout Int, attached: inout Int) {
        var before: Unicode.Scalar = " "
        // The mark just read, if it may end a word: whether a blank stood before it.
        var pendingSpaced: Bool? = nil
        func settle() {
            if let p = pendingSpaced { if p { spaced += 1 } else { attached += 1 } }
        }
        for c in text.unicodeScalars {
            if pendingSpaced != nil {
                if c == " " || c == "\t" { settle() }
                pendingSpaced = nil
            }
            if c == "," || c == "." {
                if before == " " {
                    pendingSpaced = true
                } else if ScalarTests.isAlphabetic(before) || (before.value >= 48 && before.value <= 57) {
                    pendingSpaced = false
                }
            }
            before = c
        }
        settle()
    }

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

import DossierText
/// Finds the site chrome that scrapers leave in article text, line by line, from generic
/// features rather than phrase lists: see each named rule.
public enum BoilerplateDetector {
    /// A removable run of lines, `[start, end)` in line indices, and why.
    public struct Removal: Equatable, Sendable {
        public var lines: Range<Int>
        public var rule: Rule
    }

    public enum Rule: String, Sendable {
        /// "ALSO READ: <headline>" or "WATCH: <headline>" dropped between paragraphs.
        case teaser
        /// A short label followed by two or more headline lines ("Related news", then headlines).
        case headlineBlock
        /// Copyright and rights notices, with the short lines that trail them.
        case footer
        /// Lines that are only a link marker ("Read more »").
        case linkLine
        /// A short line in capitals alone between paragraphs ("ADVERTISEMENT").
        case shoutedLabel
        /// A short line near the top or bottom naming the outlet itself ("BRIEFWAVE | Your world, in brief").
        case siteBanner
        /// A closing line in which the outlet speaks of itself: its self-description or disclaimer.
        case selfReference
        /// The byline (often an editorial desk) repeated in the body.
        case bylineRepeat
        /// A line that recurs across several reports of the same outlet: template, not story.
        case recurring
    }

    /// What the detector knows beyond the text: the article's own metadata and its siblings.
    public struct Context: Sendable {
        /// Lowercased distinctive words of the outlet's name or domain.
        public var outletWords: Set<String> = []
        public var byline: String?
        /// Trimmed lines and how many reports of the same outlet in the batch carry each.
        public var recurring: [String: Int] = [:]

        public init(outletWords: Set<String> = [], byline: String? = nil, recurring: [String: Int] = [:]) {
            self.outletWords = outletWords
            self.byline = byline
            self.recurring = recurring
        }
    }

    public static func detect(lines: [Substring], outletWords: Set<String> = []) -> [Removal] {
        detect(lines: lines, context: Context(outletWords: outletWords))
    }

    public static func detect(lines: [Substring], context: Context) -> [Removal] {
        let outletWords = context.outletWords
        let byline = context.byline.map(normalisedByline)
        let f = lines.map(LineFeatures.init)
        let nonBlank = f.indices.filter { !f[$0].isBlank }
        let edge = Set(nonBlank.prefix(3) + nonBlank.suffix(3))
        // Closing lines, in a text long enough that they are not the story itself.
        let tail = nonBlank.count >= 8 ? Set(nonBlank.suffix(3)) : []
        // Text tokenised upstream (a corpus, not a scrape) carries no site chrome.
        let tokenized = nonBlank.filter { f[$0].tokenizedPunctuation }.count
        if tokenized * 10 >= nonBlank.count * 3 { return [] }
        var removals: [Removal] = []
        var i = 0
        while i < f.count {
            let line = f[i]
            if line.isBlank { i += 1; continue }
            if line.copyright {
                // A rights notice near the end takes the rest of the page with it: disclaimers,
                // policy links. Elsewhere only the notice itself goes.
                let after = nonBlank.filter { $0 > i }.count
                let end = after <= 3 ? f.count : i + 1
                removals.append(Removal(lines: i..<end, rule: .footer))
                i = end
                continue
            }
            if line.isShouted && line.words <= 3 && line.digitShare == 0 && neighboursAreProse(f, i) {
                removals.append(Removal(lines: i..<(i + 1), rule: .shoutedLabel))
                i += 1
                continue
            }
            if edge.contains(i), !line.endsLikeSentence, line.words <= 10, !outletWords.isEmpty,
                LineFeatures.words(of: lines[i]).contains(where: outletWords.contains)
            {
                removals.append(Removal(lines: i..<(i + 1), rule: .siteBanner))
                i += 1
                continue
            }
            if tail.contains(i), line.words <= 40, !outletWords.isEmpty, startsWithOutlet(lines[i], outletWords) {
                removals.append(Removal(lines: i..<(i + 1), rule: .selfReference))
                i += 1
                continue
            }
            if let byline, line.words <= 12, normalisedByline(lines[i]) == byline {
                removals.append(Removal(lines: i..<(i + 1), rule: .bylineRepeat))
                i += 1
                continue
            }
            if let seen = context.recurring[lines[i].trimmingCharacters(in: .whitespaces)],
                seen >= 3 || (seen >= 2 && !(line.endsLikeSentence && line.words >= 8))
            {
                removals.append(Removal(lines: i..<(i + 1), rule: .recurring))
                i += 1
                continue
            }
            if line.capsLabelLength != nil, !line.endsLikeSentence, line.words <= 30, line.words >= 4,
                !line.tokenizedPunctuation, line.digitShare < 0.2
            {
                removals.append(Removal(lines: i..<(i + 1), rule: .teaser))
                i += 1
                continue
            }
            if line.linkMarker && line.words <= 6 {
                removals.append(Removal(lines: i..<(i + 1), rule: .linkLine))
                i += 1
                continue
            }
            if line.isLabelLike || line.isHeadlineLike {
                // Count the headline lines that follow, allowing blank lines and link markers between.
                var j = i + 1
                var headlines = line.isLabelLike && !line.isHeadlineLike ? 0 : 1
                var lastHeadline = i
                // Lists of dated lines are schedules and tables, not links: allow one number at most.
                var withDigits = line.digitShare > 0 ? 1 : 0
                while j < f.count {
                    if f[j].isBlank || (f[j].linkMarker && f[j].words <= 6) { j += 1; continue }
                    guard f[j].isHeadlineLike else { break }
                    if f[j].digitShare > 0 { withDigits += 1 }
                    if withDigits > 1 { break }
                    headlines += 1
                    lastHeadline = j
                    j += 1
                }
                // A label and two headline lines, or three headline lines closing the page, are a
                // list of links, not prose; a list inside the article without a label stays.
                let labelled = line.isLabelLike && !line.isHeadlineLike && !line.tokenizedPunctuation
                let closesPage = !f[(lastHeadline + 1)...].contains { $0.endsLikeSentence && $0.words >= 8 }
                if (labelled && headlines >= 2) || (closesPage && headlines >= 3) {
                    var end = lastHeadline + 1
                    while end < f.count && f[end].linkMarker && f[end].words <= 6 { end += 1 }
                    removals.append(Removal(lines: i..<end, rule: .headlineBlock))
                    i = end
                    continue
                }
            }
            i += 1
        }
        return removals
    }

    /// "By Jane Doe" and "JANE DOE" compare equal to the byline "Jane Doe".
    static func normalisedByline<S: StringProtocol>(_ s: S) -> String {
        var t = s.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("by ") { t.removeFirst(3) }
        return t
    }

    /// The outlet is the subject: "Briefwave is an independent…", "The Courier does not…".
    static func startsWithOutlet(_ line: Substring, _ outletWords: Set<String>) -> Bool {
        let words = LineFeatures.words(of: line.prefix(80))
        guard let first = words.first else { return false }
        if outletWords.contains(first) { return true }
        return first == "the" && words.count > 1 && outletWords.contains(words[1])
    }

    /// The nearest non-blank lines on both sides are sentences of prose.
    static func neighboursAreProse(_ f: [LineFeatures], _ i: Int) -> Bool {
        func prose(_ k: Int?) -> Bool { k.map { f[$0].endsLikeSentence && f[$0].words >= 8 } ?? false }
        let before = f[..<i].lastIndex { !$0.isBlank }
        let after = f[(i + 1)...].firstIndex { !$0.isBlank }
        return prose(before) && prose(after)
    }
}

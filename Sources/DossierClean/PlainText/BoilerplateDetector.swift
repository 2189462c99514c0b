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
    }

    public static func detect(lines: [Substring]) -> [Removal] {
        let f = lines.map(LineFeatures.init)
        var removals: [Removal] = []
        var i = 0
        while i < f.count {
            let line = f[i]
            if line.isBlank { i += 1; continue }
            if line.copyright {
                // Everything after a rights notice that is not a real paragraph is footer too.
                var end = i + 1
                while end < f.count && (f[end].isBlank || !f[end].endsLikeSentence || f[end].words <= 12) { end += 1 }
                if end == f.count {
                    removals.append(Removal(lines: i..<end, rule: .footer))
                    break
                }
                removals.append(Removal(lines: i..<(i + 1), rule: .footer))
                i += 1
                continue
            }
            if let label = line.capsLabelLength, label < line.scalars - 2, !line.endsLikeSentence, line.words <= 30 {
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
                while j < f.count {
                    if f[j].isBlank || (f[j].linkMarker && f[j].words <= 6) { j += 1; continue }
                    guard f[j].isHeadlineLike else { break }
                    headlines += 1
                    lastHeadline = j
                    j += 1
                }
                // A run of three headline lines, or a label and two, is a list of links, not prose.
                if headlines >= 3 || (headlines >= 2 && line.isLabelLike && !line.isHeadlineLike) {
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
}

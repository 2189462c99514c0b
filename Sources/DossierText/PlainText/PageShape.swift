/// Thresholds of the whole-page test, fitted on `../shared/data/dev/scraped` (705 pages, three
/// converters) with sites held out in cross-validation (docs/measuring.md).
public struct PageShapeConfiguration: Sendable {
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

    public init() {}
}

/// Whether a plain text is a whole news page dumped to text (menus, teasers, footers and all) or
/// an article body: the plain-text reader asks before reading header lines, the clean stage before
/// choosing how to clean.
public enum PageShape {
    /// True when `units` look like a whole page rather than an article body: many units, many of
    /// them short lines that are not sentences.
    public static func isWholePage(_ units: [TextUnit], _ config: PageShapeConfiguration = .init()) -> Bool {
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
}

/// The generic features boilerplate detection reads off one line of scraped text.
public struct LineFeatures {
    public let words: Int
    public let scalars: Int
    /// Ends as a sentence does: `.`, `!`, `?`, `…`, or a closing quote after one.
    public let endsLikeSentence: Bool
    public let startsUppercase: Bool
    public let digitShare: Double
    /// An all-capitals label before a colon, as in "WATCH: ..." (the label's length in scalars).
    public let capsLabelLength: Int?
    /// Contains a copyright sign or notice.
    public let copyright: Bool
    /// Ends with a link-like arrow or chevron ("Read more »").
    public let linkMarker: Bool
    public let isBlank: Bool
    /// Has letters, and every letter is a capital.
    public let isShouted: Bool

    public init(_ line: Substring) {
        var words = 0
        var inWord = false
        var scalars = 0
        var digits = 0
        var letters = 0
        var last: Unicode.Scalar = " "
        var beforeLast: Unicode.Scalar = " "
        var first: Unicode.Scalar?
        for c in line.unicodeScalars {
            scalars += 1
            let space = c == " " || c == "\t" || c == "\r" || c == "\u{00A0}" || c == "\n"
            if space { inWord = false; continue }
            if first == nil { first = c }
            if !inWord { words += 1; inWord = true }
            if c.value >= 48 && c.value <= 57 { digits += 1 } else if ScalarTests.isAlphabetic(c) { letters += 1 }
            beforeLast = last
            last = c
        }
        self.words = words
        self.scalars = scalars
        self.isBlank = words == 0
        self.endsWithColon = last == ":"
        self.isShouted = letters > 0 && !line.unicodeScalars.contains(where: ScalarTests.isLowercase)
        let terminal = LineFeatures.terminal
        self.endsLikeSentence =
            terminal.contains(last)
            || (LineFeatures.closers.contains(last) && terminal.contains(beforeLast))
        self.startsUppercase = first.map(ScalarTests.isUppercase) ?? false
        self.digitShare = letters + digits == 0 ? 0 : Double(digits) / Double(letters + digits)
        self.linkMarker =
            last == "\u{00BB}" || last == "\u{203A}" || last == "\u{2192}" || (last == ">" && beforeLast == ">")
        // A rights notice: the phrase, or a copyright sign with a year in a short line
        // (a lone "©" also turns up inside mojibake such as "Ã©").
        let sign =
            ScalarTests.contains(line, "\u{00A9} ") || ScalarTests.lowercasedContains(line, "(c) ")
            || ScalarTests.lowercasedHasPrefix(line, "copyright")
        self.copyright =
            ScalarTests.lowercasedContains(line, "all rights reserved")
            || (sign && words <= 25 && LineFeatures.hasYear(line))
        var label: Int?
        var n = 0
        var upper = 0
        var previous: Unicode.Scalar = " "
        for c in line.unicodeScalars {
            if c == ":" { if upper >= 2 && n <= 24 && previous != " " { label = n }; break }
            previous = c
            if ScalarTests.isLowercase(c) || c.value >= 48 && c.value <= 57 { break }
            if ScalarTests.isUppercase(c) { upper += 1 }
            n += 1
            if n > 24 { break }
        }
        self.capsLabelLength = label
        self.tokenizedPunctuation =
            ScalarTests.contains(line, " , ") || ScalarTests.hasSuffix(line, " .")
            || ScalarTests.contains(line, " ( ")
    }

    /// Marks that end a sentence, and the closing quotes and brackets that may follow one.
    public static let terminal: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    public static let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "\u{00BB}"]

    /// Text tokenised before it reached us (" , " and " ." as in CoNLL), which is never site chrome.
    public var tokenizedPunctuation = false

    public static func hasYear(_ line: Substring) -> Bool {
        var run = 0
        var value = 0
        for c in line.unicodeScalars {
            if c.value >= 48 && c.value <= 57 {
                run += 1
                value = value * 10 + Int(c.value - 48)
                if run == 4 && (1900...2099).contains(value) { return true }
            } else {
                run = 0; value = 0
            }
        }
        return false
    }

    /// Lowercased alphanumeric words of a line.
    public static func words(of line: Substring) -> [String] {
        line.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    /// A headline as sites list them: capitalised, several words, no closing punctuation, few digits.
    public var isHeadlineLike: Bool {
        startsUppercase && words >= 3 && words <= 22 && !endsLikeSentence && digitShare < 0.2 && !isShouted
            && !tokenizedPunctuation && !endsWithColon
    }

    public var endsWithColon = false

    /// A section label such as "Related" or "More stories": one to four words, no sentence end.
    public var isLabelLike: Bool {
        startsUppercase && words >= 1 && words <= 4 && !endsLikeSentence && digitShare == 0
    }
}

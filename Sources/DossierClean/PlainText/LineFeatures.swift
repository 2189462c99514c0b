/// The generic features boilerplate detection reads off one line of scraped text.
struct LineFeatures {
    let words: Int
    let scalars: Int
    /// Ends as a sentence does: `.`, `!`, `?`, `…`, or a closing quote after one.
    let endsLikeSentence: Bool
    let startsUppercase: Bool
    let digitShare: Double
    /// An all-capitals label before a colon, as in "WATCH: ..." (the label's length in scalars).
    let capsLabelLength: Int?
    /// Contains a copyright sign or notice.
    let copyright: Bool
    /// Ends with a link-like arrow or chevron ("Read more »").
    let linkMarker: Bool
    let isBlank: Bool

    init(_ line: Substring) {
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
            let space = c == " " || c == "\t" || c == "\r" || c == "\u{00A0}"
            if space { inWord = false; continue }
            if first == nil { first = c }
            if !inWord { words += 1; inWord = true }
            if c.value >= 48 && c.value <= 57 { digits += 1 } else if c.properties.isAlphabetic { letters += 1 }
            beforeLast = last
            last = c
        }
        self.words = words
        self.scalars = scalars
        self.isBlank = words == 0
        let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "'", "\u{2019}", ")", "\u{00BB}"]
        let terminal: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
        self.endsLikeSentence = terminal.contains(last) || (closers.contains(last) && terminal.contains(beforeLast))
        self.startsUppercase = first.map { $0.properties.isUppercase } ?? false
        self.digitShare = letters + digits == 0 ? 0 : Double(digits) / Double(letters + digits)
        self.linkMarker = last == "\u{00BB}" || last == "\u{203A}" || last == "\u{2192}" || (last == ">" && beforeLast == ">")
        self.copyright = line.contains("\u{00A9}") || line.contains("(c) ") || line.contains("(C) ")
            || line.lowercased().contains("all rights reserved")
        var label: Int?
        var n = 0
        var upper = 0
        for c in line.unicodeScalars {
            if c == ":" { if upper >= 2 && n <= 24 { label = n }; break }
            if c.properties.isLowercase || c.value >= 48 && c.value <= 57 { break }
            if c.properties.isUppercase { upper += 1 }
            n += 1
            if n > 24 { break }
        }
        self.capsLabelLength = label
    }

    /// A headline as sites list them: capitalised, several words, no closing punctuation, few digits.
    var isHeadlineLike: Bool {
        startsUppercase && words >= 3 && words <= 22 && !endsLikeSentence && digitShare < 0.2
    }

    /// A section label such as "Related" or "More stories": one to four words, no sentence end.
    var isLabelLike: Bool {
        startsUppercase && words >= 1 && words <= 4 && !endsLikeSentence && digitShare == 0
    }
}

/// The units a scraped page is judged in: its lines, and the cells of a line that a layout-keeping
/// converter (inscriptis, lynx, w3m) printed side by side, where a navigation column and the story
/// share one line ("    World            Apple unveils video-playing iPod").
public struct TextUnit: Sendable, Equatable {
    /// Index of the line the unit stands on.
    public var line: Int
    /// Index of its last line: later than `line` when a hard-wrapped paragraph was joined up.
    public var lastLine: Int
    /// The unit's text, trimmed.
    public var text: Substring
    /// True when its line holds more than one cell.
    public var isCell: Bool
    /// Leading spaces of the unit's line (layout converters indent nested blocks).
    public var indent: Int
}

public enum TextUnits {
    /// A run of this many spaces (or any tab) inside a line separates two cells: prose never has one.
    public static let cellGap = 3

    /// The non-blank units of `lines`, in reading order.
    public static func split(_ lines: [Substring]) -> [TextUnit] {
        var out: [TextUnit] = []
        for (k, line) in lines.enumerated() {
            var cells: [Substring] = []
            var indent = 0
            var start: Substring.Index?
            var lastNonSpace: Substring.Index?
            var gap = 0
            var sawText = false
            var i = line.startIndex
            while i < line.endIndex {
                let c = line.unicodeScalars[i]
                let space = c == " " || c == "\u{00A0}" || c == "\r"
                if space || c == "\t" {
                    gap += c == "\t" ? cellGap : 1
                    if !sawText { indent += 1 }
                } else {
                    if let s = start, let e = lastNonSpace, gap >= cellGap {
                        cells.append(Substring(line.unicodeScalars[s...e]))
                        start = nil
                    }
                    if start == nil { start = i }
                    lastNonSpace = i
                    gap = 0
                    sawText = true
                }
                i = line.unicodeScalars.index(after: i)
            }
            if let s = start, let e = lastNonSpace { cells.append(Substring(line.unicodeScalars[s...e])) }
            for cell in cells {
                out.append(TextUnit(line: k, lastLine: k, text: cell, isCell: cells.count > 1, indent: indent))
            }
        }
        return unwrapped(out, lines)
    }

    /// Converters such as html2text, lynx and w3m wrap paragraphs at a fixed width (often 72-80
    /// columns). The width shows as the length most long lines stop just short of; a line is
    /// continued by the next when the next one's first word would not have fitted after it.
    public static func unwrapped(_ units: [TextUnit], _ lines: [Substring]) -> [TextUnit] {
        var lengths: [Int] = []
        for u in units where !u.isCell { lengths.append(u.indent + u.text.unicodeScalars.count) }
        guard lengths.count >= 10 else { return units }
        let sorted = lengths.sorted()
        let width = sorted[min(sorted.count - 1, sorted.count * 97 / 100)]
        let nearWidth = lengths.filter { $0 >= width - 15 && $0 <= width }.count
        guard (40...132).contains(width), nearWidth >= 8, nearWidth * 10 >= lengths.count else { return units }
        var out: [TextUnit] = []
        for u in units {
            if let last = out.last, !last.isCell, !u.isCell, u.line == last.lastLine + 1, continues(last, u, width),
                sameText(last.text, u.text)
            {
                let base = u.text.base
                let joined = base[last.text.startIndex..<u.text.endIndex]
                out[out.count - 1] = TextUnit(
                    line: last.line, lastLine: u.line, text: joined, isCell: false, indent: last.indent)
            } else {
                out.append(u)
            }
        }
        return out
    }

    /// Both units are slices of one text, the first before the second (lines split from one body).
    static func sameText(_ a: Substring, _ b: Substring) -> Bool {
        a.base.utf8.count == b.base.utf8.count && a.endIndex <= b.startIndex && b.endIndex <= b.base.endIndex
    }

    static func continues(_ a: TextUnit, _ b: TextUnit, _ width: Int) -> Bool {
        let tail = a.text.unicodeScalars.reversed().prefix { $0 != "\n" }.count
        let length = (a.line == a.lastLine ? a.indent : 0) + tail
        let firstWord = b.text.unicodeScalars.prefix { $0 != " " }.count
        guard length >= width / 2, length + 1 + firstWord > width, abs(b.indent - a.indent) <= 4 else { return false }
        // A new list item or heading starts its own unit.
        guard let first = b.text.unicodeScalars.first else { return false }
        return !"*-+#\u{2022}".unicodeScalars.contains(first)
    }
}

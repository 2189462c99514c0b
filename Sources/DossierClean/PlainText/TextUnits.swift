/// The units a scraped page is judged in: its lines, and the cells of a line that a layout-keeping
/// converter (inscriptis, lynx, w3m) printed side by side, where a navigation column and the story
/// share one line ("    World            Apple unveils video-playing iPod").
public struct TextUnit: Sendable, Equatable {
    /// Index of the line the unit stands on.
    public var line: Int
    /// The unit's text, trimmed.
    public var text: Substring
    /// True when its line holds more than one cell.
    public var isCell: Bool
    /// Leading spaces of the unit's line (layout converters indent nested blocks).
    public var indent: Int
}

public enum TextUnits {
    /// A run of this many spaces (or any tab) inside a line separates two cells: prose never has one.
    static let cellGap = 3

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
                out.append(TextUnit(line: k, text: cell, isCell: cells.count > 1, indent: indent))
            }
        }
        return out
    }
}

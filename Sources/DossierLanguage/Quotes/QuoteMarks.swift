import DossierModel

/// One top-level quotation: the words between an opening mark and its closing mark, possibly
/// running over several paragraphs (each re-opened with a mark, closed only at the last).
struct QuotedRegion {
    /// Scalar index of the opening mark.
    var open: Int
    /// Scalar index of the closing mark, or the end of the last paragraph when never closed.
    var close: Int
    /// Just past the closing mark.
    var closeEnd: Int
    /// The quoted words, one span per paragraph, marks excluded.
    var segments: [Span]
    var closed: Bool
}

/// Pairs quotation marks scalar by scalar: curly and straight double quotes, guillemets, and
/// single quotes (British style), keeping apostrophes out.
enum QuoteMarks {
    private enum Kind { case double, single, guillemet }

    @inline(__always) private static func isLetterOrDigit(_ c: Unicode.Scalar) -> Bool {
        Tokenizer.isWordScalar(c)
    }

    @inline(__always) private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\n" || c == "\t" || c == "\r" || c == "\u{00A0}"
            || (c.value > 0x7F && c.properties.isWhitespace)
    }

    /// Where an opening mark may stand: at the start, after a space, or after an opening bracket or dash.
    @inline(__always) private static func opensAfter(_ s: [Unicode.Scalar], _ i: Int, _ lo: Int) -> Bool {
        if i <= lo { return true }
        let p = s[i - 1]
        return isSpace(p) || p == "(" || p == "[" || p == "\u{2014}" || p == "\u{2013}" || p == "-" || p == "/"
            || p == "\u{201C}" || p == "\u{2018}" || p == "\"" || p == "\u{00AB}"
    }

    @inline(__always) private static func closesBefore(_ s: [Unicode.Scalar], _ i: Int, _ hi: Int) -> Bool {
        if i + 1 >= hi { return true }
        let n = s[i + 1]
        return !isLetterOrDigit(n)
    }

    /// "the voters’ decision": a mark after an -s and before a lower-case word, with another
    /// closing candidate later in the paragraph, is taken as an apostrophe.
    private static func isPluralPossessive(_ s: [Unicode.Scalar], _ i: Int, _ end: Int) -> Bool {
        guard i > 0, s[i - 1] == "s", i + 2 < end, s[i + 1] == " ", s[i + 2].properties.isLowercase else {
            return false
        }
        var j = i + 2
        while j < end {
            if (s[j] == "\u{2019}" || s[j] == "'") && !isSpace(s[j - 1]) && closesBefore(s, j, end) { return true }
            j += 1
        }
        return false
    }

    static func find(_ text: ScalarText, paragraphs: [Span]) -> [QuotedRegion] {
        let s = text.scalars
        let paras = paragraphs.isEmpty ? [Span(0, s.count)] : paragraphs
        var out: [QuotedRegion] = []
        // A quotation left open at a paragraph's end, waiting for the next paragraph to re-open it.
        var pending: (region: QuotedRegion, kind: Kind)? = nil

        for (pi, para) in paras.enumerated() {
            var stack: [(kind: Kind, at: Int)] = []
            var i = para.start
            // Skip leading space.
            while i < para.end && isSpace(s[i]) { i += 1 }
            var continuing: QuotedRegion? = nil
            var contKind: Kind = .double
            if var p = pending {
                pending = nil
                let c = i < para.end ? s[i] : " "
                let reopens: Bool
                switch p.kind {
                case .double: reopens = c == "\u{201C}" || c == "\""
                case .single: reopens = c == "\u{2018}" || c == "'"
                case .guillemet: reopens = c == "\u{00AB}" || c == "\u{00BB}"
                }
                if reopens {
                    continuing = p.region
                    contKind = p.kind
                    stack.append((p.kind, p.region.open))
                    i += 1
                    p.region.segments.append(Span(i, i))
                    continuing = p.region
                } else {
                    // Never re-opened: the quotation ended with its paragraph.
                    out.append(p.region)
                }
            }
            var segStart = i
            func straightDouble(width: Int) {
                let canOpen = opensAfter(s, i, para.start) && i + width < para.end && !isSpace(s[i + width])
                let canClose = i > para.start && !isSpace(s[i - 1])
                if let k = stack.lastIndex(where: { $0.kind == .double }), canClose || !canOpen {
                    close(&stack, k, at: i, width: width, segStart: segStart, into: &out, continuing: &continuing)
                } else if canOpen {
                    if stack.isEmpty { segStart = i + width }
                    stack.append((.double, i))
                }
            }
            while i < para.end {
                let c = s[i]
                switch c {
                case "\u{201C}", "\u{201E}":
                    // A left mark typed where a right one belongs: after a word, before a space, with a quote open.
                    if let k = stack.lastIndex(where: { $0.kind == .double }), i > para.start, !isSpace(s[i - 1]),
                        i + 1 >= para.end || isSpace(s[i + 1])
                    {
                        close(&stack, k, at: i, segStart: segStart, into: &out, continuing: &continuing)
                    } else {
                        if stack.isEmpty { segStart = i + 1 }
                        stack.append((.double, i))
                    }
                case "\u{201D}":
                    if let k = stack.lastIndex(where: { $0.kind == .double }) {
                        close(&stack, k, at: i, segStart: segStart, into: &out, continuing: &continuing)
                    }
                case "\"":
                    straightDouble(width: 1)
                case "\u{00AB}":
                    if stack.isEmpty { segStart = i + 1 }
                    stack.append((.guillemet, i))
                case "\u{00BB}":
                    if let k = stack.lastIndex(where: { $0.kind == .guillemet }) {
                        close(&stack, k, at: i, segStart: segStart, into: &out, continuing: &continuing)
                    }
                case "'" where i + 1 < para.end && s[i + 1] == "'":
                    // Two apostrophes stand for a double quote in some newswire text.
                    straightDouble(width: 2)
                    i += 1
                case "\u{2018}", "'":
                    // An opening single quote stands before a word, after a space; "'90s" and
                    // "'em" are apostrophes but rare enough to be closed by nothing and dropped.
                    if opensAfter(s, i, para.start) && i + 1 < para.end && !isSpace(s[i + 1]) {
                        if stack.isEmpty { segStart = i + 1 }
                        stack.append((.single, i))
                    }
                case "\u{2019}":
                    // A closing single quote follows a word and precedes no letter; inside a word
                    // ("don’t") or after a plural ("voters’ rights") with no single quote open, an apostrophe.
                    if let k = stack.lastIndex(where: { $0.kind == .single }), closesBefore(s, i, para.end),
                        i > para.start, !isSpace(s[i - 1]), !isPluralPossessive(s, i, para.end)
                    {
                        close(&stack, k, at: i, segStart: segStart, into: &out, continuing: &continuing)
                    }
                default:
                    break
                }
                if c == "'", i + 1 >= para.end || s[i + 1] != "'", i == para.start || s[i - 1] != "'",
                    let k = stack.lastIndex(where: { $0.kind == .single }), stack[k].at != i,
                    closesBefore(s, i, para.end), i > para.start, !isSpace(s[i - 1]),
                    !isPluralPossessive(s, i, para.end)
                {
                    close(&stack, k, at: i, segStart: segStart, into: &out, continuing: &continuing)
                }
                i += 1
            }
            // Open at the paragraph's end: the outermost mark may continue into the next paragraph.
            if let first = stack.first, first.kind != .single || continuing != nil {
                var end = para.end
                while end > segStart && isSpace(s[end - 1]) { end -= 1 }
                var region =
                    continuing ?? QuotedRegion(open: first.at, close: end, closeEnd: end, segments: [], closed: false)
                if continuing != nil {
                    region.segments[region.segments.count - 1] = Span(region.segments.last!.start, end)
                } else {
                    region.segments.append(Span(segStart, max(segStart, end)))
                }
                region.close = end
                region.closeEnd = end
                let nextOpens = pi + 1 < paras.count
                if nextOpens {
                    pending = (region, continuing != nil ? contKind : first.kind)
                } else {
                    out.append(region)
                }
            }
        }
        if let p = pending { out.append(p.region) }
        out.sort { $0.open < $1.open }
        return out.filter { r in r.segments.contains { !$0.isEmpty } }
    }

    private static func close(
        _ stack: inout [(kind: Kind, at: Int)], _ k: Int, at i: Int, width: Int = 1, segStart: Int,
        into out: inout [QuotedRegion], continuing: inout QuotedRegion?
    ) {
        let stack0Open = stack[0].at
        stack.removeSubrange(k...)
        guard stack.isEmpty else { return }
        if var region = continuing {
            let last = region.segments.count - 1
            region.segments[last] = Span(region.segments[last].start, i)
            region.close = i
            region.closeEnd = i + width
            region.closed = true
            out.append(region)
            continuing = nil
        } else {
            let open = stack0Open
            out.append(
                QuotedRegion(open: open, close: i, closeEnd: i + width, segments: [Span(segStart, i)], closed: true))
        }
    }
}

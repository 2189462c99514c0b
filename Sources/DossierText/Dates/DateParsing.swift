import DossierModel

/// Publication dates as pages and feeds write them: ISO 8601 / RFC 3339, RFC 822 / 2822,
/// "March 5, 2024", "5 March 2024", "05.03.2024", and dates embedded in URLs.
///
/// `parse` finds the first date inside a longer string ("Posted by X on March 5, 2024");
/// `parseWhole` (WholeDate.swift) accepts a string only when all of it is a date, as header
/// lines and record fields must be.
public enum DateParsing {
    /// Parses the first date in `s` in any of the supported forms; nil when there is none.
    public static func parse(_ s: String) -> Timestamp? {
        let b = Array(s.utf8)
        if let t = iso(b) { return t }
        if let t = written(b) { return t }
        return nil
    }

    /// A date in a URL path: /2024/03/05/, /2024-03-05/, /20240305/ (and /2024/03/ is not enough).
    public static func fromURL(_ url: String) -> Timestamp? {
        let b = Array(url.utf8)
        var i = 0
        while i + 8 <= b.count {
            guard i > 0, !isDigit(b[i - 1]), let y = number(b, i, 4), (1990...2099).contains(y) else {
                i += 1; continue
            }
            let sep = i + 4 < b.count ? b[i + 4] : 0
            if sep == 0x2F || sep == 0x2D || sep == 0x5F {
                var j = i + 5
                guard let (m, ml) = number1or2(b, j) else { i += 1; continue }
                j += ml
                guard j < b.count, b[j] == sep, let (d, dl) = number1or2(b, j + 1) else { i += 1; continue }
                let after = j + 1 + dl
                if after < b.count, isDigit(b[after]) { i += 1; continue }
                if Timestamp.isValid(year: y, month: m, day: d) { return Timestamp(year: y, month: m, day: d) }
            } else if i + 8 <= b.count, let m = number(b, i + 4, 2), let d = number(b, i + 6, 2),
                i + 8 == b.count || !isDigit(b[i + 8]), Timestamp.isValid(year: y, month: m, day: d)
            {
                return Timestamp(year: y, month: m, day: d)
            }
            i += 1
        }
        return nil
    }

    // MARK: - ISO 8601

    static func iso(_ b: [UInt8]) -> Timestamp? {
        var i = 0
        while i + 10 <= b.count {
            if (i == 0 || !isDigit(b[i - 1])), let y = number(b, i, 4), b[i + 4] == 0x2D || b[i + 4] == 0x2F,
                let m = number(b, i + 5, 2), b[i + 7] == b[i + 4], let d = number(b, i + 8, 2),
                Timestamp.isValid(year: y, month: m, day: d)
            {
                var t = Timestamp(year: y, month: m, day: d)
                var j = i + 10
                if j + 5 <= b.count, b[j] == 0x54 || b[j] == 0x20 || b[j] == 0x74, let h = number(b, j + 1, 2),
                    b[j + 3] == 0x3A,
                    let mi = number(b, j + 4, 2), h < 24, mi < 60
                {
                    t.hour = h
                    t.minute = mi
                    j += 6
                    if j + 3 <= b.count, b[j] == 0x3A, let sec = number(b, j + 1, 2), sec < 61 {
                        t.second = sec
                        j += 3
                        if j < b.count, b[j] == 0x2E || b[j] == 0x2C {
                            j += 1
                            while j < b.count, isDigit(b[j]) { j += 1 }
                        }
                    }
                    while j < b.count, b[j] == 0x20 { j += 1 }
                    if j < b.count, b[j] == 0x5A || b[j] == 0x7A {
                        t.utcOffsetMinutes = 0
                    } else if j + 3 <= b.count, b[j] == 0x2B || b[j] == 0x2D, let oh = number(b, j + 1, 2) {
                        var om = 0
                        if j + 6 <= b.count, b[j + 3] == 0x3A, let v = number(b, j + 4, 2) {
                            om = v
                        } else if j + 5 <= b.count, let v = number(b, j + 3, 2) {
                            om = v
                        }
                        t.utcOffsetMinutes = (b[j] == 0x2D ? -1 : 1) * (oh * 60 + om)
                    }
                }
                return t
            }
            i += 1
        }
        return nil
    }

    // MARK: - Written dates

    private enum Tok { case num(Int, Int), word(String), colon, other }

    /// "Tue, 05 Mar 2024 09:14:00 +0100", "March 5, 2024 9:14 am EST", "5 March 2024", "05.03.2024".
    static func written(_ b: [UInt8]) -> Timestamp? {
        // Tokenise into numbers (value, digit count), lowercased words and separators.
        var toks: [Tok] = []
        var i = 0
        while i < b.count && toks.count < 64 {
            let c = b[i]
            if isDigit(c) {
                var v = 0, n = 0
                while i < b.count, isDigit(b[i]), n < 9 { v = v * 10 + Int(b[i] - 48); i += 1; n += 1 }
                toks.append(.num(v, n))
            } else if isAlpha(c) {
                var w = [UInt8]()
                while i < b.count, isAlpha(b[i]) { w.append(b[i] | 0x20); i += 1 }
                toks.append(.word(String(decoding: w, as: UTF8.self)))
            } else if c == 0x3A {
                toks.append(.colon); i += 1
            } else if c == 0x2E || c == 0x2F {
                toks.append(.other); i += 1
            } else {
                i += 1
            }
        }
        for k in toks.indices {
            var date: (Int, Int, Int)?
            var next = k
            if case .word(let w) = toks[k], let m = CalendarNames.months[w] {
                // Month D(,) YYYY
                var j = k + 1
                if j < toks.count, case .other = toks[j] { j += 1 }
                if j + 1 < toks.count, case .num(let d, let dn) = toks[j], dn <= 2, case .num(let y, 4) = toks[j + 1] {
                    date = (y, m, d); next = j + 2
                } else if j + 2 < toks.count, case .num(let d, let dn) = toks[j], dn <= 2,
                    case .word(let suf) = toks[j + 1],
                    ["st", "nd", "rd", "th"].contains(suf), case .num(let y, 4) = toks[j + 2]
                {
                    date = (y, m, d); next = j + 3
                }
            } else if case .num(let d, let dn) = toks[k], dn <= 2 {
                var j = k + 1
                if j < toks.count, case .word(let suf) = toks[j], ["st", "nd", "rd", "th", "of"].contains(suf) {
                    j += 1
                }
                if j < toks.count, case .word("of") = toks[j] { j += 1 }
                // D Month YYYY
                if j + 1 < toks.count, case .word(let w) = toks[j], let m = CalendarNames.months[w] {
                    var y = j + 1
                    if y < toks.count, case .other = toks[y] { y += 1 }
                    if y < toks.count, case .num(let yy, 4) = toks[y] { date = (yy, m, d); next = y + 1 }
                } else if k + 4 < toks.count, case .other = toks[k + 1], case .num(let m, let mn) = toks[k + 2],
                    mn <= 2,
                    case .other = toks[k + 3], case .num(let y, 4) = toks[k + 4]
                {
                    // D.M.YYYY (day first, as outside the US); M/D/YYYY when the first number cannot be a
                    // month... is ambiguous, so a slash with a first number ≤ 12 reads month-first as US
                    // pages write it.
                    if case .other = toks[k + 1], b.contains(0x2F), d <= 12 {
                        date = (y, d, m)
                    } else {
                        date = (y, m, d)
                    }
                    next = k + 5
                }
            }
            guard let (y, m, d) = date, Timestamp.isValid(year: y, month: m, day: d) else { continue }
            var t = Timestamp(year: y, month: m, day: d)
            // Optional time: HH:MM(:SS) (am|pm) (zone|±hhmm).
            var j = next
            while j < toks.count, case .word(let w) = toks[j], w == "at" || w == "t" { j += 1 }
            if j + 2 < toks.count, case .num(var h, let hn) = toks[j], hn <= 2, case .colon = toks[j + 1],
                case .num(let mi, 2) = toks[j + 2], h < 24, mi < 60
            {
                j += 3
                var sec: Int?
                if j + 1 < toks.count, case .colon = toks[j], case .num(let s, 2) = toks[j + 1] { sec = s; j += 2 }
                if j < toks.count, case .word(let ap) = toks[j], ap == "am" || ap == "pm" || ap == "a" || ap == "p" {
                    if ap.hasPrefix("p"), h < 12 { h += 12 }
                    if ap.hasPrefix("a"), h == 12 { h = 0 }
                    j += 1
                }
                t.hour = h; t.minute = mi; t.second = sec
                if j < toks.count, case .word(let z) = toks[j], let off = zones[z] {
                    t.utcOffsetMinutes = off
                } else if let off = numericOffset(b, afterTime: true) {
                    t.utcOffsetMinutes = off
                }
            }
            return t
        }
        return nil
    }

    /// Time-zone abbreviations that news metadata writes, in minutes east of UTC.
    static let zones: [String: Int] = [
        "gmt": 0, "utc": 0, "ut": 0, "z": 0, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420,
        "mdt": -360,
        "pst": -480, "pdt": -420, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
    ]

    /// An RFC 822 numeric zone "+0100" / "-0500" after the time.
    private static func numericOffset(_ b: [UInt8], afterTime: Bool) -> Int? {
        var i = b.count - 1
        while i >= 4 {
            if (b[i - 4] == 0x2B || b[i - 4] == 0x2D), let v = number(b, i - 3, 4),
                i == b.count - 1 || !isDigit(b[i + 1])
            {
                if i - 5 >= 0, b[i - 5] != 0x20 { i -= 1; continue }
                return (b[i - 4] == 0x2D ? -1 : 1) * (v / 100 * 60 + v % 100)
            }
            i -= 1
        }
        return nil
    }

    // MARK: - Bytes

    @inline(__always) static func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    @inline(__always) static func isAlpha(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }

    static func number(_ b: [UInt8], _ at: Int, _ n: Int) -> Int? {
        guard at >= 0, at + n <= b.count else { return nil }
        var v = 0
        for k in at..<(at + n) {
            guard isDigit(b[k]) else { return nil }
            v = v * 10 + Int(b[k] - 48)
        }
        return v
    }

    static func number1or2(_ b: [UInt8], _ at: Int) -> (Int, Int)? {
        guard at < b.count, isDigit(b[at]) else { return nil }
        if at + 1 < b.count, isDigit(b[at + 1]) { return (Int(b[at] - 48) * 10 + Int(b[at + 1] - 48), 2) }
        return (Int(b[at] - 48), 1)
    }
}

import DossierModel

extension DateParsing {
    /// A string that is a date and nothing else, in the formats feeds, CMSs and scrapers write:
    /// ISO 8601 and its SQL-ish variants, RFC 2822, "March 5, 2024", "5 March 2024",
    /// "Tuesday 19 March 2024 10.42 CET", "05.03.2024". Ambiguous numeric forms such as
    /// 03/05/2024 are accepted only when the day is unambiguous (over 12): a header line is taken
    /// for a date only when it certainly is one, and a wrong date is worse than none.
    public static func parseWhole(_ string: String) -> Timestamp? {
        let words = split(string)
        guard !words.isEmpty else { return nil }
        if words.count >= 2, words.count <= 3, let t = parseWholeISO(words[0] + "T" + words[1]) {
            return withZone(t, words.count > 2 ? words[2] : nil)
        }
        if let t = parseWholeISO(words[0]), words.count <= 2 { return withZone(t, words.count == 2 ? words[1] : nil) }
        return parseWords(words)
    }

    /// Splits on spaces and commas, keeping the pieces.
    private static func split(_ s: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c == " " || c == "," || c == "\t" || c == "\u{00A0}" || c == "|" {
                if !cur.isEmpty { out.append(String(cur)); cur = String.UnicodeScalarView() }
            } else {
                cur.append(c)
            }
        }
        if !cur.isEmpty { out.append(String(cur)) }
        return out
    }

    private static func digits(_ s: Substring.UnicodeScalarView) -> Int? {
        guard !s.isEmpty, s.count <= 4 else { return nil }
        var n = 0
        for c in s {
            guard c.value >= 48 && c.value <= 57 else { return nil }
            n = n * 10 + Int(c.value - 48)
        }
        return n
    }

    private static func number(_ s: String) -> Int? { digits(Substring(s).unicodeScalars) }

    /// 2024-03-05, 2024-03-05T09:14, 2024-03-05T09:14:00.123+01:00, 2024-03-05T09:14:00Z.
    static func parseWholeISO(_ s: String) -> Timestamp? {
        let u = Array(s.unicodeScalars)
        guard u.count >= 10, u[4] == "-", u[7] == "-" else { return nil }
        func num(_ a: Int, _ b: Int) -> Int? {
            guard b <= u.count else { return nil }
            var n = 0
            for k in a..<b {
                guard u[k].value >= 48 && u[k].value <= 57 else { return nil }
                n = n * 10 + Int(u[k].value - 48)
            }
            return n
        }
        guard let y = num(0, 4), let m = num(5, 7), let d = num(8, 10), Timestamp.isValid(year: y, month: m, day: d)
        else { return nil }
        var t = Timestamp(year: y, month: m, day: d)
        guard u.count > 10 else { return t }
        guard u[10] == "T" || u[10] == " ", let h = num(11, 13), u.count >= 16, u[13] == ":", let mi = num(14, 16),
            h < 24, mi < 60
        else { return u.count == 10 ? t : nil }
        t.hour = h
        t.minute = mi
        var k = 16
        if k + 2 < u.count + 0, u.count >= 19, u[16] == ":", let sec = num(17, 19), sec < 61 {
            t.second = sec
            k = 19
        }
        if k < u.count && (u[k] == "." || u[k] == ",") {
            k += 1
            while k < u.count && u[k].value >= 48 && u[k].value <= 57 { k += 1 }
        }
        if k < u.count {
            if u[k] == "Z" {
                t.utcOffsetMinutes = 0; k += 1
            } else if u[k] == "+" || u[k] == "-" {
                let sign = u[k] == "-" ? -1 : 1
                if let oh = num(k + 1, k + 3) {
                    var om = 0
                    var e = k + 3
                    if e < u.count && u[e] == ":" { e += 1 }
                    if let m2 = num(e, e + 2) { om = m2; e += 2 }
                    t.utcOffsetMinutes = sign * (oh * 60 + om)
                    k = e
                }
            }
        }
        return k == u.count ? t : nil
    }

    private static func withZone(_ t: Timestamp, _ zone: String?) -> Timestamp {
        guard let zone, t.hour != nil, t.utcOffsetMinutes == nil else { return t }
        var t = t
        if let z = zones[zone.lowercased()] {
            t.utcOffsetMinutes = z
        } else if let off = numericZone(zone) {
            t.utcOffsetMinutes = off
        }
        return t
    }

    /// "+0100", "-05:00".
    private static func numericZone(_ s: String) -> Int? {
        var u = Array(s.unicodeScalars)
        guard let first = u.first, first == "+" || first == "-" else { return nil }
        u.removeAll { $0 == ":" }
        guard u.count == 5, let v = number(String(String.UnicodeScalarView(u[1...]))) else { return nil }
        return (first == "-" ? -1 : 1) * ((v / 100) * 60 + v % 100)
    }

    /// Word forms: weekday names, month names, day, year, time and zone in any common order.
    private static func parseWords(_ words: [String]) -> Timestamp? {
        var year: Int?, month: Int?, day: Int?
        var hour: Int?, minute: Int?, second: Int?
        var offset: Int?
        var pm: Bool?
        for raw in words {
            var w = raw.lowercased()
            while let last = w.unicodeScalars.last, last == "." || last == ";" { w.unicodeScalars.removeLast() }
            if w.isEmpty || CalendarNames.weekdays[w] != nil || w == "on" || w == "at" || w == "published"
                || w == "updated"
                || w == "posted" || w == "date" || w == "-" || w == "de" || w == "of"
            {
                continue
            }
            if w.hasSuffix(":") { continue }
            if let m = CalendarNames.months[w] { month = m; continue }
            if w == "am" || w == "a.m" { pm = false; continue }
            if w == "pm" || w == "p.m" { pm = true; continue }
            if let z = zones[w] { offset = z; continue }
            if let z = numericZone(w) { offset = z; continue }
            if let (y, m, d) = numericDate(w) { year = y; month = m; day = d; continue }
            if let (h, mi, s) = clock(w) { hour = h; minute = mi; second = s; continue }
            var core = w
            for suffix in ["st", "nd", "rd", "th"] where core.hasSuffix(suffix) && core.count > 2 {
                core.removeLast(2)
                break
            }
            if let n = number(core) {
                if n >= 1000 { year = n } else if day == nil && n >= 1 && n <= 31 { day = n } else { return nil }
                continue
            }
            return nil
        }
        guard let y = year, let m = month, let d = day, Timestamp.isValid(year: y, month: m, day: d) else { return nil }
        if var h = hour {
            if pm == true && h < 12 { h += 12 }
            if pm == false && h == 12 { h = 0 }
            hour = h
        }
        return Timestamp(
            year: y, month: m, day: d, hour: hour, minute: hour == nil ? nil : minute, second: second,
            utcOffsetMinutes: hour == nil ? nil : offset)
    }

    /// "10:42", "10.42", "10:42:07", "9am" (the suffix is handled by the caller when separate).
    private static func clock(_ w: String) -> (Int, Int, Int?)? {
        var w = w
        var pm: Bool?
        if w.hasSuffix("am") { pm = false; w.removeLast(2) } else if w.hasSuffix("pm") { pm = true; w.removeLast(2) }
        let parts = w.split(whereSeparator: { $0 == ":" || $0 == "." }).map(String.init)
        guard parts.count == 2 || parts.count == 3, let h = number(parts[0]), let m = number(parts[1]),
            parts[1].count == 2, h < 24, m < 60, parts.count == 2 || parts[2].count == 2
        else { return nil }
        var hh = h
        if pm == true && hh < 12 { hh += 12 }
        if pm == false && hh == 12 { hh = 0 }
        return (hh, m, parts.count == 3 ? number(parts[2]) : nil)
    }

    /// "05.03.2024", "2024/03/05", "19/03/2024" (day over 12 only), "2024-03-05".
    private static func numericDate(_ w: String) -> (Int, Int, Int)? {
        if let t = parseWholeISO(w) { return (t.year, t.month, t.day) }
        for sep: Character in [".", "/", "-"] {
            let p = w.split(separator: sep).map(String.init)
            guard p.count == 3, let a = number(p[0]), let b = number(p[1]), let c = number(p[2]) else { continue }
            if p[0].count == 4, Timestamp.isValid(year: a, month: b, day: c) { return (a, b, c) }
            guard p[2].count == 4 else { continue }
            if sep == "." && Timestamp.isValid(year: c, month: b, day: a) { return (c, b, a) }
            if a > 12, Timestamp.isValid(year: c, month: b, day: a) { return (c, b, a) }
            if b > 12, Timestamp.isValid(year: c, month: a, day: b) { return (c, a, b) }
        }
        return nil
    }
}

/// A publication time as precise as the source gave it: a day at least, a time of day when known.
///
/// Kept as calendar fields rather than `Date` because news dates are usually local and often
/// lack a time; inventing midnight UTC would shift half the world's articles by a day.
public struct Timestamp: Sendable, Hashable, Comparable, Codable {
    /// Calendar year; the date parsers accept 1000–2999 (see `isValid`).
    public var year: Int
    /// Month, 1–12.
    public var month: Int
    /// Day of the month, 1–31 (checked against the month by the parsers).
    public var day: Int
    /// Hour of the day, 0–23, on the source's own clock; nil when it gave a day only (then no time is written).
    public var hour: Int?
    /// Minute, 0–59; nil counts as 0 when written or compared.
    public var minute: Int?
    /// Second, 0–59; nil counts as 0 when written or compared.
    public var second: Int?
    /// Offset from UTC in minutes, when the source said.
    public var utcOffsetMinutes: Int?

    /// Memberwise and unchecked; the parsers test the day with `isValid(year:month:day:)` first.
    public init(
        year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil,
        utcOffsetMinutes: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// `2024-03-05`.
    public var dayString: String { "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))" }

    /// ISO 8601: `2024-03-05`, `2024-03-05T09:14:00`, or with `Z` / `+01:00` when the offset is known.
    public var iso8601: String {
        guard let hour else { return dayString }
        var s = "\(dayString)T\(pad(hour, 2)):\(pad(minute ?? 0, 2)):\(pad(second ?? 0, 2))"
        if let off = utcOffsetMinutes {
            if off == 0 {
                s += "Z"
            } else {
                let a = abs(off)
                s += (off < 0 ? "-" : "+") + "\(pad(a / 60, 2)):\(pad(a % 60, 2))"
            }
        }
        return s
    }

    /// Reads `iso8601`'s forms back: `2024-03-05`, `2024-03-05T09:14:00`, with `Z` or `±hh:mm`.
    /// `strict` (records from outside, such as `dossier analyze` output read back): exactly those
    /// forms, else nil. Not strict (a store's own column, which only `iso8601` writes): the fields
    /// are read where they stand, and a time or offset that does not read is left out.
    public init?(iso8601 s: String, strict: Bool = true) {
        let u = Array(s.utf8)
        func num(_ a: Int, _ b: Int) -> Int? {
            guard b <= u.count else { return nil }
            var n = 0
            for k in a..<b {
                guard u[k] >= 48 && u[k] <= 57 else { return nil }
                n = n * 10 + Int(u[k] - 48)
            }
            return n
        }
        if strict {
            guard u.count == 10 || u.count >= 19, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else {
                return nil
            }
        }
        guard let y = num(0, 4), let m = num(5, 7), let d = num(8, 10) else { return nil }
        var t = Timestamp(year: y, month: m, day: d)
        if strict, u.count > 10 {
            guard u[10] == UInt8(ascii: "T"), let h = num(11, 13), let mi = num(14, 16), let sec = num(17, 19) else {
                return nil
            }
            t.hour = h
            t.minute = mi
            t.second = sec
            if u.count == 20, u[19] == UInt8(ascii: "Z") {
                t.utcOffsetMinutes = 0
            } else if u.count == 25, u[19] == UInt8(ascii: "+") || u[19] == UInt8(ascii: "-"), let oh = num(20, 22),
                let om = num(23, 25)
            {
                t.utcOffsetMinutes = (u[19] == UInt8(ascii: "-") ? -1 : 1) * (oh * 60 + om)
            } else if u.count != 19 {
                return nil
            }
        } else if !strict, u.count >= 19, let h = num(11, 13), let mi = num(14, 16), let sec = num(17, 19) {
            t.hour = h
            t.minute = mi
            t.second = sec
            if u.count > 19 {
                if u[19] == UInt8(ascii: "Z") {
                    t.utcOffsetMinutes = 0
                } else if let oh = num(20, 22), let om = num(23, 25) {
                    t.utcOffsetMinutes = (u[19] == UInt8(ascii: "-") ? -1 : 1) * (oh * 60 + om)
                }
            }
        }
        self = t
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (for date arithmetic and decay).
    public var dayNumber: Int { Timestamp.dayNumber(year: year, month: month, day: day) }

    /// Days since 1970-01-01 (negative before it) in the proleptic Gregorian calendar. Not checked: an impossible
    /// day counts on from its month's start (February 30 is 1 March in a leap year, else 2 March).
    public static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The calendar date of a day number: the inverse of `dayNumber(year:month:day:)`.
    public static func fromDayNumber(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// 0 = Monday ... 6 = Sunday.
    public var weekday: Int { ((dayNumber % 7) + 7 + 3) % 7 }

    /// Earlier by the calendar and clock fields as written: missing time fields count as 0 and the UTC offset is
    /// ignored, so `<` and `==` can disagree (09:00 and 09:00+01:00 are neither equal nor ordered).
    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        (a.year, a.month, a.day, a.hour ?? 0, a.minute ?? 0, a.second ?? 0)
            < (b.year, b.month, b.day, b.hour ?? 0, b.minute ?? 0, b.second ?? 0)
    }

    /// Whether the fields name a real day: month 1–12, a day within that month (leap years counted) and a year
    /// in 1000–2999, outside which a parsed number is taken not to be a news date.
    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1, (1000...2999).contains(year) else { return false }
        return day <= daysIn(month: month, year: year)
    }

    /// Days in `month` (1–12) of `year`, Gregorian leap years counted; any other month number answers 31.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

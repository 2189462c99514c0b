/// A publication time as precise as the source gave it: a day at least, a time of day when known.
///
/// Kept as calendar fields rather than `Date` because news dates are usually local and often
/// lack a time; inventing midnight UTC would shift half the world's articles by a day.
public struct Timestamp: Sendable, Hashable, Comparable, Codable {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Offset from UTC in minutes, when the source said.
    public var utcOffsetMinutes: Int?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, utcOffsetMinutes: Int? = nil) {
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
            if off == 0 { s += "Z" } else {
                let a = abs(off)
                s += (off < 0 ? "-" : "+") + "\(pad(a / 60, 2)):\(pad(a % 60, 2))"
            }
        }
        return s
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (for date arithmetic and decay).
    public var dayNumber: Int { Timestamp.dayNumber(year: year, month: month, day: day) }

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

    public static func < (a: Timestamp, b: Timestamp) -> Bool {
        (a.year, a.month, a.day, a.hour ?? 0, a.minute ?? 0, a.second ?? 0)
            < (b.year, b.month, b.day, b.hour ?? 0, b.minute ?? 0, b.second ?? 0)
    }

    public static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1, (1000...2999).contains(year) else { return false }
        return day <= daysIn(month: month, year: year)
    }

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

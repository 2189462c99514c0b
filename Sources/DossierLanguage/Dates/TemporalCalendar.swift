import DossierModel

/// Calendar arithmetic relative to an article's publication date, producing TimeML values.
///
/// Every function takes the anchor as optional: without one, the parts the anchor would
/// have settled stay "X" ("XXXX-03-05"), as TimeML asks for underspecified values.
struct TemporalCalendar {
    let anchor: Timestamp?

    var year: Int? { anchor?.year }
    var dayNumber: Int? { anchor?.dayNumber }

    static func fmt4(_ n: Int) -> String {
        if n >= 1000 && n <= 9999 { return String(n) }
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, 4 - s.count)) + s
    }

    static func fmt2(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> String { "\(fmt4(y))-\(fmt2(m))-\(fmt2(d))" }
    static func month(_ y: Int, _ m: Int) -> String { "\(fmt4(y))-\(fmt2(m))" }

    static func day(number dn: Int) -> String {
        let (y, m, d) = Timestamp.fromDayNumber(dn)
        return day(y, m, d)
    }

    static func weekday(_ dn: Int) -> Int { ((dn % 7) + 7 + 3) % 7 }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ dn: Int) -> (year: Int, week: Int) {
        let thursday = dn - weekday(dn) + 3
        let y = Timestamp.fromDayNumber(thursday).year
        let jan1 = Timestamp.dayNumber(year: y, month: 1, day: 1)
        return (y, (thursday - jan1) / 7 + 1)
    }

    static func week(_ dn: Int) -> String {
        let (y, w) = isoWeek(dn)
        return "\(fmt4(y))-W\(fmt2(w))"
    }

    /// The publication day moved by `days`.
    func dayOffset(_ days: Int) -> String {
        guard let dn = dayNumber else { return "XXXX-XX-XX" }
        return Self.day(number: dn + days)
    }

    /// The weekday `wd` nearest the anchor in the direction the tense points: the past (and the
    /// present, the usual news case "said Tuesday") looks back up to six days, the future ahead.
    /// `strict` excludes the publication day itself ("last Friday", "next Friday").
    func weekdayValue(_ wd: Int, direction: Int, strict: Bool = false) -> String {
        guard let dn = dayNumber else { return "XXXX-WXX-\(wd + 1)" }
        let today = Self.weekday(dn)
        if direction > 0 {
            var k = (wd - today + 7) % 7
            if k == 0 && strict { k = 7 }
            return Self.day(number: dn + k)
        }
        var k = (today - wd + 7) % 7
        if k == 0 && strict { k = 7 }
        return Self.day(number: dn - k)
    }

    /// The year a bare month name refers to: past tense takes the latest such month not after
    /// publication, future the next not before it, and with no tense the nearest one.
    func yearFor(month m: Int, day d: Int? = nil, tense: Int8) -> Int? {
        guard let a = anchor else { return nil }
        // News reports look back more than ahead, but a month a few weeks off is this year's
        // whatever the tense ("expire Nov. 21" in October, "met in January" in February).
        let diff = m - a.month
        switch tense {
        case -1: return diff > 0 ? a.year - 1 : a.year
        // Past read only from an "-ed" form: a month just ahead is still this year's ("expire
        // Nov. 21, can be exercised").
        case -2: return diff > 2 ? a.year - 1 : a.year
        case 1: return diff < -2 ? a.year + 1 : a.year
        default:
            if diff > 6 { return a.year - 1 }
            if diff < -8 { return a.year + 1 }
            return a.year
        }
    }

    func monthValue(_ m: Int, tense: Int8) -> String {
        guard let y = yearFor(month: m, tense: tense) else { return "XXXX-\(Self.fmt2(m))" }
        return Self.month(y, m)
    }

    /// "last March": last year's, unless it is a season or more behind publication ("last
    /// February" read in March is a year back, as reporters use it).
    func lastMonth(_ m: Int) -> String {
        guard let a = anchor else { return "XXXX-\(Self.fmt2(m))" }
        return Self.month(m <= a.month - 3 ? a.year : a.year - 1, m)
    }

    func nextMonth(_ m: Int) -> String {
        guard let a = anchor else { return "XXXX-\(Self.fmt2(m))" }
        return Self.month(m > a.month ? a.year : a.year + 1, m)
    }

    func thisMonth(_ m: Int) -> String {
        guard let a = anchor else { return "XXXX-\(Self.fmt2(m))" }
        return Self.month(a.year, m)
    }

    /// The value of the calendar unit containing the publication day, moved by `k` units:
    /// "this week" k = 0, "last year" k = -1.
    func unitValue(_ u: TimeUnit, _ k: Int) -> String {
        guard let a = anchor, let dn = dayNumber else {
            switch u {
            case .day, .night: return "XXXX-XX-XX"
            case .week: return "XXXX-WXX"
            case .weekend: return "XXXX-WXX-WE"
            case .month: return "XXXX-XX"
            case .quarter: return "XXXX-QX"
            case .decade: return "XXX"
            case .century: return "XX"
            default: return "XXXX"
            }
        }
        switch u {
        case .second, .minute, .hour: return k == 0 ? "PRESENT_REF" : (k < 0 ? "PAST_REF" : "FUTURE_REF")
        case .day: return Self.day(number: dn + k)
        case .night: return Self.day(number: dn + k) + "TNI"
        case .week, .fortnight: return Self.week(dn + 7 * k)
        case .weekend:
            // The weekend of the week the tense points to; "last weekend" read on a Monday is two days back.
            return Self.week(dn + 7 * k) + "-WE"
        case .month:
            let t = a.year * 12 + (a.month - 1) + k
            return Self.month(t / 12, t % 12 + 1)
        case .quarter:
            let t = a.year * 4 + (a.month - 1) / 3 + k
            return "\(Self.fmt4(t / 4))-Q\(t % 4 + 1)"
        case .year: return Self.fmt4(a.year + k)
        case .decade: return String((a.year / 10) + k)
        case .century: return String((a.year / 100) + k)
        }
    }

    /// "three weeks ago": the anchor moved back, at the granularity of the unit.
    func shifted(_ u: TimeUnit, by n: Int) -> String {
        guard let a = anchor, let dn = dayNumber else {
            switch u {
            case .day, .night: return "XXXX-XX-XX"
            case .week, .weekend, .fortnight: return "XXXX-WXX"
            case .month, .quarter: return "XXXX-XX"
            case .decade: return "XXX"
            default: return "XXXX"
            }
        }
        switch u {
        case .second, .minute, .hour: return n <= 0 ? "PAST_REF" : "FUTURE_REF"
        case .day, .night: return Self.day(number: dn + n)
        case .week, .weekend: return Self.week(dn + 7 * n)
        case .fortnight: return Self.week(dn + 14 * n)
        case .month:
            let t = a.year * 12 + (a.month - 1) + n
            return Self.month(t / 12, t % 12 + 1)
        case .quarter:
            let t = a.year * 12 + (a.month - 1) + 3 * n
            return Self.month(t / 12, t % 12 + 1)
        case .year: return Self.fmt4(a.year + n)
        case .decade: return Self.fmt4(a.year + 10 * n)
        case .century: return Self.fmt4(a.year + 100 * n)
        }
    }

    /// The current quarter of the anchor, 1...4.
    var quarter: Int? { anchor.map { ($0.month - 1) / 3 + 1 } }

    static func duration(_ n: Int?, _ u: TimeUnit, half: Bool = false) -> String {
        let (mult, code, isTime) = u.duration
        let t = isTime ? "T" : ""
        guard let n else {
            switch u {
            case .decade: return "PXDE"
            case .century: return "PXCE"
            default: return "P\(t)X\(code)"
            }
        }
        var s = "P\(t)\(n * mult)\(code)"
        if half {
            switch u {
            case .year: s += "6M"
            case .month: s += "15D"
            case .day: s += "T12H"
            case .hour: s += "30M"
            case .minute: s += "30S"
            case .week: s = "P\(n * 7 + 3)DT12H"
            case .decade: s = "P\(n * 10 + 5)Y"
            default: break
            }
        }
        return s
    }
}

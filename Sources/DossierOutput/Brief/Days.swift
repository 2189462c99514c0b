/// Calendar days as YYYY-MM-DD strings and as day numbers, for charts and date filters.
public enum Days {
    /// The day part of a stored ISO 8601 timestamp, if it has one.
    public static func day(_ published: String?) -> String? {
        guard let p = published, p.utf8.count >= 10 else { return nil }
        let d = String(p.prefix(10))
        return number(d) == nil ? nil : d
    }

    /// Days since 1970-01-01 (proleptic Gregorian), or nil for a malformed day.
    public static func number(_ day: String) -> Int? {
        let u = Array(day.utf8)
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func n(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for k in a..<b { guard (48...57).contains(u[k]) else { return nil }; v = v * 10 + Int(u[k] - 48) }
            return v
        }
        guard let y0 = n(0, 4), let m = n(5, 7), let d = n(8, 10), (1...12).contains(m), (1...31).contains(d) else {
            return nil
        }
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day for a day number: the inverse of `number`.
    public static func string(_ z0: Int) -> String {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        func pad(_ v: Int, _ w: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, w - s.count)) + s
        }
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }
}

import DossierModel

/// Calendar days as YYYY-MM-DD strings and as day numbers (`Timestamp`'s), for charts and filters.
public enum Days {
    /// The day part of a stored ISO 8601 timestamp, if it has one.
    public static func day(_ published: String?) -> String? {
        guard let p = published, p.utf8.count >= 10 else { return nil }
        let d = String(p.prefix(10))
        return number(d) == nil ? nil : d
    }

    /// Days since 1970-01-01, or nil for a malformed day. The day is checked against 1–31 only, so
    /// "2024-02-30" counts on into March.
    public static func number(_ day: String) -> Int? {
        let u = Array(day.utf8)
        guard u.count >= 10, u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-") else { return nil }
        func n(_ a: Int, _ b: Int) -> Int? {
            var v = 0
            for k in a..<b { guard (48...57).contains(u[k]) else { return nil }; v = v * 10 + Int(u[k] - 48) }
            return v
        }
        guard let y = n(0, 4), let m = n(5, 7), let d = n(8, 10), (1...12).contains(m), (1...31).contains(d) else {
            return nil
        }
        return Timestamp.dayNumber(year: y, month: m, day: d)
    }

    /// The day for a day number: the inverse of `number`.
    public static func string(_ z: Int) -> String {
        let (y, m, d) = Timestamp.fromDayNumber(z)
        return Timestamp(year: y, month: m, day: d).dayString
    }
}

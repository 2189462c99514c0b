/// English month and weekday names, shared by metadata date parsing and the temporal tagger.
public enum CalendarNames {
    /// Lowercased full names and common abbreviations → month number.
    public static let months: [String: Int] = {
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        var m: [String: Int] = [:]
        for (i, name) in full.enumerated() {
            m[name] = i + 1
            m[String(name.prefix(3))] = i + 1
        }
        m["sept"] = 9
        return m
    }()

    /// Lowercased weekday names and abbreviations → 0 (Monday) ... 6 (Sunday).
    public static let weekdays: [String: Int] = {
        let full = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        var m: [String: Int] = [:]
        for (i, name) in full.enumerated() {
            m[name] = i
            m[String(name.prefix(3))] = i
        }
        m["tues"] = 1
        m["thur"] = 3
        m["thurs"] = 3
        return m
    }()
}

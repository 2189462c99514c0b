/// The words the temporal tagger reacts to, keyed by `WordScan.key`.
enum TW: UInt8 {
    case none
    case month  // arg 1...12
    case monthAbbr  // arg 1...12; "Sept", "Oct" (usually followed by a period)
    case weekday  // arg 0 = Monday ... 6 = Sunday
    case weekdays  // plural: "Mondays"
    case unit  // arg TimeUnit raw value
    case units  // plural unit
    case numWord  // arg value: one ... ninety, hundred, thousand
    case ordWord  // arg value: first ... thirty-first
    case season  // arg 0 spring, 1 summer, 2 fall, 3 winter
    case partOfDay  // arg 0 morning, 1 afternoon, 2 evening, 3 night
    case the, a
    case last, this, next, past, coming, previous, following, recent, same, latest, current, prior
    case early, late, mid, middle, end, beginning, start, half
    case earlier, later, ago, before, after, hence
    case today, yesterday, tomorrow, tonight, now, currently, recently, soon, future, previously, nowadays, lately,
        present, formerly
    case approx  // about, around, nearly, almost, roughly, approximately, some, over
    case more, less, fewer, than, least, most, at, up, to, no, of, `in`, on, and, or, from, `for`, during, within, since
    case every, each, per, set  // set: daily, weekly... arg TimeUnit
    case noon, midnight, midday
    case zone  // EST, GMT ...
    case fiscal, full, period, year_ago, several, few, couple, many, dozen, times, twice, once, whole, entire
    case decadeWord  // arg decade digit: "eighties" -> 8
    case s  // the "s" of "1980s"
    case old, long
    case countAdj, term, short, being, time
    case prep  // by, until, through...: words after which a bare year or month is a date
    case near  // "the near future"
    case adjQuarter  // comparable, year-end: words that may stand between "the" and "quarter"
    case holiday  // arg month*100+day for fixed-date holidays
}

enum TimeUnit: Int16 {
    case second = 0, minute, hour, day, week, weekend, fortnight, month, quarter, year, decade, century, night

    /// TimeML duration designator and multiplier: a quarter is three months, a decade ten years.
    var duration: (mult: Int, code: String, isTime: Bool) {
        switch self {
        case .second: return (1, "S", true)
        case .minute: return (1, "M", true)
        case .hour: return (1, "H", true)
        case .day: return (1, "D", false)
        case .night: return (1, "D", false)
        case .week: return (1, "W", false)
        case .weekend: return (2, "D", false)
        case .fortnight: return (2, "W", false)
        case .month: return (1, "M", false)
        case .quarter: return (1, "Q", false)
        case .year: return (1, "Y", false)
        case .decade: return (10, "Y", false)
        case .century: return (100, "Y", false)
        }
    }
}

struct TemporalWord: Sendable {
    var cls: TW
    var arg: Int16
}

enum TemporalLexicon {
    static let table = WordTable(entries, missing: TemporalWord(cls: .none, arg: 0))

    private static let entries: [UInt64: TemporalWord] = {
        var t: [UInt64: TemporalWord] = [:]
        func add(_ w: String, _ c: TW, _ a: Int = 0) { t[WordScan.key(w)] = TemporalWord(cls: c, arg: Int16(a)) }
        let months = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        for (i, m) in months.enumerated() { add(m, .month, i + 1) }
        for (w, m) in [
            ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8),
            ("sep", 9), ("sept", 9), ("oct", 10), ("nov", 11), ("dec", 12),
        ] { add(w, .monthAbbr, m) }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (i, d) in days.enumerated() { add(d, .weekday, i); add(d + "s", .weekdays, i) }
        for (w, u) in [
            ("second", TimeUnit.second), ("minute", .minute), ("hour", .hour), ("day", .day),
            ("week", .week), ("weekend", .weekend), ("fortnight", .fortnight), ("month", .month),
            ("quarter", .quarter), ("year", .year), ("decade", .decade), ("century", .century),
            ("night", .night),
        ] {
            add(w, .unit, Int(u.rawValue))
            add(w + "s", .units, Int(u.rawValue))
        }
        add("centuries", .units, Int(TimeUnit.century.rawValue))
        add("yr", .unit, Int(TimeUnit.year.rawValue)); add("yrs", .units, Int(TimeUnit.year.rawValue))
        add("hr", .unit, Int(TimeUnit.hour.rawValue)); add("hrs", .units, Int(TimeUnit.hour.rawValue))
        add("min", .unit, Int(TimeUnit.minute.rawValue)); add("mins", .units, Int(TimeUnit.minute.rawValue))
        add("sec", .unit, Int(TimeUnit.second.rawValue)); add("secs", .units, Int(TimeUnit.second.rawValue))
        let ones = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        for (i, w) in ones.enumerated() { add(w, .numWord, i) }
        for (i, w) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            add(w, .numWord, 20 + 10 * i)
        }
        add("hundred", .numWord, 100); add("thousand", .numWord, 1000)
        let ords = [
            "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth",
        ]
        // "second" stays a unit; the tagger reads it as an ordinal where a unit cannot stand.
        for (i, w) in ords.enumerated() where w != "second" { add(w, .ordWord, i + 1) }
        add("thirtieth", .ordWord, 30)
        for (w, d) in [
            ("twenties", 2), ("thirties", 3), ("forties", 4), ("fifties", 5), ("sixties", 6),
            ("seventies", 7), ("eighties", 8), ("nineties", 9),
        ] { add(w, .decadeWord, d) }
        for (w, s) in [("spring", 0), ("summer", 1), ("fall", 2), ("autumn", 2), ("winter", 3)] { add(w, .season, s) }
        for (w, p) in [("morning", 0), ("afternoon", 1), ("evening", 2)] { add(w, .partOfDay, p) }
        add("the", .the); add("a", .a); add("an", .a)
        add("last", .last); add("this", .this); add("next", .next); add("past", .past); add("coming", .coming)
        add("previous", .previous); add("following", .following); add("recent", .recent); add("same", .same)
        add("latest", .latest); add("current", .current); add("prior", .prior); add("preceding", .previous)
        add("early", .early); add("late", .late); add("mid", .mid); add("middle", .middle); add("end", .end)
        add("beginning", .beginning); add("start", .start); add("half", .half)
        add("earlier", .earlier); add("later", .later); add("ago", .ago); add("before", .before); add("after", .after)
        add("hence", .hence)
        add("today", .today); add("yesterday", .yesterday); add("tomorrow", .tomorrow); add("tonight", .tonight)
        add("now", .now); add("currently", .currently); add("recently", .recently); add("soon", .soon)
        add("future", .future); add("previously", .previously); add("nowadays", .nowadays); add("lately", .lately)
        add("present", .present); add("formerly", .formerly)
        for w in [
            "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "barely",
            "just", "only", "another", "under", "roughly", "close",
        ] { add(w, .approx) }
        add("more", .more); add("less", .less); add("fewer", .fewer); add("than", .than); add("least", .least)
        add("most", .most); add("at", .at); add("up", .up); add("to", .to); add("no", .no); add("of", .of)
        add("in", .in); add("on", .on); add("and", .and); add("or", .or); add("from", .from); add("for", .for)
        add("during", .during); add("within", .within); add("since", .since)
        add("every", .every); add("each", .each); add("per", .per)
        for (w, u) in [
            ("daily", TimeUnit.day), ("weekly", .week), ("monthly", .month), ("annually", .year),
            ("yearly", .year), ("hourly", .hour),
        ] {
            add(w, .set, Int(u.rawValue))
        }
        add("nightly", .set, Int(TimeUnit.day.rawValue))
        add("noon", .noon); add("midnight", .midnight); add("midday", .midday)
        for z in ["est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "cest"] {
            add(z, .zone)
        }
        add("fiscal", .fiscal); add("full", .full); add("period", .period); add("several", .several); add("few", .few)
        add("couple", .couple); add("many", .many); add("dozen", .dozen); add("times", .times); add("twice", .twice)
        add("once", .once); add("whole", .whole); add("entire", .entire)
        add("s", .s); add("old", .old); add("long", .long)
        // Words that may stand between a count and its unit: "two more weeks", "six straight days".
        for w in ["more", "additional", "consecutive", "straight", "further", "extra", "successive", "full"]
        where t[WordScan.key(w)] == nil {
            add(w, .countAdj)
        }
        add("term", .term); add("short", .short); add("being", .being); add("time", .time)
        add("christmas", .holiday, 1225)
        for w in [
            "by", "until", "till", "through", "throughout", "between", "into", "circa", "late", "towards", "toward",
        ] where t[WordScan.key(w)] == nil {
            add(w, .prep)
        }
        for w in ["near", "distant", "foreseeable", "immediate"] { add(w, .near) }
        for w in ["comparable", "corresponding", "seasonally", "traditionally", "slow", "busy", "strong", "weak"] {
            add(w, .adjQuarter)
        }
        return t
    }()
}

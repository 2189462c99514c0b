import DossierModel

/// Finds TimeML TIMEX3 expressions (DATE, TIME, DURATION, SET) and normalises them against
/// the article's publication date, the way a news reader would ("on Tuesday" is the Tuesday
/// the tense points to; "last year" is the year before publication).
///
/// Rule-based, in the manner of HeidelTime: a hand-written matcher over `WordScan` tokens.
/// Fuzzy modifiers ("late March", "mid-1990s") keep the bare value of what they modify.
public enum TemporalTagger {
    public static func tag(_ text: ScalarText, sentences: [Span], anchor: Timestamp?) -> [TimeExpression] {
        var m = TemporalMatcher(text.scalars, sentences: sentences, anchor: anchor)
        let found = m.run()
        return found.map { f in
            let span = Span(m.t[f.start].start, m.t[f.end - 1].end)
            return TimeExpression(text: text[span], type: f.type, value: f.value, span: span)
        }
    }
}

/// One expression, as a half-open range of scan tokens.
struct TemporalMatch {
    var start: Int
    var end: Int
    var type: TimeType
    var value: String
    /// A leading "the" may join the span ("the third quarter"); not so for names of days
    /// and months ("the Oct. 23 shooting").
    var takesThe = true
}

struct TemporalMatcher {
    let s: [Unicode.Scalar]
    let t: [ScanToken]
    let w: [TemporalWord]
    let n: Int
    let cal: TemporalCalendar
    let sentences: [Span]
    /// The latest fiscal quarter the text named, as (year, quarter): "a year earlier" in an
    /// earnings report means that quarter a year back.
    var refQuarter: (year: Int, q: Int)?
    /// The latest year the text named in digits: "the following year" and "that year" count
    /// from it, as narrative does, rather than from publication.
    var refYear: Int?

    init(_ s: [Unicode.Scalar], sentences: [Span], anchor: Timestamp?) {
        self.s = s
        let t = WordScan.tokens(s)
        self.t = t
        let table = TemporalLexicon.table
        self.w = t.map { $0.kind == .word ? table[$0.key] : table.missing }
        self.n = t.count
        self.cal = TemporalCalendar(anchor: anchor)
        self.sentences = sentences
    }

    // MARK: token predicates

    @inline(__always) func c(_ i: Int) -> TW { i >= 0 && i < n ? w[i].cls : .none }
    @inline(__always) func a(_ i: Int) -> Int { Int(w[i].arg) }
    @inline(__always) func isNum(_ i: Int) -> Bool { i >= 0 && i < n && t[i].kind == .number }
    @inline(__always) func isP(_ i: Int, _ ch: Unicode.Scalar) -> Bool {
        i >= 0 && i < n && t[i].kind == .punct && t[i].key == UInt64(ch.value)
    }
    /// Tokens i and i+1 touch (no space between).
    @inline(__always) func touching(_ i: Int) -> Bool { i >= 0 && i + 1 < n && t[i].end == t[i + 1].start }
    @inline(__always) func isWord(_ i: Int, _ key: UInt64) -> Bool { i >= 0 && i < n && t[i].kind == .word && t[i].key == key }

    /// A hyphen joining two tokens: "two-year", "mid-1990s".
    func isHyphen(_ i: Int) -> Bool {
        guard i > 0, i + 1 < n, t[i].kind == .punct, touching(i - 1), touching(i) else { return false }
        let v = t[i].key
        return v == 0x2D || v == 0x2010 || v == 0x2011 || v == 0x2013
    }

    static let kS = WordScan.key("s"), kSt = WordScan.key("st"), kNd = WordScan.key("nd"), kRd = WordScan.key("rd")
    static let kTh = WordScan.key("th"), kSecond = WordScan.key("second"), kA = WordScan.key("a"), kM = WordScan.key("m")
    static let kP = WordScan.key("p"), kAm = WordScan.key("am"), kPm = WordScan.key("pm"), kAs = WordScan.key("as")
    static let kNight = WordScan.key("night"), kNights = WordScan.key("nights"), kYear = WordScan.key("year")
    static let kQuarter = WordScan.key("quarter"), kDay = WordScan.key("day"), kEve = WordScan.key("eve")
    static let kNew = WordScan.key("new"), kThanksgiving = WordScan.key("thanksgiving"), kRight = WordScan.key("right")
    static let kTime = WordScan.key("time"), kMay = WordScan.key("may"), kMarch = WordScan.key("march")
    static let kPercent = WordScan.key("percent"), kMillion = WordScan.key("million"), kBillion = WordScan.key("billion")
    static let kCents = WordScan.key("cents"), kDollars = WordScan.key("dollars"), kShare = WordScan.key("share")
    static let kAhead = WordScan.key("ahead"), kMoment = WordScan.key("moment"), kDays = WordScan.key("days")
    static let dayVerbs: Set<UInt64> = Set(["end", "ended", "ending", "ends", "finish", "finished", "close", "closed", "start", "started", "began", "begin", "opened", "open"].map(WordScan.key))
    static let kThat = WordScan.key("that"), kThese = WordScan.key("these"), kQ = WordScan.key("q"), kH = WordScan.key("h")
    static let kUTC = WordScan.key("utc"), kGMT = WordScan.key("gmt")
    static let kOver = WordScan.key("over"), kFinal = WordScan.key("final"), kEnded = WordScan.key("ended"), kEnding = WordScan.key("ending")
    static let kOld = WordScan.key("old"), kFy = WordScan.key("fy"), kElection = WordScan.key("election"), kOther = WordScan.key("other")

    // MARK: driver

    mutating func run() -> [TemporalMatch] {
        var out: [TemporalMatch] = []
        var i = 0
        while i < n {
            // Only words in the lexicon and numbers can start an expression.
            if (t[i].kind == .punct && !(isP(i, "'") || isP(i, "\u{2019}")))
                || (t[i].kind == .word && w[i].cls == .none && t[i].length > 1 && !isHolidayStart(i)) {
                i += 1
                continue
            }
            if let m = matchAt(i), m.end > m.start, m.end > i {
                out.append(m)
                noteExplicitYear(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    mutating func noteExplicitYear(_ m: TemporalMatch) {
        guard m.value.count >= 4, let y = Int(m.value.prefix(4)) else { return }
        for k in m.start..<m.end where t[k].kind == .number && t[k].length == 4 && t[k].value == y {
            refYear = y
            return
        }
    }

    mutating func matchAt(_ i: Int) -> TemporalMatch? {
        // "about three weeks", "at least 72 hours", "around 7:15 p.m."
        if let k = approximator(i), let m = durationOrAgo(k) ?? timeOfDay(k) {
            return TemporalMatch(start: i, end: m.end, type: m.type, value: m.value)
        }
        if c(i) == .the, let m = core(i + 1, afterThe: true) {
            if m.takesThe { return TemporalMatch(start: i, end: m.end, type: m.type, value: m.value) }
            return m
        }
        return core(i, afterThe: false)
    }

    /// The index after "about", "at least", "more than", "no more than", "up to"...
    func approximator(_ i: Int) -> Int? {
        switch c(i) {
        case .approx: return i + 1
        case .at where c(i + 1) == .least || c(i + 1) == .most: return i + 2
        case .more, .less, .fewer: return c(i + 1) == .than ? i + 2 : nil
        case .up where c(i + 1) == .to: return i + 2
        case .no where c(i + 1) == .more || c(i + 1) == .less:
            return c(i + 2) == .than ? i + 3 : nil
        default:
            if isWord(i, Self.kAs), i + 2 < n, t[i + 1].kind == .word, isWord(i + 2, Self.kAs) { return i + 3 }
            return nil
        }
    }

    // MARK: core expressions

    mutating func core(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        guard i < n else { return nil }
        if let m = fuzzy(i, afterThe: afterThe) { return m }
        switch c(i) {
        case .weekday: return weekday(i)
        case .weekdays:
            return TemporalMatch(start: i, end: i + 1, type: .set, value: "XXXX-WXX-\(a(i) + 1)", takesThe: false)
        case .month, .monthAbbr: return monthDate(i)
        case .last, .this, .next, .past, .coming, .previous, .following, .current, .recent, .prior, .same, .latest:
            if let m = relative(i, afterThe: afterThe) { return m }
            return quarterPhrase(i) ?? deictic(i, afterThe: afterThe)
        case .today, .yesterday, .tomorrow, .tonight, .now, .currently, .recently, .soon, .future, .previously,
             .nowadays, .lately, .present, .formerly:
            return deictic(i, afterThe: afterThe)
        case .ordWord:
            return quarterPhrase(i) ?? century(i) ?? firstMonths(i) ?? dayMonth(i)
        case .unit:
            if let m = yearAgoAdjective(i) ?? quarterPhrase(i) { return m }
            if afterThe { return theUnit(i) }
            return nil
        case .units:
            // "for years", "within weeks", "over the years": an unknown stretch of time.
            let p = afterThe ? i - 2 : i - 1
            guard let (u, _, e) = unitAt(i), u != .quarter && u != .night && u != .second else { return nil }
            switch c(p) {
            case .for, .within, .in:
                return TemporalMatch(start: i, end: e, type: .duration, value: TemporalCalendar.duration(nil, u))
            case .approx where t[p].key == Self.kOver:
                return TemporalMatch(start: i, end: e, type: .duration, value: TemporalCalendar.duration(nil, u))
            default:
                return nil
            }
        case .near, .long, .short:
            if afterThe, c(i + 1) == .term {
                return TemporalMatch(start: i, end: i + 2, type: .date, value: "FUTURE_REF")
            }
            return deictic(i, afterThe: afterThe)
        case .time where afterThe && c(i + 1) == .being:
            return TemporalMatch(start: i, end: i + 2, type: .date, value: "PRESENT_REF")
        case .full, .entire, .whole:
            if afterThe, let (u, plural, e) = unitAt(i + 1), u == .year, !plural {
                return TemporalMatch(start: i, end: e, type: .date, value: cal.unitValue(.year, 0))
            }
            return nil
        case .season: return season(i, afterThe: afterThe)
        case .set, .every, .each, .per, .twice, .once: return setExpression(i)
        case .noon, .midnight, .midday: return timeOfDay(i)
        case .fiscal:
            if let m = year(i + 1) { return TemporalMatch(start: i, end: m.end, type: .date, value: m.value) }
            if afterThe, let (u, plural, _) = unitAt(i + 1), u == .year, !plural, let m = theUnit(i + 1, determinerAt: i - 1) {
                // "the fiscal year"
                return TemporalMatch(start: i, end: m.end, type: m.type, value: m.value)
            }
            return quarterPhrase(i)
        case .decadeWord where afterThe:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: decade(a(i)))
        case .holiday: return holiday(i)
        case .numWord, .a, .several, .few, .couple, .dozen, .half, .many:
            if let m = setExpression(i) ?? durationOrAgo(i) { return m }
            // A spelled-out year stands alone after "in" or "the year", or when it reads as one
            // ("nineteen ninety-six": a teen then a multiple of ten, never a count).
            if let y = spelledYear(i), c(i - 1) == .in || isWord(i - 1, Self.kYear)
                || (a(i) >= 11 && a(i) <= 19 && c(i + 1) == .numWord && a(i + 1) >= 20 && a(i + 1) < 100) {
                return TemporalMatch(start: isWord(i - 1, Self.kYear) && c(i - 2) == .the ? i - 2 : i, end: y.end, type: .date, value: y.value)
            }
            return nil
        case .period where afterThe: return nil
        case .adjQuarter: return quarterPhrase(i)
        default:
            break
        }
        if t[i].kind == .number {
            return numeric(i)
        }
        if isP(i, "'"), isNum(i + 1), t[i + 1].length == 2, touching(i), touching(i + 1), isWord(i + 2, Self.kS) {
            // "the '80s"
            return TemporalMatch(start: i, end: i + 3, type: .date, value: decade(t[i + 1].value / 10))
        }
        if isP(i, "'") || isP(i, "\u{2019}"), isNum(i + 1), t[i + 1].length == 2, touching(i), !touching(i - 1),
           !touching(i + 1) || (i + 2 < n && t[i + 2].kind == .punct), let y = cal.year {
            // "since '82": a two-digit year, in the latest century that does not put it after publication.
            let v = t[i + 1].value
            let century = v <= y % 100 ? y / 100 : y / 100 - 1
            return TemporalMatch(start: i, end: i + 2, type: .date, value: String(century * 100 + v))
        }
        if let m = quarterCode(i) { return m }
        // "that year": the year last named.
        if isWord(i, Self.kThat), isWord(i + 1, Self.kYear), let ry = refYear {
            return TemporalMatch(start: i, end: i + 2, type: .date, value: String(ry), takesThe: false)
        }
        // "these days": the present.
        if isWord(i, Self.kThese) {
            return isWord(i + 1, Self.kDays) ? TemporalMatch(start: i, end: i + 2, type: .date, value: "PRESENT_REF", takesThe: false) : nil
        }
        if isHolidayStart(i) { return holiday(i) }
        return nil
    }

    /// A decade named by its digit ("the '90s", "the nineties"): the latest one not after the
    /// anchor's, so "the '90s" read in 2024 is the 1990s and "the '20s" the 2020s.
    func decade(_ d: Int) -> String {
        guard let y = cal.year else { return "19\(d)" }
        let century = d * 10 <= y % 100 ? y / 100 : y / 100 - 1
        return "\(century)\(d)"
    }

    /// "Q3 2024", "Q1", "H1 2023": quarters and halves in the short form of business news.
    mutating func quarterCode(_ i: Int) -> TemporalMatch? {
        guard i + 1 < n, t[i].kind == .word, t[i].length == 1, t[i].upper, touching(i), isNum(i + 1), t[i + 1].length == 1,
              i + 2 >= n || !touching(i + 1) || t[i + 2].kind == .punct else { return nil }
        let isQ = t[i].key == Self.kQ, isH = t[i].key == Self.kH
        let q = t[i + 1].value
        guard (isQ && q >= 1 && q <= 4) || (isH && q >= 1 && q <= 2) else { return nil }
        var end = i + 2
        var year: Int? = nil
        if let y = fourDigitYear(end) { year = y; end += 1 }
        if year == nil, let a = cal.anchor {
            let cur = isQ ? (a.month - 1) / 3 + 1 : (a.month <= 6 ? 1 : 2)
            year = q <= cur ? a.year : a.year - 1
        }
        let y = year.map(String.init) ?? "XXXX"
        if isQ, let yy = year { refQuarter = (yy, q) }
        return TemporalMatch(start: i, end: end, type: .date, value: "\(y)-\(isQ ? "Q" : "H")\(q)")
    }

    /// "early", "late", "mid-", "earlier", "later", "the end of", "the middle of", "the first half of" + a date.
    /// The value stays that of the date itself, as TimeML asks for fuzzy parts.
    mutating func fuzzy(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        var k: Int
        var half = 0
        switch c(i) {
        case .early, .late, .mid:
            k = isHyphen(i + 1) ? i + 2 : i + 1
        case .earlier, .later:
            // "earlier this year", "later Sunday"; not "earlier two..."
            switch c(i + 1) {
            case .this, .next, .last, .today, .yesterday, .tomorrow, .weekday, .tonight: k = i + 1
            default: return nil
            }
        case .end, .beginning, .start, .middle:
            guard c(i + 1) == .of else { return nil }
            k = i + 2
            if c(k) == .the { k += 1 }
        case .ordWord, .last:
            // "the first half of 1989", "the last half of the '80s"
            let first = c(i) == .ordWord ? a(i) : 2
            guard c(i + 1) == .half, c(i + 2) == .of, first <= 2 else { return nil }
            half = first
            k = i + 3
            if c(k) == .the { k += 1 }
        default:
            return nil
        }
        guard k < n else { return nil }
        let inner: TemporalMatch?
        if c(k) == .the, c(i) == .early || c(i) == .late || c(i) == .mid {
            inner = core(k + 1, afterThe: true)
        } else {
            inner = core(k, afterThe: c(k - 1) == .the)
        }
        guard var m = inner, m.type == .date || m.type == .time else { return nil }
        // Fuzzy words only qualify calendar values; "late" before "current" or "recent" is an adjective.
        if m.value.hasSuffix("_REF") && c(i) != .earlier && c(i) != .later { return nil }
        if half > 0 {
            guard m.value.count == 4 || m.value.count == 3 else { return nil }
            if m.value.count == 4 { m.value += "-H\(half)" }
        }
        m.start = i
        m.takesThe = true
        return m
    }

    // MARK: weekdays, months and calendar dates

    func weekday(_ i: Int) -> TemporalMatch? {
        let wd = a(i)

        var k = i + 1
        // "Monday, Oct. 26": the explicit date wins.
        if isP(k, ","), c(k + 1) == .month || c(k + 1) == .monthAbbr, let m = monthDate(k + 1), m.value.count >= 10 {
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value, takesThe: false)
        }
        if c(k) == .month || c(k) == .monthAbbr, let m = monthDate(k), m.value.count >= 10 {
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value, takesThe: false)
        }
        if isNum(k), t[k].value >= 1, t[k].value <= 31, let m = dayMonth(k) {
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value, takesThe: false)
        }
        // "Wednesday's ruling" names something that has happened.
        let possessive = (isP(k, "'") || isP(k, "\u{2019}")) && isWord(k + 1, Self.kS)
        let tense = possessive ? TenseCue.past : self.tense(i, i + 1)
        let value = cal.weekdayValue(wd, direction: tense == TenseCue.future ? 1 : -1)
        // "Friday night": the span grows, the value stays the day (as annotators mostly did).
        if let (_, next) = partOfDay(k) { k = next }
        return TemporalMatch(start: i, end: k, type: .date, value: value, takesThe: false)
    }

    /// "morning", "night", "evening" after a day: the TimeML part-of-day code.
    func partOfDay(_ k: Int) -> (String, Int)? {
        if c(k) == .partOfDay { return (["TMO", "TAF", "TEV"][a(k)], k + 1) }
        if isWord(k, Self.kNight) { return ("TNI", k + 1) }
        return nil
    }

    /// The index after "Sept" / "Sept." and whether the abbreviation looks like a month.
    func monthName(_ i: Int) -> Int? {
        if c(i) == .monthAbbr {
            if isP(i + 1, "."), touching(i) { return i + 2 }
            // "Sept 30" without the period; never a bare "Mar" or "Dec".
            return isNum(i + 1) && t[i].upper ? i + 1 : nil
        }
        return c(i) == .month ? i + 1 : nil
    }

    /// "March 5", "March 5, 1946", "March 1996", "March of 1996", "January this year", "March".
    func monthDate(_ i: Int) -> TemporalMatch? {
        guard let afterName = monthName(i) else { return nil }
        let m = a(i)
        var k = afterName
        // "March 5", "Sept. 30th"
        if isNum(k), t[k].length <= 2, t[k].value >= 1, t[k].value <= 31, !(touching(k) && (isP(k + 1, ".") || isP(k + 1, ":")) && isNum(k + 2) && touching(k + 1)) {
            let d = t[k].value
            k += 1
            if ordinalSuffix(k), touching(k - 1) { k += 1 }
            // Not "March 5-7" ranges' start only: still the start day.
            // "Nov. 9 at 5 p.m." is left to the time rule; a bare day.
            return dayOfMonth(start: i, after: k, month: m, day: d, takesThe: false)
        }
        // "March 1996", "March, 1996", "March of 1996"
        var yearTok = k
        if isP(yearTok, ",") || c(yearTok) == .of { yearTok += 1 }
        if let y = fourDigitYear(yearTok) {
            return TemporalMatch(start: i, end: yearTok + 1, type: .date, value: TemporalCalendar.month(y, m), takesThe: false)
        }
        if let sy = spelledYear(yearTok), c(yearTok) == .numWord {
            return TemporalMatch(start: i, end: sy.end, type: .date, value: TemporalCalendar.month(Int(sy.value)!, m), takesThe: false)
        }
        guard t[i].upper else { return nil }
        // A bare "May" or "March" is as often a verb or a noun.
        if (t[i].key == Self.kMay || t[i].key == Self.kMarch) && !monthContext(i - 1) { return nil }
        // "January this year", "June last year", "October of next year"
        let rel = c(k) == .of ? k + 1 : k
        if (c(rel) == .this || c(rel) == .last || c(rel) == .next), isWord(rel + 1, Self.kYear), let y = cal.year {
            let yy = c(rel) == .this ? y : (c(rel) == .last ? y - 1 : y + 1)
            return TemporalMatch(start: i, end: rel + 2, type: .date, value: TemporalCalendar.month(yy, m), takesThe: false)
        }
        if c(k) == .next, isWord(k + 1, Self.kYear) { return nil }
        let tense = self.tense(i, k)
        return TemporalMatch(start: i, end: k, type: .date, value: cal.monthValue(m, tense: tense), takesThe: false)
    }

    /// Words after which "May" or "March" is a month.
    func monthContext(_ j: Int) -> Bool {
        switch c(j) {
        case .in, .since, .prep, .early, .late, .mid, .last, .this, .next, .of, .from, .during, .before, .after, .to, .end, .beginning, .middle:
            return true
        default:
            return isHyphen(j)
        }
    }

    func ordinalSuffix(_ k: Int) -> Bool {
        guard k < n, t[k].kind == .word else { return false }
        let key = t[k].key
        return key == Self.kSt || key == Self.kNd || key == Self.kRd || key == Self.kTh
    }

    /// A plausible year: four digits, 1000...2199, not glued to more digits.
    func fourDigitYear(_ k: Int) -> Int? {
        guard isNum(k), t[k].length == 4, t[k].value >= 1000, t[k].value <= 2199 else { return nil }
        if touching(k), isP(k + 1, ",") || isP(k + 1, "."), isNum(k + 2), touching(k + 1) { return nil }
        if touching(k), k + 1 < n, t[k + 1].kind == .word, t[k + 1].key != Self.kS { return nil }
        return t[k].value
    }

    /// "5 March 2024", "5th of March", "the 5th".
    func dayMonth(_ i: Int) -> TemporalMatch? {
        let d: Int
        var k: Int
        if isNum(i) {
            guard t[i].length <= 2, t[i].value >= 1, t[i].value <= 31 else { return nil }
            d = t[i].value
            k = i + 1
            if ordinalSuffix(k), touching(i) { k += 1 }
        } else if c(i) == .ordWord {
            d = a(i)
            k = i + 1
        } else {
            return nil
        }
        if c(k) == .of { k += 1 }
        guard let afterName = monthName(k) else { return nil }
        let m = a(k)
        return dayOfMonth(start: i, after: afterName, month: m, day: d, takesThe: true)
    }

    /// A day of a month whose tokens end before `after`: with a year that follows ("…, 1998"),
    /// or in the year the anchor and the tense point to, or with the year unknown.
    private func dayOfMonth(start i: Int, after k: Int, month m: Int, day d: Int, takesThe: Bool) -> TemporalMatch {
        var yearTok = k
        if isP(yearTok, ",") { yearTok += 1 }
        if let y = fourDigitYear(yearTok) {
            return TemporalMatch(start: i, end: yearTok + 1, type: .date, value: TemporalCalendar.day(y, m, d), takesThe: takesThe)
        }
        let value: String
        if let y = cal.yearFor(month: m, day: d, tense: tense(i, k)) {
            value = TemporalCalendar.day(y, m, d)
        } else {
            value = "XXXX-\(TemporalCalendar.fmt2(m))-\(TemporalCalendar.fmt2(d))"
        }
        return TemporalMatch(start: i, end: k, type: .date, value: value, takesThe: takesThe)
    }

    // MARK: numbers: years, decades, clock times, numeric dates, durations

    mutating func numeric(_ i: Int) -> TemporalMatch? {
        // "the 70s and 80s"
        // "the 70s and 80s", "the late 80s"; not temperatures ("the low-50s", "in the 90s").
        let hedge = c(i - 1) == .early || c(i - 1) == .late || c(i - 1) == .mid || (isHyphen(i - 1) && c(i - 2) == .mid)
        if t[i].length == 2, t[i].value % 10 == 0, isWord(i + 1, Self.kS), touching(i),
           (c(i - 1) == .the && c(i - 2) != .in) || (c(i - 1) == .and && i >= 3 && isWord(i - 2, Self.kS)) || hedge {
            return TemporalMatch(start: i, end: i + 2, type: .date, value: decade(t[i].value / 10))
        }
        if let m = timeOfDay(i) { return m }
        if let m = numericDate(i) { return m }
        if let m = setExpression(i) { return m }
        if let m = durationOrAgo(i) { return m }
        if let m = century(i) { return m }
        if let m = dayMonth(i) { return m }
        return year(i)
    }

    /// A year standing alone ("in 1990", "the 1988 period") or a decade ("1980s", "mid-1990s").
    func year(_ i: Int) -> TemporalMatch? {
        guard let y = fourDigitYear(i) else { return nil }
        // Money, counts and ranges of numbers are not years.
        if i > 0 {
            let p = t[i - 1]
            if p.kind == .punct && touching(i - 1) {
                let v = p.key
                if v == 0x24 || v == 0x20AC || v == 0xA3 || v == 0x23 || v == 0x2E || v == 0x2C || v == 0x2F { return nil }
            }
            // "Expo 2020", "Windows 2000": a capitalised name word before the number.
            if p.kind == .word && p.upper && w[i - 1].cls == .none && !sentenceStartsAt(i - 1) && p.key != Self.kFy {
                return nil
            }
        }
        if isP(i + 1, "%") { return nil }
        if isWord(i + 1, Self.kS), touching(i) {
            let value = String(y / 10)
            return TemporalMatch(start: i, end: i + 2, type: .date, value: value)
        }
        if y < 1900 || y > 2100 {
            // Older years need a preposition or a determiner to be told from counts.
            switch c(i - 1) {
            case .in, .since, .prep, .of, .from, .during, .before, .after, .to, .the, .fiscal, .early, .late, .mid, .and, .or:
                break
            default:
                guard isHyphen(i - 1) else { return nil }
            }
        }
        // "the 1988 third quarter", "the 1988 period": a quarter of that year.
        let o = c(i + 1) == .ordWord ? a(i + 1) : (isWord(i + 1, Self.kSecond) ? 2 : 0)
        if o >= 1, o <= 4, isWord(i + 2, Self.kQuarter) {
            return TemporalMatch(start: i, end: i + 3, type: .date, value: "\(y)-Q\(o)")
        }
        if c(i + 1) == .period || isWord(i + 1, Self.kQuarter) {
            let value = refQuarter.map { "\(y)-Q\($0.q)" } ?? String(y)
            return TemporalMatch(start: i, end: i + 2, type: .date, value: value)
        }
        return TemporalMatch(start: i, end: i + 1, type: .date, value: String(y))
    }

    func sentenceStartsAt(_ i: Int) -> Bool {
        if i == 0 { return true }
        let p = t[i - 1]
        if p.kind == .punct {
            let v = p.key
            return v == 0x2E || v == 0x21 || v == 0x3F || v == 0x22 || v == 0x201C || v == 0x3A || v == 0x5F || v == 0x28
        }
        // Paragraph starts.
        var k = t[i].start - 1
        while k >= 0 && WordScan.isSpace(s[k]) {
            if s[k] == "\n" { return true }
            k -= 1
        }
        return false
    }

    /// "2024-03-05", "3/5/2024".
    func numericDate(_ i: Int) -> TemporalMatch? {
        guard isNum(i), i + 4 < n, touching(i), touching(i + 1), touching(i + 2), touching(i + 3) else { return nil }
        if t[i].length == 4, isP(i + 1, "-"), isNum(i + 2), isP(i + 3, "-"), isNum(i + 4) {
            let y = t[i].value, m = t[i + 2].value, d = t[i + 4].value
            guard Timestamp.isValid(year: y, month: m, day: d) else { return nil }
            return TemporalMatch(start: i, end: i + 5, type: .date, value: TemporalCalendar.day(y, m, d))
        }
        if t[i].length <= 2, isP(i + 1, "/"), isNum(i + 2), t[i + 2].length <= 2, isP(i + 3, "/"), isNum(i + 4) {
            var y = t[i + 4].value
            if t[i + 4].length == 2 { y += y < 50 ? 2000 : 1900 } else if t[i + 4].length != 4 { return nil }
            let m = t[i].value, d = t[i + 2].value
            guard Timestamp.isValid(year: y, month: m, day: d) else { return nil }
            return TemporalMatch(start: i, end: i + 5, type: .date, value: TemporalCalendar.day(y, m, d))
        }
        return nil
    }

    /// The index after "a.m." / "pm" and whether it is afternoon, or nil.
    func meridiem(_ k: Int) -> (pm: Bool, next: Int)? {
        guard k < n, t[k].kind == .word else { return nil }
        let key = t[k].key
        if key == Self.kAm || key == Self.kPm {
            var e = k + 1
            if isP(e, "."), touching(k) { e += 1 }
            return (key == Self.kPm, e)
        }
        if key == Self.kA || key == Self.kP, isP(k + 1, "."), touching(k), isWord(k + 2, Self.kM), touching(k + 1) {
            var e = k + 3
            if isP(e, "."), touching(k + 2) { e += 1 }
            return (key == Self.kP, e)
        }
        return nil
    }

    /// "10:35 a.m.", "6 a.m. EST Tuesday", "noon Thursday", "14:30 GMT".
    func timeOfDay(_ i: Int) -> TemporalMatch? {
        var h: Int
        var mi = 0
        var k: Int
        if c(i) == .noon || c(i) == .midday || c(i) == .midnight {
            h = c(i) == .midnight ? 24 : 12
            k = i + 1
        } else {
            guard isNum(i) else { return nil }
            if t[i].length == 4, c(i + 1) == .zone, t[i].value % 100 < 60, t[i].value / 100 < 24 {
                // "0800 GMT"
                h = t[i].value / 100
                mi = t[i].value % 100
                k = i + 1
                return finishTime(i, h, mi, k)
            }
            guard t[i].length <= 2 else { return nil }
            h = t[i].value
            k = i + 1
            var hasMinutes = false
            if isP(k, ":") || (isP(k, ".") && meridiem(k + 2) != nil), touching(i), touching(k), isNum(k + 1), t[k + 1].length == 2 {
                mi = t[k + 1].value
                k += 2
                hasMinutes = true
            }
            if let (pm, next) = meridiem(k) {
                guard h >= 1 && h <= 12 && mi < 60 else { return nil }
                if pm && h != 12 { h += 12 }
                if !pm && h == 12 { h = 0 }
                k = next
            } else {
                guard hasMinutes, h <= 23, mi < 60 else { return nil }
                // A bare "10:35" is a time only beside a zone or after "at"/"by"/"until".
                if c(k) != .zone {
                    switch c(i - 1) {
                    case .at, .prep, .approx, .from, .to, .before, .after, .since: break
                    default: return nil
                    }
                }
            }
        }
        return finishTime(i, h, mi, k)
    }

    /// The zone and the day after a clock time: "EST", ", Nov. 6", "Thursday", "today".
    func finishTime(_ i: Int, _ h: Int, _ mi: Int, _ k0: Int) -> TemporalMatch? {
        var k = k0
        // Times given in UTC carry the "Z" designator; local zones are left off, as TimeML has
        // no names for them.
        var utc = false
        if c(k) == .zone {
            utc = t[k].key == Self.kUTC || t[k].key == Self.kGMT
            k += 1
        }
        var date = cal.dayOffset(0)
        var end = k
        var j = k
        if isP(j, ",") || c(j) == .on { j += 1 }
        if c(j) == .weekday {
            date = cal.weekdayValue(a(j), direction: tense(i, j + 1) == TenseCue.future ? 1 : -1)
            end = j + 1
        } else if c(j) == .month || c(j) == .monthAbbr, let m = monthDate(j), m.value.count == 10 {
            date = m.value
            end = m.end
        } else if c(j) == .today || c(j) == .yesterday || c(j) == .tomorrow {
            date = cal.dayOffset(c(j) == .today ? 0 : (c(j) == .yesterday ? -1 : 1))
            end = j + 1
        }
        let hh = h == 24 ? "24" : TemporalCalendar.fmt2(h)
        return TemporalMatch(start: i, end: end, type: .time, value: "\(date)T\(hh):\(TemporalCalendar.fmt2(mi))\(utc ? "Z" : "")")
    }

    // MARK: counts of units

    /// The largest count of time units read ("100,000,000 years" is still a count).
    static let maxUnitCount = 1_000_000_000

    /// A count: "two", "twenty-four", "a", "several", "a couple of", "5 1/2", "half a".
    /// `n` is nil for vague counts; `half` adds one half.
    func count(_ i: Int) -> (n: Int?, next: Int, half: Bool, article: Bool)? {
        guard i < n else { return nil }
        if isNum(i) {
            var v = t[i].value
            var k = i + 1
            var half = false
            // "1,000 years"
            while isP(k, ","), touching(k - 1), touching(k), isNum(k + 1), t[k + 1].length == 3 {
                // A comma-grouped number of any length may stand in text ("123,456,...,789"):
                // stop before it can overflow; `maxUnitCount` below rejects it.
                guard v <= Self.maxUnitCount else { return nil }
                v = v * 1000 + t[k + 1].value
                k += 2
            }
            if isP(k, "."), touching(k - 1), touching(k), isNum(k + 1) {
                // "1.5 hours": only halves have an exact TimeML form here.
                guard t[k + 1].length == 1, t[k + 1].value == 5 || t[k + 1].value == 0 else { return nil }
                half = t[k + 1].value == 5
                k += 2
            }
            if isNum(k), t[k].value == 1, isP(k + 1, "/"), isNum(k + 2), t[k + 2].value == 2 {
                half = true
                k += 3
            }
            if isP(k, "-"), isNum(k + 1), !isHyphen(k) || touching(k) && isNum(k + 1) && !touching(k + 1) {
                return nil
            }
            // No text counts time in more units than this; the calendar arithmetic on a count
            // (days to dates, years to months) stays far inside Int with it.
            guard v <= Self.maxUnitCount else { return nil }
            return (v, k, half, false)
        }
        switch c(i) {
        case .numWord:
            var v = a(i)
            var k = i + 1
            if v >= 20 && v < 100 {
                if isHyphen(k), c(k + 1) == .numWord, a(k + 1) >= 1, a(k + 1) <= 9 {
                    v += a(k + 1); k += 2
                } else if c(k) == .numWord, a(k) >= 1, a(k) <= 9 {
                    v += a(k); k += 1
                }
            }
            if c(k) == .numWord, a(k) == 100 || a(k) == 1000, v < 100 {
                v *= a(k); k += 1
            }
            if v == 0 { return nil }
            if c(k) == .and, c(k + 1) == .a, c(k + 2) == .half { return (v, k + 3, true, false) }
            return (v, k, false, false)
        case .a:
            switch c(i + 1) {
            case .few: return (nil, i + 2, false, false)
            case .couple: return c(i + 2) == .of ? (2, i + 3, false, false) : nil
            case .dozen: return (12, i + 2, false, false)
            case .numWord where a(i + 1) == 100 || a(i + 1) == 1000: return (a(i + 1), i + 2, false, false)
            case .half: return (0, i + 2, true, false)
            default: return (1, i + 1, false, true)
            }
        case .several, .few, .many: return (nil, i + 1, false, false)
        case .couple: return c(i + 1) == .of ? (2, i + 2, false, false) : nil
        case .dozen: return (12, i + 1, false, false)
        case .half: return c(i + 1) == .a ? (0, i + 2, true, false) : nil
        default: return nil
        }
    }

    /// A time unit at k: (unit, plural, next).
    func unitAt(_ k: Int) -> (TimeUnit, Bool, Int)? {
        guard k < n else { return nil }
        // "60 Minutes", ABC's "This Week": titles, not times.
        if t[k].upper, !sentenceStartsAt(k) { return nil }
        if c(k) == .unit, let u = TimeUnit(rawValue: w[k].arg) { return (u, false, k + 1) }
        if c(k) == .units, let u = TimeUnit(rawValue: w[k].arg) { return (u, true, k + 1) }
        return nil
    }

    /// "two weeks", "40 years", "a year and a half", "16-hour", "three days ago", "a year earlier".
    mutating func durationOrAgo(_ i: Int) -> TemporalMatch? {
        guard let cnt = count(i) else { return nil }
        var k = cnt.next
        if c(k) == .countAdj || c(k) == .more || c(k) == .full, unitAt(k + 1) != nil { k += 1 }
        var hyphenated = false
        if isHyphen(k) { k += 1; hyphenated = true }
        guard let (u, plural, afterUnit) = unitAt(k) else { return nil }
        var half = cnt.half
        var end = afterUnit
        if cnt.article && plural { return nil }
        if let v = cnt.n, v == 1, plural, !isNum(i) { return nil }
        // "a quarter of", "three-quarters of": fractions, not periods.
        if u == .quarter && (cnt.article || hyphenated == plural) { return nil }
        // "a second time", "the 1988 second quarter": an ordinal, not seconds.
        if u == .second && (cnt.article || isWord(afterUnit, Self.kQuarter) || c(afterUnit) == .half) { return nil }
        // "a year-earlier loss": the adjective is matched from "year".
        if !hyphenated, isHyphen(afterUnit), c(afterUnit + 1) == .earlier || c(afterUnit + 1) == .ago { return nil }
        if hyphenated {
            // "8-month-old", "year-long"
            if isHyphen(end), c(end + 1) == .old || c(end + 1) == .long { end += 2 }
        } else if c(end) == .and, c(end + 1) == .a, c(end + 2) == .half {
            half = true
            end += 3
        }
        if hyphenated || isWord(end, Self.kOld) {
            // Ages ("a 44-year-old", "52 years old") are not times.
            if c(end - 1) == .old || c(end) == .old { return nil }
        }
        if !hyphenated {
            var dir = 0
            var stop = end
            switch c(end) {
            case .ago: dir = -1; stop = end + 1
            case .earlier: dir = -1; stop = end + 1
            case .before where endsClause(end + 1): dir = -1; stop = end + 1
            case .later: dir = 1; stop = end + 1
            case .after where endsClause(end + 1): dir = 1; stop = end + 1
            case .hence: dir = 1; stop = end + 1
            case .from where c(end + 1) == .now: dir = 1; stop = end + 2
            default: break
            }
            if dir != 0 {
                guard let v = cnt.n, v > 0 || half else {
                    return TemporalMatch(start: i, end: stop, type: .date, value: dir < 0 ? "PAST_REF" : "FUTURE_REF")
                }
                if u == .year, v == 1, let rq = refQuarter {
                    return TemporalMatch(start: i, end: stop, type: .date, value: "\(rq.year - 1)-Q\(rq.q)")
                }
                if u == .hour || u == .minute || u == .second {
                    // "an hour later": the span of time, not a point.
                    return TemporalMatch(start: i, end: end, type: .duration, value: TemporalCalendar.duration(cnt.n, u, half: half))
                }
                return TemporalMatch(start: i, end: stop, type: .date, value: cal.shifted(u, by: dir * v))
            }
        }
        // "a day" after a price or "twice": a frequency.
        if cnt.article, i > 0, isFrequencyContext(i - 1) {
            return TemporalMatch(start: i, end: end, type: .set, value: TemporalCalendar.duration(1, u))
        }
        if u == .night && cnt.n == nil { return nil }
        // "the two-year plan": the article belongs to the plan, not to the duration.
        return TemporalMatch(start: i, end: end, type: .duration, value: TemporalCalendar.duration(cnt.n, u, half: half),
                             takesThe: !hyphenated)
    }

    /// Tokens where a sentence or clause ends: "two days before." vs "two days before the vote".
    func endsClause(_ k: Int) -> Bool {
        k >= n || t[k].kind == .punct
    }

    func isFrequencyContext(_ j: Int) -> Bool {
        if isNum(j) || isP(j, "%") { return true }
        switch c(j) {
        case .times, .twice, .once: return true
        default: break
        }
        let key = t[j].key
        return key == Self.kPercent || key == Self.kMillion || key == Self.kBillion || key == Self.kCents || key == Self.kDollars
    }

    // MARK: relative expressions

    /// "last year", "this week", "next Tuesday", "the past two months", "recent years", "last fall".
    mutating func relative(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        let r = c(i)
        let dir: Int
        switch r {
        case .last, .past, .previous, .prior: dir = -1
        case .next, .coming, .following: dir = 1
        case .this, .current, .same: dir = 0
        case .recent: dir = -1
        case .latest: return nil
        default: return nil
        }
        let k = i + 1
        // "the past two months", "the next few days", "last three years"
        if let cnt = count(k), !cnt.article || r == .this, let (u, plural, afterUnit) = unitAt(cnt.next), plural || cnt.n == 1 || cnt.half {
            if u == .quarter || r == .recent || r == .same || r == .current { return nil }
            return TemporalMatch(start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(cnt.n, u, half: cnt.half))
        }
        if c(k) == .few, let (u, _, afterUnit) = unitAt(k + 1) {
            return TemporalMatch(start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(nil, u))
        }
        if let (u, plural, afterUnit) = unitAt(k) {
            if plural {
                if r == .recent { return TemporalMatch(start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(nil, u)) }
                if r == .same || r == .current || r == .this { return nil }
                return TemporalMatch(start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(nil, u))
            }
            if r == .recent || r == .same { return nil }
            switch u {
            case .second, .minute, .hour: return nil
            case .night:
                guard r == .last || r == .this else { return nil }
                return TemporalMatch(start: i, end: afterUnit, type: .time, value: cal.dayOffset(r == .last ? -1 : 0) + "TNI")
            case .day:
                // "the next day", "the previous day": counted from the story's events, not from
                // publication, which this tagger does not track.
                return nil
            case .quarter:
                let m = quarterPhrase(i)
                return m
            case .weekend:
                return TemporalMatch(start: i, end: afterUnit, type: .date, value: weekendValue(dir: dir, at: i))
            default:
                break
            }
            // "the following year", "the previous year" in a narrative: from the year last named.
            if u == .year, afterThe, r == .following || r == .previous, let ry = refYear {
                return TemporalMatch(start: i, end: afterUnit, type: .date, value: String(ry + (r == .following ? 1 : -1)))
            }
            if (u == .decade || u == .century) && r == .past && afterThe {
                // "the past decade": the span of time up to now.
                return TemporalMatch(start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(1, u))
            }
            var value = cal.unitValue(u, dir)
            var end = afterUnit
            // "this year's third quarter"
            if u == .year, isP(end, "'") || isP(end, "\u{2019}"), isWord(end + 1, Self.kS), let q = quarterPhrase(end + 2),
               let y = Int(value) {
                let rest = q.value.dropFirst(4)
                value = "\(y)\(rest)"
                end = q.end
                return TemporalMatch(start: i, end: end, type: .date, value: value)
            }
            if (r == .current || r == .same), u != .year && u != .month && u != .week && u != .decade && u != .century { return nil }
            if r == .same { return nil }
            return TemporalMatch(start: i, end: end, type: .date, value: value)
        }
        switch c(k) {
        case .weekday:
            let wd = a(k)
            var value: String
            if r == .this || r == .current {
                value = cal.weekdayValue(wd, direction: tense(i, k + 1) == TenseCue.future ? 1 : -1)
            } else if dir < 0 {
                value = cal.weekdayValue(wd, direction: -1, strict: true)
            } else {
                value = cal.weekdayValue(wd, direction: 1, strict: true)
            }
            var end = k + 1
            var type = TimeType.date
            if let (code, next) = partOfDay(end) { value += code; end = next; type = .time }
            return TemporalMatch(start: i, end: end, type: type, value: value)
        case .month, .monthAbbr:
            guard let m = monthDate(k) else { return nil }
            if m.value.hasPrefix("XXXX") || m.value.count == 7 {
                let mo = a(k)
                var value = r == .this ? cal.thisMonth(mo) : (dir < 0 ? cal.lastMonth(mo) : cal.nextMonth(mo))
                if m.value.count == 10 { value += String(m.value.suffix(3)) }
                if m.value.count != 7 && m.value.count != 10 { return nil }
                return TemporalMatch(start: i, end: m.end, type: .date, value: value)
            }
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value)
        case .season:
            let value = seasonValue(a(k), dir: dir, relative: true)
            return TemporalMatch(start: i, end: k + 1, type: .date, value: value)
        case .partOfDay:
            guard r == .this else { return nil }
            return TemporalMatch(start: i, end: k + 1, type: .time, value: cal.dayOffset(0) + ["TMO", "TAF", "TEV"][a(k)])
        case .holiday:
            return nil
        default:
            break
        }
        return nil
    }

    func weekendValue(dir: Int, at i: Int) -> String {
        guard let dn = cal.dayNumber else { return "XXXX-WXX-WE" }
        let wd = TemporalCalendar.weekday(dn)
        var d = dir
        if d == 0 {
            // "the weekend" with no "last"/"next": the one the tense points to.
            let tn = tense(i, i + 2)
            if tn == TenseCue.future { d = wd >= 5 ? 0 : 0 } else { d = wd >= 5 ? 0 : -1 }
        } else if dir < 0 && wd >= 5 {
            d = -1
        }
        return TemporalCalendar.week(dn + 7 * d) + "-WE"
    }

    /// Seasons: spring 0 "SP", summer 1 "SU", fall 2 "FA", winter 3 "WI".
    func seasonValue(_ sIdx: Int, dir: Int, relative: Bool, tense: Int8 = 0) -> String {
        let code = ["SP", "SU", "FA", "WI"][sIdx]
        guard let a = cal.anchor else { return "XXXX-\(code)" }
        // The season of the anchor, with January and February in the previous year's winter.
        let cur: Int
        var y = a.year
        switch a.month {
        case 12: cur = 3
        case 1, 2: cur = 3; y -= 1
        case 3, 4, 5: cur = 0
        case 6, 7, 8: cur = 1
        default: cur = 2
        }
        var d = dir
        if !relative || dir == 0 {
            if tense == TenseCue.past || tense == TenseCue.weakPast { d = sIdx > cur ? -1 : 0 } else if tense == TenseCue.future { d = sIdx < cur ? 1 : 0 } else { d = 0 }
            if d == 0 { return "\(y + (sIdx < cur && !relative && tense == TenseCue.future ? 1 : 0))-\(code)" }
            return "\(sIdx > cur ? y - 1 : y + 1)-\(code)"
        }
        if d < 0 { return "\(sIdx < cur ? y : y - 1)-\(code)" }
        return "\(sIdx > cur ? y : y + 1)-\(code)"
    }

    /// "summer", "the winter of 1994", "spring 1998".
    func season(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        let sIdx = a(i)
        let code = ["SP", "SU", "FA", "WI"][sIdx]
        var k = i + 1
        if c(k) == .of { k += 1 }
        if isP(k, ",") { k += 1 }
        if let y = fourDigitYear(k) {
            return TemporalMatch(start: i, end: k + 1, type: .date, value: "\(y)-\(code)")
        }
        if let sy = spelledYear(k), c(k) == .numWord {
            return TemporalMatch(start: i, end: sy.end, type: .date, value: "\(sy.value)-\(code)")
        }
        // A bare season name is a date only where a date can stand: "in the fall", "this summer".
        let prev = afterThe ? c(i - 2) : c(i - 1)
        switch prev {
        case .in, .during, .since, .prep, .early, .late, .mid, .approx, .for: break
        default: return nil
        }
        if sIdx == 2 && !afterThe { return nil }
        if afterThe, c(i + 1) == .of { return nil }
        let value = seasonValue(sIdx, dir: 0, relative: false, tense: tense(i, i + 1))
        return TemporalMatch(start: i, end: i + 1, type: .date, value: value)
    }

    // MARK: quarters, halves and fiscal periods

    /// "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1989",
    /// "the quarter", "the latest quarter", "the year-ago quarter", "the first half".
    mutating func quarterPhrase(_ i: Int) -> TemporalMatch? {
        var k = i
        var q: Int? = nil
        var shift = 0
        var isHalf = false
        var current = false
        var latest = false
        var sawFiscal = false
        // Leading qualifiers.
        while k < n {
            switch c(k) {
            case .fiscal: sawFiscal = true; k += 1; continue
            case .latest, .last, .past, .previous, .prior, .same, .adjQuarter:
                if c(k) == .last || c(k) == .past || c(k) == .previous || c(k) == .prior { shift = -1 }
                latest = true
                k += 1
                continue
            case .current, .this: current = true; k += 1; continue
            case .unit where w[k].arg == TimeUnit.year.rawValue && isHyphen(k + 1) && (c(k + 2) == .ago || c(k + 2) == .earlier):
                shift = -4; k += 3; continue
            default: break
            }
            break
        }
        if c(k) == .ordWord || isWord(k, Self.kSecond) || isWord(k, Self.kFinal) {
            let o = c(k) == .ordWord ? a(k) : (isWord(k, Self.kSecond) ? 2 : 4)
            var kk = k + 1
            if isHyphen(kk) { kk += 1 }
            if c(kk) == .fiscal { kk += 1 }
            if isWord(kk, Self.kQuarter), o <= 4 {
                q = o; k = kk + 1
            } else if c(kk) == .half, o <= 2 {
                q = o; isHalf = true; k = kk + 1
            } else {
                return nil
            }
        } else if isWord(k, Self.kQuarter) {
            k += 1
        } else if c(k) == .period && (latest || shift == -4) {
            k += 1
        } else {
            return nil
        }
        // A bare "quarter" needs a determiner or a qualifier before it.
        if q == nil && !latest && !current && shift == 0 && c(i - 1) != .the { return nil }
        var year: Int? = nil
        // "of 1989", "of fiscal 1990", "1989"
        var e = k
        if c(e) == .of { e += 1; if c(e) == .fiscal { e += 1 } }
        if let y = fourDigitYear(e) { year = y; k = e + 1 }
        // "the third quarter of this year", "of last year"
        if year == nil, c(k) == .of, c(k + 1) == .this || c(k + 1) == .last || c(k + 1) == .next,
           isWord(k + 2, Self.kYear), let ay = cal.year {
            year = ay + (c(k + 1) == .this ? 0 : (c(k + 1) == .last ? -1 : 1))
            k += 3
        }
        // "the quarter ended Sept. 30": the date says which quarter.
        if year == nil, !isHalf, t.indices.contains(k), t[k].key == Self.kEnded || t[k].key == Self.kEnding,
           c(k + 1) == .month || c(k + 1) == .monthAbbr, let d = monthDate(k + 1), let yv = Int(d.value.prefix(4)) {
            let qd = (a(k + 1) - 1) / 3 + 1
            if q == nil || q == qd {
                refQuarter = (yv, qd)
                return TemporalMatch(start: i, end: k, type: .date, value: "\(yv)-Q\(qd)")
            }
        }
        // "the second half" alone is as often a match's as a year's.
        if isHalf && year == nil && !sawFiscal { return nil }
        guard let a = cal.anchor else {
            let y = year.map(String.init) ?? "XXXX"
            let v = isHalf ? "\(y)-H\(q!)" : "\(y)-Q\(q.map(String.init) ?? "X")"
            return TemporalMatch(start: i, end: k, type: .date, value: v)
        }
        let cq = (a.month - 1) / 3 + 1
        if isHalf {
            let h = q!
            let ch = a.month <= 6 ? 1 : 2
            let y = year ?? (h <= ch ? a.year : a.year - 1)
            return TemporalMatch(start: i, end: k, type: .date, value: "\(y)-H\(h)")
        }
        var yy: Int
        var qq: Int
        if let q {
            qq = q
            // Quarters are named in reports of results: the latest such quarter, unless the
            // sentence looks ahead to one still to come.
            yy = year ?? (q <= cq ? a.year : (tense(i, k) == TenseCue.future ? a.year : a.year - 1))
            if shift == -4 { yy -= 1 }
        } else if current {
            yy = a.year; qq = cq
        } else if let rq = refQuarter {
            yy = rq.year; qq = rq.q
            if shift == -4 { yy -= 1 } else if shift == -1 && !latest { qq -= 1 }
        } else {
            let tq = a.year * 4 + (cq - 1) - 1 + (shift == -4 ? -4 : 0)
            yy = tq / 4; qq = tq % 4 + 1
        }
        if qq < 1 { qq += 4; yy -= 1 }
        if shift != -4 { refQuarter = (yy, qq) }
        // "the corresponding period last year", "the quarter a year earlier"
        if year == nil, shift != -4 {
            if c(k) == .last, isWord(k + 1, Self.kYear) {
                yy -= 1; k += 2
            } else if c(k) == .a, isWord(k + 1, Self.kYear), c(k + 2) == .earlier || c(k + 2) == .ago {
                yy -= 1; k += 3
            }
        }
        return TemporalMatch(start: i, end: k, type: .date, value: "\(yy)-Q\(qq)")
    }

    /// "year-earlier", "year-ago" used as adjectives: "year-earlier results".
    mutating func yearAgoAdjective(_ i: Int) -> TemporalMatch? {
        guard w[i].arg == TimeUnit.year.rawValue, isHyphen(i + 1), c(i + 2) == .ago || c(i + 2) == .earlier else { return nil }
        if let m = quarterPhrase(i) { return m }
        if let rq = refQuarter {
            return TemporalMatch(start: i, end: i + 3, type: .date, value: "\(rq.year - 1)-Q\(rq.q)")
        }
        return TemporalMatch(start: i, end: i + 3, type: .date, value: cal.unitValue(.year, -1))
    }

    /// "the first nine months": a duration.
    func firstMonths(_ i: Int) -> TemporalMatch? {
        guard a(i) == 1, let cnt = count(i + 1), !cnt.article, let (u, plural, e) = unitAt(cnt.next), plural else { return nil }
        return TemporalMatch(start: i, end: e, type: .duration, value: TemporalCalendar.duration(cnt.n, u))
    }

    /// "the year", "the week", "the weekend", "the full year", "the fiscal year".
    func theUnit(_ i: Int, determinerAt: Int? = nil) -> TemporalMatch? {
        guard let (u, plural, e) = unitAt(i), !plural else { return nil }
        let det = determinerAt ?? i - 1
        switch u {
        case .weekend:
            return TemporalMatch(start: i, end: e, type: .date, value: weekendValue(dir: 0, at: i))
        case .week:
            // "the week of March 6": the ISO week holding that day.
            guard c(e) == .of, c(e + 1) == .month || c(e + 1) == .monthAbbr, let d = monthDate(e + 1), d.value.count == 10,
                  let y = Int(d.value.prefix(4)), let m = Int(d.value.dropFirst(5).prefix(2)), let dd = Int(d.value.suffix(2)),
                  Timestamp.isValid(year: y, month: m, day: dd) else { return nil }
            return TemporalMatch(start: i, end: d.end, type: .date,
                                 value: TemporalCalendar.week(Timestamp.dayNumber(year: y, month: m, day: dd)))
        case .year:
            switch c(det - 1) {
            case .for, .during, .approx, .prep, .within: return TemporalMatch(start: i, end: e, type: .duration, value: "P1Y")
            default: return TemporalMatch(start: i, end: e, type: .date, value: cal.unitValue(.year, 0))
            }
        case .day:
            // "to end the day", "for the day", "later in the day": the day of publication.
            let p = det - 1
            guard p >= 0, c(p) == .for || (t[p].kind == .word && Self.dayVerbs.contains(t[p].key)) else { return nil }
            return TemporalMatch(start: i, end: e, type: .date, value: cal.dayOffset(0))
        default:
            return nil
        }
    }

    /// "the 20th century", "the eleventh century".
    func century(_ i: Int) -> TemporalMatch? {
        var o: Int
        var k: Int
        if isNum(i), t[i].length <= 2, ordinalSuffix(i + 1), touching(i) {
            o = t[i].value; k = i + 2
        } else if c(i) == .ordWord {
            o = a(i); k = i + 1
        } else {
            return nil
        }
        if isHyphen(k) { k += 1 }
        guard let (u, plural, e) = unitAt(k), u == .century, !plural, o >= 1 else { return nil }
        return TemporalMatch(start: i, end: e, type: .date, value: TemporalCalendar.fmt2(o - 1))
    }

    /// "nineteen ninety-six", "two thousand and one" (after "the year" or a month).
    func spelledYear(_ i: Int) -> (end: Int, value: String)? {
        guard c(i) == .numWord else { return nil }
        let hi = a(i)
        if hi >= 11 && hi <= 20, c(i + 1) == .numWord {
            var lo = a(i + 1)
            var k = i + 2
            if lo == 100 { lo = 0 } else if lo < 10 && lo > 0 { return nil }
            else if lo >= 20, isHyphen(k), c(k + 1) == .numWord, a(k + 1) < 10 { lo += a(k + 1); k += 2 }
            guard lo < 100 else { return nil }
            return (k, String(hi * 100 + lo))
        }
        if hi == 2, c(i + 1) == .numWord, a(i + 1) == 1000, c(i - 1) == .month || isWord(i - 1, Self.kYear) || c(i - 1) == .of {
            var k = i + 2
            var v = 2000
            if c(k) == .and, c(k + 1) == .numWord, a(k + 1) < 20 { v += a(k + 1); k += 2 }
            return (k, String(v))
        }
        return nil
    }

    // MARK: deictic words

    func deictic(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        switch c(i) {
        case .today, .yesterday, .tomorrow:
            let off = c(i) == .today ? 0 : (c(i) == .yesterday ? -1 : 1)
            // "today's youth": the present age, not the day.
            if off == 0, isP(i + 1, "'") || isP(i + 1, "\u{2019}"), isWord(i + 2, Self.kS) { return nil }
            let value = cal.dayOffset(off)
            var end = i + 1
            if let (_, next) = partOfDay(end) { end = next }
            return TemporalMatch(start: i, end: end, type: .date, value: value, takesThe: false)
        case .tonight:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: cal.dayOffset(0), takesThe: false)
        case .now:
            if c(i - 1) == .from { return nil }
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PRESENT_REF", takesThe: false)
        case .currently, .nowadays:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PRESENT_REF", takesThe: false)
        case .current:
            // "current" as an adjective of time ("current conditions"), not "current account".
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PRESENT_REF", takesThe: false)
        case .recently, .lately:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PAST_REF", takesThe: false)
        case .recent:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PAST_REF", takesThe: false)
        case .future:
            // A bare "future" is mostly an adjective ("future earnings"); "the future" is a time.
            guard afterThe || c(i - 1) == .in else { return nil }
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "FUTURE_REF")
        case .near:
            guard c(i + 1) == .future, afterThe else { return nil }
            return TemporalMatch(start: i, end: i + 2, type: .date, value: "FUTURE_REF")
        case .past where afterThe:
            if c(i + 1) == .weekday || c(i + 1) == .unit || c(i + 1) == .units { return nil }
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PAST_REF")
        case .present where afterThe:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PRESENT_REF")
        default:
            return nil
        }
    }

    // MARK: frequencies

    /// "daily", "every week", "each Thursday", "twice a year", "per day".
    func setExpression(_ i: Int) -> TemporalMatch? {
        var k = i
        if c(k) == .twice || c(k) == .once {
            k += 1
        } else if c(k) == .numWord || isNum(k), c(k + 1) == .times {
            k += 2
        }
        switch c(k) {
        case .set:
            // "Breitbart News Daily": a title.
            guard k == i, !t[k].upper || sentenceStartsAt(k), let u = TimeUnit(rawValue: w[k].arg) else { return nil }
            return TemporalMatch(start: i, end: k + 1, type: .set, value: TemporalCalendar.duration(1, u))
        case .every, .each, .per, .a:
            if c(k) == .a && k == i { return nil }
            var j = k + 1
            if isWord(j, Self.kOther) {
                if let (u, _, e) = unitAt(j + 1) { return TemporalMatch(start: i, end: e, type: .set, value: TemporalCalendar.duration(2, u)) }
                return nil
            }
            if let cnt = count(j), !cnt.article, let (u, plural, e) = unitAt(cnt.next), plural, c(k) != .a {
                return TemporalMatch(start: i, end: e, type: .set, value: TemporalCalendar.duration(cnt.n, u))
            }
            if let (u, plural, e) = unitAt(j), !plural {
                if u == .night { return TemporalMatch(start: i, end: e, type: .set, value: "XXXX-XX-XXTNI") }
                return TemporalMatch(start: i, end: e, type: .set, value: TemporalCalendar.duration(1, u))
            }
            guard c(k) == .every || c(k) == .each else { return nil }
            switch c(j) {
            case .weekday:
                var v = "XXXX-WXX-\(a(j) + 1)"
                j += 1
                if let (code, next) = partOfDay(j) { v += code; j = next }
                return TemporalMatch(start: i, end: j, type: .set, value: v)
            case .month:
                return TemporalMatch(start: i, end: j + 1, type: .set, value: "XXXX-\(TemporalCalendar.fmt2(a(j)))")
            case .partOfDay:
                return TemporalMatch(start: i, end: j + 1, type: .set, value: "XXXX-XX-XX" + ["TMO", "TAF", "TEV"][a(j)])
            case .season:
                return TemporalMatch(start: i, end: j + 1, type: .set, value: "XXXX-" + ["SP", "SU", "FA", "WI"][a(j)])
            default:
                return nil
            }
        default:
            return nil
        }
    }

    // MARK: holidays

    func isHolidayStart(_ i: Int) -> Bool {
        guard i < n, t[i].kind == .word else { return false }
        if t[i].key == Self.kThese || t[i].key == Self.kThat { return true }
        guard t[i].upper else { return false }
        let key = t[i].key
        return key == Self.kThanksgiving || key == Self.kNew || key == Self.kElection || key == Self.kThese
    }

    /// "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Election Day".
    func holiday(_ i: Int) -> TemporalMatch? {
        guard t[i].upper else { return nil }
        var m = 0, d = 0
        var end = i + 1
        let key = t[i].key
        var nth: (month: Int, weekday: Int, nth: Int)? = nil
        if c(i) == .holiday {
            m = a(i) / 100; d = a(i) % 100
            if isWord(i + 1, Self.kEve), t[i + 1].upper { d -= 1; end = i + 2 } else if isWord(i + 1, Self.kDay) { end = i + 2 }
        } else if key == Self.kNew, isWord(i + 1, Self.kYear), t[i + 1].upper {
            var k = i + 2
            if isP(k, "'") || isP(k, "\u{2019}"), isWord(k + 1, Self.kS) { k += 2 }
            if isWord(k, Self.kDay) { m = 1; d = 1; end = k + 1 } else if isWord(k, Self.kEve) { m = 12; d = 31; end = k + 1 } else { return nil }
        } else if key == Self.kThanksgiving {
            nth = (11, 3, 4)
            if isWord(i + 1, Self.kDay) { end = i + 2 }
        } else if key == Self.kElection, isWord(i + 1, Self.kDay), t[i + 1].upper {
            nth = (11, 1, 0)
            end = i + 2
        } else {
            return nil
        }
        let tn = tense(i, end)
        guard let a = cal.anchor else {
            if let nth { return TemporalMatch(start: i, end: end, type: .date, value: "XXXX-\(TemporalCalendar.fmt2(nth.month))") }
            return TemporalMatch(start: i, end: end, type: .date, value: "XXXX-\(TemporalCalendar.fmt2(m))-\(TemporalCalendar.fmt2(d))")
        }
        if let nth {
            let y = cal.yearFor(month: nth.month, day: 20, tense: tn) ?? a.year
            let first = Timestamp.dayNumber(year: y, month: nth.month, day: 1)
            let wd = TemporalCalendar.weekday(first)
            var day: Int
            if nth.nth == 0 {
                // Election Day: the Tuesday after the first Monday.
                let firstMonday = 1 + (7 - wd) % 7
                day = firstMonday + 1
            } else {
                day = 1 + (nth.weekday - wd + 7) % 7 + 7 * (nth.nth - 1)
            }
            return TemporalMatch(start: i, end: end, type: .date, value: TemporalCalendar.day(y, nth.month, day))
        }
        let y = cal.yearFor(month: m, day: d, tense: tn) ?? a.year
        return TemporalMatch(start: i, end: end, type: .date, value: TemporalCalendar.day(y, m, d))
    }

    // MARK: tense

    /// The tense cue nearest the expression tokens [from, to) within its sentence.
    func tense(_ from: Int, _ to: Int) -> Int8 {
        guard from < n else { return 0 }
        let pos = t[from].start
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= pos { lo = mid + 1 } else { hi = mid }
        }
        let sStart = lo < sentences.count ? sentences[lo].start : 0
        let sEnd = lo < sentences.count ? sentences[lo].end : s.count
        // The nearest auxiliary or modal, unless an "-ed" form stands clearly nearer:
        // "announced Friday that it will give" is a past Friday.
        var best: (dist: Int, cue: Int8)? = nil
        for strong in [true, false] {
            var l = from - 1, r = to
            var dist = 0
            while dist < 40 {
                dist += 1
                var any = false
                var found: Int8? = nil
                if l >= 0, t[l].start >= sStart {
                    any = true
                    found = TenseCue.cue(t[l], s, strong: strong)
                    l -= 1
                }
                if found == nil, r < n, t[r].end <= sEnd {
                    any = true
                    found = TenseCue.cue(t[r], s, strong: strong)
                    r += 1
                }
                if let f = found {
                    let cue: Int8 = f == TenseCue.present ? 0 : f
                    if strong { best = (dist, cue) } else if best == nil || dist < best!.dist { best = (dist, cue) }
                    break
                }
                if !any { break }
            }
        }
        if let best { return best.cue }
        return 0
    }
}

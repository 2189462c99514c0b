import DossierModel

/// Core expressions.
extension TemporalMatcher {
    mutating func core(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        guard i < tokenCount else { return nil }
        if let m = fuzzy(i, afterThe: afterThe) { return m }
        switch wordClass(i) {
        case .weekday: return weekday(i)
        case .weekdays:
            return TemporalMatch(
                start: i, end: i + 1, type: .set, value: "XXXX-WXX-\(argument(i) + 1)", takesThe: false)
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
            switch wordClass(p) {
            case .for, .within, .in:
                return TemporalMatch(start: i, end: e, type: .duration, value: TemporalCalendar.duration(nil, u))
            case .approx where tokens[p].key == Self.kOver:
                return TemporalMatch(start: i, end: e, type: .duration, value: TemporalCalendar.duration(nil, u))
            default:
                return nil
            }
        case .near, .long, .short:
            if afterThe, wordClass(i + 1) == .term {
                return TemporalMatch(start: i, end: i + 2, type: .date, value: "FUTURE_REF")
            }
            return deictic(i, afterThe: afterThe)
        case .time where afterThe && wordClass(i + 1) == .being:
            return TemporalMatch(start: i, end: i + 2, type: .date, value: "PRESENT_REF")
        case .full, .entire, .whole:
            if afterThe, let (u, plural, e) = unitAt(i + 1), u == .year, !plural {
                return TemporalMatch(start: i, end: e, type: .date, value: calendar.unitValue(.year, 0))
            }
            return nil
        case .season: return season(i, afterThe: afterThe)
        case .set, .every, .each, .per, .twice, .once: return setExpression(i)
        case .noon, .midnight, .midday: return timeOfDay(i)
        case .fiscal:
            if let m = year(i + 1) { return TemporalMatch(start: i, end: m.end, type: .date, value: m.value) }
            if afterThe, let (u, plural, _) = unitAt(i + 1), u == .year, !plural,
                let m = theUnit(i + 1, determinerAt: i - 1)
            {
                // "the fiscal year"
                return TemporalMatch(start: i, end: m.end, type: m.type, value: m.value)
            }
            return quarterPhrase(i)
        case .decadeWord where afterThe:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: decade(argument(i)))
        case .holiday: return holiday(i)
        case .numWord, .a, .several, .few, .couple, .dozen, .half, .many:
            if let m = setExpression(i) ?? durationOrAgo(i) { return m }
            // A spelled-out year stands alone after "in" or "the year", or when it reads as one
            // ("nineteen ninety-six": a teen then a multiple of ten, never a count).
            if let y = spelledYear(i),
                wordClass(i - 1) == .in || isWord(i - 1, Self.kYear)
                    || (argument(i) >= 11 && argument(i) <= 19 && wordClass(i + 1) == .numWord && argument(i + 1) >= 20
                        && argument(i + 1) < 100)
            {
                return TemporalMatch(
                    start: isWord(i - 1, Self.kYear) && wordClass(i - 2) == .the ? i - 2 : i, end: y.end, type: .date,
                    value: y.value)
            }
            return nil
        case .period where afterThe: return nil
        case .adjQuarter: return quarterPhrase(i)
        default:
            break
        }
        if tokens[i].kind == .number {
            return numeric(i)
        }
        if isPunct(i, "'"), isNum(i + 1), tokens[i + 1].length == 2, touching(i), touching(i + 1),
            isWord(i + 2, Self.kS)
        {
            // "the '80s"
            return TemporalMatch(start: i, end: i + 3, type: .date, value: decade(tokens[i + 1].value / 10))
        }
        if isPunct(i, "'") || isPunct(i, "\u{2019}"), isNum(i + 1), tokens[i + 1].length == 2, touching(i),
            !touching(i - 1),
            !touching(i + 1) || (i + 2 < tokenCount && tokens[i + 2].kind == .punct), let y = calendar.year
        {
            // "since '82": a two-digit year, in the latest century that does not put it after publication.
            let v = tokens[i + 1].value
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
            return isWord(i + 1, Self.kDays)
                ? TemporalMatch(start: i, end: i + 2, type: .date, value: "PRESENT_REF", takesThe: false) : nil
        }
        if isHolidayStart(i) { return holiday(i) }
        return nil
    }

    /// A decade named by its digit ("the '90s", "the nineties"): the latest one not after the
    /// anchor's, so "the '90s" read in 2024 is the 1990s and "the '20s" the 2020s.
    func decade(_ d: Int) -> String {
        guard let y = calendar.year else { return "19\(d)" }
        let century = d * 10 <= y % 100 ? y / 100 : y / 100 - 1
        return "\(century)\(d)"
    }

    /// "Q3 2024", "Q1", "H1 2023": quarters and halves in the short form of business news.
    mutating func quarterCode(_ i: Int) -> TemporalMatch? {
        guard i + 1 < tokenCount, tokens[i].kind == .word, tokens[i].length == 1, tokens[i].upper, touching(i),
            isNum(i + 1), tokens[i + 1].length == 1,
            i + 2 >= tokenCount || !touching(i + 1) || tokens[i + 2].kind == .punct
        else { return nil }
        let isQ = tokens[i].key == Self.kQ, isH = tokens[i].key == Self.kH
        let q = tokens[i + 1].value
        guard (isQ && q >= 1 && q <= 4) || (isH && q >= 1 && q <= 2) else { return nil }
        var end = i + 2
        var year: Int? = nil
        if let y = fourDigitYear(end) { year = y; end += 1 }
        if year == nil, let a = calendar.anchor {
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
        switch wordClass(i) {
        case .early, .late, .mid:
            k = isHyphen(i + 1) ? i + 2 : i + 1
        case .earlier, .later:
            // "earlier this year", "later Sunday"; not "earlier two..."
            switch wordClass(i + 1) {
            case .this, .next, .last, .today, .yesterday, .tomorrow, .weekday, .tonight: k = i + 1
            default: return nil
            }
        case .end, .beginning, .start, .middle:
            guard wordClass(i + 1) == .of else { return nil }
            k = i + 2
            if wordClass(k) == .the { k += 1 }
        case .ordWord, .last:
            // "the first half of 1989", "the last half of the '80s"
            let first = wordClass(i) == .ordWord ? argument(i) : 2
            guard wordClass(i + 1) == .half, wordClass(i + 2) == .of, first <= 2 else { return nil }
            half = first
            k = i + 3
            if wordClass(k) == .the { k += 1 }
        default:
            return nil
        }
        guard k < tokenCount else { return nil }
        let inner: TemporalMatch?
        if wordClass(k) == .the, wordClass(i) == .early || wordClass(i) == .late || wordClass(i) == .mid {
            inner = core(k + 1, afterThe: true)
        } else {
            inner = core(k, afterThe: wordClass(k - 1) == .the)
        }
        guard var m = inner, m.type == .date || m.type == .time else { return nil }
        // Fuzzy words only qualify calendar values; "late" before "current" or "recent" is an adjective.
        if m.value.hasSuffix("_REF") && wordClass(i) != .earlier && wordClass(i) != .later { return nil }
        if half > 0 {
            guard m.value.count == 4 || m.value.count == 3 else { return nil }
            if m.value.count == 4 { m.value += "-H\(half)" }
        }
        m.start = i
        m.takesThe = true
        return m
    }
}

import DossierModel

/// Numbers: years, decades, clock times, numeric dates, durations.
extension TemporalMatcher {
    mutating func numeric(_ i: Int) -> TemporalMatch? {
        // "the 70s and 80s"
        // "the 70s and 80s", "the late 80s"; not temperatures ("the low-50s", "in the 90s").
        let hedge =
            wordClass(i - 1) == .early || wordClass(i - 1) == .late || wordClass(i - 1) == .mid
            || (isHyphen(i - 1) && wordClass(i - 2) == .mid)
        if tokens[i].length == 2, tokens[i].value % 10 == 0, isWord(i + 1, Self.kS), touching(i),
            (wordClass(i - 1) == .the && wordClass(i - 2) != .in)
                || (wordClass(i - 1) == .and && i >= 3 && isWord(i - 2, Self.kS)) || hedge
        {
            return TemporalMatch(start: i, end: i + 2, type: .date, value: decade(tokens[i].value / 10))
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
            let p = tokens[i - 1]
            if p.kind == .punct && touching(i - 1) {
                let v = p.key
                if v == 0x24 || v == 0x20AC || v == 0xA3 || v == 0x23 || v == 0x2E || v == 0x2C || v == 0x2F {
                    return nil
                }
            }
            // "Expo 2020", "Windows 2000": a capitalised name word before the number.
            if p.kind == .word && p.upper && words[i - 1].cls == .none && !sentenceStartsAt(i - 1) && p.key != Self.kFy
            {
                return nil
            }
        }
        if isPunct(i + 1, "%") { return nil }
        if isWord(i + 1, Self.kS), touching(i) {
            let value = String(y / 10)
            return TemporalMatch(start: i, end: i + 2, type: .date, value: value)
        }
        if y < 1900 || y > 2100 {
            // Older years need a preposition or a determiner to be told from counts.
            switch wordClass(i - 1) {
            case .in, .since, .prep, .of, .from, .during, .before, .after, .to, .the, .fiscal, .early, .late, .mid,
                .and, .or:
                break
            default:
                guard isHyphen(i - 1) else { return nil }
            }
        }
        // "the 1988 third quarter", "the 1988 period": a quarter of that year.
        let o = wordClass(i + 1) == .ordWord ? argument(i + 1) : (isWord(i + 1, Self.kSecond) ? 2 : 0)
        if o >= 1, o <= 4, isWord(i + 2, Self.kQuarter) {
            return TemporalMatch(start: i, end: i + 3, type: .date, value: "\(y)-Q\(o)")
        }
        if wordClass(i + 1) == .period || isWord(i + 1, Self.kQuarter) {
            let value = refQuarter.map { "\(y)-Q\($0.q)" } ?? String(y)
            return TemporalMatch(start: i, end: i + 2, type: .date, value: value)
        }
        return TemporalMatch(start: i, end: i + 1, type: .date, value: String(y))
    }

    func sentenceStartsAt(_ i: Int) -> Bool { WordScan.startsSentence(tokens, scalars, at: i) }

    /// "2024-03-05", "3/5/2024".
    func numericDate(_ i: Int) -> TemporalMatch? {
        guard isNum(i), i + 4 < tokenCount, touching(i), touching(i + 1), touching(i + 2), touching(i + 3) else {
            return nil
        }
        if tokens[i].length == 4, isPunct(i + 1, "-"), isNum(i + 2), isPunct(i + 3, "-"), isNum(i + 4) {
            let y = tokens[i].value, m = tokens[i + 2].value, d = tokens[i + 4].value
            guard Timestamp.isValid(year: y, month: m, day: d) else { return nil }
            return TemporalMatch(start: i, end: i + 5, type: .date, value: TemporalCalendar.day(y, m, d))
        }
        if tokens[i].length <= 2, isPunct(i + 1, "/"), isNum(i + 2), tokens[i + 2].length <= 2, isPunct(i + 3, "/"),
            isNum(i + 4)
        {
            var y = tokens[i + 4].value
            if tokens[i + 4].length == 2 { y += y < 50 ? 2000 : 1900 } else if tokens[i + 4].length != 4 { return nil }
            let m = tokens[i].value, d = tokens[i + 2].value
            guard Timestamp.isValid(year: y, month: m, day: d) else { return nil }
            return TemporalMatch(start: i, end: i + 5, type: .date, value: TemporalCalendar.day(y, m, d))
        }
        return nil
    }

    /// The index after "a.m." / "pm" and whether it is afternoon, or nil.
    func meridiem(_ k: Int) -> (pm: Bool, next: Int)? {
        guard k < tokenCount, tokens[k].kind == .word else { return nil }
        let key = tokens[k].key
        if key == Self.kAm || key == Self.kPm {
            var e = k + 1
            if isPunct(e, "."), touching(k) { e += 1 }
            return (key == Self.kPm, e)
        }
        if key == Self.kA || key == Self.kP, isPunct(k + 1, "."), touching(k), isWord(k + 2, Self.kM), touching(k + 1) {
            var e = k + 3
            if isPunct(e, "."), touching(k + 2) { e += 1 }
            return (key == Self.kP, e)
        }
        return nil
    }

    /// "10:35 a.m.", "6 a.m. EST Tuesday", "noon Thursday", "14:30 GMT".
    func timeOfDay(_ i: Int) -> TemporalMatch? {
        var h: Int
        var mi = 0
        var k: Int
        if wordClass(i) == .noon || wordClass(i) == .midday || wordClass(i) == .midnight {
            h = wordClass(i) == .midnight ? 24 : 12
            k = i + 1
        } else {
            guard isNum(i) else { return nil }
            if tokens[i].length == 4, wordClass(i + 1) == .zone, tokens[i].value % 100 < 60, tokens[i].value / 100 < 24
            {
                // "0800 GMT"
                h = tokens[i].value / 100
                mi = tokens[i].value % 100
                k = i + 1
                return finishTime(i, h, mi, k)
            }
            guard tokens[i].length <= 2 else { return nil }
            h = tokens[i].value
            k = i + 1
            var hasMinutes = false
            if isPunct(k, ":") || (isPunct(k, ".") && meridiem(k + 2) != nil), touching(i), touching(k), isNum(k + 1),
                tokens[k + 1].length == 2
            {
                mi = tokens[k + 1].value
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
                if wordClass(k) != .zone {
                    switch wordClass(i - 1) {
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
        if wordClass(k) == .zone {
            utc = tokens[k].key == Self.kUTC || tokens[k].key == Self.kGMT
            k += 1
        }
        var date = calendar.dayOffset(0)
        var end = k
        var j = k
        if isPunct(j, ",") || wordClass(j) == .on { j += 1 }
        if wordClass(j) == .weekday {
            date = calendar.weekdayValue(argument(j), direction: tense(i, j + 1) == TenseCue.future ? 1 : -1)
            end = j + 1
        } else if wordClass(j) == .month || wordClass(j) == .monthAbbr, let m = monthDate(j), m.value.count == 10 {
            date = m.value
            end = m.end
        } else if wordClass(j) == .today || wordClass(j) == .yesterday || wordClass(j) == .tomorrow {
            date = calendar.dayOffset(wordClass(j) == .today ? 0 : (wordClass(j) == .yesterday ? -1 : 1))
            end = j + 1
        }
        let hh = h == 24 ? "24" : TemporalCalendar.fmt2(h)
        return TemporalMatch(
            start: i, end: end, type: .time, value: "\(date)T\(hh):\(TemporalCalendar.fmt2(mi))\(utc ? "Z" : "")")
    }
}

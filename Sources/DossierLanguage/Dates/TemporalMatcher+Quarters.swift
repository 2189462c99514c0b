import DossierModel

/// Quarters, halves and fiscal periods.
extension TemporalMatcher {
    /// "the third quarter", "third-quarter", "the fiscal first quarter", "the fourth quarter of 1989",
    /// "the quarter", "the latest quarter", "the year-ago quarter", "the first half".
    mutating func quarterPhrase(_ i: Int) -> TemporalMatch? {
        var k = i
        var q: Int? = nil
        var shift = QuarterShift.asNamed
        var isHalf = false
        var current = false
        var latest = false
        var sawFiscal = false
        // Leading qualifiers.
        while k < tokenCount {
            switch wordClass(k) {
            case .fiscal: sawFiscal = true; k += 1; continue
            case .latest, .last, .past, .previous, .prior, .same, .adjQuarter:
                if wordClass(k) == .last || wordClass(k) == .past || wordClass(k) == .previous || wordClass(k) == .prior
                {
                    shift = .previous
                }
                latest = true
                k += 1
                continue
            case .current, .this: current = true; k += 1; continue
            case .unit
            where words[k].arg == TimeUnit.year.rawValue && isHyphen(k + 1)
                && (wordClass(k + 2) == .ago || wordClass(k + 2) == .earlier):
                shift = .yearAgo; k += 3; continue
            default: break
            }
            break
        }
        if wordClass(k) == .ordWord || isWord(k, Self.kSecond) || isWord(k, Self.kFinal) {
            let o = wordClass(k) == .ordWord ? argument(k) : (isWord(k, Self.kSecond) ? 2 : 4)
            var kk = k + 1
            if isHyphen(kk) { kk += 1 }
            if wordClass(kk) == .fiscal { kk += 1 }
            if isWord(kk, Self.kQuarter), o <= 4 {
                q = o; k = kk + 1
            } else if wordClass(kk) == .half, o <= 2 {
                q = o; isHalf = true; k = kk + 1
            } else {
                return nil
            }
        } else if isWord(k, Self.kQuarter) {
            k += 1
        } else if wordClass(k) == .period && (latest || shift == .yearAgo) {
            k += 1
        } else {
            return nil
        }
        // A bare "quarter" needs a determiner or a qualifier before it.
        if q == nil && !latest && !current && shift == .asNamed && wordClass(i - 1) != .the { return nil }
        var year: Int? = nil
        // "of 1989", "of fiscal 1990", "1989"
        var e = k
        if wordClass(e) == .of { e += 1; if wordClass(e) == .fiscal { e += 1 } }
        if let y = fourDigitYear(e) { year = y; k = e + 1 }
        // "the third quarter of this year", "of last year"
        if year == nil, wordClass(k) == .of,
            wordClass(k + 1) == .this || wordClass(k + 1) == .last || wordClass(k + 1) == .next,
            isWord(k + 2, Self.kYear), let ay = calendar.year
        {
            year = ay + (wordClass(k + 1) == .this ? 0 : (wordClass(k + 1) == .last ? -1 : 1))
            k += 3
        }
        // "the quarter ended Sept. 30": the date says which quarter.
        if year == nil, !isHalf, tokens.indices.contains(k),
            tokens[k].key == Self.kEnded || tokens[k].key == Self.kEnding,
            wordClass(k + 1) == .month || wordClass(k + 1) == .monthAbbr, let d = monthDate(k + 1),
            let yv = Int(d.value.prefix(4))
        {
            let qd = (argument(k + 1) - 1) / 3 + 1
            if q == nil || q == qd {
                refQuarter = (yv, qd)
                return TemporalMatch(start: i, end: k, type: .date, value: "\(yv)-Q\(qd)")
            }
        }
        // "the second half" alone is as often a match's as a year's.
        if isHalf && year == nil && !sawFiscal { return nil }
        guard let a = calendar.anchor else {
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
            if shift == .yearAgo { yy -= 1 }
        } else if current {
            yy = a.year; qq = cq
        } else if let rq = refQuarter {
            yy = rq.year; qq = rq.q
            if shift == .yearAgo { yy -= 1 } else if shift == .previous && !latest { qq -= 1 }
        } else {
            let tq = a.year * 4 + (cq - 1) - 1 + (shift == .yearAgo ? -4 : 0)
            yy = tq / 4; qq = tq % 4 + 1
        }
        if qq < 1 { qq += 4; yy -= 1 }
        if shift != .yearAgo { refQuarter = (yy, qq) }
        // "the corresponding period last year", "the quarter a year earlier"
        if year == nil, shift != .yearAgo {
            if wordClass(k) == .last, isWord(k + 1, Self.kYear) {
                yy -= 1; k += 2
            } else if wordClass(k) == .a, isWord(k + 1, Self.kYear),
                wordClass(k + 2) == .earlier || wordClass(k + 2) == .ago
            {
                yy -= 1; k += 3
            }
        }
        return TemporalMatch(start: i, end: k, type: .date, value: "\(yy)-Q\(qq)")
    }

    /// "year-earlier", "year-ago" used as adjectives: "year-earlier results".
    mutating func yearAgoAdjective(_ i: Int) -> TemporalMatch? {
        guard words[i].arg == TimeUnit.year.rawValue, isHyphen(i + 1),
            wordClass(i + 2) == .ago || wordClass(i + 2) == .earlier
        else { return nil }
        if let m = quarterPhrase(i) { return m }
        if let rq = refQuarter {
            return TemporalMatch(start: i, end: i + 3, type: .date, value: "\(rq.year - 1)-Q\(rq.q)")
        }
        return TemporalMatch(start: i, end: i + 3, type: .date, value: calendar.unitValue(.year, -1))
    }

    /// "the first nine months": a duration.
    func firstMonths(_ i: Int) -> TemporalMatch? {
        guard argument(i) == 1, let cnt = count(i + 1), !cnt.article, let (u, plural, e) = unitAt(cnt.next), plural
        else { return nil }
        return TemporalMatch(start: i, end: e, type: .duration, value: TemporalCalendar.duration(cnt.number, u))
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
            guard wordClass(e) == .of, wordClass(e + 1) == .month || wordClass(e + 1) == .monthAbbr,
                let d = monthDate(e + 1), d.value.count == 10,
                let y = Int(d.value.prefix(4)), let m = Int(d.value.dropFirst(5).prefix(2)),
                let dd = Int(d.value.suffix(2)),
                Timestamp.isValid(year: y, month: m, day: dd)
            else { return nil }
            return TemporalMatch(
                start: i, end: d.end, type: .date,
                value: TemporalCalendar.week(Timestamp.dayNumber(year: y, month: m, day: dd)))
        case .year:
            switch wordClass(det - 1) {
            case .for, .during, .approx, .prep, .within:
                return TemporalMatch(start: i, end: e, type: .duration, value: "P1Y")
            default: return TemporalMatch(start: i, end: e, type: .date, value: calendar.unitValue(.year, 0))
            }
        case .day:
            // "to end the day", "for the day", "later in the day": the day of publication.
            let p = det - 1
            guard p >= 0, wordClass(p) == .for || (tokens[p].kind == .word && Self.dayVerbs.contains(tokens[p].key))
            else { return nil }
            return TemporalMatch(start: i, end: e, type: .date, value: calendar.dayOffset(0))
        default:
            return nil
        }
    }

    /// "the 20th century", "the eleventh century".
    func century(_ i: Int) -> TemporalMatch? {
        var o: Int
        var k: Int
        if isNum(i), tokens[i].length <= 2, ordinalSuffix(i + 1), touching(i) {
            o = tokens[i].value; k = i + 2
        } else if wordClass(i) == .ordWord {
            o = argument(i); k = i + 1
        } else {
            return nil
        }
        if isHyphen(k) { k += 1 }
        guard let (u, plural, e) = unitAt(k), u == .century, !plural, o >= 1 else { return nil }
        return TemporalMatch(start: i, end: e, type: .date, value: TemporalCalendar.fmt2(o - 1))
    }

    /// "nineteen ninety-six", "two thousand and one" (after "the year" or a month).
    func spelledYear(_ i: Int) -> (end: Int, value: String)? {
        guard wordClass(i) == .numWord else { return nil }
        let hi = argument(i)
        if hi >= 11 && hi <= 20, wordClass(i + 1) == .numWord {
            var lo = argument(i + 1)
            var k = i + 2
            if lo == 100 {
                lo = 0
            } else if lo < 10 && lo > 0 {
                return nil
            } else if lo >= 20, isHyphen(k), wordClass(k + 1) == .numWord, argument(k + 1) < 10 {
                lo += argument(k + 1); k += 2
            }
            guard lo < 100 else { return nil }
            return (k, String(hi * 100 + lo))
        }
        if hi == 2, wordClass(i + 1) == .numWord, argument(i + 1) == 1000,
            wordClass(i - 1) == .month || isWord(i - 1, Self.kYear) || wordClass(i - 1) == .of
        {
            var k = i + 2
            var v = 2000
            if wordClass(k) == .and, wordClass(k + 1) == .numWord, argument(k + 1) < 20 { v += argument(k + 1); k += 2 }
            return (k, String(v))
        }
        return nil
    }
}

/// Which quarter a qualifier before "quarter" points at, against the one the phrase would
/// otherwise name.
enum QuarterShift {
    /// No qualifier moves it: "the third quarter", "the latest quarter".
    case asNamed
    /// "last", "past", "previous", "prior": the quarter before the reference one.
    case previous
    /// "the year-ago quarter", "the year-earlier period": the same quarter a year back; it never
    /// becomes the reference quarter later phrases count from.
    case yearAgo
}

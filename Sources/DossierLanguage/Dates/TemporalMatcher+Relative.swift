import DossierModel

/// Relative expressions.
extension TemporalMatcher {
    /// "last year", "this week", "next Tuesday", "the past two months", "recent years", "last fall".
    mutating func relative(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        let r = wordClass(i)
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
        if let cnt = count(k), !cnt.article || r == .this, let (u, plural, afterUnit) = unitAt(cnt.next),
            plural || cnt.number == 1 || cnt.half
        {
            if u == .quarter || r == .recent || r == .same || r == .current { return nil }
            return TemporalMatch(
                start: i, end: afterUnit, type: .duration,
                value: TemporalCalendar.duration(cnt.number, u, half: cnt.half))
        }
        if wordClass(k) == .few, let (u, _, afterUnit) = unitAt(k + 1) {
            return TemporalMatch(start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(nil, u))
        }
        if let (u, plural, afterUnit) = unitAt(k) {
            if plural {
                if r == .recent {
                    return TemporalMatch(
                        start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(nil, u))
                }
                if r == .same || r == .current || r == .this { return nil }
                return TemporalMatch(
                    start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(nil, u))
            }
            if r == .recent || r == .same { return nil }
            switch u {
            case .second, .minute, .hour: return nil
            case .night:
                guard r == .last || r == .this else { return nil }
                return TemporalMatch(
                    start: i, end: afterUnit, type: .time, value: calendar.dayOffset(r == .last ? -1 : 0) + "TNI")
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
                return TemporalMatch(
                    start: i, end: afterUnit, type: .date, value: String(ry + (r == .following ? 1 : -1)))
            }
            if (u == .decade || u == .century) && r == .past && afterThe {
                // "the past decade": the span of time up to now.
                return TemporalMatch(start: i, end: afterUnit, type: .duration, value: TemporalCalendar.duration(1, u))
            }
            var value = calendar.unitValue(u, dir)
            var end = afterUnit
            // "this year's third quarter"
            if u == .year, isPunct(end, "'") || isPunct(end, "\u{2019}"), isWord(end + 1, Self.kS),
                let q = quarterPhrase(end + 2),
                let y = Int(value)
            {
                let rest = q.value.dropFirst(4)
                value = "\(y)\(rest)"
                end = q.end
                return TemporalMatch(start: i, end: end, type: .date, value: value)
            }
            if (r == .current || r == .same), u != .year && u != .month && u != .week && u != .decade && u != .century {
                return nil
            }
            if r == .same { return nil }
            return TemporalMatch(start: i, end: end, type: .date, value: value)
        }
        switch wordClass(k) {
        case .weekday:
            let wd = argument(k)
            var value: String
            if r == .this || r == .current {
                value = calendar.weekdayValue(wd, direction: tense(i, k + 1) == TenseCue.future ? 1 : -1)
            } else if dir < 0 {
                value = calendar.weekdayValue(wd, direction: -1, strict: true)
            } else {
                value = calendar.weekdayValue(wd, direction: 1, strict: true)
            }
            var end = k + 1
            var type = TimeType.date
            if let (code, next) = partOfDay(end) { value += code; end = next; type = .time }
            return TemporalMatch(start: i, end: end, type: type, value: value)
        case .month, .monthAbbr:
            guard let m = monthDate(k) else { return nil }
            if m.value.hasPrefix("XXXX") || m.value.count == 7 {
                let mo = argument(k)
                var value =
                    r == .this ? calendar.thisMonth(mo) : (dir < 0 ? calendar.lastMonth(mo) : calendar.nextMonth(mo))
                if m.value.count == 10 { value += String(m.value.suffix(3)) }
                if m.value.count != 7 && m.value.count != 10 { return nil }
                return TemporalMatch(start: i, end: m.end, type: .date, value: value)
            }
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value)
        case .season:
            let value = seasonValue(argument(k), dir: dir, relative: true)
            return TemporalMatch(start: i, end: k + 1, type: .date, value: value)
        case .partOfDay:
            guard r == .this else { return nil }
            return TemporalMatch(
                start: i, end: k + 1, type: .time, value: calendar.dayOffset(0) + ["TMO", "TAF", "TEV"][argument(k)])
        case .holiday:
            return nil
        default:
            break
        }
        return nil
    }

    func weekendValue(dir: Int, at i: Int) -> String {
        guard let dn = calendar.dayNumber else { return "XXXX-WXX-WE" }
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
        guard let a = calendar.anchor else { return "XXXX-\(code)" }
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
            if tense == TenseCue.past || tense == TenseCue.weakPast {
                d = sIdx > cur ? -1 : 0
            } else if tense == TenseCue.future {
                d = sIdx < cur ? 1 : 0
            } else {
                d = 0
            }
            if d == 0 { return "\(y + (sIdx < cur && !relative && tense == TenseCue.future ? 1 : 0))-\(code)" }
            return "\(sIdx > cur ? y - 1 : y + 1)-\(code)"
        }
        if d < 0 { return "\(sIdx < cur ? y : y - 1)-\(code)" }
        return "\(sIdx > cur ? y : y + 1)-\(code)"
    }

    /// "summer", "the winter of 1994", "spring 1998".
    func season(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        let sIdx = argument(i)
        let code = ["SP", "SU", "FA", "WI"][sIdx]
        var k = i + 1
        if wordClass(k) == .of { k += 1 }
        if isPunct(k, ",") { k += 1 }
        if let y = fourDigitYear(k) {
            return TemporalMatch(start: i, end: k + 1, type: .date, value: "\(y)-\(code)")
        }
        if let sy = spelledYear(k), wordClass(k) == .numWord {
            return TemporalMatch(start: i, end: sy.end, type: .date, value: "\(sy.value)-\(code)")
        }
        // A bare season name is a date only where a date can stand: "in the fall", "this summer".
        let prev = afterThe ? wordClass(i - 2) : wordClass(i - 1)
        switch prev {
        case .in, .during, .since, .prep, .early, .late, .mid, .approx, .for: break
        default: return nil
        }
        if sIdx == 2 && !afterThe { return nil }
        if afterThe, wordClass(i + 1) == .of { return nil }
        let value = seasonValue(sIdx, dir: 0, relative: false, tense: tense(i, i + 1))
        return TemporalMatch(start: i, end: i + 1, type: .date, value: value)
    }
}

import DossierModel

/// Counts of units.
extension TemporalMatcher {
    /// The largest count of time units read ("100,000,000 years" is still a count).
    static let maxUnitCount = 1_000_000_000

    /// A count: "two", "twenty-four", "a", "several", "a couple of", "5 1/2", "half a".
    /// `number` is nil for vague counts; `half` adds one half.
    func count(_ i: Int) -> (number: Int?, next: Int, half: Bool, article: Bool)? {
        guard i < tokenCount else { return nil }
        if isNum(i) {
            var v = tokens[i].value
            var k = i + 1
            var half = false
            // "1,000 years"
            while isPunct(k, ","), touching(k - 1), touching(k), isNum(k + 1), tokens[k + 1].length == 3 {
                // A comma-grouped number of any length may stand in text ("123,456,...,789"):
                // stop before it can overflow; `maxUnitCount` below rejects it.
                guard v <= Self.maxUnitCount else { return nil }
                v = v * 1000 + tokens[k + 1].value
                k += 2
            }
            if isPunct(k, "."), touching(k - 1), touching(k), isNum(k + 1) {
                // "1.5 hours": only halves have an exact TimeML form here.
                guard tokens[k + 1].length == 1, tokens[k + 1].value == 5 || tokens[k + 1].value == 0 else {
                    return nil
                }
                half = tokens[k + 1].value == 5
                k += 2
            }
            if isNum(k), tokens[k].value == 1, isPunct(k + 1, "/"), isNum(k + 2), tokens[k + 2].value == 2 {
                half = true
                k += 3
            }
            if isPunct(k, "-"), isNum(k + 1), !isHyphen(k) || touching(k) && isNum(k + 1) && !touching(k + 1) {
                return nil
            }
            // No text counts time in more units than this; the calendar arithmetic on a count
            // (days to dates, years to months) stays far inside Int with it.
            guard v <= Self.maxUnitCount else { return nil }
            return (v, k, half, false)
        }
        switch wordClass(i) {
        case .numWord:
            var v = argument(i)
            var k = i + 1
            if v >= 20 && v < 100 {
                if isHyphen(k), wordClass(k + 1) == .numWord, argument(k + 1) >= 1, argument(k + 1) <= 9 {
                    v += argument(k + 1); k += 2
                } else if wordClass(k) == .numWord, argument(k) >= 1, argument(k) <= 9 {
                    v += argument(k); k += 1
                }
            }
            if wordClass(k) == .numWord, argument(k) == 100 || argument(k) == 1000, v < 100 {
                v *= argument(k); k += 1
            }
            if v == 0 { return nil }
            if wordClass(k) == .and, wordClass(k + 1) == .a, wordClass(k + 2) == .half {
                return (v, k + 3, true, false)
            }
            return (v, k, false, false)
        case .a:
            switch wordClass(i + 1) {
            case .few: return (nil, i + 2, false, false)
            case .couple: return wordClass(i + 2) == .of ? (2, i + 3, false, false) : nil
            case .dozen: return (12, i + 2, false, false)
            case .numWord where argument(i + 1) == 100 || argument(i + 1) == 1000:
                return (argument(i + 1), i + 2, false, false)
            case .half: return (0, i + 2, true, false)
            default: return (1, i + 1, false, true)
            }
        case .several, .few, .many: return (nil, i + 1, false, false)
        case .couple: return wordClass(i + 1) == .of ? (2, i + 2, false, false) : nil
        case .dozen: return (12, i + 1, false, false)
        case .half: return wordClass(i + 1) == .a ? (0, i + 2, true, false) : nil
        default: return nil
        }
    }

    /// A time unit at k: (unit, plural, next).
    func unitAt(_ k: Int) -> (TimeUnit, Bool, Int)? {
        guard k < tokenCount else { return nil }
        // "60 Minutes", ABC's "This Week": titles, not times.
        if tokens[k].upper, !sentenceStartsAt(k) { return nil }
        if wordClass(k) == .unit, let u = TimeUnit(rawValue: words[k].arg) { return (u, false, k + 1) }
        if wordClass(k) == .units, let u = TimeUnit(rawValue: words[k].arg) { return (u, true, k + 1) }
        return nil
    }

    /// "two weeks", "40 years", "a year and a half", "16-hour", "three days ago", "a year earlier".
    mutating func durationOrAgo(_ i: Int) -> TemporalMatch? {
        guard let cnt = count(i) else { return nil }
        var k = cnt.next
        if wordClass(k) == .countAdj || wordClass(k) == .more || wordClass(k) == .full, unitAt(k + 1) != nil { k += 1 }
        var hyphenated = false
        if isHyphen(k) { k += 1; hyphenated = true }
        guard let (u, plural, afterUnit) = unitAt(k) else { return nil }
        var half = cnt.half
        var end = afterUnit
        if cnt.article && plural { return nil }
        if let v = cnt.number, v == 1, plural, !isNum(i) { return nil }
        // "a quarter of", "three-quarters of": fractions, not periods.
        if u == .quarter && (cnt.article || hyphenated == plural) { return nil }
        // "a second time", "the 1988 second quarter": an ordinal, not seconds.
        if u == .second && (cnt.article || isWord(afterUnit, Self.kQuarter) || wordClass(afterUnit) == .half) {
            return nil
        }
        // "a year-earlier loss": the adjective is matched from "year".
        if !hyphenated, isHyphen(afterUnit), wordClass(afterUnit + 1) == .earlier || wordClass(afterUnit + 1) == .ago {
            return nil
        }
        if hyphenated {
            // "8-month-old", "year-long"
            if isHyphen(end), wordClass(end + 1) == .old || wordClass(end + 1) == .long { end += 2 }
        } else if wordClass(end) == .and, wordClass(end + 1) == .a, wordClass(end + 2) == .half {
            half = true
            end += 3
        }
        if hyphenated || isWord(end, Self.kOld) {
            // Ages ("a 44-year-old", "52 years old") are not times.
            if wordClass(end - 1) == .old || wordClass(end) == .old { return nil }
        }
        if !hyphenated {
            var dir = 0
            var stop = end
            switch wordClass(end) {
            case .ago: dir = -1; stop = end + 1
            case .earlier: dir = -1; stop = end + 1
            case .before where endsClause(end + 1): dir = -1; stop = end + 1
            case .later: dir = 1; stop = end + 1
            case .after where endsClause(end + 1): dir = 1; stop = end + 1
            case .hence: dir = 1; stop = end + 1
            case .from where wordClass(end + 1) == .now: dir = 1; stop = end + 2
            default: break
            }
            if dir != 0 {
                guard let v = cnt.number, v > 0 || half else {
                    return TemporalMatch(start: i, end: stop, type: .date, value: dir < 0 ? "PAST_REF" : "FUTURE_REF")
                }
                if u == .year, v == 1, let rq = refQuarter {
                    return TemporalMatch(start: i, end: stop, type: .date, value: "\(rq.year - 1)-Q\(rq.q)")
                }
                if u == .hour || u == .minute || u == .second {
                    // "an hour later": the span of time, not a point.
                    return TemporalMatch(
                        start: i, end: end, type: .duration, value: TemporalCalendar.duration(cnt.number, u, half: half)
                    )
                }
                return TemporalMatch(start: i, end: stop, type: .date, value: calendar.shifted(u, by: dir * v))
            }
        }
        // "a day" after a price or "twice": a frequency.
        if cnt.article, i > 0, isFrequencyContext(i - 1) {
            return TemporalMatch(start: i, end: end, type: .set, value: TemporalCalendar.duration(1, u))
        }
        if u == .night && cnt.number == nil { return nil }
        // "the two-year plan": the article belongs to the plan, not to the duration.
        return TemporalMatch(
            start: i, end: end, type: .duration, value: TemporalCalendar.duration(cnt.number, u, half: half),
            takesThe: !hyphenated)
    }

    /// Tokens where a sentence or clause ends: "two days before." vs "two days before the vote".
    func endsClause(_ k: Int) -> Bool {
        k >= tokenCount || tokens[k].kind == .punct
    }

    func isFrequencyContext(_ j: Int) -> Bool {
        if isNum(j) || isPunct(j, "%") { return true }
        switch wordClass(j) {
        case .times, .twice, .once: return true
        default: break
        }
        let key = tokens[j].key
        return key == Self.kPercent || key == Self.kMillion || key == Self.kBillion || key == Self.kCents
            || key == Self.kDollars
    }
}

import DossierModel

/// Weekdays, months and calendar dates.
extension TemporalMatcher {
    func weekday(_ i: Int) -> TemporalMatch? {
        let wd = argument(i)

        var k = i + 1
        // "Monday, Oct. 26": the explicit date wins.
        if isPunct(k, ","), wordClass(k + 1) == .month || wordClass(k + 1) == .monthAbbr, let m = monthDate(k + 1),
            m.value.count >= 10
        {
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value, takesThe: false)
        }
        if wordClass(k) == .month || wordClass(k) == .monthAbbr, let m = monthDate(k), m.value.count >= 10 {
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value, takesThe: false)
        }
        if isNum(k), tokens[k].value >= 1, tokens[k].value <= 31, let m = dayMonth(k) {
            return TemporalMatch(start: i, end: m.end, type: .date, value: m.value, takesThe: false)
        }
        // "Wednesday's ruling" names something that has happened.
        let possessive = (isPunct(k, "'") || isPunct(k, "\u{2019}")) && isWord(k + 1, Self.kS)
        let tense = possessive ? TenseCue.past : self.tense(i, i + 1)
        let value = calendar.weekdayValue(wd, direction: tense == TenseCue.future ? 1 : -1)
        // "Friday night": the span grows, the value stays the day (as annotators mostly did).
        if let (_, next) = partOfDay(k) { k = next }
        return TemporalMatch(start: i, end: k, type: .date, value: value, takesThe: false)
    }

    /// "morning", "night", "evening" after a day: the TimeML part-of-day code.
    func partOfDay(_ k: Int) -> (String, Int)? {
        if wordClass(k) == .partOfDay { return (["TMO", "TAF", "TEV"][argument(k)], k + 1) }
        if isWord(k, Self.kNight) { return ("TNI", k + 1) }
        return nil
    }

    /// The index after "Sept" / "Sept." and whether the abbreviation looks like a month.
    func monthName(_ i: Int) -> Int? {
        if wordClass(i) == .monthAbbr {
            if isPunct(i + 1, "."), touching(i) { return i + 2 }
            // "Sept 30" without the period; never a bare "Mar" or "Dec".
            return isNum(i + 1) && tokens[i].upper ? i + 1 : nil
        }
        return wordClass(i) == .month ? i + 1 : nil
    }

    /// "March 5", "March 5, 1946", "March 1996", "March of 1996", "January this year", "March".
    func monthDate(_ i: Int) -> TemporalMatch? {
        guard let afterName = monthName(i) else { return nil }
        let m = argument(i)
        var k = afterName
        // "March 5", "Sept. 30th"
        if isNum(k), tokens[k].length <= 2, tokens[k].value >= 1, tokens[k].value <= 31,
            !(touching(k) && (isPunct(k + 1, ".") || isPunct(k + 1, ":")) && isNum(k + 2) && touching(k + 1))
        {
            let d = tokens[k].value
            k += 1
            if ordinalSuffix(k), touching(k - 1) { k += 1 }
            // Not "March 5-7" ranges' start only: still the start day.
            // "Nov. 9 at 5 p.m." is left to the time rule; a bare day.
            return dayOfMonth(start: i, after: k, month: m, day: d, takesThe: false)
        }
        // "March 1996", "March, 1996", "March of 1996"
        var yearTok = k
        if isPunct(yearTok, ",") || wordClass(yearTok) == .of { yearTok += 1 }
        if let y = fourDigitYear(yearTok) {
            return TemporalMatch(
                start: i, end: yearTok + 1, type: .date, value: TemporalCalendar.month(y, m), takesThe: false)
        }
        if let sy = spelledYear(yearTok), wordClass(yearTok) == .numWord {
            return TemporalMatch(
                start: i, end: sy.end, type: .date, value: TemporalCalendar.month(Int(sy.value)!, m), takesThe: false)
        }
        guard tokens[i].upper else { return nil }
        // A bare "May" or "March" is as often a verb or a noun.
        if (tokens[i].key == Self.kMay || tokens[i].key == Self.kMarch) && !monthContext(i - 1) { return nil }
        // "January this year", "June last year", "October of next year"
        let rel = wordClass(k) == .of ? k + 1 : k
        if (wordClass(rel) == .this || wordClass(rel) == .last || wordClass(rel) == .next), isWord(rel + 1, Self.kYear),
            let y = calendar.year
        {
            let yy = wordClass(rel) == .this ? y : (wordClass(rel) == .last ? y - 1 : y + 1)
            return TemporalMatch(
                start: i, end: rel + 2, type: .date, value: TemporalCalendar.month(yy, m), takesThe: false)
        }
        if wordClass(k) == .next, isWord(k + 1, Self.kYear) { return nil }
        let tense = self.tense(i, k)
        return TemporalMatch(
            start: i, end: k, type: .date, value: calendar.monthValue(m, tense: tense), takesThe: false)
    }

    /// Words after which "May" or "March" is a month.
    func monthContext(_ j: Int) -> Bool {
        switch wordClass(j) {
        case .in, .since, .prep, .early, .late, .mid, .last, .this, .next, .of, .from, .during, .before, .after, .to,
            .end, .beginning, .middle:
            return true
        default:
            return isHyphen(j)
        }
    }

    func ordinalSuffix(_ k: Int) -> Bool {
        guard k < tokenCount, tokens[k].kind == .word else { return false }
        let key = tokens[k].key
        return key == Self.kSt || key == Self.kNd || key == Self.kRd || key == Self.kTh
    }

    /// A plausible year: four digits, 1000...2199, not glued to more digits.
    func fourDigitYear(_ k: Int) -> Int? {
        guard isNum(k), tokens[k].length == 4, tokens[k].value >= 1000, tokens[k].value <= 2199 else { return nil }
        if touching(k), isPunct(k + 1, ",") || isPunct(k + 1, "."), isNum(k + 2), touching(k + 1) { return nil }
        if touching(k), k + 1 < tokenCount, tokens[k + 1].kind == .word, tokens[k + 1].key != Self.kS { return nil }
        return tokens[k].value
    }

    /// "5 March 2024", "5th of March", "the 5th".
    func dayMonth(_ i: Int) -> TemporalMatch? {
        let d: Int
        var k: Int
        if isNum(i) {
            guard tokens[i].length <= 2, tokens[i].value >= 1, tokens[i].value <= 31 else { return nil }
            d = tokens[i].value
            k = i + 1
            if ordinalSuffix(k), touching(i) { k += 1 }
        } else if wordClass(i) == .ordWord {
            d = argument(i)
            k = i + 1
        } else {
            return nil
        }
        if wordClass(k) == .of { k += 1 }
        guard let afterName = monthName(k) else { return nil }
        let m = argument(k)
        return dayOfMonth(start: i, after: afterName, month: m, day: d, takesThe: true)
    }

    /// A day of a month whose tokens end before `after`: with a year that follows ("…, 1998"),
    /// or in the year the anchor and the tense point to, or with the year unknown.
    private func dayOfMonth(start i: Int, after k: Int, month m: Int, day d: Int, takesThe: Bool) -> TemporalMatch {
        var yearTok = k
        if isPunct(yearTok, ",") { yearTok += 1 }
        if let y = fourDigitYear(yearTok) {
            return TemporalMatch(
                start: i, end: yearTok + 1, type: .date, value: TemporalCalendar.day(y, m, d), takesThe: takesThe)
        }
        let value: String
        if let y = calendar.yearFor(month: m, day: d, tense: tense(i, k)) {
            value = TemporalCalendar.day(y, m, d)
        } else {
            value = "XXXX-\(TemporalCalendar.fmt2(m))-\(TemporalCalendar.fmt2(d))"
        }
        return TemporalMatch(start: i, end: k, type: .date, value: value, takesThe: takesThe)
    }
}

import DossierModel

/// Holidays.
extension TemporalMatcher {
    func isHolidayStart(_ i: Int) -> Bool {
        guard i < tokenCount, tokens[i].kind == .word else { return false }
        if tokens[i].key == Self.kThese || tokens[i].key == Self.kThat { return true }
        guard tokens[i].upper else { return false }
        let key = tokens[i].key
        return key == Self.kThanksgiving || key == Self.kNew || key == Self.kElection || key == Self.kThese
    }

    /// "Christmas", "Christmas Eve", "New Year's Day", "Thanksgiving", "Election Day".
    func holiday(_ i: Int) -> TemporalMatch? {
        guard tokens[i].upper else { return nil }
        var m = 0, d = 0
        var end = i + 1
        let key = tokens[i].key
        var nth: (month: Int, weekday: Int, nth: Int)? = nil
        if wordClass(i) == .holiday {
            m = argument(i) / 100; d = argument(i) % 100
            if isWord(i + 1, Self.kEve), tokens[i + 1].upper {
                d -= 1; end = i + 2
            } else if isWord(i + 1, Self.kDay) {
                end = i + 2
            }
        } else if key == Self.kNew, isWord(i + 1, Self.kYear), tokens[i + 1].upper {
            var k = i + 2
            if isPunct(k, "'") || isPunct(k, "\u{2019}"), isWord(k + 1, Self.kS) { k += 2 }
            if isWord(k, Self.kDay) {
                m = 1; d = 1; end = k + 1
            } else if isWord(k, Self.kEve) {
                m = 12; d = 31; end = k + 1
            } else {
                return nil
            }
        } else if key == Self.kThanksgiving {
            nth = (11, 3, 4)
            if isWord(i + 1, Self.kDay) { end = i + 2 }
        } else if key == Self.kElection, isWord(i + 1, Self.kDay), tokens[i + 1].upper {
            nth = (11, 1, 0)
            end = i + 2
        } else {
            return nil
        }
        let tn = tense(i, end)
        guard let a = calendar.anchor else {
            if let nth {
                return TemporalMatch(start: i, end: end, type: .date, value: "XXXX-\(TemporalCalendar.fmt2(nth.month))")
            }
            return TemporalMatch(
                start: i, end: end, type: .date, value: "XXXX-\(TemporalCalendar.fmt2(m))-\(TemporalCalendar.fmt2(d))")
        }
        if let nth {
            let y = calendar.yearFor(month: nth.month, day: 20, tense: tn) ?? a.year
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
        let y = calendar.yearFor(month: m, day: d, tense: tn) ?? a.year
        return TemporalMatch(start: i, end: end, type: .date, value: TemporalCalendar.day(y, m, d))
    }
}

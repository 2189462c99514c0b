import DossierModel

/// Frequencies.
extension TemporalMatcher {
    /// "daily", "every week", "each Thursday", "twice a year", "per day".
    func setExpression(_ i: Int) -> TemporalMatch? {
        var k = i
        if wordClass(k) == .twice || wordClass(k) == .once {
            k += 1
        } else if wordClass(k) == .numWord || isNum(k), wordClass(k + 1) == .times {
            k += 2
        }
        switch wordClass(k) {
        case .set:
            // "Breitbart News Daily": a title.
            guard k == i, !tokens[k].upper || sentenceStartsAt(k), let u = TimeUnit(rawValue: words[k].arg) else {
                return nil
            }
            return TemporalMatch(start: i, end: k + 1, type: .set, value: TemporalCalendar.duration(1, u))
        case .every, .each, .per, .a:
            if wordClass(k) == .a && k == i { return nil }
            var j = k + 1
            if isWord(j, Self.kOther) {
                if let (u, _, e) = unitAt(j + 1) {
                    return TemporalMatch(start: i, end: e, type: .set, value: TemporalCalendar.duration(2, u))
                }
                return nil
            }
            if let cnt = count(j), !cnt.article, let (u, plural, e) = unitAt(cnt.next), plural, wordClass(k) != .a {
                return TemporalMatch(start: i, end: e, type: .set, value: TemporalCalendar.duration(cnt.number, u))
            }
            if let (u, plural, e) = unitAt(j), !plural {
                if u == .night { return TemporalMatch(start: i, end: e, type: .set, value: "XXXX-XX-XXTNI") }
                return TemporalMatch(start: i, end: e, type: .set, value: TemporalCalendar.duration(1, u))
            }
            guard wordClass(k) == .every || wordClass(k) == .each else { return nil }
            switch wordClass(j) {
            case .weekday:
                var v = "XXXX-WXX-\(argument(j) + 1)"
                j += 1
                if let (code, next) = partOfDay(j) { v += code; j = next }
                return TemporalMatch(start: i, end: j, type: .set, value: v)
            case .month:
                return TemporalMatch(
                    start: i, end: j + 1, type: .set, value: "XXXX-\(TemporalCalendar.fmt2(argument(j)))")
            case .partOfDay:
                return TemporalMatch(
                    start: i, end: j + 1, type: .set, value: "XXXX-XX-XX" + ["TMO", "TAF", "TEV"][argument(j)])
            case .season:
                return TemporalMatch(
                    start: i, end: j + 1, type: .set, value: "XXXX-" + ["SP", "SU", "FA", "WI"][argument(j)])
            default:
                return nil
            }
        default:
            return nil
        }
    }
}

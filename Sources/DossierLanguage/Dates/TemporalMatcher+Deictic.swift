import DossierModel

/// Deictic words.
extension TemporalMatcher {
    func deictic(_ i: Int, afterThe: Bool) -> TemporalMatch? {
        switch wordClass(i) {
        case .today, .yesterday, .tomorrow:
            let off = wordClass(i) == .today ? 0 : (wordClass(i) == .yesterday ? -1 : 1)
            // "today's youth": the present age, not the day.
            if off == 0, isPunct(i + 1, "'") || isPunct(i + 1, "\u{2019}"), isWord(i + 2, Self.kS) { return nil }
            let value = calendar.dayOffset(off)
            var end = i + 1
            if let (_, next) = partOfDay(end) { end = next }
            return TemporalMatch(start: i, end: end, type: .date, value: value, takesThe: false)
        case .tonight:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: calendar.dayOffset(0), takesThe: false)
        case .now:
            if wordClass(i - 1) == .from { return nil }
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
            guard afterThe || wordClass(i - 1) == .in else { return nil }
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "FUTURE_REF")
        case .near:
            guard wordClass(i + 1) == .future, afterThe else { return nil }
            return TemporalMatch(start: i, end: i + 2, type: .date, value: "FUTURE_REF")
        case .past where afterThe:
            if wordClass(i + 1) == .weekday || wordClass(i + 1) == .unit || wordClass(i + 1) == .units { return nil }
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PAST_REF")
        case .present where afterThe:
            return TemporalMatch(start: i, end: i + 1, type: .date, value: "PRESENT_REF")
        default:
            return nil
        }
    }
}

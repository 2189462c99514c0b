import DossierModel

/// Finds TimeML TIMEX3 expressions (DATE, TIME, DURATION, SET) and normalises them against
/// the article's publication date, the way a news reader would ("on Tuesday" is the Tuesday
/// the tense points to; "last year" is the year before publication).
///
/// Rule-based, in the manner of HeidelTime: a hand-written matcher over `WordScan` tokens.
/// Fuzzy modifiers ("late March", "mid-1990s") keep the bare value of what they modify.
public enum TemporalTagger {
    public static func tag(_ text: ScalarText, sentences: [Span], anchor: Timestamp?) -> [TimeExpression] {
        tag(text, scan: WordScan.tokens(text.scalars), sentences: sentences, anchor: anchor)
    }

    /// The same over a word scan already made: `LanguageAnalyzer` scans once for dates and amounts.
    static func tag(_ text: ScalarText, scan: [ScanToken], sentences: [Span], anchor: Timestamp?) -> [TimeExpression] {
        var m = TemporalMatcher(text.scalars, scan: scan, sentences: sentences, anchor: anchor)
        let found = m.run()
        return found.map { f in
            let span = Span(m.tokens[f.start].start, m.tokens[f.end - 1].end)
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

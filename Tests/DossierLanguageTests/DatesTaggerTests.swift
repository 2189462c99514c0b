import DossierModel
import Testing
@testable import DossierLanguage

/// One invented sentence, the publication date it is read against, and the expressions it
/// must yield (text, type, TimeML value), in order.
struct DateCase: CustomTestStringConvertible, Sendable {
    var sentence: String
    var anchor: Timestamp?
    var expected: [(String, TimeType, String)]
    var testDescription: String { "\(anchor?.dayString ?? "no anchor"): \(sentence)" }

    init(_ sentence: String, _ anchor: Timestamp?, _ expected: (String, TimeType, String)...) {
        self.sentence = sentence
        self.anchor = anchor
        self.expected = expected
    }
}

private func day(_ y: Int, _ m: Int, _ d: Int) -> Timestamp { Timestamp(year: y, month: m, day: d) }

private func tag(_ s: String, _ anchor: Timestamp?) -> [TimeExpression] {
    let text = ScalarText(s)
    let tokens = Tokenizer.tokenize(text)
    let sentences = SentenceSplitter.split(text, tokens: tokens, paragraphs: [])
    return TemporalTagger.tag(text, sentences: sentences, anchor: anchor)
}

// 2024-03-06 is a Wednesday.
private let wed = day(2024, 3, 6)

let dateCases: [DateCase] = [
    // Explicit calendar dates.
    DateCase("The plant reopened on March 5, 2024, after repairs.", wed, ("March 5, 2024", .date, "2024-03-05")),
    DateCase("The treaty was signed on 5 March 2024 in the hall.", wed, ("5 March 2024", .date, "2024-03-05")),
    DateCase("The rules take effect on 2024-04-01.", wed, ("2024-04-01", .date, "2024-04-01")),
    DateCase("The harbour was dredged in June 2019.", wed, ("June 2019", .date, "2019-06")),
    DateCase("The bridge opened in 1998.", wed, ("1998", .date, "1998")),
    DateCase("Sales were strong in the 1980s.", wed, ("the 1980s", .date, "198")),
    DateCase("The mill closed in the mid-1990s.", wed, ("the mid-1990s", .date, "199")),
    DateCase("The storm hit in late March.", wed, ("late March", .date, "2024-03")),
    DateCase("The castle dates from the 12th century.", wed, ("the 12th century", .date, "11")),
    // Weekdays follow the tense.
    DateCase("The minister resigned on Tuesday.", wed, ("Tuesday", .date, "2024-03-05")),
    DateCase("The minister will resign on Friday.", wed, ("Friday", .date, "2024-03-08")),
    DateCase("The council met Monday night.", wed, ("Monday night", .date, "2024-03-04")),
    DateCase("Talks resumed last Friday.", wed, ("last Friday", .date, "2024-03-01")),
    DateCase("Talks resume next Tuesday.", wed, ("next Tuesday", .date, "2024-03-12")),
    // Months without a year.
    DateCase("The ferry sank in October.", day(2023, 12, 10), ("October", .date, "2023-10")),
    DateCase("The ferry sank in February.", day(2024, 1, 15), ("February", .date, "2023-02")),
    DateCase("The festival will open in February.", day(2024, 1, 15), ("February", .date, "2024-02")),
    DateCase("The fleet will sail in January.", day(2023, 11, 20), ("January", .date, "2024-01")),
    DateCase("The dam failed on Nov. 3.", day(2024, 1, 10), ("Nov. 3", .date, "2023-11-03")),
    // Relative to publication.
    DateCase("The mine flooded last autumn.", wed, ("last autumn", .date, "2023-FA")),
    DateCase("Prices will rise next month.", wed, ("next month", .date, "2024-04")),
    DateCase("The boat was found two weeks ago.", wed, ("two weeks ago", .date, "2024-W08")),
    DateCase("The village has grown over the past year.", wed, ("the past year", .date, "2023")),
    DateCase("Exports fell last year.", wed, ("last year", .date, "2023")),
    DateCase("The vote is this week.", wed, ("this week", .date, "2024-W10")),
    DateCase("The mayor spoke yesterday.", wed, ("yesterday", .date, "2024-03-05")),
    DateCase("The result is due tomorrow.", wed, ("tomorrow", .date, "2024-03-07")),
    DateCase("The roads are open today.", wed, ("today", .date, "2024-03-06")),
    DateCase("The docks were busy this morning.", wed, ("this morning", .time, "2024-03-06TMO")),
    DateCase("Shops reopen this spring.", wed, ("this spring", .date, "2024-SP")),
    DateCase("Profit fell in the third quarter.", day(2024, 10, 20), ("the third quarter", .date, "2024-Q3")),
    DateCase("The plan was announced earlier this year.", wed, ("earlier this year", .date, "2024")),
    DateCase("Revenue rose in Q3 2023 and again in Q1.", wed, ("Q3 2023", .date, "2023-Q3"), ("Q1", .date, "2024-Q1")),
    DateCase("The index is at its lowest since '82.", wed, ("'82", .date, "1982")),
    DateCase("The cars of the 70s were boxy.", wed, ("the 70s", .date, "197")),
    DateCase("The bomb went off in nineteen ninety-six.", wed, ("nineteen ninety-six", .date, "1996")),
    DateCase(
        "Profit fell from the corresponding period last year.", day(2024, 10, 20),
        ("the corresponding period last year", .date, "2023-Q3")),
    DateCase("Iraq imports about three-quarters of its food.", wed),
    DateCase(
        "He joined in 1995 and left the following year.", wed, ("1995", .date, "1995"),
        ("the following year", .date, "1996")),
    DateCase("A hearing is set for the week of March 18.", wed, ("the week of March 18", .date, "2024-W12")),
    // Durations, times and sets.
    DateCase("The strike lasted two months.", wed, ("two months", .duration, "P2M")),
    DateCase("The crossing takes three hours.", wed, ("three hours", .duration, "PT3H")),
    DateCase("Divers searched for at least 72 hours.", wed, ("at least 72 hours", .duration, "PT72H")),
    DateCase("The repairs took 2 1/2 years.", wed, ("2 1/2 years", .duration, "P2Y6M")),
    DateCase("The ship docked at 10:35 a.m. on Monday.", wed, ("10:35 a.m. on Monday", .time, "2024-03-04T10:35")),
    DateCase("The ferry sails daily.", wed, ("daily", .set, "P1D")),
    DateCase("Trading resumed at 14:30 GMT on Monday.", wed, ("14:30 GMT on Monday", .time, "2024-03-04T14:30Z")),
    DateCase("The two-year plan was dropped.", wed, ("two-year", .duration, "P2Y")),
    DateCase("Losses piled up over two quarters.", wed, ("over two quarters", .duration, "P2Q")),
    DateCase("The market opens every Thursday.", wed, ("every Thursday", .set, "XXXX-WXX-4")),
    // Vague references.
    DateCase("The harbour is now closed.", wed, ("now", .date, "PRESENT_REF")),
    DateCase("The quay was recently rebuilt.", wed, ("recently", .date, "PAST_REF")),
    DateCase("Nobody knows what the future holds.", wed, ("the future", .date, "FUTURE_REF")),
    // No publication date: unknown parts stay X.
    DateCase("The dam burst on March 5.", nil, ("March 5", .date, "XXXX-03-05")),
    DateCase("The festival is held in October.", nil, ("October", .date, "XXXX-10")),
    DateCase("The council met on Tuesday.", nil, ("Tuesday", .date, "XXXX-WXX-2")),
    DateCase("The mill closed last year.", nil, ("last year", .date, "XXXX")),
    // Not times.
    DateCase("A 44-year-old sailor was rescued."),
    DateCase("The May Queen rode through town.", wed),
    DateCase("He watched 60 Minutes with friends.", wed),
    DateCase("The company sold 2,000 cars.", wed),
]

extension DateCase {
    init(_ sentence: String) { self.init(sentence, day(2024, 3, 6)) }
}

@Suite struct DatesTaggerTests {
    @Test(arguments: dateCases)
    func sentence(_ c: DateCase) {
        let found = tag(c.sentence, c.anchor)
        #expect(found.map(\.text) == c.expected.map(\.0))
        for (f, x) in zip(found, c.expected) {
            #expect(f.type == x.1, "type of \(f.text)")
            #expect(f.value == x.2, "value of \(f.text)")
            #expect(ScalarText(c.sentence)[f.span] == f.text)
        }
    }

    @Test func isoWeeksAcrossYearEnds() {
        // 2021-01-03 is a Sunday in ISO week 53 of 2020; 2024-12-30 a Monday in week 1 of 2025.
        #expect(TemporalCalendar.week(Timestamp.dayNumber(year: 2021, month: 1, day: 3)) == "2020-W53")
        #expect(TemporalCalendar.week(Timestamp.dayNumber(year: 2024, month: 12, day: 30)) == "2025-W01")
    }
}

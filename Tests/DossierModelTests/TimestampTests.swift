import DossierModel
import Foundation
import Testing

@Suite struct TimestampTests {
    @Test func dayNumbersRoundTripAndNameWeekdays() {
        let t = Timestamp(year: 2024, month: 3, day: 5)
        #expect(t.dayNumber == 19787)
        #expect(Timestamp.fromDayNumber(19787) == (2024, 3, 5))
        #expect(Timestamp.fromDayNumber(Timestamp.dayNumber(year: 2000, month: 2, day: 29)) == (2000, 2, 29))
        #expect(t.weekday == 1, "5 March 2024 was a Tuesday")
        #expect(Timestamp(year: 1970, month: 1, day: 1).weekday == 3, "1 January 1970 was a Thursday")
    }

    @Test func iso8601KeepsThePrecisionGiven() {
        #expect(Timestamp(year: 2024, month: 3, day: 5).iso8601 == "2024-03-05")
        #expect(Timestamp(year: 2024, month: 3, day: 5, hour: 9, minute: 4).iso8601 == "2024-03-05T09:04:00")
        #expect(
            Timestamp(year: 2024, month: 3, day: 5, hour: 9, minute: 4, second: 7, utcOffsetMinutes: 0).iso8601
                == "2024-03-05T09:04:07Z")
        #expect(
            Timestamp(year: 2024, month: 3, day: 5, hour: 23, minute: 0, utcOffsetMinutes: -330).iso8601
                == "2024-03-05T23:00:00-05:30")
    }

    @Test func validityFollowsTheCalendar() {
        #expect(Timestamp.isValid(year: 2024, month: 2, day: 29))
        #expect(!Timestamp.isValid(year: 2023, month: 2, day: 29))
        #expect(!Timestamp.isValid(year: 2024, month: 4, day: 31))
        #expect(!Timestamp.isValid(year: 2024, month: 13, day: 1))
    }

    @Test func contentIDsAreStableAndSeparateTheirParts() {
        #expect(ContentID.make("ab", "c") == ContentID.make("ab", "c"))
        #expect(ContentID.make("ab", "c") != ContentID.make("a", "bc"))
        #expect(ContentID.make("x").count == 16)
        #expect(
            ContentID.make(bytes: Array("<p>x</p>".utf8), url: nil)
                != ContentID.make(bytes: Array("<p>y</p>".utf8), url: nil))
    }

    @Test func scalarTextIndexesByScalars() {
        let t = ScalarText("Café “Nord” 🚢 docks")
        #expect(t[Span(5, 11)] == "“Nord”")
        #expect(t[Span(12, 13)] == "🚢")
        #expect(t.count == 19)
        // Spans that do not fit the text read as what of them does, never trap.
        #expect(t[Span(15, 40)] == "ocks")
        #expect(t[Span(30, 40)] == "")
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Span.self, from: Data("[8, 3]".utf8)) }
    }
}

import DossierModel
import DossierText
import Testing

@Suite struct WholeDateTests {
    @Test(arguments: [
        ("2024-03-05", "2024-03-05"),
        ("2024-03-05T09:14:00Z", "2024-03-05T09:14:00Z"),
        ("2024-03-05T09:14:00.250+01:00", "2024-03-05T09:14:00+01:00"),
        ("2024-03-20 14:05:00", "2024-03-20T14:05:00"),
        ("2024-03-26 18:00", "2024-03-26T18:00:00"),
        ("March 14, 2024", "2024-03-14"),
        ("12 March 2024", "2024-03-12"),
        ("Tuesday 19 March 2024 10.42 CET", "2024-03-19T10:42:00+01:00"),
        ("Tue, 05 Mar 2024 09:14:00 GMT", "2024-03-05T09:14:00Z"),
        ("Tue, 05 Mar 2024 09:14:00 -0500", "2024-03-05T09:14:00-05:00"),
        ("Published 3rd April 2024, 6:30 pm", "2024-04-03T18:30:00"),
        ("05.03.2024", "2024-03-05"),
        ("19/03/2024", "2024-03-19"),
    ])
    func readsCommonFormats(input: String, expected: String) {
        #expect(DateParsing.parseWhole(input)?.iso8601 == expected)
    }

    @Test(arguments: ["03/05/2024", "yesterday", "March 2024", "2024-02-30", "Page 12 of 30", ""])
    func refusesWhatItCannotBeSureOf(input: String) {
        #expect(DateParsing.parseWhole(input) == nil)
    }
}

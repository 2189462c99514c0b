import DossierModel
import Testing
@testable import DossierLanguage

/// One invented sentence and the amounts it must yield, in order.
struct AmountCase: CustomTestStringConvertible, Sendable {
    struct Expected: Sendable {
        var value: Double
        var high: Double?
        var unit: String?
        var modifier: String?
        var text: String?
    }

    var sentence: String
    var expected: [Expected]
    var testDescription: String { sentence }

    init(_ sentence: String, _ expected: Expected...) {
        self.sentence = sentence
        self.expected = expected
    }
}

private func e(
    _ value: Double, _ high: Double? = nil, unit: String? = nil, mod: String? = nil, text: String? = nil
) -> AmountCase.Expected {
    AmountCase.Expected(value: value, high: high, unit: unit, modifier: mod, text: text)
}

private func extract(_ s: String) -> [Amount] {
    AmountExtractor.extract(ScalarText(s))
}

let amountCases: [AmountCase] = [
    // Digits, thousands separators, decimals.
    AmountCase(
        "The ferry carried 3,000 passengers across the strait.", e(3000, unit: "passengers", text: "3,000 passengers")),
    AmountCase("Volunteers planted 1,250,000 trees along the river.", e(1_250_000, unit: "trees")),
    AmountCase("The council hired 3.000 seasonal workers for the harvest.", e(3000, unit: "workers")),
    AmountCase("Rainfall reached 3.5 inches overnight.", e(3.5, unit: "inches")),
    AmountCase("The bridge cost 2.000.000 euros to repair.", e(2_000_000, unit: "EUR")),
    AmountCase("Output grew by 3,5 million barrels.", e(3_500_000, unit: "barrels")),
    AmountCase("The survey reached 812 households in the valley.", e(812, unit: "households")),
    AmountCase("The museum received 12,400 visitors.", e(12_400, unit: "visitors")),
    // Digits with scale words.
    AmountCase("The carrier flew 3.5 million passengers in the spring.", e(3_500_000, unit: "passengers")),
    AmountCase("The network handled 44m calls on the first day.", e(44_000_000, unit: "calls")),
    AmountCase("The agency handed out 12k vouchers.", e(12_000, unit: "vouchers")),
    AmountCase("The region lost 2 billion tonnes of ice.", e(2_000_000_000, unit: "tonnes")),
    AmountCase("The app logged 1.2bn downloads.", e(1_200_000_000, unit: "downloads")),
    // Numbers in words.
    AmountCase(
        "Forty-four million doses arrived at the " + "port.",
        e(44_000_000, unit: "doses", text: "Forty-four million doses")),
    AmountCase("A dozen fishermen were rescued near the reef.", e(12, unit: "fishermen")),
    AmountCase("Hundreds of thousands of commuters were stranded.", e(200_000, 1_000_000, unit: "commuters")),
    AmountCase("Half of the delegates walked out.", e(0.5, unit: "delegates")),
    AmountCase("Two hundred and fifty teachers signed the letter.", e(250, unit: "teachers")),
    AmountCase("Twelve miners were trapped underground.", e(12, unit: "miners")),
    AmountCase("Half a million households lost power.", e(500_000, unit: "households")),
    AmountCase("Dozens of villagers gathered at the gate.", e(24, 120, unit: "villagers")),
    AmountCase("Thousands of pilgrims crossed the valley.", e(2000, 10_000, unit: "pilgrims")),
    AmountCase("One and a half million ballots were printed.", e(1_500_000, unit: "ballots")),
    AmountCase("A hundred thirty volunteers cleared the beach.", e(130, unit: "volunteers")),
    AmountCase("Seventy-two stalls were set up in the square.", e(72, unit: "stalls")),
    // Ranges.
    AmountCase(
        "Between 3,000 and 4,000 ferries sail each summer.",
        e(3000, 4000, unit: "ferries", text: "Between 3,000 and 4,000 ferries")),
    AmountCase("Organisers expect 3,000 to 4,000 runners.", e(3000, 4000, unit: "runners")),
    AmountCase("Between 10 and 12 climbers were missing.", e(10, 12, unit: "climbers")),
    AmountCase("The outage hit 7–8 million customers.", e(7_000_000, 8_000_000, unit: "customers")),
    AmountCase(
        "Exports rose to $4.1 billion from $3.9 " + "billion.", e(4_100_000_000, unit: "USD"),
        e(3_900_000_000, unit: "USD")),
    AmountCase("Repairs will take 30-40 engineers.", e(30, 40, unit: "engineers")),
    AmountCase("The plan costs between $3 and $4 billion.", e(3_000_000_000, 4_000_000_000, unit: "USD")),
    AmountCase("Estimates range from 200 to 300 deaths.", e(200, 300, unit: "deaths")),
    AmountCase("Prices rose 5 to 6 percent.", e(5, 6, unit: "percent")),
    AmountCase(
        "At least 3,000 to 4,000 workers stayed home.",
        e(3000, 4000, unit: "workers", mod: "at least", text: "At least 3,000 to 4,000 workers")),
    // Percentages.
    AmountCase("Turnout fell to 28 percent.", e(28, unit: "percent")),
    AmountCase("Turnout fell to 28 per cent.", e(28, unit: "percent", text: "28 per cent")),
    AmountCase("Turnout fell to 28%.", e(28, unit: "percent", text: "28%")),
    AmountCase("Turnout fell 28 pct.", e(28, unit: "percent")),
    AmountCase("The index slipped 0.4 percent.", e(0.4, unit: "percent")),
    AmountCase("Support dropped 3 percentage points.", e(3, unit: "percentage points")),
    AmountCase("Nearly 60% of voters backed the plan.", e(60, unit: "percent", mod: "nearly")),
    // Money.
    AmountCase("The fund raised $4bn from pension schemes.", e(4_000_000_000, unit: "USD", text: "$4bn")),
    AmountCase("The club paid €300,000 for the striker.", e(300_000, unit: "EUR")),
    AmountCase(
        "The ministry set aside 1.2 trillion " + "roubles.",
        e(1_200_000_000_000, unit: "RUB", text: "1.2 trillion roubles")),
    AmountCase("The fine was £1.5m.", e(1_500_000, unit: "GBP")),
    AmountCase("The grant totals 400 million kronor.", e(400_000_000, unit: "SEK")),
    AmountCase("The repairs cost 70 million dollars.", e(70_000_000, unit: "USD")),
    AmountCase("Tickets cost 30 cents more.", e(0.3, unit: "USD")),
    AmountCase("The deal was valued at USD 5 million.", e(5_000_000, unit: "USD")),
    AmountCase("The firm earned C$18 million.", e(18_000_000, unit: "CAD")),
    AmountCase("The city borrowed ¥2 billion.", e(2_000_000_000, unit: "JPY")),
    AmountCase("The charity raised 250,000 euros.", e(250_000, unit: "EUR")),
    AmountCase("Each share paid $1.76.", e(1.76, unit: "USD")),
    AmountCase("Debt service falls in 1989 to 700 mln dlrs.", e(700_000_000, unit: "USD")),
    AmountCase(
        "The dividend is 4 cts a share, on 250 mln stg of profit.", e(0.04, unit: "USD"), e(250_000_000, unit: "GBP")),
    AmountCase("The stock closed at $38.875, up from $1.5.", e(38.875, unit: "USD"), e(1.5, unit: "USD")),
    AmountCase("Output rose 2.5 percent to 1.250 tonnes.", e(2.5, unit: "percent"), e(1.25, unit: "tonnes")),
    // Modifiers.
    AmountCase("At least 3,000 homes were flooded.", e(3000, unit: "homes", mod: "at least")),
    AmountCase("About 200 boats joined the rescue.", e(200, unit: "boats", mod: "about")),
    AmountCase("More than 500 flights cancelled at the hub.", e(500, unit: "flights cancelled", mod: "more than")),
    AmountCase("Nearly 40 families were moved.", e(40, unit: "families", mod: "nearly")),
    AmountCase("Up to 20,000 troops could be sent.", e(20_000, unit: "troops", mod: "up to")),
    AmountCase(
        "Some 4,500 of its staff will be retrained.",
        e(4500, unit: "staff", mod: "some", text: "Some 4,500 of its staff")),
    AmountCase("Almost 90 schools closed early.", e(90, unit: "schools", mod: "almost")),
    AmountCase("Fewer than 50 tickets remain.", e(50, unit: "tickets", mod: "fewer than")),
    AmountCase("As many as 1,000 seals died on the coast.", e(1000, unit: "seals", mod: "as many as")),
    AmountCase("Roughly 15,000 sheep graze there.", e(15_000, unit: "sheep", mod: "roughly")),
    AmountCase("Over 700 engineers signed the petition.", e(700, unit: "engineers", mod: "over")),
    AmountCase("Around 8 million viewers tuned in.", e(8_000_000, unit: "viewers", mod: "around")),
    AmountCase("Less than 5% of the forest remains.", e(5, unit: "percent", mod: "less than")),
    // Units through "of" and from before.
    AmountCase("The airline has a workforce of 12,000.", e(12_000, unit: "workforce", text: "a workforce of 12,000")),
    AmountCase("The town has a population of 8,500.", e(8500, unit: "population")),
    AmountCase("Inspectors checked 300 of the lorries.", e(300, unit: "lorries")),
    AmountCase("The hospital treated 62 people injured in the blast.", e(62, unit: "people injured")),
    AmountCase("The clinic gave 1,500 vaccinated children a sticker.", e(1500, unit: "children")),
    // Several amounts in one sentence.
    AmountCase(
        "The firm sold 2.5 million shares for $30 million.",
        e(2_500_000, unit: "shares"), e(30_000_000, unit: "USD")),
    AmountCase("Of 400 applicants, 35 percent were accepted.", e(400, unit: "applicants"), e(35, unit: "percent")),
    AmountCase(
        "The bank raised rates by 0.25 percentage points to 4.5%.",
        e(0.25, unit: "percentage points"), e(4.5, unit: "percent")),
    AmountCase("Readers viewed an average of 1,444 pages a month.", e(1444, unit: "pages")),
    AmountCase("The reservoir holds 3\u{00A0}000\u{00A0}000 litres.", e(3_000_000, unit: "litres")),
    AmountCase("The airline lost around 30bn baht.", e(30_000_000_000, unit: "THB", mod: "around")),
    // Not amounts: years, dates, names, ordinals, labels, codes, times, ages, spans of time.
    AmountCase("The tunnel opened in 2019."),
    AmountCase("The vote is due on March 5."),
    AmountCase("The vote is due on 5 March 2024."),
    AmountCase("Expo 2020 drew crowds to the desert."),
    AmountCase("Apollo 11 landed on the Moon."),
    AmountCase("The G7 leaders met in the mountains."),
    AmountCase("She finished third in the final."),
    AmountCase("He came 2nd in the sprint."),
    AmountCase("Call the hotline on 555-1234 for details."),
    AmountCase("The table is on page 12 of the report."),
    AmountCase("The Boeing 747 made its last flight."),
    AmountCase("Flight 370 vanished over the ocean."),
    AmountCase("The meeting starts at 10:30 tomorrow."),
    AmountCase("The shop opens at 9 a.m. daily."),
    AmountCase("The team won 3-1 at home."),
    AmountCase("A 44-year-old man was questioned."),
    AmountCase("The talks lasted three weeks."),
    AmountCase("The strike ended after 12 days."),
    AmountCase("The riots of the 1980s are remembered."),
    AmountCase("The F-16 jets flew overhead."),
    AmountCase("Wales won the Six Nations title."),
    AmountCase("Call the desk on +44 20 7946 0958 today."),
    AmountCase("Apple sold the iPhone 4 from a kiosk."),
    AmountCase("He was ranked No. 1 in the world."),
    AmountCase("He scored early in the second half."),
    AmountCase("No one was hurt and the two leaders shook hands.", e(2, unit: "leaders")),
]

@Suite struct AmountsTableTests {
    @Test(arguments: amountCases)
    func sentence(_ c: AmountCase) {
        let found = extract(c.sentence)
        #expect(found.count == c.expected.count, "got \(found.map { "\($0.text)=\($0.value)" })")
        for (a, x) in zip(found, c.expected) {
            #expect(a.value == x.value, "value of \(a.text)")
            #expect(a.high == x.high, "high of \(a.text)")
            #expect(a.unit == x.unit, "unit of \(a.text)")
            #expect(a.modifier == x.modifier, "modifier of \(a.text)")
            if let t = x.text { #expect(a.text == t) }
            #expect(a.claimant == nil)
            let text = ScalarText(c.sentence)
            #expect(text[a.span] == a.text)
        }
    }

    @Test func tableIsLargeEnough() {
        #expect(amountCases.count >= 80)
    }
}

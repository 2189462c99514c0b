import Foundation
import Testing

/// The whole pipeline against the sample corpus's documented facts (Samples/README.md).
@Suite struct SampleFactsTests {
    nonisolated(unsafe) static let analysed: [[String: Any]] = {
        (try? records(runDossier(["analyze", Repo.samples]).stdout)) ?? []
    }()

    func record(_ label: String) throws -> [String: Any] {
        try #require(SampleFacts.record(label, in: Self.analysed), "no record for \(label)")
    }

    func items(_ label: String, _ key: String) throws -> [[String: Any]] {
        try record(label)[key] as! [[String: Any]]
    }

    @Test func directQuotesAreFoundWithTheirSpeakers() throws {
        let rows = try SampleFacts().table(after: "### Direct quotes")
        #expect(rows.count == 29)
        var found = 0, attributed = 0
        var misses: [String] = []
        for row in rows {
            let text = SampleFacts.code(row[2])
            let speaker = row[3]
            let quotes = try items(row[1], "quotes")
            guard
                let q = quotes.first(where: {
                    ($0["text"] as! String).contains(text)
                        || text.contains($0["text"] as! String) && (($0["text"] as! String).count > 20)
                })
            else {
                misses.append("missing \(row[1]): \(text)"); continue
            }
            found += 1
            let got = q["speaker"] as? String
            // A speaker given only by role stands as its description, flagged as no name.
            let named = q["speaker_named"] as? Bool == true
            if speaker.hasPrefix("none") ? !named : named && got == speaker {
                attributed += 1
            } else {
                misses.append("\(row[1]) \(text.prefix(30))…: speaker \(got ?? "nil"), expected \(speaker)")
            }
        }
        #expect(found >= 28, "\(misses)")
        #expect(attributed >= 26, "\(misses)")
    }

    @Test func splitAndMultiParagraphQuotes() throws {
        let ruske = try items("01", "quotes").filter { $0["speaker"] as? String == "Anton Ruske" }.map {
            $0["text"] as! String
        }
        #expect(ruske.contains { $0.hasPrefix("We closed the berth within twenty minutes") })
        #expect(ruske.contains { $0.contains("Nobody sails out of here with a question mark over their pipework.") })

        for row in try SampleFacts().table(after: "### Multi-paragraph quotes") {
            let first = SampleFacts.code(row[2]).drop { $0 == "\"" || $0 == "\u{201C}" }.prefix(40)
            let quotes = try items(row[0], "quotes")
            let q = try #require(
                quotes.first { ($0["text"] as! String).hasPrefix(first) }, "no quote opening \(first) in \(row[0])")
            let span = q["span"] as! [Int]
            let covered = String(
                String.UnicodeScalarView(
                    Array((try record(row[0])["text"] as! String).unicodeScalars)[span[0]..<span[1]]))
            #expect(covered.contains("\n\n"), "the quote in \(row[0]) should span paragraphs")
            #expect(q["speaker"] as? String == row[4])
            #expect(q["kind"] as? String == "direct")
        }
    }

    @Test func speakersGivenOnlyByRole() throws {
        let official = try items("03", "quotes").first {
            ($0["text"] as! String).hasPrefix("They knew something was wrong")
        }
        #expect(official?["speaker_named"] as? Bool == false)
        #expect((official?["speaker"] as? String)?.contains("senior port official") == true)
        #expect((official?["speaker_description"] as? String)?.contains("senior port official") == true)
    }

    @Test func amountsMatchTheDocumentedValues() throws {
        let rows = try SampleFacts().table(after: "### Amounts")
        #expect(rows.count >= 50)
        var hits = 0
        var misses: [String] = []
        for row in rows {
            let span = SampleFacts.code(row[2])
            let value = Double(row[3])!
            let high = Double(row[4])
            let match = try items(row[1], "amounts").first { a in
                let t = a["text"] as! String
                return (span.contains(t) || t.contains(span)) && abs((a["value"] as! Double) - value) < 1e-6
                    && (high == nil || (a["high"] as? Double) == high)
            }
            if match != nil { hits += 1 } else { misses.append("\(row[1]) \(span) = \(value)") }
        }
        #expect(hits * 100 >= rows.count * 85, "\(hits)/\(rows.count); missing \(misses)")

        let range = try #require(
            try items("11", "amounts").first { ($0["text"] as! String).contains("2,000 to 3,000") })
        #expect(range["value"] as? Double == 2000)
        #expect(range["high"] as? Double == 3000)
        #expect(range["unit"] as? String == "dockworkers")
        #expect(range["modifier"] != nil && !(range["modifier"] is NSNull))
    }

    @Test func datesAreNormalisedAgainstThePublicationDate() throws {
        let rows = try SampleFacts().table(after: "### Dates")
        #expect(rows.count >= 50)
        var hits = 0
        var misses: [String] = []
        for row in rows {
            let label = String(row[1].split(separator: " ")[0])
            let text = SampleFacts.code(row[2])
            let value = String(row[3].split(separator: " ")[0])
            let match = try items(label, "dates").first { d in
                let t = d["text"] as! String
                return (text.contains(t) || t.contains(text)) && d["value"] as? String == value
            }
            if match != nil { hits += 1 } else { misses.append("\(label) \(text) = \(value)") }
        }
        #expect(hits * 100 >= rows.count * 80, "\(hits)/\(rows.count); missing \(misses)")

        let values = try items("01", "dates").map { "\($0["text"] as! String)=\($0["value"] as! String)" }
        #expect(values.contains("last autumn=2023-FA"))
        #expect(
            try items("09", "dates").contains { $0["value"] as? String == "XXXX-03-03" },
            "no publication date: the year stays unknown")
    }
}

import Foundation
import Testing

@Suite struct ContractTests {
    static func sampleRecords() throws -> [[String: Any]] {
        let run = try runDossier(["analyze", Repo.samples])
        #expect(run.status == 0, "stderr: \(run.stderr)")
        return try records(run.stdout)
    }

    static func record(_ all: [[String: Any]], sourceSuffix: String) -> [String: Any]? {
        all.first { ($0["source"] as? String)?.hasSuffix(sourceSuffix) == true }
    }

    @Test func everySampleRecordValidatesAgainstTheSchema() throws {
        let validator = try SchemaValidator(path: Repo.schema)
        let all = try Self.sampleRecords()
        #expect(all.count == 17)
        for r in all {
            let errors = validator.errors(r)
            #expect(errors.isEmpty, "\(r["source"] ?? "?"): \(errors)")
        }
    }

    @Test func theValidatorRejectsBrokenRecords() throws {
        let validator = try SchemaValidator(path: Repo.schema)
        var r = try #require(try Self.sampleRecords().first)
        r["published"] = "March 4th"
        r["entities"] = [["name": "X", "type": "alien", "aliases": [], "description": NSNull(), "mentions": [[1]]]]
        r.removeValue(forKey: "text")
        let errors = validator.errors(r)
        #expect(errors.contains { $0.contains("missing text") })
        #expect(errors.contains { $0.contains("does not match") })
        #expect(errors.contains { $0.contains("not in enum") })
        #expect(errors.contains { $0.contains("fewer than 2 items") })
    }

    @Test func metadataComesFromHeadersAndRecordFields() throws {
        let all = try Self.sampleRecords()
        let wire = try #require(Self.record(all, sourceSuffix: "01-meridian-wire.txt"))
        #expect(wire["title"] as? String == "Tanker detained in Kessvik after chemical leak sickens dockworkers")
        #expect(wire["outlet"] as? String == "Meridian Wire Service")
        #expect(wire["published"] as? String == "2024-03-04T09:14:00Z")
        #expect(wire["byline"] as? String == "Anika Roos")
        #expect(!(wire["text"] as! String).contains("2024-03-04T09:14:00Z"), "header lines go to fields, not the body")

        let reprint = try #require(Self.record(all, sourceSuffix: "02-briefwave-reprint.txt"))
        #expect(reprint["published"] as? String == "2024-03-04T13:40:00")
        #expect(reprint["outlet"] as? String == "briefwave-news.com")

        let courier = try #require(Self.record(all, sourceSuffix: "04-brannholt-courier.txt"))
        #expect(courier["published"] as? String == "2024-03-07")
        let rundschau = try #require(Self.record(all, sourceSuffix: "07-wellbrucker-rundschau-mt.txt"))
        #expect(rundschau["published"] as? String == "2024-03-19T10:42:00+01:00")
        let opinion = try #require(Self.record(all, sourceSuffix: "09-ballast-opinion.txt"))
        #expect(opinion["published"] is NSNull, "the opinion piece carries no date and none is guessed")

        let harbourline = try #require(all.first { $0["id"] as? String == "hl-2024-0328-qadira-claim" })
        #expect(harbourline["published"] as? String == "2024-03-28T15:45:00Z")
        #expect(harbourline["byline"] as? String == "Tomas Quill, Renée Palk")
        let ledger = try #require(Self.record(all, sourceSuffix: "08-lowland-ledger.json"))
        #expect(ledger["outlet"] as? String == "lowlandledger.com")
        #expect(ledger["published"] as? String == "2024-03-20T14:05:00")
        #expect(ledger["title"] as? String == "Kessvik stoppage puts €1.3bn trade corridor at risk, exporters warn")
    }

    @Test func siteChromeIsRemovedVerbatim() throws {
        let all = try Self.sampleRecords()
        let reprint = try #require(Self.record(all, sourceSuffix: "02-briefwave-reprint.txt"))
        let removed = reprint["removed"] as! [String]
        let text = reprint["text"] as! String
        #expect(removed.contains("ALSO READ: Freight rates climb as insurers reprice chemical cargoes"))
        #expect(removed.contains("ADVERTISEMENT"))
        #expect(removed.contains("BRIEFWAVE | Your world, in brief"))
        #expect(
            removed.contains { $0.hasPrefix("Related news\nHarbour pilots in Sallow Bay vote to extend overtime ban") })
        #expect(
            removed.contains {
                $0.hasPrefix("© 2024 Briefwave Media Ltd. All rights reserved.") && $0.hasSuffix("Cookie Settings")
            })
        for chrome in [
            "ALSO READ", "Related news", "Trending", "More from World", "©", "Privacy Policy", "ADVERTISEMENT",
        ] {
            #expect(!text.contains(chrome), "\(chrome) left in the text")
        }
        #expect(text.hasPrefix("KESSVIK, March 4 (MWS) — Port authorities in Kessvik detained a chemical tanker"))

        let translated = try #require(Self.record(all, sourceSuffix: "07-wellbrucker-rundschau-mt.txt"))
        let t = translated["text"] as! String
        #expect(!t.contains("Weiterlesen"))
        #expect((translated["removed"] as! [String]).contains { $0.hasPrefix("More to the topic") })

        // An article with no chrome comes back byte for byte.
        let wire = try #require(Self.record(all, sourceSuffix: "01-meridian-wire.txt"))
        #expect((wire["removed"] as! [String]).isEmpty)
    }

    @Test func spansIndexTheReturnedTextInScalars() throws {
        for r in try Self.sampleRecords() {
            let scalars = Array((r["text"] as! String).unicodeScalars)
            for key in ["paragraphs", "sentences"] {
                for span in r[key] as! [[Int]] {
                    #expect(span[0] < span[1] && span[1] <= scalars.count)
                    #expect(!scalars[span[0]].properties.isWhitespace, "\(key) start on whitespace")
                }
            }
            for key in ["quotes", "amounts", "dates"] {
                for item in r[key] as! [[String: Any]] {
                    let span = item["span"] as! [Int]
                    var v = String.UnicodeScalarView()
                    v.append(contentsOf: scalars[span[0]..<span[1]])
                    #expect(
                        String(v) == item["text"] as! String || key == "quotes", "\(key) text differs from its span")
                }
            }
        }
    }

    @Test func analyzeReadsStandardInputAndWritesAJSONArray() throws {
        let line =
            #"{"id": "x-1", "title": "Port reopens", "text": "The port reopened on Monday.", "published": "#
            + #""2024-05-06"}"#
        let run = try runDossier(["analyze", "--format", "json", "-"], stdin: Data(line.utf8))
        #expect(run.status == 0)
        let array = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [[String: Any]]
        #expect(array.count == 1)
        #expect(array[0]["id"] as? String == "x-1")
        #expect(array[0]["source"] as? String == "-:1")
        #expect(array[0]["published"] as? String == "2024-05-06")
    }
}

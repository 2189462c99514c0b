import Foundation
import Testing

/// The brief's sections: summary, key facts, events once each, who's who with quotes, sources.
@Suite struct BriefTests {
    func brief(_ args: [String] = []) throws -> [String: Any] {
        let run = try runDossier(["brief", Repo.storyA, "--format", "json"] + args)
        #expect(run.status == 0, "\(run.stderr)")
        return try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] ?? [:]
    }

    func section(_ brief: [String: Any], _ heading: String) -> [[String: Any]]? {
        let sections = brief["sections"] as? [[String: Any]] ?? []
        return sections.first { $0["heading"] as? String == heading }?["lines"] as? [[String: Any]]
    }

    @Test func summaryIsFiveCitedSentencesOfIndependentSources() throws {
        let b = try brief()
        let headings = (b["sections"] as? [[String: Any]] ?? []).compactMap { $0["heading"] as? String }
        #expect(headings.first == "Summary")
        let summary = try #require(section(b, "Summary"))
        #expect(summary.count == 5)
        #expect(Set(summary.compactMap { $0["text"] as? String }).count == 5)
        for line in summary { #expect(!((line["citations"] as? [Any]) ?? []).isEmpty) }
        // The reprint is never the summary's source of a sentence.
        let sources = b["sources"] as? [[String: Any]] ?? []
        let reprints = Set(
            sources.filter { !($0["copy_of"] is NSNull) }.compactMap {
                ($0["article"] as? [String: Any])?["id"] as? String
            })
        for line in summary {
            let first = (line["citations"] as? [[String: Any]])?.first?["article"] as? String
            #expect(first.map { !reprints.contains($0) } ?? false)
        }
    }

    @Test func eventsOnceEachAndKeyFactsCounted() throws {
        let b = try brief()
        let events = try #require(section(b, "Events"))
        let texts = events.compactMap {
            ($0["text"] as? String)?.split(separator: ":", maxSplits: 1).last.map(String.init)
        }
        #expect(Set(texts).count == texts.count)
        func date(_ line: [String: Any]) -> String? {
            (line["text"] as? String)?.split(separator: ":", maxSplits: 1).first.map(String.init)
        }
        // Dated events in order either way; undated ones after them.
        let dates = events.compactMap(date)
        let dated = dates.filter { $0 != "undated" }
        #expect(dated == dated.sorted())
        #expect(dates.drop { $0 != "undated" }.allSatisfy { $0 == "undated" })
        let newest = try #require(section(try brief(["--events", "newest"]), "Events"))
        let newestDates = newest.compactMap(date).filter { $0 != "undated" }
        #expect(newestDates == newestDates.sorted(by: >))
        let facts = try #require(section(b, "Key facts"))
        #expect(facts.allSatisfy { ($0["text"] as? String)?.contains("independent sources") == true })
    }

    @Test func whoIsWhoGroupsQuotesPerPerson() throws {
        let b = try brief()
        let who = try #require(section(b, "Who's who"))
        let ruske = try #require(who.first { ($0["text"] as? String)?.hasPrefix("Anton Ruske") == true })
        #expect((ruske["text"] as? String)?.contains("said:") == true)
        #expect(((ruske["citations"] as? [Any]) ?? []).count >= 2)
    }

    @Test func htmlIsSelfContainedWithCharts() throws {
        let run = try runDossier(["brief", Repo.storyA, "--format", "html"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("<figure class=\"chart timeline\">"))
        #expect(run.stdout.contains("<figure class=\"chart coverage\">"))
        #expect(run.stdout.contains("<details><summary>1 reprint</summary>"))
        #expect(!run.stdout.contains("<script"))
        #expect(!run.stdout.contains("src=\"http"))
        #expect(!run.stdout.contains("<link"))
    }

    /// A record's URL is input: a `javascript:` one is listed as text, never as a link.
    @Test func scriptURLsInInputsAreNotLinks() throws {
        let dir = try Repo.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let record =
            #"{"url": "javascript:alert(1)", "title": "Dam fails", "text": "The dam failed on Monday, "#
            + #"officials said. Engineers had warned of cracks for months, the regional water board said."}"#
        try Data((record + "\n").utf8).write(to: URL(fileURLWithPath: dir + "/a.jsonl"))
        let run = try runDossier(["brief", dir + "/a.jsonl", "--format", "html"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("javascript:alert(1)"))
        #expect(!run.stdout.contains("href=\"javascript:"))
    }
}

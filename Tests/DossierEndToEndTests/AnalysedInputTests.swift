import Foundation
import Testing

/// `stories --analysed` and `brief --analysed` link the records `analyze` wrote instead of analysing
/// the inputs again: the result must be the one the raw inputs give.
@Suite struct AnalysedInputTests {
    @Test func storiesFromAnalysedRecordsEqualStoriesFromTheInputs() throws {
        let analyze = try runDossier(["analyze", Repo.samples])
        #expect(analyze.status == 0, "\(analyze.stderr)")
        let dir = try Repo.temporaryDirectory()
        let records = dir + "/records.jsonl"
        try Data(analyze.stdout.utf8).write(to: URL(fileURLWithPath: records))
        let direct = try runDossier(["stories", Repo.samples])
        let fromFile = try runDossier(["stories", "--analysed", records])
        #expect(fromFile.status == 0, "\(fromFile.stderr)")
        #expect(fromFile.stdout == direct.stdout)
        let fromStdin = try runDossier(["stories", "--analysed", "-"], stdin: Data(analyze.stdout.utf8))
        #expect(fromStdin.stdout == direct.stdout)
        let events = try runDossier(["stories", "--level", "events", Repo.samples])
        let eventsFromFile = try runDossier(["stories", "--level", "events", "--analysed", records])
        #expect(eventsFromFile.stdout == events.stdout)
        let brief = try runDossier(["brief", Repo.samples, "--format", "md"])
        let briefFromFile = try runDossier(["brief", "--analysed", records, "--format", "md"])
        #expect(briefFromFile.stdout == brief.stdout)
    }

    @Test func aBadRecordIsReportedAndTheRestLinked() throws {
        let analyze = try runDossier(["analyze", Repo.storyB])
        let lines = analyze.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        // A span past the end of the text, a line that is not a record, and a plain input record.
        let outOfRange = lines[0].replacingOccurrences(of: "\"paragraphs\":[[0,", with: "\"paragraphs\":[[0,999999")
        let input = [outOfRange, "{not json", #"{"text": "A plain record, never analysed."}"#, lines[1], lines[2]]
        let run = try runDossier(["stories", "--analysed", "-"], stdin: Data(input.joined(separator: "\n").utf8))
        #expect(run.status == 1)
        #expect(run.stderrLines.count == 3, "\(run.stderr)")
        #expect(run.stderrLines.allSatisfy { $0.hasPrefix("dossier: -:") }, "\(run.stderr)")
        #expect(run.stderr.contains("runs past the text"))
        #expect(run.stderr.contains("malformed JSON"))
        #expect(run.stderr.contains(#"no "id" field"#))
        let doc = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let members = (doc["stories"] as! [[String: Any]]).flatMap { $0["articles"] as! [[String: Any]] }
        #expect(members.count == 2)
    }

    @Test func analysedNeedsInputs() throws {
        let run = try runDossier(["stories", "--analysed"])
        #expect(run.status == 2)
    }
}

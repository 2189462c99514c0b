import Foundation
import Testing

@Suite struct BadInputTests {
    /// A batch with one of each kind of bad input beside good ones.
    static func makeBatch() throws -> (dir: String, good: [String], bad: [String: String]) {
        let dir = try Repo.temporaryDirectory()
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            let path = dir + "/" + name
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        }
        let good = try write(
            "good.txt",
            Array("Harbour reopens\ndate 2024-05-06\n\nThe harbour reopened on Monday, officials said.\n".utf8))
        let empty = try write("empty.txt", [])
        var garbage: [UInt8] = [0x00, 0x01, 0xFF, 0xFE]
        for i in 0..<512 { garbage.append(UInt8((i * 37 + 11) % 256)) }
        let binary = try write("garbage.txt", garbage)
        let invalid = try write(
            "latin.txt", Array("Caf".utf8) + [0xE9] + Array(" opens in the harbour district.\n".utf8))
        let jsonl = try write(
            "records.jsonl",
            Array(
                """
                {"id": "r1", "title": "First", "text": "The first record is fine."}
                {"id": "r2", "title": "Second", "text": "This line is cut off
                {"id": "r3", "title": "Third", "text": "The third record is fine too.", "published": "2024-05-07"}

                """.utf8))
        let missing = dir + "/missing.txt"
        return (
            dir, [good, jsonl],
            [
                missing: "no such file", empty: "empty file", binary: "binary data", invalid: "not valid UTF-8",
                jsonl + ":2": "malformed JSON",
            ]
        )
    }

    @Test func eachBadInputGetsOneClearLineAndTheRestIsStored() throws {
        let batch = try Self.makeBatch()
        let db = batch.dir + "/store.sqlite"
        let inputs = [
            batch.dir + "/missing.txt", batch.dir + "/empty.txt", batch.dir + "/garbage.txt",
            batch.dir + "/latin.txt", batch.dir + "/records.jsonl", batch.dir + "/good.txt",
        ]
        let run = try runDossier(["ingest", "--db", db] + inputs)
        #expect(run.status == 1)
        let errorLines = run.stderrLines.filter { !$0.contains(" added, ") }
        #expect(errorLines.count == batch.bad.count, "\(run.stderr)")
        for (input, problem) in batch.bad {
            let matching = errorLines.filter { $0.contains(input + ":") && $0.contains(problem) }
            #expect(matching.count == 1, "expected one line naming \(input) with \(problem); got \(run.stderr)")
        }
        // The file with invalid UTF-8 is reported once and still read, its bytes decoded by the guess.
        #expect(run.stderr.contains("4 added, 0 replaced, 0 unchanged"))

        let analyzed = try runDossier(["analyze"] + inputs)
        #expect(analyzed.status == 1)
        let all = try records(analyzed.stdout)
        let ids = all.map { $0["id"] as! String }
        #expect(ids.count == 4)
        #expect(ids.contains("r1") && ids.contains("r3"))
        #expect(all.contains { ($0["text"] as! String) == "Café opens in the harbour district." })
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try runDossier(["analyze"]).status == 2)
        #expect(try runDossier(["analyze", "--format", "xml", Repo.samples]).status == 2)
        #expect(try runDossier(["brief", "--format", "pdf", Repo.samples]).status == 2)
        #expect(try runDossier(["frobnicate"]).status == 2)
        let help = try runDossier(["analyze", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--format"))
    }
}

import DossierFuzzTargets
import DossierIngest
import DossierPipeline
import DossierStore
import Foundation
import Glibc
import Testing

/// Each way an input once crashed, hung or lost data, as the user met it: through the binary.
/// One bad input costs one line of stderr; the rest of the batch goes through.
@Suite struct HostileInputTests {
    private func write(_ text: String, _ name: String, in dir: String) throws -> String {
        let path = dir + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private static let good = "Harbour Reopens\n\nThe harbour of Kessvik reopened on Monday, officials said.\n"

    @Test func pageNestedFortyThousandDeepIsRead() throws {
        let dir = try Repo.temporaryDirectory()
        let page =
            "<html><body>" + String(repeating: "<div>", count: 40_000) + "Deep words stay readable here."
            + String(repeating: "</div>", count: 40_000) + "</body></html>"
        let html = try write(page, "deep.html", in: dir)
        let r = try runDossier(["analyze", html, try write(Self.good, "good.txt", in: dir)])
        #expect(r.status == 0, "\(r.stderr)")
        let recs = try records(r.stdout)
        #expect(recs.count == 2)
        let kept = (recs.first?["text"] as? String ?? "") + ((recs.first?["removed"] as? [String])?.joined() ?? "")
        #expect(kept.contains("Deep words stay readable here."))
    }

    @Test func feedItemNestedDeepIsRead() throws {
        let inner = String(repeating: "&lt;div&gt;", count: 40_000) + "Item text survives."
        let feed = """
            <?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
            <item><title>Deep</title><description>\(inner)</description></item></channel></rss>
            """
        #expect(FuzzTarget.feed.run(Array(feed.utf8)) == 1)
    }

    @Test func longCommaGroupedNumberDoesNotTrap() throws {
        let number = Array(repeating: "123", count: 40).joined(separator: ",")
        let text = "Big Number\n\nThe figure was \(number) years ago, and \(number) days later it was \(number).\n"
        #expect(FuzzTarget.text.run(Array(text.utf8)) == 1)
        #expect(FuzzTarget.language.run(Array(text.utf8)) == 1)
    }

    @Test func nestedEntityDefinitionsAreNeverExpanded() throws {
        var feed = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        var previous = "lol"
        for i in 1...9 {
            feed += "<!ENTITY lol\(i) \"\(String(repeating: "&\(previous);", count: 10))\">\n"
            previous = "lol\(i)"
        }
        feed +=
            "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>Laughs &lol9;</title>"
            + "<description>Plain words and &lol9; here.</description></item></channel></rss>\n"
        let dir = try Repo.temporaryDirectory()
        let r = try runDossier(["analyze", try write(feed, "laughs.xml", in: dir)])
        // A billion "lol"s would be gigabytes; unexpanded, the item is a few words.
        #expect(r.stdout.utf8.count < 10_000)
        #expect(!r.stdout.contains("lollollol"))
    }

    @Test func megabyteLinesInTextAndJSONLAreRead() throws {
        let words = ["Berlin", "said", "Smith", "the", "of", "2020", "Ms Berg", "3,000", "workers", "on Monday"]
        var line = ""
        var k = 0
        while line.utf8.count < 400_000 {
            line += words[k % words.count] + " "
            k = (k * 7 + 3) % 1_000_003
        }
        let dir = try Repo.temporaryDirectory()
        let txt = try write("Long Line\n\n" + line + "\n", "long.txt", in: dir)
        let jsonl = try write("{\"id\": \"long\", \"title\": \"Long\", \"text\": \"\(line)\"}\n", "long.jsonl", in: dir)
        let r = try runDossier(["analyze", txt, jsonl])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try records(r.stdout).count == 2)
    }

    @Test func inputsOverTheLimitsGetOneLineEachAndTheRestGoesOn() throws {
        let dir = try Repo.temporaryDirectory()
        let big = try write(
            "Big\n\n" + String(repeating: "Words in a sentence. ", count: 5000) + "\n", "big.txt", in: dir)
        let longLine = try write(
            "{\"text\": \"" + String(repeating: "a", count: 5000) + "\"}\n"
                + "{\"text\": \"A short record that is fine.\"}\n", "lines.jsonl", in: dir)
        let many = try write(
            (1...5).map { "{\"id\": \"r\($0)\", \"text\": \"Record \($0) is here.\"}" }.joined(separator: "\n"),
            "many.jsonl", in: dir)
        let good = try write(Self.good, "good.txt", in: dir)
        let r = try runDossier([
            "analyze", big, longLine, many, good,
            "--max-input-bytes", "50000", "--max-line-bytes", "1000", "--max-records", "3",
        ])
        #expect(r.status == 1)
        let lines = r.stderrLines
        #expect(lines.contains { $0.contains("big.txt") && $0.contains("--max-input-bytes") })
        #expect(
            lines.contains { $0.contains("lines.jsonl") && $0.contains("line 1") && $0.contains("--max-line-bytes") })
        #expect(lines.contains { $0.contains("many.jsonl") && $0.contains("--max-records") })
        let ids = try records(r.stdout).compactMap { $0["id"] as? String }
        #expect(ids.contains("r1") && ids.contains("r3") && !ids.contains("r4"))
        #expect(try records(r.stdout).contains { ($0["source"] as? String)?.hasSuffix("good.txt") == true })
        #expect(try records(r.stdout).contains { ($0["text"] as? String)?.contains("short record") == true })
    }

    @Test func anArticlePastTheTimeLimitIsSkippedAndTheBatchGoesOn() throws {
        let dir = try Repo.temporaryDirectory()
        var line = ""
        while line.utf8.count < 2_000_000 { line += "Mara Lindqvist said Berg of Berlin told Smith on Monday. " }
        let slow = try write("Slow\n\n" + line + "\n", "slow.txt", in: dir)
        let good = try write(Self.good, "good.txt", in: dir)
        let r = try runDossier(["analyze", slow, good, "--time-limit", "1"])
        #expect(r.status == 1)
        #expect(r.stderrLines.contains { $0.contains("slow.txt") && $0.contains("limit") })
        let sources = try records(r.stdout).compactMap { $0["source"] as? String }
        #expect(sources.count == 1 && sources[0].hasSuffix("good.txt"))
    }

    /// The record of an input is written before a later input is even read: here the second input
    /// is a pipe nobody writes to until the first record has been seen on stdout.
    @Test func recordsStreamBeforeLaterInputs() throws {
        let dir = try Repo.temporaryDirectory()
        let good = try write(Self.good, "good.txt", in: dir)
        let fifo = dir + "/later.txt"
        #expect(mkfifo(fifo, 0o600) == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Repo.binary)
        p.arguments = ["analyze", good, fifo]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = Pipe()
        try p.run()
        // Blocks until the first record is out; a non-streaming pipeline would wait on the pipe forever.
        var first = Data()
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 1)
        defer { buffer.deallocate() }
        while !first.contains(0x0A) {
            let n = Glibc.read(out.fileHandleForReading.fileDescriptor, buffer, 4096)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            first.append(buffer.assumingMemoryBound(to: UInt8.self), count: n)
        }
        #expect(String(decoding: first, as: UTF8.self).contains("Kessvik"))
        let writer = FileHandle(forWritingAtPath: fifo)
        writer?.write(Data("Later Report\n\nA later report arrived on Tuesday.\n".utf8))
        try writer?.close()
        let rest = readAll(out.fileHandleForReading)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(String(decoding: rest, as: UTF8.self).contains("later report"))
    }

    @Test func truncatedGzipIsSaidAndWhatItHeldIsRead() throws {
        let dir = try Repo.temporaryDirectory()
        var body = "Cut Short\n\n"
        for i in 0..<3000 { body += "Sentence \(i) of a report that was cut in transit. " }
        let gz = Gzip.compress(Array(body.utf8))
        let path = dir + "/cut.txt.gz"
        try Data(gz.prefix(gz.count / 2)).write(to: URL(fileURLWithPath: path))
        let r = try runDossier(["analyze", path])
        #expect(r.status == 1)
        #expect(r.stderrLines.count == 1 && r.stderr.contains("cut.txt.gz") && r.stderr.contains("truncated"))
        #expect(try records(r.stdout).count == 1)
    }

    @Test func fileNamesThatAreNotUTF8AreRead() throws {
        let dir = try Repo.temporaryDirectory()
        // "caf\xE9.txt": Latin-1 bytes, a legal name on Linux that is not UTF-8.
        let name: [UInt8] = Array(dir.utf8) + Array("/caf".utf8) + [0xE9] + Array(".txt".utf8) + [0]
        let fd = name.withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: name.count) {
                open($0, O_CREAT | O_WRONLY, 0o644)
            }
        }
        #expect(fd >= 0)
        _ = Array(Self.good.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        let r = try runDossier(["analyze", dir])
        #expect(r.status == 0, "\(r.stderr)")
        let recs = try records(r.stdout)
        #expect(recs.count == 1)
        #expect((recs.first?["source"] as? String)?.contains("caf\u{FFFD}.txt") == true)
    }

    @Test func readingCommandsRefuseAMissingDatabase() throws {
        let dir = try Repo.temporaryDirectory()
        let missing = dir + "/typo.sqlite"
        for command in ["stories", "brief"] {
            let r = try runDossier([command, "--db", missing])
            #expect(r.status == 1)
            #expect(r.stderr.contains("typo.sqlite") && r.stderr.contains("no such database"))
        }
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    /// A record spelling NUL as `\u0000` once reached the store, which keeps text up to the NUL:
    /// its sentence spans then pointed past the stored text and building stories from the store
    /// trapped (schemathesis found it through `POST /api/articles`).
    @Test func escapedControlCharactersInRecordsAreSpaces() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/d.sqlite"
        let text = "Port talks resumed.\\u0000 The minister said the port would reopen.\\u0007 Unions agreed."
        let jsonl = try write(
            "{\"id\": \"nul\", \"title\": \"Port talks\", \"text\": \"\(text)\"}\n", "nul.jsonl", in: dir)
        let ingest = try runDossier(["ingest", "--db", db, jsonl])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let stories = try runDossier(["stories", "--db", db])
        #expect(stories.status == 0, "\(stories.stderr)")
        #expect(stories.stdout.contains("the port would reopen"))
        let analyzed = try records(try runDossier(["analyze", jsonl]).stdout)
        #expect(
            analyzed.first?["text"] as? String
                == "Port talks resumed.  The minister said the port would reopen.  Unions agreed.")
    }

    @Test func aFileThatIsNotADatabaseIsNamed() throws {
        let dir = try Repo.temporaryDirectory()
        let notDB = try write(String(repeating: "not sqlite at all\n", count: 100), "notes.sqlite", in: dir)
        let r = try runDossier(["ingest", Repo.storyA, "--db", notDB])
        #expect(r.status == 1)
        #expect(r.stderr.contains("notes.sqlite") && r.stderr.contains("not a Dossier database"))
    }

    /// A second ingest into a database another process is writing waits for it, then writes.
    @Test func concurrentIngestsWaitForEachOther() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/shared.sqlite"
        let a = Process(), b = Process()
        for (p, story) in [(a, Repo.storyA), (b, Repo.storyB)] {
            p.executableURL = URL(fileURLWithPath: Repo.binary)
            p.arguments = ["ingest", story, "--db", db]
            p.standardOutput = Pipe()
            p.standardError = FileHandle.nullDevice
        }
        try a.run()
        try b.run()
        a.waitUntilExit()
        b.waitUntilExit()
        #expect(a.terminationStatus == 0 && b.terminationStatus == 0)
        let again = try runDossier(["ingest", Repo.samples, "--db", db])
        #expect(again.stderr.contains(" 0 added"), "\(again.stderr)")
    }

    /// Killed at any moment, ingest leaves a sound database, and running it again gives the
    /// rows of a clean run.
    @Test func ingestKilledAtAnyMomentRecovers() throws {
        let dir = try Repo.temporaryDirectory()
        let clean = dir + "/clean.sqlite"
        #expect(try runDossier(["ingest", Repo.samples, "--db", clean]).status == 0)
        let expected = try ArticleStore(path: clean, mode: .existing).counts()
        for (k, delay) in [0.05, 0.2, 0.4, 0.7, 1.0].enumerated() {
            let db = dir + "/killed-\(k).sqlite"
            let p = Process()
            p.executableURL = URL(fileURLWithPath: Repo.binary)
            p.arguments = ["ingest", Repo.samples, "--db", db]
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            Thread.sleep(forTimeInterval: delay)
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            if FileManager.default.fileExists(atPath: db) {
                #expect(try ArticleStore(path: db, mode: .existing).integrityCheck() == "ok")
            }
            #expect(try runDossier(["ingest", Repo.samples, "--db", db]).status == 0)
            #expect(try ArticleStore(path: db, mode: .existing).counts() == expected)
        }
    }

    /// The same unchanged folder read again, under load from other threads, adds nothing.
    @Test func reingestUnderLoadAddsNothing() throws {
        let dir = try Repo.temporaryDirectory()
        let db = dir + "/same.sqlite"
        #expect(try runDossier(["ingest", Repo.samples, "--db", db]).status == 0)
        let stop = LockedFlag()
        let load = Thread {
            var x = 0.0
            while !stop.isSet { for i in 0..<10_000 { x += Double(i).squareRoot() } }
            _ = x
        }
        load.start()
        defer { stop.set() }
        for _ in 0..<3 {
            let r = try runDossier(["ingest", Repo.samples, "--db", db])
            #expect(r.status == 0)
            #expect(r.stderr.contains(" 0 added, 0 replaced"), "\(r.stderr)")
        }
    }

    /// Each run's worker threads exit when it is done: a server runs the pipeline per request, and
    /// threads left waiting piled up (two per run) until it could start no more.
    @Test func pipelineRunsLeaveNoThreadsBehind() throws {
        func threads() -> Int { (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task").count) ?? 0 }
        _ = Pipeline().collect([.file(Repo.storyA + "/01-meridian-wire.txt")])
        Thread.sleep(forTimeInterval: 0.2)
        let before = threads()
        for _ in 0..<40 { _ = Pipeline().collect([.file(Repo.storyA + "/01-meridian-wire.txt")]) }
        Thread.sleep(forTimeInterval: 0.5)
        // Other suites run beside this one and start threads of their own; a leak adds 80.
        #expect(threads() <= before + 30, "threads grew from \(before) to \(threads())")
    }

    /// Every input a fuzzer once crashed or hung on, replayed (Tests/Fixtures/fuzz-regressions/TARGET/).
    @Test func fuzzRegressionsStayFixed() throws {
        let root = Repo.root.appendingPathComponent("Tests/Fixtures/fuzz-regressions").path
        for target in FuzzTarget.allCases {
            let dir = root + "/" + target.rawValue
            for name in (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [] {
                let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
                target.run([UInt8](data))
            }
        }
    }
}

final class LockedFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}

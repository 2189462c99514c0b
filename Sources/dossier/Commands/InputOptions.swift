import ArgumentParser
import DossierIngest
import DossierModel
import DossierPipeline

/// The inputs every command reads.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively), http(s) URLs or - for standard input.")
    var inputs: [String] = []

    @Option(help: ArgumentHelp("Bytes of one input read whole (a page, feed, .txt, .json, URL).", valueName: "bytes"))
    var maxInputBytes = InputLimits.standard.inputBytes

    @Option(help: ArgumentHelp("Bytes a WARC page body may expand to after content decoding.", valueName: "bytes"))
    var maxDecompressedBytes = InputLimits.standard.decompressedBytes

    @Option(help: ArgumentHelp("Bytes of one line (a JSONL record, a line of text).", valueName: "bytes"))
    var maxLineBytes = InputLimits.standard.lineBytes

    @Option(help: ArgumentHelp("Bytes of one article's text taken into cleaning and analysis.", valueName: "bytes"))
    var maxTextBytes = InputLimits.standard.textBytes

    @Option(help: ArgumentHelp("Records taken from one file (JSONL lines, feed items, WARC records).", valueName: "n"))
    var maxRecords = InputLimits.standard.recordsPerFile

    @Option(
        help: ArgumentHelp("Seconds one article may take to clean and analyse before it is skipped.", valueName: "s"))
    var timeLimit = InputLimits.standard.secondsPerInput

    /// Every input over a limit is reported in one line and skipped; the batch goes on.
    var limits: InputLimits {
        var l = InputLimits()
        l.inputBytes = maxInputBytes
        l.decompressedBytes = maxDecompressedBytes
        l.lineBytes = maxLineBytes
        l.textBytes = maxTextBytes
        l.recordsPerFile = maxRecords
        l.secondsPerInput = timeLimit
        return l
    }

    /// The pipeline with these limits.
    var pipeline: Pipeline {
        var p = Pipeline()
        p.limits = limits
        return p
    }

    func validate() throws {
        for (name, v) in [
            ("--max-input-bytes", maxInputBytes), ("--max-decompressed-bytes", maxDecompressedBytes),
            ("--max-line-bytes", maxLineBytes), ("--max-text-bytes", maxTextBytes), ("--max-records", maxRecords),
        ] where v < 1 {
            throw ValidationError("\(name) must be at least 1")
        }
        if !(timeLimit > 0) { throw ValidationError("--time-limit must be a positive number of seconds") }
    }

    /// Input locations, with an error line for each argument that names nothing readable.
    func locations() -> (locations: [InputLocation], failed: Bool) {
        let (locations, errors) = InputCollector.expand(inputs)
        errors.forEach(Console.report)
        return (locations, !errors.isEmpty)
    }

    func requireInputs() throws {
        if inputs.isEmpty { throw ValidationError("give at least one input (a file, a folder or -)") }
    }

    /// Runs the pipeline over the inputs (the clean stage alone unless `analyze`), reporting each
    /// input that fails; false when one did. Output is flushed whenever the pipeline catches up:
    /// a record is out as soon as it and every record before it are done.
    func stream(analyze: Bool, _ emit: (Article) -> Void) -> Bool {
        let (locations, badArgs) = locations()
        var failed = badArgs
        pipeline.run(
            locations, analyze: analyze,
            failed: {
                failed = true; Console.report($0)
            },
            caughtUp: Console.flush, emit: emit)
        return !failed
    }
}

import ArgumentParser
import DossierModel
import DossierOutput
import DossierPipeline

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean and analyse each article: entities, quotes, amounts and dates.",
        discussion: """
            Writes one record per article, in input order (docs/analyze-record.schema.json). \
            Streams: records are written as they are analysed, so memory stays flat.

            Example: dossier analyze Samples/corpus > analysis.jsonl
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, json }

    @OptionGroup var input: InputOptions

    @Option(help: "jsonl: one record per line; json: one array.")
    var format: Format = .jsonl

    func validate() throws {
        if input.inputs.isEmpty { throw ValidationError("give at least one input (a file, a folder or -)") }
    }

    func run() throws {
        let (locations, badArgs) = input.locations()
        var failed = badArgs
        var first = true
        if format == .json { Console.write("[") }
        // Flushed whenever the pipeline catches up: a record is out as soon as it and every
        // record before it are done, and none waits on a later input.
        input.pipeline.run(locations, failed: { failed = true; Console.report($0) }, caughtUp: Console.flush) { article in
            let record = AnalyzeRecord.json(article).rendered()
            switch format {
            case .jsonl: Console.write(record + "\n")
            case .json: Console.write((first ? "\n" : ",\n") + record)
            }
            first = false
        }
        if format == .json { Console.write("\n]\n") }
        Console.flush()
        if failed { throw ExitCode(1) }
    }
}

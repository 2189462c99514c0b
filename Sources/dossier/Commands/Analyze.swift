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
        try input.requireInputs()
    }

    func run() throws {
        var first = true
        if format == .json { Console.write("[") }
        let ok = input.stream(analyze: true) { article in
            let record = AnalyzeRecord.json(article).rendered()
            switch format {
            case .jsonl: Console.write(record + "\n")
            case .json: Console.write((first ? "\n" : ",\n") + record)
            }
            first = false
        }
        if format == .json { Console.write("\n]\n") }
        Console.flush()
        if !ok { throw ExitCode(1) }
    }
}

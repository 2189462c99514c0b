import Foundation

// Throughput benchmarks, one named run each; figures are meant to be read side by side with a
// baseline run on the same machine, as these machines are noisy.
let benchmarks: [String: @Sendable ([String]) throws -> Void] = [
    "link-scale": linkScaleBench,
    "link-stories": linkStoriesBench,
    "dates-text": datesText,
    "amounts-text": amountsText,
    "numbers-time": numbersTimeBench,
    "language": languageThroughput,
    "tokens-vs-spaces": tokensVersusSpaces,
    "quotes": quotesBench,
    "extract-html": extractHTMLBench,
    "trace-html": traceHTMLBench,
    "reduce-html": reduceHTMLBench,
    "reduce-speed": reduceSpeedBench,
    "warc": warcBench,
    "feeds": feedBench,
]

let args = Array(CommandLine.arguments.dropFirst())
guard let name = args.first, let run = benchmarks[name] else {
    FileHandle.standardError.write(
        "usage: dossier-bench NAME [ARGS...]\nbenchmarks: \(benchmarks.keys.sorted().joined(separator: ", "))\n".data(
            using: .utf8)!)
    exit(2)
}
do {
    try run(Array(args.dropFirst()))
} catch {
    // One line, as the project's tools report errors, not a crash report for a mistyped argument.
    FileHandle.standardError.write("dossier-bench \(name): \(error)\n".data(using: .utf8)!)
    exit(error is BenchUsage ? 2 : 1)
}

/// A benchmark called with the wrong arguments.
struct BenchUsage: Error, CustomStringConvertible {
    let description: String
    init(_ usage: String) { description = "usage: dossier-bench \(usage)" }
}

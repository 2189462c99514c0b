import ArgumentParser
import DossierIngest
import DossierModel
import DossierPipeline

/// The inputs every command reads.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files, folders (read recursively), http(s) URLs or - for standard input.")
    var inputs: [String] = []

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
    /// input that fails; false when one did.
    func stream(analyze: Bool, _ emit: (Article) -> Void) -> Bool {
        let (locations, badArgs) = locations()
        var failed = badArgs
        Pipeline().run(locations, analyze: analyze, failed: { failed = true; Console.report($0) }, emit: emit)
        return !failed
    }
}

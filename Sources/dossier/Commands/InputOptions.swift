import ArgumentParser
import DossierIngest
import DossierModel

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
}

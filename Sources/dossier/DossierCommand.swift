import ArgumentParser

/// The `dossier` root command; each subcommand is one file under Commands/.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn raw news reports into a sourced, cross-checked dossier of the story.",
        discussion: """
            Inputs are files, folders (read recursively) or - for standard input: plain text (.txt) \
            and JSON/JSONL records. Exit status: 0 when every input was read, 1 when some failed \
            (one line each on stderr; the rest still went through), 2 on a usage error.
            """,
        subcommands: [Demo.self, Analyze.self, Stories.self, Brief.self, Ingest.self, TrainEntities.self]
    )
}

import ArgumentParser

/// The `dossier` root command; each subcommand is one file under Commands/.
struct DossierCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "Turn raw news reports into a sourced, cross-checked dossier of the story.",
        discussion: """
            Inputs are files, folders (read recursively), http(s) URLs or - for standard \
            input: HTML pages, RSS/Atom/JSON feeds, WARC crawls, JSON/JSONL records and plain \
            text, any of them gzipped. Exit status: 0 when every input was read, 1 when some \
            failed or had to be repaired (one line each on stderr; the rest still went \
            through), 2 on a usage error.
            """,
        subcommands: [
            Demo.self, Analyze.self, Stories.self, Brief.self, Ingest.self, Worker.self, Extract.self, Serve.self,
            TrainEntities.self, TrainChrome.self, Sources.self, Watch.self, Watchlists.self, Feed.self,
            DigestCommand.self, Trending.self,
        ]
    )
}

import ArgumentParser
import DossierPostgres
import DossierStore

/// `--db` for every command that uses a store: SQLite by path, or PostgreSQL by URI.
struct DatabaseOption: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The database: a SQLite path (or sqlite:PATH), or postgres://… for a shared PostgreSQL store "
                + "(default: $DOSSIER_DB, else dossier.sqlite).", valueName: "db"))
    var db: String?

    /// `--db`, else `$DOSSIER_DB`, else nil.
    var given: String? { DatabaseAddress.spec(db) }
    /// What is used: `given`, else the default SQLite file.
    var spec: String { given ?? DatabaseAddress.defaultPath }
    var address: DatabaseAddress { DatabaseAddress(spec) }

    /// The store, with its watch tables (`dossier watch`, `sources`, `watchlist`, `feed`) on either engine.
    func open(mode: ArticleStore.Mode = .create, concurrentReads: Bool = false) throws -> any WatchStoring {
        try StoreOpening.open(address, mode: mode, concurrentReads: concurrentReads)
    }

    /// The PostgreSQL store, for the work queue (which needs `FOR UPDATE SKIP LOCKED`).
    func openQueue(for command: String) throws -> PostgresStore {
        guard case .postgres(let url) = address else {
            throw ValidationError("\(command) needs a PostgreSQL database: --db postgres://… or DOSSIER_DB")
        }
        return try PostgresStore(url: url)
    }
}

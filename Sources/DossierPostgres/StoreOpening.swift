import DossierStore

/// Opens the store an address names, with either engine; both keep the watch tables as well.
public enum StoreOpening {
    /// `mode` and `concurrentReads` are SQLite's (a PostgreSQL database always exists once
    /// the server does, and its connections are pooled).
    public static func open(
        _ address: DatabaseAddress, mode: ArticleStore.Mode = .create,
        concurrentReads: Bool = false
    ) throws -> any WatchStoring {
        switch address {
        case .sqlite(let path): return try ArticleStore(path: path, mode: mode, concurrentReads: concurrentReads)
        case .postgres(let url): return try PostgresStore(url: url)
        }
    }

    public static func open(
        _ spec: String, mode: ArticleStore.Mode = .create,
        concurrentReads: Bool = false
    ) throws -> any WatchStoring {
        try open(DatabaseAddress(spec), mode: mode, concurrentReads: concurrentReads)
    }
}

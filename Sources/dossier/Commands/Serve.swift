import ArgumentParser
import DossierPipeline
import DossierServe
import DossierStore
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the web app and JSON API over the store (Hummingbird; OpenAPI at /openapi.json).",
        discussion: """
            Pages: / (stories), /stories/ID, /articles/ID, /people/NAME, /search, /ingest. \
            API: /api/stories, /api/stories/ID, /api/articles, /api/articles/ID, /api/search?q=, \
            /api/people/NAME, POST /api/articles; for `dossier watch`: /api/sources, /api/alerts, \
            /api/trending and the Atom feeds /feeds/watchlists/NAME and /feeds/stories/ID. Listens \
            on 127.0.0.1 unless --host says otherwise; any other address needs a token, and every \
            write needs it (Authorization: Bearer TOKEN).

            Example: DOSSIER_TOKEN=secret dossier serve --db dossier.sqlite --port 8080
            """
    )

    @OptionGroup var database: DatabaseOption

    @Option(help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one and prints it).")
    var port: Int = 8080

    @Option(help: "Token required for writes and for any non-loopback --host (default: $DOSSIER_TOKEN).")
    var token: String?

    @Option(help: "Largest request body accepted, in bytes.")
    var maxBody: Int = 8 << 20

    @Option(help: "Writes allowed per client address per minute.")
    var writesPerMinute: Int = 120

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard maxBody >= 1024 else { throw ValidationError("--max-body must be at least 1024 bytes") }
        guard writesPerMinute >= 1 else { throw ValidationError("--writes-per-minute must be at least 1") }
    }

    func run() throws {
        var config = ServeConfiguration()
        config.host = host
        config.port = port
        config.token = token ?? ProcessInfo.processInfo.environment["DOSSIER_TOKEN"].flatMap { $0.isEmpty ? nil : $0 }
        config.maxBodyBytes = maxBody
        config.writesPerMinute = writesPerMinute
        let store = try database.open(concurrentReads: true)
        let server: DossierServer
        do {
            server = try DossierServer(store: store, configuration: config)
        } catch let e as DossierServer.StartError {
            throw ValidationError(e.description)
        }
        let host = self.host
        let failure = Locked<Error?>(nil)
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await server.run { port in
                    Console.error("dossier: serving \(store.location) on http://\(host):\(port)/")
                }
            } catch {
                failure.withLock { $0 = error }
            }
            done.signal()
        }
        done.wait()
        if let e = failure.withLock({ $0 }) { throw e }
    }
}

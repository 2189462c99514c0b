import DossierStore
import Hummingbird
import Logging
import NIOCore

/// `dossier serve`: the app on Hummingbird's HTTP/1.1 server, bound as configured.
public struct DossierServer: Sendable {
    public enum StartError: Error, CustomStringConvertible {
        case tokenRequired(host: String)

        public var description: String {
            switch self {
            case .tokenRequired(let host):
                return "listening on \(host) lets other machines in: give --token (or DOSSIER_TOKEN), "
                    + "or use --host 127.0.0.1"
            }
        }
    }

    public let app: DossierApp
    public let configuration: ServeConfiguration

    public init(
        store: any ArticleStoring, configuration: ServeConfiguration,
        source: any StorySource = LinkedStorySource()
    ) throws {
        if !ServeConfiguration.isLoopback(configuration.host) && (configuration.token ?? "").isEmpty {
            throw StartError.tokenRequired(host: configuration.host)
        }
        self.configuration = configuration
        app = DossierApp(store: store, configuration: configuration, source: source)
    }

    /// Serves until cancelled or sent SIGINT/SIGTERM (when `handleSignals`); `onListening` gets
    /// the bound port (the chosen one when the configured port is 0).
    public func run(
        handleSignals: Bool = true, onListening: @escaping @Sendable (Int) async -> Void = { _ in }
    )
        async throws
    {
        var logger = Logger(label: "dossier")
        logger.logLevel = .warning
        let application = Application(
            router: app.router(),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: "dossier"),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        try await application.runService(gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [])
    }
}

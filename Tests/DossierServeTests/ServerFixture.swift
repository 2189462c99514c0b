import DossierServe
import DossierStore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One server for the integration tests: a fresh store in a temporary folder, the app on a free
/// loopback port, and the sample corpus ingested through the API, file by file.
actor ServerFixture {
    static let shared = ServerFixture()
    static let token = "test-token-\(UUID().uuidString)"

    private var started: (port: Int, task: Task<Void, Error>)?

    static var repo: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().path
    }

    func port() async throws -> Int {
        if let s = started { return s.port }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try ArticleStore(path: dir.appendingPathComponent("s.sqlite").path, concurrentReads: true)
        let s = try await Self.start(store)
        started = s
        try await ingestSamples(s.port)
        return s.port
    }

    /// A server of `store` on a free loopback port, once it listens.
    static func start(_ store: any ArticleStoring) async throws -> (port: Int, task: Task<Void, Error>) {
        var config = ServeConfiguration()
        config.port = 0
        config.token = Self.token
        config.writesPerMinute = 1_000
        let server = try DossierServer(store: store, configuration: config)
        let ready = PortBox()
        let task = Task { try await server.run(handleSignals: false) { await ready.set($0) } }
        for _ in 0..<500 {
            let port = await ready.port
            if port != 0 { return (port, task) }
            try await Task.sleep(for: .milliseconds(20))
        }
        task.cancel()
        throw FixtureError.notListening
    }

    private func ingestSamples(_ port: Int) async throws {
        let root = Self.repo + "/Samples/corpus"
        let files = try FileManager.default.subpathsOfDirectory(atPath: root).filter {
            !$0.hasSuffix("/") && ($0.hasSuffix(".txt") || $0.hasSuffix(".json") || $0.hasSuffix(".jsonl"))
        }.sorted()
        for f in files {
            let data = try Data(contentsOf: URL(fileURLWithPath: root + "/" + f))
            let name = (f as NSString).lastPathComponent
            let r = try await HTTP.send(
                port, "POST", "/api/articles?filename=\(name)", body: data,
                headers: [
                    "Authorization": "Bearer \(Self.token)",
                    "Content-Type": "application/octet-stream",
                ])
            guard r.status == 201 || r.status == 200 else { throw FixtureError.ingest(f, r.status, r.text) }
        }
    }

    enum FixtureError: Error { case notListening, ingest(String, Int, String) }
}

actor PortBox {
    var port = 0
    func set(_ p: Int) { port = p }
}

/// A minimal HTTP client over URLSession for the tests.
enum HTTP {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        func json() throws -> [String: Any] {
            try JSONSerialization.jsonObject(with: body) as? [String: Any] ?? [:]
        }
    }

    static func send(
        _ port: Int, _ method: String, _ path: String, body: Data? = nil,
        headers: [String: String] = [:]
    ) async throws -> Reply {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
        request.httpMethod = method
        request.httpBody = body
        for (k, v) in headers { request.setValue(v, forHTTPHeaderField: k) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        var h: [String: String] = [:]
        for (k, v) in http.allHeaderFields { h[String(describing: k).lowercased()] = String(describing: v) }
        return Reply(status: http.statusCode, headers: h, body: data)
    }

    static func get(_ port: Int, _ path: String) async throws -> Reply { try await send(port, "GET", path) }
}

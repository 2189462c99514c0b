import DossierIngest
import DossierModel
import DossierPipeline
import DossierStore
import Foundation

/// Runs uploaded bytes through the same readers and pipeline as `dossier ingest` and stores the
/// articles. Each upload becomes a file named after the client's file name (reduced to a safe
/// base name) in a fresh private folder, so format detection works as on the command line and
/// nothing the client sends can choose where it is written.
final class ArticleIngestor: Sendable {
    struct Outcome: Sendable {
        var name: String
        var report: ArticleStore.SaveReport
        var articleIDs: [String]
        var problems: [InputError]
    }

    let store: any ArticleStoring
    /// One ingest at a time: the pipeline already uses both cores, and SQLite has one writer.
    private let queue = DispatchQueue(label: "dossier.ingest")

    init(store: any ArticleStoring) { self.store = store }

    func ingest(name: String?, bytes: [UInt8]) async throws -> Outcome {
        let safe = Self.safeName(name)
        return try await withCheckedThrowingContinuation { cont in
            queue.async {
                cont.resume(with: Result { try self.ingestNow(name: safe, bytes: bytes) })
            }
        }
    }

    /// Fetches an http(s) page or feed (as `dossier ingest URL` does) and stores what it holds.
    func ingest(url: String) async throws -> Outcome {
        try await withCheckedThrowingContinuation { cont in
            queue.async {
                cont.resume(with: Result { try self.run(.url(url), name: url, relabel: { $0 }) })
            }
        }
    }

    private func ingestNow(name: String, bytes: [UInt8]) throws -> Outcome {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-upload-" + UUID().uuidString)
        try FileManager.default.createDirectory(
            at: dir, withIntermediateDirectories: false,
            attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
            throw APIError(.internalServerError, "the upload could not be staged for reading; try again")
        }
        let prefix = dir.path + "/"
        return try run(.file(path), name: name) { s in s.hasPrefix(prefix) ? String(s.dropFirst(prefix.count)) : s }
    }

    /// Reads one input through the pipeline into the store; `relabel` turns staging paths back
    /// into the client's names in sources and problems.
    private func run(_ location: InputLocation, name: String, relabel: (String) -> String) throws -> Outcome {
        var ids: [String] = []
        var problems: [InputError] = []
        let report = try store.inTransaction { save in
            var saveError: Error?
            Pipeline().run(
                [location],
                failed: { e in
                    problems.append(InputError(input: relabel(e.input), problem: e.problem))
                }
            ) { article in
                guard saveError == nil else { return }
                var a = article
                a.source = relabel(a.source)
                ids.append(a.id)
                do { try save(a) } catch { saveError = error }
            }
            if let saveError { throw saveError }
        }
        return Outcome(name: name, report: report, articleIDs: ids, problems: problems)
    }

    /// Extensions kept from the client's file name: the ones the readers know.
    static let knownExtensions = InputCollector.folderExtensions.union(["gz", "ndjson", "shtml"])

    /// The base name only, letters, digits, `.`, `-` and `_`, at most 80 bytes, never hidden, with
    /// an extension the readers know (else none, and the content decides the format).
    static func safeName(_ raw: String?) -> String {
        let base = (raw ?? "").split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var out = ""
        for c in base.unicodeScalars.prefix(80) {
            let ok =
                (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c == "-" || c == "_"
                || c == "."
            out.unicodeScalars.append(ok ? c : "_")
        }
        while out.hasPrefix(".") { out.removeFirst() }
        if out.isEmpty { out = "upload" }
        let parts = out.split(separator: ".")
        if parts.count > 1, let ext = parts.last?.lowercased(), !knownExtensions.contains(ext) {
            out = parts.dropLast().joined(separator: ".")
        }
        return out.isEmpty ? "upload" : out
    }
}

import DossierClean
import DossierIngest
import DossierLanguage
import DossierModel
import DossierPipeline
import Foundation

/// The code paths fuzzed for crashes and hangs: every reader, fed a file of its kind through the
/// same `DocumentStream` a command uses, then cleaned and analysed; and the language stage alone
/// on arbitrary text. `dossier-fuzz` runs them under libFuzzer (scripts/fuzz) and replays saved
/// inputs; the regression tests replay every input a fuzzer ever crashed on.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case text, html, feed, json, jsonl, warc, gzip, language

    /// The file ending the reader is chosen by.
    var fileExtension: String {
        switch self {
        case .text, .language: return "txt"
        case .html: return "html"
        case .feed: return "xml"
        case .json: return "json"
        case .jsonl: return "jsonl"
        case .warc: return "warc"
        case .gzip: return "txt.gz"
        }
    }

    /// Limits small enough that one fuzz input runs in milliseconds, large enough for any seed.
    static let limits: InputLimits = {
        var l = InputLimits()
        l.inputBytes = 1 << 20
        l.decompressedBytes = 4 << 20
        l.lineBytes = 1 << 20
        l.textBytes = 1 << 20
        l.recordsPerFile = 1000
        return l
    }()

    /// Runs one input through the target; returns the number of articles it produced.
    @discardableResult
    public func run(_ data: [UInt8]) -> Int {
        let pipeline = Pipeline()
        if self == .language {
            var article = Article(id: "fuzz", source: "fuzz", text: String(decoding: data, as: UTF8.self))
            article.paragraphs = Paragraphs.spans(in: article.text)
            pipeline.language.analyze(&article)
            return 1
        }
        let path = Self.scratchFile(fileExtension)
        guard FileManager.default.createFile(atPath: path, contents: Data(data)) else { return 0 }
        defer { try? FileManager.default.removeItem(atPath: path) }
        var stream = DocumentStream([.file(path)], limits: Self.limits)
        var articles = 0
        while let next = stream.next() {
            if case .success(let doc) = next, case .success = pipeline.checkedProcess(doc) { articles += 1 }
        }
        return articles
    }

    /// One scratch file per process and ending, in memory where the system has a tmpfs.
    static func scratchFile(_ ext: String) -> String {
        let dir = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        return "\(dir)/dossier-fuzz-\(getpid()).\(ext)"
    }
}

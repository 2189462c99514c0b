import DossierModel
import Foundation

/// Reads every document from a list of input locations, one at a time, in order.
///
/// Lazy, so `analyze` streams: a JSONL file is read line by line and a document is produced
/// only when the consumer asks for it. Each failure is one `InputError`; reading goes on.
public struct DocumentStream: Sequence, IteratorProtocol {
    private var locations: ArraySlice<InputLocation>
    private var current: AnyIterator<Result<RawDocument, InputError>>?

    public init(_ locations: [InputLocation]) {
        self.locations = locations[...]
    }

    public mutating func next() -> Result<RawDocument, InputError>? {
        while true {
            if let item = current?.next() { return item }
            guard let loc = locations.popFirst() else { return nil }
            current = DocumentReader.read(loc)
        }
    }
}

public enum DocumentReader {
    enum Format { case jsonLines, json, text, html, feed }

    /// The most a compressed input may expand to; a larger one is reported, not read.
    public static let decompressedLimit = 256 << 20

    public static func read(_ location: InputLocation) -> AnyIterator<Result<RawDocument, InputError>> {
        let name: String
        let handle: FileHandle
        switch location {
        case .standardInput:
            name = "-"
            handle = FileHandle.standardInput
        case .url(let url):
            return AnyIterator(RemoteInput.documents(url).makeIterator())
        case .file(let path):
            name = path
            if WARCReader.looksLikeWARC(path: path) {
                return AnyIterator(WARCReader(path: path).makeIterator())
            }
            guard let h = FileHandle(forReadingAtPath: path) else {
                return once(.failure(InputError(input: path, problem: "cannot open file (missing or unreadable)")))
            }
            handle = h
        }
        var ext = (name as NSString).pathExtension.lowercased()
        let compressed = ext == "gz"
        if compressed { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        let declared = format(ofExtension: ext)

        // JSON Lines stream line by line; everything else is read whole.
        if !compressed && (declared == .jsonLines || declared == nil) {
            let lines = LineReader(handle: handle)
            guard let first = lines.next() else { return once(.failure(InputError(input: name, problem: "empty file"))) }
            if declared == .jsonLines || (!Gzip.isGzip(first) && sniff(first) == .jsonLines) {
                return jsonLines(first: first, rest: lines, name: name)
            }
            var bytes = first
            while let line = lines.next() {
                bytes.append(0x0A)
                bytes.append(contentsOf: line)
            }
            return whole(bytes, declared: declared, name: name)
        }
        return whole([UInt8](handle.readDataToEndOfFile()), declared: declared, name: name)
    }

    static func format(ofExtension ext: String) -> Format? {
        switch ext {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .json
        case "txt", "text": return .text
        case "html", "htm", "xhtml", "shtml": return .html
        case "xml", "rss", "atom", "rdf": return .feed
        default: return nil
        }
    }

    /// The format of an input with no telling ending, from its first bytes.
    static func sniff(_ bytes: [UInt8]) -> Format {
        let lead = bytes.first { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        switch lead {
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"): return .html
        default: return .text
        }
    }

    private static func whole(_ raw: [UInt8], declared: Format?, name: String) -> AnyIterator<Result<RawDocument, InputError>> {
        var bytes = raw
        if Gzip.isGzip(bytes) {
            do { bytes = try Gzip.decompress(bytes, limit: decompressedLimit) } catch {
                return once(.failure(InputError(input: name, problem: "unreadable gzip data (\(error))")))
            }
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            return once(.failure(InputError(input: name, problem: "empty file")))
        }
        var format = declared ?? sniff(bytes)
        // Feeds come as .xml, .json or no telling ending at all: the content decides.
        if format != .feed && format != .jsonLines && FeedReader.looksLikeFeed(bytes) { format = .feed }
        if format == .feed {
            return AnyIterator(FeedReader.documents(bytes, source: name).makeIterator())
        }
        if format == .html {
            return once(.success(HTMLDocument.make(bytes: bytes, source: name, url: nil, charset: nil)))
        }
        if ByteChecks.looksBinary(bytes) {
            return once(.failure(InputError(input: name, problem: "binary data, not text")))
        }
        switch format {
        case .jsonLines:
            let split = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
            return jsonLines(first: split[0], rest: split.dropFirst().makeIterator(), name: name)
        case .json:
            // Many ".json" exports are really JSON Lines.
            let results = JSONRecordReader.documents(fromFile: bytes, path: name)
            if results.count == 1, case .failure = results[0], bytes.contains(0x0A) {
                let split = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                let probe = split.first { !$0.allSatisfy { $0 == 0x20 } } ?? []
                if case .success = JSONRecordReader.document(line: probe, source: name) {
                    return jsonLines(first: split[0], rest: split.dropFirst().makeIterator(), name: name)
                }
            }
            return AnyIterator(results.makeIterator())
        case .text, .html, .feed:
            let (text, warning) = ByteChecks.decodeText(bytes)
            return once(PlainTextReader.document(text: text, source: name).map { doc in
                var doc = doc
                if let warning { doc.warnings.append(InputError(input: name, problem: warning)) }
                return doc
            })
        }
    }
    private static func jsonLines<I: IteratorProtocol>(first: [UInt8], rest: I, name: String) -> AnyIterator<Result<RawDocument, InputError>>
    where I.Element == [UInt8] {
        var pending: [UInt8]? = first
        var rest = rest
        var lineNumber = 0
        return AnyIterator {
            while true {
                guard let line = pending ?? rest.next() else { return nil }
                pending = nil
                lineNumber += 1
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return JSONRecordReader.document(line: line, source: "\(name):\(lineNumber)")
            }
        }
    }

    private static func once(_ r: Result<RawDocument, InputError>) -> AnyIterator<Result<RawDocument, InputError>> {
        AnyIterator([r].makeIterator())
    }
}

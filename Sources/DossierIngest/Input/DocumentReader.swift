import DossierModel
import Foundation
import Glibc

/// Reads every document from a list of input locations, one at a time, in order.
///
/// Lazy, so `analyze` streams: a JSONL file is read line by line and a document is produced
/// only when the consumer asks for it. Each failure is one `InputError`; reading goes on.
public struct DocumentStream: Sequence, IteratorProtocol {
    private var locations: ArraySlice<InputLocation>
    private var current: AnyIterator<Result<RawDocument, InputError>>?
    private var currentLocation: InputLocation?
    private var recordsFromCurrent = 0
    private let limits: InputLimits

    public init(_ locations: [InputLocation], limits: InputLimits = .standard) {
        self.locations = locations[...]
        self.limits = limits
    }

    public mutating func next() -> Result<RawDocument, InputError>? {
        while true {
            if let item = current?.next() {
                recordsFromCurrent += 1
                guard recordsFromCurrent > limits.recordsPerFile else { return item }
                // One line for the rest of the file, whatever it holds; the next file goes on.
                let name = currentLocation?.description ?? "-"
                current = nil
                return .failure(
                    InputError(
                        input: name,
                        problem:
                            "more than \(limits.recordsPerFile) records (the --max-records limit); the rest of the "
                            + "file is skipped"
                    ))
            }
            guard let loc = locations.popFirst() else { return nil }
            current = DocumentReader.read(loc, limits: limits)
            currentLocation = loc
            recordsFromCurrent = 0
        }
    }
}

public enum DocumentReader {
    enum Format { case jsonLines, json, text, html, feed }

    public static func read(
        _ location: InputLocation, limits: InputLimits = .standard
    )
        -> AnyIterator<Result<RawDocument, InputError>>
    {
        let name: String
        let raw: ByteSource
        switch location {
        case .standardInput:
            name = "-"
            raw = HandleSource(FileHandle.standardInput)
        case .url(let url):
            return AnyIterator(RemoteInput.documents(url, maxBytes: limits.inputBytes).makeIterator())
        case .file(let path):
            name = path
            if WARCReader.looksLikeWARC(path: path) {
                return AnyIterator(WARCReader(path: path, maxPageBytes: limits.decompressedBytes).makeIterator())
            }
            if let docs = path.withCString({ readWhole(file: $0, name: name, limits: limits) }) { return docs }
            guard let file = FileSource(path: path) else {
                return once(.failure(InputError(input: path, problem: "cannot open file (missing or unreadable)")))
            }
            raw = file
        case .rawFile(let path):
            name = location.description
            if WARCReader.looksLikeWARC(path: name) {
                return once(
                    .failure(
                        InputError(
                            input: name,
                            problem:
                                "a WARC file whose name is not valid UTF-8 cannot be streamed; rename it")))
            }
            if let docs = readWhole(file: FolderWalk.cString(path), name: name, limits: limits) { return docs }
            let fd = Glibc.open(FolderWalk.cString(path), O_RDONLY)
            guard fd >= 0 else {
                return once(.failure(InputError(input: name, problem: "cannot open file (missing or unreadable)")))
            }
            raw = HandleSource(FileHandle(fileDescriptor: fd, closeOnDealloc: true))
        }
        let declared = format(ofName: name)

        // Gzip by its magic bytes, whatever the name says; inflated as it is read, so a
        // compressed JSONL dump streams like a plain one.
        var magic: [UInt8] = []
        while magic.count < 2, raw.read(into: &magic, max: 2 - magic.count) > 0 {}
        var source: ByteSource = ReplaySource(prefix: magic, rest: raw)
        if Gzip.isGzip(magic) {
            guard let gunzip = GunzipSource(source) else {
                return once(.failure(InputError(input: name, problem: "zlib initialisation failed")))
            }
            source = gunzip
        }
        var head: [UInt8] = []
        while head.count < 4096, source.read(into: &head, max: 4096 - head.count) > 0 {}
        if head.isEmpty { return once(.failure(InputError(input: name, problem: "empty file"))) }
        source = ReplaySource(prefix: head, rest: source)

        // JSON Lines stream line by line; everything else is read whole (within the size limit).
        if declared == .jsonLines || (declared == nil && sniff(head) == .jsonLines) {
            let lines = LineReader(source: source, maxLine: limits.lineBytes)
            let docs = jsonLines(rest: lines, name: name, limits: limits)
            // A damaged or cut compressed stream is said after the records it still held.
            var reported = false
            return AnyIterator {
                if let d = docs.next() { return d }
                guard !reported, let damage = source.damage else { return nil }
                reported = true
                return .failure(InputError(input: name, problem: "\(damage); the records before it were read"))
            }
        }
        guard let bytes = readWhole(source, limit: limits.inputBytes) else {
            return once(.failure(overInputLimit(name, limits)))
        }
        let docs = whole(bytes, declared: declared, name: name, limits: limits)
        guard let damage = source.damage else { return docs }
        return withWarnings(
            [InputError(input: name, problem: "\(damage); read the \(bytes.count) bytes before it")], docs)
    }

    /// The documents of a file whose name says it is read whole (not JSON Lines, which streams), read
    /// with `WholeFile`; nil when the stream must read it (see there), or its name says nothing.
    private static func readWhole(
        file path: UnsafePointer<CChar>, name: String, limits: InputLimits
    ) -> AnyIterator<Result<RawDocument, InputError>>? {
        guard let declared = format(ofName: name), declared != .jsonLines,
            let bytes = WholeFile.read(path, limit: limits.inputBytes)
        else { return nil }
        return whole(bytes, declared: declared, name: name, limits: limits)
    }

    /// The format a file's name declares, looking through a `.gz` ending.
    static func format(ofName name: String) -> Format? {
        var ext = (name as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        return format(ofExtension: ext)
    }

    /// All of a source's bytes, or nil as soon as there are more than `limit`: a huge file, a
    /// compression bomb or an endless pipe is refused without being held.
    static func readWhole(_ source: ByteSource, limit: Int) -> [UInt8]? {
        var bytes: [UInt8] = []
        while source.read(into: &bytes, max: 1 << 20) > 0 {
            if bytes.count > limit { return nil }
        }
        return bytes
    }

    static func overInputLimit(_ name: String, _ limits: InputLimits) -> InputError {
        InputError(
            input: name, problem: "larger than \(limits.inputBytes) bytes (the --max-input-bytes limit); skipped")
    }

    static func overLineLimit(_ name: String, _ limits: InputLimits, line: Int? = nil) -> InputError {
        let which = line.map { "line \($0) is" } ?? "a line is"
        return InputError(
            input: name, problem: "\(which) longer than \(limits.lineBytes) bytes (the --max-line-bytes limit); skipped"
        )
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
        let lead = bytes.first {
            $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF
        }
        switch lead {
        case UInt8(ascii: "{"): return .jsonLines
        case UInt8(ascii: "["): return .json
        case UInt8(ascii: "<"): return .html
        default: return .text
        }
    }

    /// Adds reading warnings to the first document (or reports them before the first failure).
    private static func withWarnings(
        _ warnings: [InputError], _ docs: AnyIterator<Result<RawDocument, InputError>>
    )
        -> AnyIterator<Result<RawDocument, InputError>>
    {
        guard !warnings.isEmpty else { return docs }
        var pending = warnings
        return AnyIterator {
            guard !pending.isEmpty else { return docs.next() }
            switch docs.next() {
            case .success(var doc)?:
                doc.warnings = pending + doc.warnings
                pending = []
                return .success(doc)
            case .failure(let e)?:
                // The warning goes first as its own line; the failure follows on the next call.
                let first = pending.removeFirst()
                pending.append(e)
                return .failure(first)
            case nil:
                return pending.isEmpty ? nil : .failure(pending.removeFirst())
            }
        }
    }

    private static func whole(
        _ bytes: [UInt8], declared: Format?, name: String, limits: InputLimits
    )
        -> AnyIterator<Result<RawDocument, InputError>>
    {
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
            return jsonLines(rest: splitLines(bytes, limits: limits).makeIterator(), name: name, limits: limits)
        case .json:
            // Many ".json" exports are really JSON Lines.
            let results = JSONRecordReader.documents(fromFile: bytes, path: name)
            if results.count == 1, case .failure = results[0], bytes.contains(0x0A) {
                let lines = splitLines(bytes, limits: limits)
                let probeLine: LineReader.Line? = lines.first(where: { !$0.bytes.allSatisfy { $0 == 0x20 } })
                let probe: [UInt8] = probeLine?.bytes ?? []
                if case .success = JSONRecordReader.document(line: probe, source: name) {
                    return jsonLines(rest: lines.makeIterator(), name: name, limits: limits)
                }
            }
            return AnyIterator(results.makeIterator())
        case .text, .html, .feed:
            if let long = ByteChecks.firstLineLonger(than: limits.lineBytes, in: bytes) {
                return once(.failure(overLineLimit(name, limits, line: long)))
            }
            let (text, warning) = ByteChecks.decodeText(bytes)
            return once(
                PlainTextReader.document(text: text, source: name).map { doc in
                    var doc = doc
                    if let warning { doc.warnings.append(InputError(input: name, problem: warning)) }
                    return doc
                })
        }
    }
    /// Lines of a whole buffer, each cut at the line limit (and marked) like `LineReader`'s.
    private static func splitLines(_ bytes: [UInt8], limits: InputLimits) -> [LineReader.Line] {
        bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { raw in
            var line = raw.count > limits.lineBytes ? Array(raw.prefix(limits.lineBytes)) : Array(raw)
            if line.last == 0x0D { line.removeLast() }
            return LineReader.Line(bytes: line, cut: raw.count > limits.lineBytes)
        }
    }

    private static func jsonLines<I: IteratorProtocol>(
        rest: I, name: String, limits: InputLimits
    )
        -> AnyIterator<Result<RawDocument, InputError>>
    where I.Element == LineReader.Line {
        var rest = rest
        var lineNumber = 0
        return AnyIterator {
            while true {
                guard let line = rest.next() else { return nil }
                lineNumber += 1
                if line.cut { return .failure(overLineLimit(name, limits, line: lineNumber)) }
                if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                return JSONRecordReader.document(line: line.bytes, source: "\(name):\(lineNumber)")
            }
        }
    }

    private static func once(_ r: Result<RawDocument, InputError>) -> AnyIterator<Result<RawDocument, InputError>> {
        AnyIterator([r].makeIterator())
    }
}

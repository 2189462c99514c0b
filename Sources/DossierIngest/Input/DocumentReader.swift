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
    /// Page files read ahead, in order, their ids made side by side (`readPagesAhead`).
    private var ahead: [(location: InputLocation, items: AnyIterator<Result<RawDocument, InputError>>)] = []
    private var aheadHead = 0

    /// Page files read before their ids are made: enough for `ContentID.make(pages:)` to keep its
    /// four lanes busy most of the time, few enough that holding them costs little memory.
    static let pagesAhead = 8
    /// Bytes of pages read ahead past which no more are read: huge pages are hashed a few at a time.
    static let bytesAhead = 16 << 20

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
            if aheadHead == ahead.count { readPagesAhead() }
            let loc: InputLocation
            if aheadHead < ahead.count {
                loc = ahead[aheadHead].location
                current = ahead[aheadHead].items
                aheadHead += 1
            } else {
                guard let next = locations.popFirst() else { return nil }
                loc = next
                current = DocumentReader.read(loc, limits: limits)
            }
            currentLocation = loc
            recordsFromCurrent = 0
        }
    }

    /// When the next inputs are HTML files, reads up to `pagesAhead` of them and makes their
    /// content ids in one pass (`ContentID.make(pages:)`), which hashes four pages in the time of
    /// one or two; each file's documents then come out in order as if read one by one.
    private mutating func readPagesAhead() {
        ahead.removeAll(keepingCapacity: true)
        aheadHead = 0
        // Each file's documents, all of them: a page file is read whole, so they are in memory anyway.
        var read: [(location: InputLocation, items: [Result<RawDocument, InputError>])] = []
        var held = 0
        while read.count < Self.pagesAhead, held < Self.bytesAhead, let loc = locations.first,
            DocumentReader.isPageFile(loc)
        {
            locations.removeFirst()
            let items = Array(DocumentReader.read(loc, limits: limits, pageIDsLater: true))
            if case .success(let doc)? = items.first, case .html(let bytes, _) = doc.body { held += bytes.count }
            read.append((loc, items))
        }
        guard !read.isEmpty else { return }
        // The pages still to be hashed: each file's first document, when it is one (a page file may
        // hold a feed, or fail to read).
        var pages: [(bytes: [UInt8], url: String?)] = []
        var owners: [Int] = []
        for (i, file) in read.enumerated() {
            if case .success(let doc)? = file.items.first, doc.article.id.isEmpty, case .html(let bytes, _) = doc.body {
                pages.append((bytes, doc.article.url))
                owners.append(i)
            }
        }
        let ids = ContentID.make(pages: pages)
        pages.removeAll()
        for (k, i) in owners.enumerated() {
            if case .success(var doc) = read[i].items[0] {
                doc.article.id = ids[k]
                read[i].items[0] = .success(doc)
            }
        }
        for i in read.indices {
            // Any later page of the file (none in practice) is hashed on its own. Handed out from the
            // end of a reversed list, so that each page's bytes go as soon as it is taken.
            var queue = Array(read[i].items.map(DocumentReader.withPageID).reversed())
            read[i].items.removeAll()
            ahead.append((read[i].location, AnyIterator { queue.popLast() }))
        }
    }
}

public enum DocumentReader {
    enum Format { case jsonLines, json, text, html, feed }

    /// - Parameter pageIDsLater: leave the id of an HTML page read whole empty, for the caller to
    ///   make it (`DocumentStream` makes several pages' ids side by side).
    public static func read(
        _ location: InputLocation, limits: InputLimits = .standard, pageIDsLater: Bool = false
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
            if let docs = path.withCString({
                readWhole(file: $0, name: name, limits: limits, pageIDsLater: pageIDsLater)
            }) {
                return docs
            }
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
            if let docs = readWhole(
                file: FolderWalk.cString(path), name: name, limits: limits, pageIDsLater: pageIDsLater)
            {
                return docs
            }
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
        let docs = whole(bytes, declared: declared, name: name, limits: limits, pageIDsLater: pageIDsLater)
        guard let damage = source.damage else { return docs }
        return withWarnings(
            [InputError(input: name, problem: "\(damage); read the \(bytes.count) bytes before it")], docs)
    }

    /// The documents of a file whose name says it is read whole (not JSON Lines, which streams), read
    /// with `WholeFile`; nil when the stream must read it (see there), or its name says nothing.
    private static func readWhole(
        file path: UnsafePointer<CChar>, name: String, limits: InputLimits, pageIDsLater: Bool
    ) -> AnyIterator<Result<RawDocument, InputError>>? {
        guard let declared = format(ofName: name), declared != .jsonLines,
            let bytes = WholeFile.read(path, limit: limits.inputBytes)
        else { return nil }
        return whole(bytes, declared: declared, name: name, limits: limits, pageIDsLater: pageIDsLater)
    }

    /// A file (not a WARC) whose name says it is an HTML page.
    static func isPageFile(_ location: InputLocation) -> Bool {
        switch location {
        case .file, .rawFile:
            let name = location.description
            return format(ofName: name) == .html && !WARCReader.looksLikeWARC(path: name)
        case .standardInput, .url:
            return false
        }
    }

    /// The item with its page's id made, when it is an HTML page read with `pageIDsLater`.
    static func withPageID(_ item: Result<RawDocument, InputError>) -> Result<RawDocument, InputError> {
        guard case .success(var doc) = item, doc.article.id.isEmpty, case .html(let bytes, _) = doc.body else {
            return item
        }
        doc.article.id = ContentID.make(bytes: bytes, url: doc.article.url)
        return .success(doc)
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
        _ bytes: [UInt8], declared: Format?, name: String, limits: InputLimits, pageIDsLater: Bool = false
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
            return once(
                .success(HTMLDocument.make(bytes: bytes, source: name, url: nil, charset: nil, id: !pageIDsLater)))
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

import DossierModel
import DossierText

/// Streams the HTML pages out of a `.warc` or `.warc.gz` file, one record at a time, so memory
/// stays flat however large the archive.
///
/// Yields a raw HTML document for every `response` record holding a 2xx HTML page (and every
/// `resource` record of type text/html); other records are skipped silently. Chunked transfer
/// encoding and gzip/deflate content encoding are undone. A damaged or truncated file yields one
/// `InputError` for the damage and every good record before (and, for damaged gzip members, after) it.
///
/// Ids are `ContentID.make(WARC-Record-ID)` (the target URI when a record has no id), so the same
/// archive always yields the same ids; `source` is `path#N`, N counting records from 1.
public struct WARCReader: Sequence {
    public let path: String
    /// Records with a longer block are skipped (and reported), never buffered.
    public var maxRecordBytes: Int
    /// Cap on a page body after content decoding.
    public var maxPageBytes: Int

    public init(path: String, maxRecordBytes: Int = 64 << 20, maxPageBytes: Int = 32 << 20) {
        self.path = path
        self.maxRecordBytes = maxRecordBytes
        self.maxPageBytes = maxPageBytes
    }

    /// Whether a path names a WARC file by its ending (`.warc`, `.warc.gz`).
    public static func looksLikeWARC(path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".warc") || lower.hasSuffix(".warc.gz")
    }

    public func makeIterator() -> Iterator { Iterator(self) }

    public final class Iterator: IteratorProtocol {
        private let config: WARCReader
        private var reader: BufferedReader?
        private var finished = false
        private var recordNumber = 0
        private var reportedDamage = false
        private var pending: [Result<RawDocument, InputError>] = []

        init(_ config: WARCReader) {
            self.config = config
            guard let file = FileSource(path: config.path) else {
                pending = [
                    .failure(InputError(input: config.path, problem: "cannot open file (missing or unreadable)"))
                ]
                finished = true
                return
            }
            // Sniff gzip from the first two bytes rather than trusting the name.
            var head: [UInt8] = []
            _ = file.read(into: &head, max: 2)
            let replay = ReplaySource(prefix: head, rest: file)
            if head.count == 2 && head[0] == 0x1F && head[1] == 0x8B {
                guard let gz = GunzipSource(replay) else {
                    pending = [.failure(InputError(input: config.path, problem: "zlib initialisation failed"))]
                    finished = true
                    return
                }
                reader = BufferedReader(gz)
            } else {
                reader = BufferedReader(replay)
            }
        }

        public func next() -> Result<RawDocument, InputError>? {
            while true {
                if !pending.isEmpty { return pending.removeFirst() }
                if finished { return nil }
                step()
            }
        }

        private func fail(_ problem: String, record: Int? = nil) {
            let where_ = record.map { "\(config.path)#\($0)" } ?? config.path
            pending.append(.failure(InputError(input: where_, problem: problem)))
        }

        private func finish() {
            finished = true
            if let d = reader?.damage, !reportedDamage {
                reportedDamage = true
                fail(d)
            }
        }

        /// Reads one record (or the damage before the next one) into `pending`.
        private func step() {
            guard let r = reader else { finished = true; return }
            // Find the version line, skipping blank separators; anything else is damage to skip over.
            var skipped = 0
            var line: [UInt8]
            while true {
                guard let l = r.readLine() else {
                    if skipped > 0 { fail("\(skipped) unreadable line(s) before the end of the file") }
                    finish()
                    return
                }
                if l.starts(with: warcMagic) { line = l; break }
                if l.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                if recordNumber == 0 && skipped == 0 && r.offset < 4096 {
                    fail("not a WARC file (no WARC/ version line)")
                    finished = true
                    return
                }
                skipped += 1
            }
            _ = line
            if skipped > 0 { fail("\(skipped) unreadable line(s) skipped before record \(recordNumber + 1)") }
            recordNumber += 1
            let number = recordNumber

            var headers: [String: String] = [:]
            var count = 0
            while let l = r.readLine(), !l.isEmpty {
                count += 1
                if count > 500 { break }
                guard let colon = l.firstIndex(of: 0x3A) else { continue }
                let name = String(decoding: l[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
                headers[name] = String(decoding: l[(colon + 1)...], as: UTF8.self).trimmingSpaces
            }
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                fail("record without a valid Content-Length", record: number)
                return
            }
            let type = headers["warc-type"]?.lowercased() ?? ""
            let blockType = headers["content-type"]?.lowercased() ?? ""
            let wanted =
                type == "response" && (blockType.isEmpty || blockType.contains("http"))
                || type == "resource" && blockType.contains("html")
            guard wanted else {
                if r.skip(length) < length { fail("file ends inside record \(number)"); finish() }
                return
            }
            guard length <= config.maxRecordBytes else {
                fail(
                    "record of \(length) bytes exceeds the \(config.maxRecordBytes)-byte limit; skipped", record: number
                )
                if r.skip(length) < length { finish() }
                return
            }
            let block = r.read(length)
            let truncated = block.count < length
            let url = headers["warc-target-uri"].map { $0.trimmingCharacters(in: "<>") }
            if let doc = page(block, type: type, headers: headers, url: url, number: number, truncated: truncated) {
                pending.append(doc)
            }
            if truncated {
                fail("file ends inside record \(number) (\(block.count) of \(length) bytes)")
                finish()
            }
        }

        private func page(
            _ block: [UInt8], type: String, headers: [String: String], url: String?, number: Int, truncated: Bool
        )
            -> Result<RawDocument, InputError>?
        {
            var html: [UInt8]
            var charset: String?
            if type == "resource" {
                html = block
                charset = Charset.fromContentType(headers["content-type"])
            } else {
                guard let msg = HTTPMessage(block) else {
                    // A cut-off record may not even hold its HTTP headers; say so only when it is whole.
                    return truncated
                        ? nil
                        : .failure(
                            InputError(
                                input: "\(config.path)#\(number)",
                                problem: "response record without an HTTP status line"))
                }
                guard (200..<300).contains(msg.status) else { return nil }
                let ct = msg.headers["content-type"]?.lowercased()
                if let ct {
                    guard ct.contains("html") else { return nil }
                }
                do {
                    html = try msg.decodedBody(limit: config.maxPageBytes)
                } catch {
                    return .failure(
                        InputError(input: "\(config.path)#\(number)", problem: "\(url ?? "page"): \(error)"))
                }
                if ct == nil && !Self.sniffHTML(html) { return nil }
                charset = Charset.fromContentType(ct)
            }
            guard !html.isEmpty else { return nil }
            let id = ContentID.make(headers["warc-record-id"] ?? url ?? "\(config.path)#\(number)")
            let article = Article(
                id: id, source: "\(config.path)#\(number)", url: url, outlet: url.flatMap(Outlet.fromURL), text: "")
            return .success(RawDocument(article: article, body: .html(html, charset: charset)))
        }

        static func sniffHTML(_ b: [UInt8]) -> Bool {
            let head = String(decoding: b.prefix(1024), as: UTF8.self).lowercased()
            return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body")
                || head.contains("<head")
        }
    }
}

private let warcMagic = Array("WARC/".utf8)

private extension String {
    func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

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
    enum Format { case jsonLines, json, text }

    public static func read(_ location: InputLocation) -> AnyIterator<Result<RawDocument, InputError>> {
        let name: String
        let handle: FileHandle
        switch location {
        case .standardInput:
            name = "-"
            handle = FileHandle.standardInput
        case .file(let path):
            name = path
            guard let h = FileHandle(forReadingAtPath: path) else {
                return once(.failure(InputError(input: path, problem: "cannot open file (missing or unreadable)")))
            }
            handle = h
        }
        let ext = (name as NSString).pathExtension.lowercased()
        // Peek at the first bytes: they settle the format of stdin and of unknown endings.
        let lines = LineReader(handle: handle)
        guard let first = lines.next() else {
            return once(.failure(InputError(input: name, problem: "empty file")))
        }
        let format: Format
        switch ext {
        case "jsonl", "ndjson": format = .jsonLines
        case "json": format = .json
        case "txt", "text": format = .text
        default:
            let lead = first.first { $0 != 0x20 && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
            format = lead == UInt8(ascii: "{") ? .jsonLines : (lead == UInt8(ascii: "[") ? .json : .text)
        }
        if format == .jsonLines {
            return jsonLines(first: first, rest: lines, name: name)
        }
        var bytes = first
        while let line = lines.next() {
            bytes.append(0x0A)
            bytes.append(contentsOf: line)
        }
        if ByteChecks.looksBinary(bytes) {
            return once(.failure(InputError(input: name, problem: "binary data, not text")))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }) {
            return once(.failure(InputError(input: name, problem: "empty file")))
        }
        if format == .json {
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
        }
        switch ByteChecks.decodeUTF8(bytes) {
        case .failure(let why): return once(.failure(InputError(input: name, problem: why.message)))
        case .success(let text): return once(PlainTextReader.document(text: text, source: name))
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

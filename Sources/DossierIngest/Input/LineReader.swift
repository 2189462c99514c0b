import Foundation

/// Reads a byte source (a file, stdin, a gzip stream) line by line through a fixed buffer, so a JSONL file of any size
/// streams in flat memory.
///
/// Each byte is looked at once: the search for the next newline resumes where the last read
/// stopped, so a line of many megabytes costs linear time. A line longer than `maxLine` is cut
/// there and marked, and the rest of it is skipped without being held.
final class LineReader: IteratorProtocol, Sequence {
    struct Line {
        var bytes: [UInt8]
        /// Longer than the limit: `bytes` holds its first `maxLine` bytes only.
        var cut = false
    }

    private let source: ByteSource
    private let maxLine: Int
    private var buffer: [UInt8] = []
    private var position = 0
    /// Where the newline search goes on from (bytes before it hold none).
    private var scanned = 0
    private var atEOF = false
    private let chunk = 1 << 16

    init(source: ByteSource, maxLine: Int = Int.max) {
        self.source = source
        self.maxLine = Swift.max(1, maxLine)
    }

    /// The next line's bytes without its newline (and without a trailing CR), or nil at end.
    func next() -> Line? {
        while true {
            if let nl = buffer[scanned...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<nl])
                position = nl + 1
                scanned = position
                if line.last == 0x0D { line.removeLast() }
                return Line(bytes: line)
            }
            scanned = buffer.count
            if buffer.count - position > maxLine { return skipRestOfLine() }
            if atEOF {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                scanned = position
                return Line(bytes: line)
            }
            refill()
        }
    }

    private func refill() {
        if position > 0 {
            buffer.removeSubrange(0..<position)
            scanned -= position
            position = 0
        }
        if source.read(into: &buffer, max: chunk) == 0 { atEOF = true }
    }

    /// Keeps the first `maxLine` bytes of an overlong line and reads past the rest of it.
    private func skipRestOfLine() -> Line {
        let head = Array(buffer[position..<(position + maxLine)])
        while true {
            if let nl = buffer[scanned...].firstIndex(of: 0x0A) {
                position = nl + 1
                scanned = position
                return Line(bytes: head, cut: true)
            }
            position = buffer.count
            scanned = position
            if atEOF { return Line(bytes: head, cut: true) }
            refill()
        }
    }
}

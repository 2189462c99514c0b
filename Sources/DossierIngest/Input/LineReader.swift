import Foundation

/// Reads a file (or stdin) line by line through a fixed buffer, so a JSONL file of any size
/// streams in flat memory.
final class LineReader: IteratorProtocol, Sequence {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEOF = false
    private let chunk = 1 << 16

    init(handle: FileHandle) { self.handle = handle }

    /// The next line's bytes without its newline (and without a trailing CR), or nil at end.
    func next() -> [UInt8]? {
        while true {
            if let nl = buffer[position...].firstIndex(of: 0x0A) {
                var line = Array(buffer[position..<nl])
                position = nl + 1
                if line.last == 0x0D { line.removeLast() }
                return line
            }
            if atEOF {
                guard position < buffer.count else { return nil }
                let line = Array(buffer[position...])
                position = buffer.count
                return line
            }
            if position > 0 {
                buffer.removeSubrange(0..<position)
                position = 0
            }
            let data = handle.readData(ofLength: chunk)
            if data.isEmpty { atEOF = true } else { buffer.append(contentsOf: data) }
        }
    }
}

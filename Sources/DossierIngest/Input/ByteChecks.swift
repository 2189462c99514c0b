import DossierModel
import DossierText

/// Checks that turn unreadable bytes into one clear error instead of garbage articles.
enum ByteChecks {
    /// NUL bytes or a high share of control bytes in the first 8 KiB mean binary data.
    static func looksBinary(_ bytes: some Collection<UInt8>) -> Bool {
        var control = 0
        var n = 0
        for b in bytes.prefix(8192) {
            n += 1
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        return n > 0 && control * 10 > n
    }

    /// Decodes text bytes with `TextDecoding` and, when they were neither UTF-8 nor marked as
    /// another Unicode form, says so: the guess may be wrong, and the user should know.
    static func decodeText(_ bytes: [UInt8]) -> (text: String, warning: String?) {
        let (text, charset) = TextDecoding.decode(bytes)
        if charset == "utf-8" || Charset.bomEncoding(bytes) != nil || charset.hasPrefix("utf-") { return (text, nil) }
        return (text, "not valid UTF-8 (bad byte at offset \(firstInvalidUTF8(bytes))); read as \(charset)")
    }

    /// The number (from 1) of the first line longer than `limit` bytes, if any.
    static func firstLineLonger(than limit: Int, in bytes: [UInt8]) -> Int? {
        guard bytes.count > limit else { return nil }
        var line = 1
        var start = 0
        for (i, b) in bytes.enumerated() where b == 0x0A {
            if i - start > limit { return line }
            line += 1
            start = i + 1
        }
        return bytes.count - start > limit ? line : nil
    }

    /// Offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let s) = decoder.decode(&it) { offset += UTF8.width(s) }
        return offset
    }
}

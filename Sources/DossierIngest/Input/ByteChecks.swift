import DossierClean
import DossierModel

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

    /// Offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while case .scalarValue(let s) = decoder.decode(&it) { offset += UTF8.width(s) }
        return offset
    }
}

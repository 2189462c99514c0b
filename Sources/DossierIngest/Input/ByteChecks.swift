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

    /// Decodes strict UTF-8 (a leading BOM dropped), or says where the first invalid byte is.
    static func decodeUTF8(_ bytes: [UInt8]) -> Result<String, DecodeFailure> {
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        if let s = String(validating: bytes[start...], as: UTF8.self) { return .success(s) }
        // Slow path, only to name the offending byte.
        var it = bytes[start...].makeIterator()
        var decoder = UTF8()
        var offset = start
        while case .scalarValue(let s) = decoder.decode(&it) { offset += UTF8.width(s) }
        return .failure(DecodeFailure(message: "not valid UTF-8 (bad byte at offset \(offset))"))
    }
}

struct DecodeFailure: Error {
    var message: String
}

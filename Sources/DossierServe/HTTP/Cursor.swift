/// Paging of every list: an opaque cursor token (the next offset, base64url-encoded behind a
/// version letter) and a page size bounded by the configuration.
public struct Paging: Sendable, Equatable {
    public var offset: Int
    public var limit: Int

    /// Offsets beyond this are refused: no list is that long, and it bounds SQL OFFSET work.
    static let maxOffset = 1_000_000

    public init(offset: Int, limit: Int) {
        self.offset = offset
        self.limit = limit
    }

    /// Reads `cursor` and `limit` fields; a malformed value is the client's error, said plainly.
    public init(_ fields: FormFields, configuration: ServeConfiguration) throws {
        var limit = configuration.pageSize
        if let l = fields["limit"] {
            guard let n = Int(l), n >= 1, n <= configuration.maxPageSize else {
                throw APIError.badRequest("limit must be a whole number from 1 to \(configuration.maxPageSize)")
            }
            limit = n
        }
        var offset = 0
        if let c = fields["cursor"] {
            guard let o = Self.decode(c) else {
                throw APIError.badRequest("cursor is not one this server issued: pass next_cursor from a previous page")
            }
            offset = o
        }
        self.init(offset: offset, limit: limit)
    }

    public static func encode(_ offset: Int) -> String {
        let digits = Array(String(offset).utf8)
        return "o" + base64url(digits)
    }

    public static func decode(_ token: String) -> Int? {
        guard token.utf8.first == UInt8(ascii: "o"), token.utf8.count <= 24,
              let bytes = unbase64url(String(token.dropFirst())), !bytes.isEmpty,
              bytes.allSatisfy({ (48...57).contains($0) }),
              let n = Int(String(decoding: bytes, as: UTF8.self)), n <= maxOffset else { return nil }
        return n
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".utf8)

    static func base64url(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i]), b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[n >> 18 & 63])
            out.append(alphabet[n >> 12 & 63])
            if i + 1 < bytes.count { out.append(alphabet[n >> 6 & 63]) }
            if i + 2 < bytes.count { out.append(alphabet[n & 63]) }
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func unbase64url(_ s: String) -> [UInt8]? {
        var values: [Int] = []
        for c in s.utf8 {
            guard let v = alphabet.firstIndex(of: c) else { return nil }
            values.append(v)
        }
        guard values.count % 4 != 1 else { return nil }
        var out: [UInt8] = []
        var i = 0
        while i < values.count {
            let chunk = values[i..<min(i + 4, values.count)]
            var n = 0
            for (k, v) in chunk.enumerated() { n |= v << (18 - 6 * k) }
            out.append(UInt8(n >> 16 & 255))
            if chunk.count > 2 { out.append(UInt8(n >> 8 & 255)) }
            if chunk.count > 3 { out.append(UInt8(n & 255)) }
            i += 4
        }
        return out
    }
}

import DossierModel

/// An HTTP response as a WARC `response` record stores it: status, headers and the body as sent
/// on the wire (possibly chunked, possibly gzip- or deflate-encoded).
struct HTTPMessage {
    var status: Int
    /// Header names lowercased; the last occurrence wins.
    var headers: [String: String]
    var body: [UInt8]

    /// Parses `raw`; nil when it does not start with an HTTP status line.
    init?(_ raw: [UInt8]) {
        guard raw.count >= 12, raw.starts(with: Array("HTTP/".utf8)) else { return nil }
        var i = 0
        func line() -> [UInt8]? {
            guard i < raw.count else { return nil }
            let start = i
            while i < raw.count && raw[i] != 0x0A { i += 1 }
            var end = i
            if i < raw.count { i += 1 }
            if end > start && raw[end - 1] == 0x0D { end -= 1 }
            return Array(raw[start..<end])
        }
        guard let statusLine = line() else { return nil }
        let parts = statusLine.split(separator: 0x20, maxSplits: 2)
        status = parts.count >= 2 ? Int(String(decoding: parts[1], as: UTF8.self)) ?? 0 : 0
        headers = [:]
        while let l = line(), !l.isEmpty {
            guard let colon = l.firstIndex(of: 0x3A) else { continue }
            let name = String(decoding: l[..<colon], as: UTF8.self).trimmingSpaces.lowercased()
            let value = String(decoding: l[(colon + 1)...], as: UTF8.self).trimmingSpaces
            headers[name] = value
        }
        body = Array(raw[i...])
    }

    /// The body with transfer and content encodings undone. Throws on an unsupported or corrupt encoding.
    func decodedBody(limit: Int) throws -> [UInt8] {
        var b = body
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let d = Self.dechunk(b) { b = d }
        let enc = headers["content-encoding"]?.lowercased().trimmingSpaces ?? ""
        switch enc {
        case "", "identity", "none", "utf-8", "text", "binary":
            break
        case "gzip", "x-gzip":
            // Some archives store the body already decoded but keep the header.
            if Gzip.isGzip(b) { b = try Gzip.decompress(b, limit: limit) }
        case "deflate":
            b = try Gzip.inflateDeflate(b, limit: limit)
        default:
            throw Gzip.Failure(description: "unsupported Content-Encoding \(enc)")
        }
        return b
    }

    /// Undoes chunked transfer encoding; nil when the body is not actually chunked.
    /// A chunk cut short by truncation keeps what it has.
    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        var sawChunk = false
        while i < b.count {
            var size = 0
            var digits = 0
            while i < b.count, let v = hexValue(b[i]) {
                size = size * 16 + v
                digits += 1
                i += 1
                if digits > 12 { return sawChunk ? out : nil }
            }
            guard digits > 0 else { return sawChunk ? out : nil }
            // Chunk extensions, then CRLF.
            while i < b.count && b[i] != 0x0A { i += 1 }
            i += 1
            if size == 0 { return out }
            sawChunk = true
            let end = min(b.count, i + size)
            if i < end { out.append(contentsOf: b[i..<end]) }
            i = end
            if i < b.count && b[i] == 0x0D { i += 1 }
            if i < b.count && b[i] == 0x0A { i += 1 }
        }
        return sawChunk ? out : nil
    }

    private static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case 0x30...0x39: return Int(c - 0x30)
        case 0x41...0x46: return Int(c - 0x41 + 10)
        case 0x61...0x66: return Int(c - 0x61 + 10)
        default: return nil
        }
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}

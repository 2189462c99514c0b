/// The parts of a `multipart/form-data` body (RFC 7578): enough for a browser's file upload form.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var body: ArraySlice<UInt8>
    }

    var parts: [Part] = []

    /// Parts beyond this many are ignored.
    static let maxParts = 256

    /// nil when the content type names no boundary or the body has none of its delimiters.
    init?(body: [UInt8], contentType: String) {
        guard let b = Self.boundary(contentType) else { return nil }
        let delimiter = Array(("--" + b).utf8)
        var positions: [Int] = []
        var i = 0
        while let p = Self.find(delimiter, in: body, from: i) {
            positions.append(p)
            i = p + delimiter.count
            if positions.count > Self.maxParts { break }
        }
        guard positions.count >= 2 else { return nil }
        for (a, z) in zip(positions, positions.dropFirst()) {
            var start = a + delimiter.count
            // Skip the line break after the delimiter.
            if start + 1 < body.count, body[start] == 13, body[start + 1] == 10 { start += 2 }
            var end = z
            if end >= 2, body[end - 2] == 13, body[end - 1] == 10 { end -= 2 }
            guard start <= end, let headerEnd = Self.find([13, 10, 13, 10], in: body, from: start),
                headerEnd <= end
            else {
                continue
            }
            let headers = String(decoding: body[start..<headerEnd], as: UTF8.self)
            guard
                let disposition = headers.split(separator: "\r\n").first(where: {
                    $0.lowercased().hasPrefix("content-disposition:")
                })
            else { continue }
            guard let name = Self.parameter("name", in: String(disposition)) else { continue }
            parts.append(
                Part(
                    name: name, filename: Self.parameter("filename", in: String(disposition)),
                    body: body[(headerEnd + 4)..<end]))
        }
    }

    static func boundary(_ contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        guard let b = parameter("boundary", in: contentType), !b.isEmpty, b.utf8.count <= 200 else { return nil }
        return b
    }

    /// `key=value` or `key="value"` from a header line, matched at a word boundary.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let kv = piece.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == key else { continue }
            var v = kv[1].trimmingCharacters(in: .whitespaces)
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            return v
        }
        return nil
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        var i = from
        let first = needle[0]
        while i <= hay.count - needle.count {
            if hay[i] == first {
                var k = 1
                while k < needle.count, hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}

import Foundation

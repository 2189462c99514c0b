/// `application/x-www-form-urlencoded` fields, as in query strings and HTML form posts:
/// `+` is a space and `%XX` a byte, decoded as UTF-8 (malformed escapes are kept as typed).
public struct FormFields: Sendable {
    private var pairs: [(String, String)] = []

    /// Fields beyond this many are ignored: a bound on work for hostile query strings.
    static let maxFields = 64

    public init(_ encoded: Substring?) {
        guard let encoded, !encoded.isEmpty else { return }
        for part in encoded.split(separator: "&", omittingEmptySubsequences: true).prefix(Self.maxFields) {
            let kv = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = Self.decode(kv[0])
            let value = kv.count > 1 ? Self.decode(kv[1]) : ""
            pairs.append((key, value))
        }
    }

    public init(_ encoded: String?) { self.init(encoded.map { Substring($0) }) }

    /// The first value of `key`, nil when absent or empty after trimming.
    public subscript(_ key: String) -> String? {
        guard let v = pairs.first(where: { $0.0 == key })?.1 else { return nil }
        let trimmed = v.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// The first value of `key` as sent, even when empty: for fields where empty is an error.
    public func raw(_ key: String) -> String? { pairs.first(where: { $0.0 == key })?.1 }

    public func all(_ key: String) -> [String] { pairs.filter { $0.0 == key }.map(\.1) }

    static func decode(_ s: Substring) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var u = s.utf8[...]
        while let b = u.first {
            u = u.dropFirst()
            if b == UInt8(ascii: "+") {
                bytes.append(0x20)
            } else if b == UInt8(ascii: "%"), u.count >= 2, let h = hex(u[u.startIndex]),
                let l = hex(u[u.index(after: u.startIndex)])
            {
                bytes.append(h << 4 | l)
                u = u.dropFirst(2)
            } else {
                bytes.append(b)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func hex(_ b: UInt8) -> UInt8? {
        switch b {
        case 48...57: return b - 48
        case 65...70: return b - 55
        case 97...102: return b - 87
        default: return nil
        }
    }

    /// Percent-encodes a value for a query string or path segment (unreserved characters kept).
    public static func encode(_ s: String) -> String {
        var out = ""
        for b in s.utf8 {
            switch b {
            case 48...57, 65...90, 97...122, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(digits[Int(b >> 4)])
                out.unicodeScalars.append(digits[Int(b & 15)])
            }
        }
        return out
    }

    /// A query string from pairs whose values are non-empty, in the order given.
    public static func query(_ items: [(String, String?)]) -> String {
        let parts = items.compactMap { k, v in v.flatMap { $0.isEmpty ? nil : "\(k)=\(encode($0))" } }
        return parts.isEmpty ? "" : "?" + parts.joined(separator: "&")
    }
}

import Foundation

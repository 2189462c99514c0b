import DossierModel

/// Reads back the JSON arrays the store writes in its columns (`[[start,end],…]` spans and
/// `["…",…]` strings) without a `JSONDecoder` per value: loading a large store decodes millions
/// of them. Anything outside the plain form written by `ArticleStore.encode` (escapes, spaces,
/// other numbers) goes to `JSONDecoder`, which also reports damage.
public enum StoredJSON {
    public static func spans(_ s: String) throws -> [Span] {
        if let fast = fastSpans(s) { return fast }
        return try ArticleStore.decode([Span].self, s)
    }

    public static func strings(_ s: String) throws -> [String] {
        if let fast = fastStrings(s) { return fast }
        return try ArticleStore.decode([String].self, s)
    }

    /// `[[a,b],[c,d]]` with non-negative integers, a <= b; nil for anything else.
    static func fastSpans(_ s: String) -> [Span]? {
        var s = s
        return s.withUTF8 { u -> [Span]? in
            let n = u.count
            guard n >= 2, u[0] == UInt8(ascii: "["), u[n - 1] == UInt8(ascii: "]") else { return nil }
            var out: [Span] = []
            var i = 1
            func number() -> Int? {
                var v = 0
                let start = i
                while i < n, u[i] >= 48, u[i] <= 57 {
                    // Eighteen digits cannot overflow an Int; longer goes to the full decoder.
                    guard i - start < 18 else { return nil }
                    v = v * 10 + Int(u[i] - 48)
                    i += 1
                }
                return i > start ? v : nil
            }
            if n == 2 { return out }
            while true {
                guard i < n, u[i] == UInt8(ascii: "[") else { return nil }
                i += 1
                guard let a = number(), i < n, u[i] == UInt8(ascii: ",") else { return nil }
                i += 1
                guard let b = number(), a <= b, i < n, u[i] == UInt8(ascii: "]") else { return nil }
                i += 1
                out.append(Span(a, b))
                guard i < n else { return nil }
                if u[i] == UInt8(ascii: ",") { i += 1; continue }
                return u[i] == UInt8(ascii: "]") && i == n - 1 ? out : nil
            }
        }
    }

    /// `["a","b"]` with no backslash and no control character; nil for anything else.
    static func fastStrings(_ s: String) -> [String]? {
        var s = s
        return s.withUTF8 { u -> [String]? in
            let n = u.count
            guard n >= 2, u[0] == UInt8(ascii: "["), u[n - 1] == UInt8(ascii: "]") else { return nil }
            var out: [String] = []
            if n == 2 { return out }
            var i = 1
            while true {
                guard i < n, u[i] == UInt8(ascii: "\"") else { return nil }
                i += 1
                let start = i
                while i < n, u[i] != UInt8(ascii: "\"") {
                    if u[i] == UInt8(ascii: "\\") || u[i] < 0x20 { return nil }
                    i += 1
                }
                guard i < n else { return nil }
                out.append(String(decoding: UnsafeBufferPointer(rebasing: u[start..<i]), as: UTF8.self))
                i += 1
                guard i < n else { return nil }
                if u[i] == UInt8(ascii: ",") { i += 1; continue }
                return u[i] == UInt8(ascii: "]") && i == n - 1 ? out : nil
            }
        }
    }
}

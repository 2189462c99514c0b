import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Character-set detection and decoding for web pages and feeds.
///
/// Everything is decoded to UTF-8 before libxml2 sees it, so that one code path (ours, with
/// replacement of invalid bytes) decides the encoding; libxml2's own switching on iconv errors
/// stops parsing mid-document instead of replacing.
public enum Charset {
    /// The encoding to decode `bytes` with, as a canonical label ("utf-8", "windows-1252", "shift_jis", ...).
    ///
    /// Precedence follows the HTML standard: byte-order mark, then the transport's declaration
    /// (HTTP Content-Type), then a `<meta charset>` or `<meta http-equiv>` in the first 4 KB
    /// (or the `<?xml encoding?>` declaration when `xml` is set), then a guess: UTF-8 when the
    /// bytes are valid UTF-8, windows-1252 otherwise.
    public static func detect(_ bytes: [UInt8], declared: String?, xml: Bool = false) -> String {
        if let bom = bomEncoding(bytes) { return bom.label }
        if let wide = wideEncoding(bytes) { return wide }
        if let d = declared.flatMap(canonical), !isWide(d) { return d }
        let head = Array(bytes.prefix(4096))
        // A declared UTF-16/32 that the bytes (no BOM, no zero bytes) contradict is a mislabel: read as UTF-8.
        if xml, let e = xmlDeclaredEncoding(head).flatMap(canonical) { return isWide(e) ? "utf-8" : e }
        if let e = metaCharset(head).flatMap(canonical) {
            // A page that declares a legacy charset but is valid (non-ASCII) UTF-8 was re-encoded
            // somewhere along the way without its meta tag being updated: trust the bytes.
            if e != "utf-8", isValidUTF8(bytes), hasNonASCII(bytes) { return "utf-8" }
            return isWide(e) ? "utf-8" : e
        }
        if !xml, let e = xmlDeclaredEncoding(head).flatMap(canonical), !isWide(e) { return e }
        return isValidUTF8(bytes) ? "utf-8" : "windows-1252"
    }

    /// Decodes `bytes` (BOM included or not) as `charset`; invalid sequences become U+FFFD, never an error.
    public static func decode(_ bytes: [UInt8], charset: String) -> String {
        var body = bytes[...]
        if let bom = bomEncoding(bytes) { body = bytes[bom.length...] }
        switch canonical(charset) ?? "windows-1252" {
        case "utf-8":
            return String(decoding: body, as: UTF8.self)
        case "windows-1252":
            return decodeWindows1252(body)
        case "iso-8859-1":
            var s = String.UnicodeScalarView()
            s.reserveCapacity(body.count)
            for b in body { s.append(Unicode.Scalar(b)) }
            return String(s)
        case "utf-16le":
            return decodeUTF16(body, littleEndian: true)
        case "utf-16be":
            return decodeUTF16(body, littleEndian: false)
        case let wide where wide.hasPrefix("utf-32"):
            var out = String.UnicodeScalarView()
            var i = body.startIndex
            let le = wide.hasSuffix("le")
            while i + 3 < body.endIndex {
                let v =
                    le
                    ? UInt32(body[i]) | UInt32(body[i + 1]) << 8 | UInt32(body[i + 2]) << 16 | UInt32(body[i + 3]) << 24
                    : UInt32(body[i]) << 24 | UInt32(body[i + 1]) << 16 | UInt32(body[i + 2]) << 8 | UInt32(body[i + 3])
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
                i += 4
            }
            return String(out)
        case let other:
            return decodeWithIconv(body, from: other) ?? decodeWindows1252(body)
        }
    }

    /// Detects and decodes in one step.
    public static func decodeDetecting(
        _ bytes: [UInt8], declared: String?, xml: Bool = false
    ) -> (text: String, charset: String) {
        let cs = detect(bytes, declared: declared, xml: xml)
        return (decode(bytes, charset: cs), cs)
    }

    /// The charset parameter of an HTTP Content-Type value (`text/html; charset="ISO-8859-1"`).
    public static func fromContentType(_ contentType: String?) -> String? {
        guard let ct = contentType?.lowercased(), let r = ct.range(of: "charset=") else { return nil }
        var v = ct[r.upperBound...].trimmingCharacters(in: .whitespaces)
        if let semi = v.firstIndex(of: ";") { v = String(v[..<semi]) }
        v = v.trimmingCharacters(in: CharacterSet(charactersIn: "\"' "))
        return v.isEmpty ? nil : v
    }

    /// Maps an encoding label to the name used here, folding aliases the way browsers do
    /// (ISO-8859-1 and ASCII mean windows-1252; GB2312 means its superset GB18030), or nil if unknown.
    public static func canonical(_ label: String) -> String? {
        let l = label.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"'")).lowercased()
        switch l {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "ansi_x3.4-1968", "cp1252",
            "windows-1252", "x-cp1252", "iso_8859-1", "cp819", "ibm819", "iso-ir-100":
            return "windows-1252"
        case "utf-16", "utf-16le", "unicode", "ucs-2": return "utf-16le"
        case "utf-16be": return "utf-16be"
        case "utf-32", "utf-32le", "ucs-4", "ucs-4le": return "utf-32le"
        case "utf-32be", "ucs-4be": return "utf-32be"
        case "gb2312", "gbk", "gb18030", "x-gbk", "cp936", "euc-cn", "chinese", "csgb2312", "gb_2312-80":
            return "gb18030"
        case "big5", "big5-hkscs", "cn-big5", "x-x-big5": return "big5"
        case "shift_jis", "shift-jis", "sjis", "x-sjis", "ms_kanji", "windows-31j", "cp932", "csshiftjis", "ms932":
            return "shift_jis"
        case "euc-jp", "x-euc-jp", "eucjp": return "euc-jp"
        case "iso-2022-jp", "csiso2022jp": return "iso-2022-jp"
        case "euc-kr", "ks_c_5601-1987", "windows-949", "cp949", "x-windows-949", "korean": return "euc-kr"
        case "koi8-r", "koi8r", "koi", "cskoi8r": return "koi8-r"
        case "koi8-u", "koi8-ru": return "koi8-u"
        default: break
        }
        if l.hasPrefix("windows-125"), l.count == 12 { return l }
        if l.hasPrefix("cp125"), l.count == 6 { return "windows-" + l.dropFirst(2) }
        for prefix in ["iso-8859-", "iso8859-", "iso_8859-", "latin"] where l.hasPrefix(prefix) {
            let n = l.dropFirst(prefix.count).prefix { $0.isNumber }
            guard let k = Int(n) else { return nil }
            if prefix == "latin" {
                // latinN is not iso-8859-N past 4: latin5 = 8859-9, latin6 = 8859-10, ...
                let map = [1: 1, 2: 2, 3: 3, 4: 4, 5: 9, 6: 10, 7: 13, 8: 14, 9: 15, 10: 16]
                guard let m = map[k] else { return nil }
                return m == 1 ? "windows-1252" : "iso-8859-\(m)"
            }
            if k == 1 { return "windows-1252" }
            return (2...16).contains(k) && k != 12 ? "iso-8859-\(k)" : nil
        }
        if l == "mac" || l == "macintosh" || l == "x-mac-roman" { return "macintosh" }
        if l == "tis-620" || l == "windows-874" { return "windows-874" }
        if l == "ibm866" || l == "cp866" { return "ibm866" }
        return nil
    }

    // MARK: - Sniffing

    /// The encoding a byte-order mark announces, and the mark's length.
    public static func bomEncoding(_ b: [UInt8]) -> (label: String, length: Int)? {
        if b.count >= 4, b[0] == 0x00, b[1] == 0x00, b[2] == 0xFE, b[3] == 0xFF { return ("utf-32be", 4) }
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xFE, b[2] == 0x00, b[3] == 0x00 { return ("utf-32le", 4) }
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { return ("utf-8", 3) }
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return ("utf-16le", 2) }
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return ("utf-16be", 2) }
        return nil
    }

    /// UTF-16 or UTF-32 without a BOM, told by the zero bytes around the first '<' (XML 1.0 appendix F).
    public static func wideEncoding(_ b: [UInt8]) -> String? {
        guard b.count >= 4 else { return nil }
        switch (b[0], b[1], b[2], b[3]) {
        case (0x00, 0x00, 0x00, 0x3C): return "utf-32be"
        case (0x3C, 0x00, 0x00, 0x00): return "utf-32le"
        case (0x00, 0x3C, 0x00, _): return "utf-16be"
        case (0x3C, 0x00, _, 0x00): return "utf-16le"
        default: return nil
        }
    }

    static func isWide(_ label: String) -> Bool { label.hasPrefix("utf-16") || label.hasPrefix("utf-32") }

    static func hasNonASCII(_ b: [UInt8]) -> Bool { b.contains { $0 >= 0x80 } }

    public static func isValidUTF8(_ b: [UInt8]) -> Bool {
        let n = b.count
        return b.withUnsafeBufferPointer { p -> Bool in
            var i = 0
            while i < n {
                // ASCII runs 32 bytes, then eight bytes, at a time.
                while i + 32 <= n {
                    let raw = UnsafeRawPointer(p.baseAddress! + i)
                    let any =
                        raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
                        | raw.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
                    if any & 0x8080_8080_8080_8080 != 0 { break }
                    i += 32
                }
                // An all-ASCII input whose length is a multiple of 32 ends here: reading p[n]
                // below read one byte past the buffer, whose garbage sometimes judged a valid
                // UTF-8 file invalid (the "bad byte at offset <file length>" of re-ingests).
                if i >= n { break }
                if i + 8 <= n {
                    let word = UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 == 0 { i += 8; continue }
                }
                let c = p[i]
                if c < 0x80 { i += 1; continue }
                let len: Int
                if c >= 0xC2 && c <= 0xDF {
                    len = 2
                } else if c >= 0xE0 && c <= 0xEF {
                    len = 3
                } else if c >= 0xF0 && c <= 0xF4 {
                    len = 4
                } else {
                    return false
                }
                // A multi-byte sequence cut by a truncated file is not evidence against UTF-8.
                if i + len > n { return true }
                for k in 1..<len where p[i + k] & 0xC0 != 0x80 { return false }
                i += len
            }
            return true
        }
    }

    /// `<meta charset=X>` or `<meta http-equiv=content-type content="...; charset=X">` in `head`.
    static func metaCharset(_ head: [UInt8]) -> String? {
        head.withUnsafeBufferPointer { h -> String? in
            @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c | 0x20 : c }
            let n = h.count
            let needle = Array("charset".utf8)
            var i = 0
            while i + needle.count < n {
                guard h[i] == 0x3C, i + 5 < n, lower(h[i + 1]) == 0x6D, lower(h[i + 2]) == 0x65,
                    lower(h[i + 3]) == 0x74,
                    lower(h[i + 4]) == 0x61
                else { i += 1; continue }
                // Inside a <meta ...> tag: find `charset` before the closing '>'.
                var j = i + 5
                var tagEnd = j
                while tagEnd < n && h[tagEnd] != 0x3E { tagEnd += 1 }
                while j + needle.count <= tagEnd {
                    var m = 0
                    while m < needle.count && lower(h[j + m]) == needle[m] { m += 1 }
                    if m == needle.count {
                        var k = j + needle.count
                        while k < tagEnd, h[k] == 0x20 { k += 1 }
                        guard k < tagEnd, h[k] == 0x3D else { j += 1; continue }
                        k += 1
                        while k < tagEnd, h[k] == 0x20 || h[k] == 0x22 || h[k] == 0x27 { k += 1 }
                        var e = k
                        while e < tagEnd {
                            let c = h[e]
                            if c == 0x22 || c == 0x27 || c == 0x20 || c == 0x3B || c == 0x2F || c == 0x3E { break }
                            e += 1
                        }
                        if e > k { return String(decoding: (k..<e).map { lower(h[$0]) }, as: UTF8.self) }
                    }
                    j += 1
                }
                i = tagEnd
            }
            return nil
        }
    }

    /// The `encoding` pseudo-attribute of a leading `<?xml ...?>` declaration.
    static func xmlDeclaredEncoding(_ head: [UInt8]) -> String? {
        let s = String(decoding: head.prefix(300), as: UTF8.self)
        guard let start = s.range(of: "<?xml"), let end = s.range(of: "?>", range: start.upperBound..<s.endIndex) else {
            return nil
        }
        let decl = s[start.upperBound..<end.lowerBound]
        guard let r = decl.range(of: "encoding") else { return nil }
        var rest = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let q = rest.first, q == "\"" || q == "'" else { return nil }
        rest = rest.dropFirst()
        return String(rest.prefix { $0 != q })
    }

    // MARK: - Decoders

    /// windows-1252's 0x80–0x9F row; the rest of the range is ISO-8859-1.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD,
        0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD,
        0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ body: ArraySlice<UInt8>) -> String {
        // Straight to UTF-8 bytes: appending scalars to a String one by one costs several times more.
        String(unsafeUninitializedCapacity: body.count * 3) { out in
            var n = 0
            for b in body {
                if b < 0x80 {
                    out[n] = b
                    n += 1
                    continue
                }
                let v = b < 0xA0 ? cp1252High[Int(b) - 0x80] : UInt32(b)
                if v < 0x800 {
                    out[n] = UInt8(0xC0 | v >> 6)
                    out[n + 1] = UInt8(0x80 | v & 0x3F)
                    n += 2
                } else {
                    out[n] = UInt8(0xE0 | v >> 12)
                    out[n + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    out[n + 2] = UInt8(0x80 | v & 0x3F)
                    n += 3
                }
            }
            return n
        }
    }

    static func decodeUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units = [UInt16]()
        units.reserveCapacity(body.count / 2)
        var i = body.startIndex
        while i + 1 < body.endIndex {
            let a = UInt16(body[i]), b = UInt16(body[i + 1])
            units.append(littleEndian ? a | b << 8 : a << 8 | b)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Names iconv knows the canonical labels by, where they differ.
    private static func iconvName(_ label: String) -> String {
        switch label {
        case "shift_jis": return "CP932"
        case "euc-kr": return "CP949"
        case "gb18030": return "GB18030"
        case "big5": return "BIG5-HKSCS"
        case "macintosh": return "MACINTOSH"
        case "ibm866": return "CP866"
        case "windows-874": return "CP874"
        default: return label.uppercased()
        }
    }

    /// iconv, skipping one byte with U+FFFD at each invalid sequence; nil when iconv lacks the encoding.
    static func decodeWithIconv(_ body: ArraySlice<UInt8>, from label: String) -> String? {
        #if canImport(Glibc)
        let cd = iconv_open("UTF-8", iconvName(label))
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var input = Array(body)
        var out = [UInt8]()
        out.reserveCapacity(input.count * 2)
        var chunk = [UInt8](repeating: 0, count: 16384)
        input.withUnsafeMutableBufferPointer { inBuf in
            var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress).map {
                $0.assumingMemoryBound(to: CChar.self)
            }
            var inLeft = inBuf.count
            while inLeft > 0 {
                let (rc, err, produced): (Int, Int32, Int) = chunk.withUnsafeMutableBufferPointer { outBuf in
                    var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outBuf.count
                    let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                    let e = errno
                    return (rc, e, outBuf.count - outLeft)
                }
                out.append(contentsOf: chunk[0..<produced])
                if rc == -1 {
                    if err == E2BIG { continue }
                    // EILSEQ or EINVAL (truncated at the end): replace one byte and resynchronise.
                    out.append(contentsOf: [0xEF, 0xBF, 0xBD])
                    inPtr = inPtr.map { $0 + 1 }
                    inLeft -= 1
                    _ = iconv(cd, nil, nil, nil, nil)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
        #else
        return nil
        #endif
    }
}

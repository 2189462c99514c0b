/// Letter case of one scalar, with ASCII (nearly every scalar of English news) answered without the
/// Unicode property tables: the quote scan asks it of every token of every article.
enum ScalarCase {
    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value &- 0x41 < 26 : c.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value &- 0x61 < 26 : c.properties.isLowercase
    }

    /// Whether `text` holds a space, read as UTF-8 bytes.
    @inline(__always)
    static func hasSpace(_ text: String) -> Bool { text.utf8.contains(0x20) }
}

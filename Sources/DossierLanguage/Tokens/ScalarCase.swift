/// Letter case of one scalar, with ASCII (nearly every scalar of English news, whose only
/// upper-case letters are A-Z) answered without the Unicode property tables: the entity and quote
/// scans ask it of every token of every article.
enum ScalarCase {
    @inline(__always)
    static func isUpper(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value &- 0x41 < 26 : c.properties.isUppercase
    }

    @inline(__always)
    static func isLower(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value &- 0x61 < 26 : c.properties.isLowercase
    }
}

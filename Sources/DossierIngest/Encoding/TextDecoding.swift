import DossierText

/// Bytes of a plain-text or JSON input to a String, whatever their encoding: never fails.
///
/// Order: a byte-order mark (UTF-8/16/32), BOM-less UTF-16/32 told by zero bytes, a declared
/// charset (HTTP, or a caller's option), valid UTF-8, and finally a guess between the legacy
/// encodings most often met in news text. Invalid bytes become U+FFFD.
public enum TextDecoding {
    public static func decode(_ bytes: [UInt8], declared: String? = nil) -> (text: String, charset: String) {
        if let bom = Charset.bomEncoding(bytes) { return (Charset.decode(bytes, charset: bom.label), bom.label) }
        if let wide = Charset.wideEncoding(bytes) { return (Charset.decode(bytes, charset: wide), wide) }
        if let d = declared.flatMap(Charset.canonical) { return (Charset.decode(bytes, charset: d), d) }
        if Charset.isValidUTF8(bytes) { return (String(decoding: bytes, as: UTF8.self), "utf-8") }
        let guess = guessLegacy(bytes)
        return (Charset.decode(bytes, charset: guess), guess)
    }

    /// Cyrillic text in KOI8-R or windows-1251, else windows-1252. Cyrillic words are runs of high
    /// bytes while Latin text has only the odd accented letter, so most high bytes sitting in runs of
    /// three or more means Cyrillic; then the high bytes of Russian text land on lowercase letters
    /// in one encoding and on capitals in the other, and the reading with mostly lowercase wins.
    static func guessLegacy(_ bytes: [UInt8]) -> String {
        var high = 0, inRuns = 0, run = 0, koiLower = 0, cp1251Lower = 0
        for b in bytes + [0x20] {
            if b >= 0x80 {
                run += 1
                high += 1
                if b >= 0xC0 && b <= 0xDF { koiLower += 1 }  // KOI8-R lowercase а..я sit at 0xC0–0xDF
                if b >= 0xE0 { cp1251Lower += 1 }  // windows-1251 lowercase а..я sit at 0xE0–0xFF
            } else {
                if run >= 3 { inRuns += run }
                run = 0
            }
        }
        guard high > 0, inRuns * 2 > high else { return "windows-1252" }
        return koiLower > cp1251Lower ? "koi8-r" : "windows-1251"
    }
}

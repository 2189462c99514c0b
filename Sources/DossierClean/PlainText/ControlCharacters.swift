/// Control characters in plain text become spaces before anything else reads it.
///
/// A JSON record may spell NUL or other C0 controls as `\u0000` escapes, which no byte-level
/// check before decoding sees. Left in, they end the text early in the store (SQLite reads
/// text up to a NUL), so spans computed on the full text would point past what is stored.
/// One space per control keeps every Unicode scalar offset where it was.
public enum ControlCharacters {
    /// Tab, line feed, carriage return and form feed are layout and stay.
    @inline(__always)
    static func isStray(_ v: UInt32) -> Bool {
        (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || v == 0x7F
    }

    /// `text` with each stray control as a space; the same string when it holds none.
    public static func spaced(_ text: String) -> String {
        guard text.utf8.contains(where: { isStray(UInt32($0)) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isStray(s.value) ? " " : s) }
        return String(out)
    }
}

import Foundation

/// Character classes and substring tests for the plain-text cleaner's hot loops. Unicode property
/// look-ups and Foundation's `contains` (an NSString search with canonical equivalence) were most
/// of the cleaning time (profiled with perf on `../shared/data/dev/scraped`); these answer ASCII on
/// bytes and give exactly the same answers, deferring to the slow path whenever ASCII alone cannot
/// settle it.
public enum ScalarTests {
    @inlinable public static func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return c.properties.isAlphabetic
    }

    @inlinable public static func isLowercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 97 && v <= 122 }
        return c.properties.isLowercase
    }

    @inlinable public static func isUppercase(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v >= 65 && v <= 90 }
        return c.properties.isUppercase
    }

    @inlinable public static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return v == 32 || (v >= 9 && v <= 13) }
        return c.properties.isWhitespace
    }

    /// Scalars with no other spelling: no canonical decomposition, and none decomposes to them,
    /// so a needle made of them and ASCII is absent when its bytes are.
    public static let unique: Set<Unicode.Scalar> = ["\u{00A9}"]

    /// What a byte search could tell.
    public enum Finding { case found, absent, unsure }

    /// Where `needle` may stand in `text`.
    public enum Anchor { case anywhere, start, end }

    /// Searches `text`'s UTF-8 for `needle`'s (with ASCII letters of `text` lowercased when
    /// `foldASCII`, `needle` then being lowercase). A match touching a non-ASCII scalar is
    /// `unsure`: a combining mark after it, or a prepended mark before it, makes it no match for
    /// a search by characters. A non-ASCII needle is `unsure` when absent, since canonically
    /// equivalent spellings of it may exist.
    public static func find(
        _ needle: String, in text: Substring, anchor: Anchor = .anywhere, foldASCII: Bool = false
    ) -> Finding {
        // Literals and most texts are contiguous UTF-8: searched in place, with no copy.
        let inPlace: Finding?? = needle.utf8.withContiguousStorageIfAvailable { n in
            text.utf8.withContiguousStorageIfAvailable { h in search(n, in: h, anchor: anchor, fold: foldASCII) }
        }
        let finding =
            (inPlace ?? nil)
            ?? Array(needle.utf8).withUnsafeBufferPointer { n in
                Array(text.utf8).withUnsafeBufferPointer { search(n, in: $0, anchor: anchor, fold: foldASCII) }
            }
        guard finding == .absent else { return finding }
        if !needle.unicodeScalars.allSatisfy({ $0.isASCII || unique.contains($0) }) { return .unsure }
        // Two capitals lowercase to ASCII letters: "\u{0130}" to "i" and a dot, "\u{212A}" (Kelvin) to "k".
        if foldASCII && text.utf8.contains(where: { $0 == 0xC4 || $0 == 0xE2 }),
            text.unicodeScalars.contains(where: { $0 == "\u{0130}" || $0 == "\u{212A}" })
        {
            return .unsure
        }
        return .absent
    }

    private static func search(
        _ n: UnsafeBufferPointer<UInt8>, in h: UnsafeBufferPointer<UInt8>, anchor: Anchor, fold: Bool
    ) -> Finding {
        guard !n.isEmpty else { return .unsure }
        guard h.count >= n.count else { return .absent }
        let last = h.count - n.count
        let starts: ClosedRange<Int>
        switch anchor {
        case .anywhere: starts = 0...last
        case .start: starts = 0...0
        case .end: starts = last...last
        }
        let first = n[0]
        for i in starts {
            var b = h[i]
            if fold && b >= 65 && b <= 90 { b |= 0x20 }
            guard b == first else { continue }
            var j = 1
            while j < n.count {
                var c = h[i + j]
                if fold && c >= 65 && c <= 90 { c |= 0x20 }
                if c != n[j] { break }
                j += 1
            }
            guard j == n.count else { continue }
            if i > 0 && h[i - 1] >= 0x80 { return .unsure }
            if i + n.count < h.count && h[i + n.count] >= 0x80 { return .unsure }
            return .found
        }
        return .absent
    }

    /// `text.contains(needle)` as Foundation answers it.
    public static func contains(_ text: Substring, _ needle: String) -> Bool {
        switch find(needle, in: text) {
        case .found: return true
        case .absent: return false
        case .unsure: return text.contains(needle)
        }
    }

    /// `text.hasSuffix(needle)`, compared by characters as the standard library does.
    public static func hasSuffix(_ text: Substring, _ needle: String) -> Bool {
        switch find(needle, in: text, anchor: .end) {
        case .found: return true
        case .absent: return false
        case .unsure: return text.hasSuffix(needle)
        }
    }

    /// `text.lowercased().contains(needle)` (`needle` lowercase ASCII).
    public static func lowercasedContains(_ text: Substring, _ needle: String) -> Bool {
        switch find(needle, in: text, foldASCII: true) {
        case .found: return true
        case .absent: return false
        case .unsure: return text.lowercased().contains(needle)
        }
    }

    /// `text.lowercased().hasPrefix(needle)` (`needle` lowercase ASCII).
    public static func lowercasedHasPrefix(_ text: Substring, _ needle: String) -> Bool {
        switch find(needle, in: text, anchor: .start, foldASCII: true) {
        case .found: return true
        case .absent: return false
        case .unsure: return text.lowercased().hasPrefix(needle)
        }
    }
}

/// FNV-1a, 64 bits: the hash behind content ids and the word keys of the language stage.
///
/// Written once here: stable across runs and machines (Swift's `Hasher` is seeded per process),
/// and cheap enough for per-scalar loops. Its low bits are weak; callers that sample on them mix
/// first (`WordScanner.mix`).
public enum FNV1a {
    /// The offset basis every hash starts from.
    @inlinable public static var basis: UInt64 { 0xcbf2_9ce4_8422_2325 }
    /// The multiplier applied after each unit is folded in.
    @inlinable public static var prime: UInt64 { 0x0000_0100_0000_01b3 }

    /// `h` with one more unit (a byte or a scalar value) folded in.
    @inlinable public static func step(_ h: UInt64, _ unit: UInt64) -> UInt64 { (h ^ unit) &* prime }
}

/// A small seeded generator (SplitMix64), so that runs that draw random numbers repeat exactly:
/// model training, and tests that stitch pages at random.
public struct SplitMix: RandomNumberGenerator, Sendable {
    /// The whole generator state, advanced by a fixed odd constant on each draw: a copy replays the same sequence.
    public var state: UInt64
    /// A generator that draws the same sequence for the same seed, on every platform and in every run.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits: the SplitMix64 finaliser applied to the advanced state.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

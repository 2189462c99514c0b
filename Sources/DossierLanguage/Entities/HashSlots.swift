/// An open-addressing map from 64-bit hashes to 32-bit values, flat in two arrays.
///
/// The tagger looks up some thirty feature hashes per token, so lookup has to be a multiply,
/// a mask and usually a single probe; `Dictionary` costs several times that.
struct HashSlots: Sendable {
    private(set) var keys: [UInt64]
    private(set) var values: [UInt32]
    private let mask: Int
    private(set) var count = 0

    init(capacity: Int) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        keys = Array(repeating: 0, count: n)
        values = Array(repeating: 0, count: n)
        mask = n - 1
    }

    /// 0 marks an empty slot, so a key that hashes to 0 is stored as 1.
    @inline(__always)
    private static func stored(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask }

    mutating func insert(_ key: UInt64, _ value: UInt32) {
        let k = HashSlots.stored(key)
        var i = slot(k)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = k
        values[i] = value
    }

    @inline(__always)
    func find(_ key: UInt64) -> UInt32? {
        let k = HashSlots.stored(key)
        var i = slot(k)
        return keys.withUnsafeBufferPointer { kp in
            while true {
                let x = kp[i]
                if x == k { return values[i] }
                if x == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }
}

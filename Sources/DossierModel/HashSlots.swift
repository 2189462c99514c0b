/// An open-addressing map from 64-bit hashes to 32-bit values, flat in two arrays.
///
/// For hot lookups keyed by a hash the caller already has: the entity tagger looks up some thirty
/// feature hashes per token, the HTML walker caches per-page tag and class-name readings. Lookup
/// is a multiply, a mask and usually a single probe; `Dictionary` costs several times that.
public struct HashSlots: Sendable {
    @usableFromInline var keys: [UInt64]
    @usableFromInline var values: [UInt32]
    @usableFromInline var mask: Int
    @usableFromInline var stored = 0
    /// Distinct keys stored. Keys 0 and 1 are one key here (0 is stored as 1).
    public var count: Int { stored }

    /// An empty table with room for `capacity` keys before it first grows: the smallest power of two of at
    /// least 16 slots and at least twice `capacity`.
    public init(capacity: Int) {
        var n = 16
        while n < capacity * 2 { n <<= 1 }
        keys = Array(repeating: 0, count: n)
        values = Array(repeating: 0, count: n)
        mask = n - 1
    }

    /// 0 marks an empty slot, so a key that hashes to 0 is stored as 1.
    @inlinable @inline(__always)
    static func storedKey(_ key: UInt64) -> UInt64 { key == 0 ? 1 : key }

    @inlinable @inline(__always)
    func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & mask }

    /// Adds or replaces; the table doubles when it gets over half full.
    @inlinable
    public mutating func insert(_ key: UInt64, _ value: UInt32) {
        if (stored + 1) * 2 > keys.count { grow() }
        let k = HashSlots.storedKey(key)
        var i = slot(k)
        while keys[i] != 0 && keys[i] != k { i = (i + 1) & mask }
        if keys[i] == 0 { stored += 1 }
        keys[i] = k
        values[i] = value
    }

    @usableFromInline
    mutating func grow() {
        let old = (keys, values)
        keys = Array(repeating: 0, count: old.0.count * 2)
        values = Array(repeating: 0, count: old.0.count * 2)
        mask = keys.count - 1
        stored = 0
        for (k, v) in zip(old.0, old.1) where k != 0 { insert(k, v) }
    }

    /// The value last inserted under `key`, or nil. Key 0 is stored as 1, so the two find each other's value.
    @inlinable @inline(__always)
    public func find(_ key: UInt64) -> UInt32? {
        let k = HashSlots.storedKey(key)
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

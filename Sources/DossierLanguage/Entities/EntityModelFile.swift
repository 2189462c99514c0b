import DossierModel

/// The binary layout of `entities.bin`, little-endian:
///
///     "DNE3"  UInt32 tagCount  UInt32 stages, then per stage:
///       Float32[(tagCount+1)*tagCount] transitions
///       UInt32 features  Float32 scale  UInt64[features] keys  Int16[features*tagCount] weights
///     UInt32 words  UInt64[words] keys  UInt32[words] lexicon entries
///     UInt32 names  UInt64[names] keys  UInt32[names] type masks
///
/// Weights are stored as Int16 times `scale`: rounding them costs nothing measurable, halves
/// the file, and lets the tagger sum them as integers. Reading is a few bulk copies, well under the one-second load
/// budget.
package enum EntityModelFile {
    static let magic: [UInt8] = Array("DNE3".utf8)

    struct FormatError: Error, CustomStringConvertible {
        var description: String
    }

    package struct Stage {
        package var features: [(key: UInt64, weights: [Float])]
        package var transitions: [Float]

        package init(features: [(key: UInt64, weights: [Float])], transitions: [Float]) {
            self.features = features
            self.transitions = transitions
        }
    }

    package static func encode(
        stages: [Stage], lexicon: [(key: UInt64, value: UInt32)], names: [(key: UInt64, value: UInt32)]
    ) -> [UInt8] {
        let T = EntityTags.count
        var out = magic
        func put<V: FixedWidthInteger>(_ v: V) { withUnsafeBytes(of: v.littleEndian) { out.append(contentsOf: $0) } }
        func put(_ f: Float) { put(f.bitPattern) }
        put(UInt32(T))
        put(UInt32(stages.count))
        for stage in stages {
            for t in stage.transitions { put(t) }
            put(UInt32(stage.features.count))
            let maxAbs = stage.features.reduce(Float(0)) { m, f in max(m, f.weights.reduce(0) { max($0, abs($1)) }) }
            let scale = maxAbs > 0 ? maxAbs / 32767 : 1
            put(scale)
            for f in stage.features { put(f.key) }
            for f in stage.features {
                for w in f.weights { put(Int16((w / scale).rounded())) }
            }
        }
        put(UInt32(lexicon.count))
        for e in lexicon { put(e.key) }
        for e in lexicon { put(e.value) }
        put(UInt32(names.count))
        for e in names { put(e.key) }
        for e in names { put(e.value) }
        return out
    }

    static func decode(_ bytes: [UInt8]) throws -> EntityModel {
        var pos = 0
        func need(_ n: Int) throws {
            if pos + n > bytes.count { throw FormatError(description: "entity model truncated at byte \(pos)") }
        }
        func get<V: FixedWidthInteger>(_: V.Type) throws -> V {
            try need(MemoryLayout<V>.size)
            let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: pos, as: V.self) }
            pos += MemoryLayout<V>.size
            return V(littleEndian: v)
        }
        func array<V: FixedWidthInteger>(_: V.Type, _ n: Int) throws -> [V] {
            try need(n * MemoryLayout<V>.size)
            let start = pos
            let out = [V](unsafeUninitializedCapacity: n) { buf, count in
                bytes.withUnsafeBytes { raw in
                    for k in 0..<n {
                        buf[k] = V(
                            littleEndian: raw.loadUnaligned(
                                fromByteOffset: start + k * MemoryLayout<V>.size, as: V.self))
                    }
                }
                count = n
            }
            pos += n * MemoryLayout<V>.size
            return out
        }
        guard bytes.count >= 4, Array(bytes[0..<4]) == magic else {
            throw FormatError(description: "not an entity model")
        }
        pos = 4
        let T = Int(try get(UInt32.self))
        guard T == EntityTags.count else {
            throw FormatError(description: "entity model has \(T) tags, expected \(EntityTags.count)")
        }
        let stageCount = Int(try get(UInt32.self))
        guard (1...2).contains(stageCount) else {
            throw FormatError(description: "entity model has \(stageCount) stages")
        }
        var stages: [(keys: [UInt64], weights: [Int16], scale: Float)] = []
        var transitions: [[Float]] = []
        for _ in 0..<stageCount {
            transitions.append(try array(UInt32.self, (T + 1) * T).map { Float(bitPattern: $0) })
            let nf = Int(try get(UInt32.self))
            let scale = Float(bitPattern: try get(UInt32.self))
            let keys = try array(UInt64.self, nf)
            let q = try array(Int16.self, nf * T)
            stages.append((keys, q, scale))
        }
        let nw = Int(try get(UInt32.self))
        let lexKeys = try array(UInt64.self, nw)
        let lexValues = try array(UInt32.self, nw)
        var lex = HashSlots(capacity: nw)
        for k in 0..<nw { lex.insert(lexKeys[k], lexValues[k]) }
        let nn = Int(try get(UInt32.self))
        let nameKeys = try array(UInt64.self, nn)
        let nameTypes = try array(UInt32.self, nn)
        var names = HashSlots(capacity: nn)
        for k in 0..<nn { names.insert(nameKeys[k], nameTypes[k]) }
        return EntityModel(
            weights: WeightTable(stages: stages), transitions: transitions, lexicon: Lexicon(slots: lex, names: names))
    }
}

import DossierModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every article's vectors, kept for a batch's refinement sweep (`StoryClusterer.refined`): the
/// first `heldLimit` in memory, the rest written to an unlinked temporary file and read back one
/// at a time when the sweep asks for them. A store of hundreds of thousands of articles would
/// otherwise hold a few kilobytes an article at each level for the whole run (200,000 articles:
/// over a gigabyte). Read back, a vector is the one written, bit for bit. Should the file fail
/// (no room, no temporary folder), vectors stay in memory.
final class VectorShelf: @unchecked Sendable {
    // Written and read by the one thread that owns the clusterer (it is not shared).
    private var held: [ArticleVectors] = []
    /// Where each vector written to the file starts (it ends where the next starts, or at `end`).
    private var offsets: [Int] = []
    private var end = 0
    private var file: Int32 = -1
    private var failed = false
    let heldLimit: Int

    init(heldLimit: Int) { self.heldLimit = max(0, heldLimit) }

    deinit { if file >= 0 { close(file) } }

    var count: Int { held.count + offsets.count }

    /// Vectors the file could not take (a full disk), kept in memory by number instead.
    private var unwritten: [Int: ArticleVectors] = [:]

    func append(_ v: ArticleVectors) {
        // Once anything is on file, later vectors go there too, so that numbers stay in order.
        if offsets.isEmpty && (held.count < heldLimit || failed || !openFile()) {
            held.append(v)
            return
        }
        var bytes: [UInt8] = []
        Self.encode(v, into: &bytes)
        let written = failed ? -1 : bytes.withUnsafeBytes { pwrite(file, $0.baseAddress, $0.count, off_t(end)) }
        if written != bytes.count {
            failed = true
            unwritten[count] = v
        }
        offsets.append(end)
        if !failed { end += bytes.count }
    }

    /// Vector `i` (in the order appended); nil if it cannot be read back.
    subscript(i: Int) -> ArticleVectors? {
        guard i >= 0 else { return nil }
        if i < held.count { return held[i] }
        if let v = unwritten[i] { return v }
        let k = i - held.count
        guard k >= 0, k < offsets.count else { return nil }
        let start = offsets[k], stop = k + 1 < offsets.count ? offsets[k + 1] : end
        var bytes = [UInt8](repeating: 0, count: stop - start)
        let read = bytes.withUnsafeMutableBytes { pread(file, $0.baseAddress, $0.count, off_t(start)) }
        guard read == bytes.count else { return nil }
        return Self.decode(bytes)
    }

    private func openFile() -> Bool {
        if file >= 0 { return true }
        var template = Array("/tmp/dossier-vectors-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { b in b.baseAddress.map { mkstemp($0) } ?? -1 }
        guard fd >= 0 else {
            failed = true
            return false
        }
        // Unlinked at once: the file goes with the process, however it ends.
        template.withUnsafeBufferPointer { b in _ = b.baseAddress.map { unlink($0) } }
        file = fd
        return true
    }

    // Layout: day, year (Int64, Int64.min for none); the counts of body, names, title and index
    // terms (UInt32); then each vector's terms (UInt64) and weights (Float), then the index terms.
    static func encode(_ v: ArticleVectors, into out: inout [UInt8]) {
        func put<T>(_ x: T) { withUnsafeBytes(of: x) { out.append(contentsOf: $0) } }
        put(Int64(v.day ?? Int(Int64.min)))
        put(Int64(v.year ?? Int(Int64.min)))
        for s in [v.body, v.names, v.title] { put(UInt32(truncatingIfNeeded: s.terms.count)) }
        put(UInt32(truncatingIfNeeded: v.indexTerms.count))
        for s in [v.body, v.names, v.title] {
            s.terms.withUnsafeBytes { out.append(contentsOf: $0) }
            s.weights.withUnsafeBytes { out.append(contentsOf: $0) }
        }
        v.indexTerms.withUnsafeBytes { out.append(contentsOf: $0) }
    }

    static func decode(_ bytes: [UInt8]) -> ArticleVectors? {
        var at = 0
        func take<T: FixedWidthInteger>(_: T.Type) -> T? {
            guard at + MemoryLayout<T>.size <= bytes.count else { return nil }
            var x = T.zero
            withUnsafeMutableBytes(of: &x) { $0.copyBytes(from: bytes[at..<(at + MemoryLayout<T>.size)]) }
            at += MemoryLayout<T>.size
            return x
        }
        func array<T>(_: T.Type, _ n: Int) -> [T]? {
            let size = n * MemoryLayout<T>.stride
            guard n >= 0, at + size <= bytes.count else { return nil }
            let out = [T](unsafeUninitializedCapacity: n) { buffer, initialized in
                bytes.withUnsafeBytes { raw in
                    UnsafeMutableRawBufferPointer(buffer).copyMemory(
                        from: UnsafeRawBufferPointer(rebasing: raw[at..<(at + size)]))
                }
                initialized = n
            }
            at += size
            return out
        }
        guard let day = take(Int64.self), let year = take(Int64.self), let nb = take(UInt32.self),
            let nn = take(UInt32.self), let nt = take(UInt32.self), let ni = take(UInt32.self)
        else { return nil }
        var vectors: [SparseVector] = []
        for n in [nb, nn, nt] {
            guard let terms = array(UInt64.self, Int(n)), let weights = array(Float.self, Int(n)) else { return nil }
            var s = SparseVector()
            s.terms = terms
            s.weights = weights
            vectors.append(s)
        }
        guard let index = array(UInt64.self, Int(ni)) else { return nil }
        return ArticleVectors(
            body: vectors[0], names: vectors[1], title: vectors[2], indexTerms: index,
            year: year == Int64.min ? nil : Int(year), day: day == Int64.min ? nil : Int(day))
    }
}

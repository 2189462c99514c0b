import DossierModel

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A value a `Shelf` can write to its file and read back bit for bit.
protocol Shelved: Sendable {
    func encode(into out: inout [UInt8])
    static func decode(_ bytes: ShelfBytes) -> Self?
}

/// Every article's vectors, kept for a batch's refinement sweep (`StoryClusterer.refined`).
typealias VectorShelf = Shelf<ArticleVectors>

/// One record per article of a batch, kept between its passes: the first `heldLimit` in memory,
/// the rest written to an unlinked temporary file and read back one at a time when asked for. A
/// store of hundreds of thousands of articles would otherwise hold a few kilobytes an article for
/// the whole run (200,000 articles: over a gigabyte). Read back, a record is the one written, bit
/// for bit. Should the file fail (no room, no temporary folder), records stay in memory.
///
/// Appended by one thread; once appending is over, any number of threads may read (`pread` at
/// fixed offsets, nothing of the shelf changes).
final class Shelf<Record: Shelved>: @unchecked Sendable {
    private var held: [Record] = []
    /// Where each record written to the file starts (it ends where the next starts, or at `end`).
    private var offsets: [Int] = []
    private var end = 0
    private var file: Int32 = -1
    private var failed = false
    let heldLimit: Int

    init(heldLimit: Int) { self.heldLimit = max(0, heldLimit) }

    deinit { if file >= 0 { close(file) } }

    var count: Int { held.count + offsets.count }

    /// Records the file could not take (a full disk), kept in memory by number instead.
    private var unwritten: [Int: Record] = [:]
    private var bytes: [UInt8] = []

    func append(_ v: Record) {
        // Once anything is on file, later records go there too, so that numbers stay in order.
        if offsets.isEmpty && (held.count < heldLimit || failed || !openFile()) {
            held.append(v)
            return
        }
        bytes.removeAll(keepingCapacity: true)
        v.encode(into: &bytes)
        let written = failed ? -1 : bytes.withUnsafeBytes { pwrite(file, $0.baseAddress, $0.count, off_t(end)) }
        if written != bytes.count {
            failed = true
            unwritten[count] = v
        }
        offsets.append(end)
        if !failed { end += bytes.count }
    }

    /// Record `i` (in the order appended); nil if it cannot be read back.
    subscript(i: Int) -> Record? {
        guard i >= 0 else { return nil }
        if i < held.count { return held[i] }
        if let v = unwritten[i] { return v }
        let k = i - held.count
        guard k >= 0, k < offsets.count else { return nil }
        let start = offsets[k], stop = k + 1 < offsets.count ? offsets[k + 1] : end
        var bytes = [UInt8](repeating: 0, count: max(0, stop - start))
        let read = bytes.withUnsafeMutableBytes { pread(file, $0.baseAddress, $0.count, off_t(start)) }
        guard read == bytes.count else { return nil }
        return Record.decode(ShelfBytes(bytes))
    }

    private func openFile() -> Bool {
        if file >= 0 { return true }
        var template = Array("/tmp/dossier-shelf-XXXXXX".utf8CString)
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
}

/// Writing a record's fixed-width values and arrays as their bytes.
extension Array where Element == UInt8 {
    mutating func put<T>(_ x: T) { Swift.withUnsafeBytes(of: x) { append(contentsOf: $0) } }
    mutating func put<T>(contentsOf xs: [T]) { xs.withUnsafeBytes { append(contentsOf: $0) } }
}

/// A record's bytes read front to back; each read is nil past the end.
final class ShelfBytes {
    private let bytes: [UInt8]
    private var at = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

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

    /// An optional whole number written as Int64, `Int64.min` standing for none.
    func optionalInt() -> Int?? {
        guard let x = take(Int64.self) else { return nil }
        return .some(x == Int64.min ? nil : Int(x))
    }
}

extension ArticleVectors: Shelved {
    // Layout: day, year (Int64, Int64.min for none); the counts of body, names, title and index
    // terms (UInt32); then each vector's terms (UInt64) and weights (Float), then the index terms.
    func encode(into out: inout [UInt8]) {
        out.put(Int64(day ?? Int(Int64.min)))
        out.put(Int64(year ?? Int(Int64.min)))
        for s in [body, names, title] { out.put(UInt32(truncatingIfNeeded: s.terms.count)) }
        out.put(UInt32(truncatingIfNeeded: indexTerms.count))
        for s in [body, names, title] {
            out.put(contentsOf: s.terms)
            out.put(contentsOf: s.weights)
        }
        out.put(contentsOf: indexTerms)
    }

    static func decode(_ bytes: ShelfBytes) -> ArticleVectors? {
        guard let day = bytes.optionalInt(), let year = bytes.optionalInt(), let nb = bytes.take(UInt32.self),
            let nn = bytes.take(UInt32.self), let nt = bytes.take(UInt32.self), let ni = bytes.take(UInt32.self)
        else { return nil }
        var vectors: [SparseVector] = []
        for n in [nb, nn, nt] {
            guard let terms = bytes.array(UInt64.self, Int(n)), let weights = bytes.array(Float.self, Int(n)) else {
                return nil
            }
            var s = SparseVector()
            s.terms = terms
            s.weights = weights
            vectors.append(s)
        }
        guard let index = bytes.array(UInt64.self, Int(ni)) else { return nil }
        return ArticleVectors(
            body: vectors[0], names: vectors[1], title: vectors[2], indexTerms: index, year: year, day: day)
    }
}

/// Bytes gathered a word at a time without `Array`'s uniqueness and capacity checks at every
/// append, and emptied by resetting a count: the walker's block text, the class names being read.
///
/// Its fields skip the run-time exclusivity check (a class's stored properties get one on every
/// modifying access, which cost more than the appends): a buffer belongs to one walker or one
/// naming table, and no access to it overlaps another.
package final class TextBuffer {
    @exclusivity(unchecked) private(set) var base: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private var capacity: Int
    @exclusivity(unchecked) package var count = 0

    package init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    package var isEmpty: Bool { count == 0 }
    package var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    /// Room for `extra` more bytes.
    package func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        capacity = max(capacity * 2, count + extra)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: base, count: count)
        base.deallocate()
        base = grown
    }
}

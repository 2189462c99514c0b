import Foundation

/// A value behind a lock: the counters, caches and hand-overs that the pipeline's callers (the
/// watcher's workers, the server's request handlers, a command waiting on its server task) share
/// between threads. One type for all of them, so the locking discipline is written once.
public final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    public init(_ value: Value) { self.value = value }

    /// Runs `body` with the value, alone: no other thread reads or writes it meanwhile.
    public func withLock<T>(_ body: (inout Value) throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

import Dispatch
import DossierModel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Memory freed by a large piece of work handed back to the system: glibc keeps freed memory in
/// its arenas (one a thread) for reuse, so once the clusterers or a large story are let go the
/// process would stay at its peak while the next phase allocates elsewhere. `malloc_trim` returns
/// the free pages; it is looked up at run time (the C library module does not declare it) and is
/// a no-op where it is missing.
enum FreedMemory {
    #if canImport(Glibc)
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = dlsym(nil, "malloc_trim").map {
        unsafeBitCast($0, to: Trim.self)
    }
    #endif

    static func giveBack() {
        #if canImport(Glibc)
        _ = trim?(0)
        #endif
    }
}

/// Work run on another thread whose result is waited for: written once by the worker before
/// `done` is signalled, read only after waiting for it (the semaphore orders the two).
final class Running<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var value: Value?

    /// On the shared pool, or `onOwnThread` for work that a pool worker waits for (a pool of two
    /// threads both waiting for work queued behind them would wait for ever).
    init(onOwnThread: Bool = false, _ work: @escaping @Sendable () -> Value) {
        let run: @Sendable () -> Void = {
            self.value = work()
            self.done.signal()
        }
        if onOwnThread {
            let thread = Thread(block: run)
            thread.stackSize = 8 << 20
            thread.start()
        } else {
            DispatchQueue.global().async(execute: run)
        }
    }

    /// The result, once the work is done (nil only if it never ran to the end).
    func wait() -> Value? {
        done.wait()
        return value
    }
}

/// Stories built on other threads and taken back in the order they were started: once the groups
/// are known, each story is built from its own articles alone, so two can be built at once (one a
/// core) while the caller reads the next story's articles and writes the finished ones in order.
/// At most `limit` are started and not yet taken, and together they hold at most `budget`
/// articles unless one alone holds more (it is then built on its own): memory holds the articles
/// of the stories in flight, and the largest stories of a large store, built together, would
/// hold the most.
struct StoryBuilds {
    let limit: Int
    let budget: Int
    private var started: [(build: Running<Story>, articles: Int)] = []
    private var held = 0

    init(limit: Int, budget: Int = .max) {
        self.limit = max(1, limit)
        self.budget = max(1, budget)
    }

    /// Starts `work` (building a story of `articles` articles) once there is room for it, handing
    /// the oldest finished ones to `emit` (waiting for them) to make room.
    mutating func start(
        articles: Int = 1, _ work: @escaping @Sendable () -> Story, emit: (Story) throws -> Void
    ) rethrows {
        try makeRoom(for: articles, emit: emit)
        started.append((Running(work), articles))
        held += articles
    }

    /// Takes the oldest builds until one of `articles` articles can start.
    mutating func makeRoom(for articles: Int, emit: (Story) throws -> Void) rethrows {
        while !started.isEmpty && (started.count + 1 > limit || held > budget - min(budget, articles)) {
            try takeOldest(emit: emit)
        }
    }

    /// Stories of at least this many articles give their memory back once built (`FreedMemory`):
    /// trimming costs a walk over the heap, worth it only after the few largest.
    static let trimAfterArticles = 1_000

    private mutating func takeOldest(emit: (Story) throws -> Void) rethrows {
        let oldest = started.removeFirst()
        held -= oldest.articles
        if let story = oldest.build.wait() { try emit(story) }
        if oldest.articles >= Self.trimAfterArticles { FreedMemory.giveBack() }
    }

    /// Every build left, in order.
    mutating func finish(emit: (Story) throws -> Void) rethrows {
        while !started.isEmpty { try takeOldest(emit: emit) }
    }
}

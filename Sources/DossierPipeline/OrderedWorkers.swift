import Foundation

/// Runs jobs on a fixed number of worker threads and hands results back in submission order,
/// each as soon as it and every job before it are done.
///
/// Why not `concurrentPerform` over a chunk: that returns only when the whole chunk is done, so
/// a crash or a hang in one input held back every record before it. Here the consumer takes the
/// oldest job the moment it finishes, and a job that runs past `timeLimit` is given up (its
/// worker is replaced, its late result dropped), so one pathological input costs its own time
/// limit and never stalls the batch.
final class OrderedWorkers<Input: Sendable, Output: Sendable>: @unchecked Sendable {
    /// How a job ended, as the consumer sees it.
    enum Outcome {
        case done(Output)
        /// Ran past the time limit; the seconds it had run when given up.
        case timedOut(seconds: Double)
    }

    private final class Job: @unchecked Sendable {
        /// Taken (and let go) by the worker that runs the job, so a page's bytes are freed as soon
        /// as it is parsed rather than when the result is handed over.
        var input: Input?
        var output: Output?
        /// When a worker began it (nil while queued).
        var started: Date?
        var abandoned = false
        init(_ input: Input) { self.input = input }
    }

    private let condition = NSCondition()
    /// Jobs waiting for a worker, and every job in submission order until its result is handed
    /// over; a slot is emptied when its job leaves, so a finished job's input and output are freed
    /// at once, not when the bookkeeping is next compacted (which kept up to 1,024 pages alive).
    private var queue: [Job?] = []
    private var queueHead = 0
    private var order: [Job?] = []
    private var orderHead = 0
    private var stopping = false
    private let work: @Sendable (Input) -> Output
    private let timeLimit: Double

    /// - Parameters:
    ///   - workers: threads running jobs at once (both cores by default).
    ///   - timeLimit: seconds a job may run before the consumer gives up on it.
    init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, timeLimit: Double,
        work: @escaping @Sendable (Input) -> Output
    ) {
        self.work = work
        self.timeLimit = timeLimit
        for _ in 0..<max(1, workers) { startWorker() }
    }

    /// Lets the workers exit once the queue is empty. The threads hold the pool, so without this
    /// every run would leave its workers waiting forever (a server running the pipeline per
    /// request would gather threads until it could start no more).
    func finish() {
        condition.lock()
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    func submit(_ input: Input) {
        let job = Job(input)
        condition.lock()
        queue.append(job)
        order.append(job)
        condition.signal()
        condition.unlock()
    }

    /// Whether the oldest job's result can be taken without waiting.
    var headIsReady: Bool {
        condition.lock()
        defer { condition.unlock() }
        return orderHead < order.count && order[orderHead]?.output != nil
    }

    /// The oldest job's outcome, waiting for it; nil when nothing is pending.
    func next() -> Outcome? {
        condition.lock()
        defer { condition.unlock() }
        guard orderHead < order.count, let job = order[orderHead] else { return nil }
        while job.output == nil {
            if let started = job.started {
                let ran = Date().timeIntervalSince(started)
                if ran >= timeLimit {
                    job.abandoned = true
                    advanceOrder()
                    // The stuck worker keeps its thread until the job returns; another takes its place.
                    startWorkerLocked()
                    return .timedOut(seconds: ran)
                }
                _ = condition.wait(until: started.addingTimeInterval(timeLimit))
            } else {
                condition.wait()
            }
        }
        advanceOrder()
        guard let output = job.output else { return nil }
        job.output = nil
        return .done(output)
    }

    private func advanceOrder() {
        order[orderHead] = nil
        orderHead += 1
        // Drop finished bookkeeping now and then so memory stays flat over a long stream.
        if orderHead >= 1024, orderHead * 2 >= order.count {
            order.removeFirst(orderHead)
            orderHead = 0
        }
    }

    private func startWorker() {
        condition.lock()
        startWorkerLocked()
        condition.unlock()
    }

    private func startWorkerLocked() {
        let thread = Thread { [self] in runWorker() }
        // Deep but bounded recursion in parsers and analysers gets the room the main thread has.
        thread.stackSize = 8 << 20
        thread.start()
    }

    private func runWorker() {
        while true {
            condition.lock()
            while queueHead >= queue.count && !stopping { condition.wait() }
            if stopping && queueHead >= queue.count {
                condition.unlock()
                return
            }
            guard let job = queue[queueHead] else {
                condition.unlock()
                return
            }
            queue[queueHead] = nil
            queueHead += 1
            if queueHead >= 1024, queueHead * 2 >= queue.count {
                queue.removeFirst(queueHead)
                queueHead = 0
            }
            job.started = Date()
            let input = job.input
            job.input = nil
            // Wake a consumer waiting on this job so that it starts timing it.
            condition.broadcast()
            condition.unlock()

            guard let input else { continue }
            let output = work(input)

            condition.lock()
            let abandoned = job.abandoned
            if !abandoned { job.output = output }
            condition.broadcast()
            condition.unlock()
            // A replacement took this worker's place when its job was given up.
            if abandoned { return }
        }
    }
}

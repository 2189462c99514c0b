import DossierPipeline
import DossierStore
import DossierTestSupport
import Foundation
import XCTest
@testable import DossierWatch

/// `Watcher.run` schedules each source on its own: a slow source does not hold up the others.
final class IndependentScheduleTests: XCTestCase {
    /// One feed (on a host of its own) takes 1.5 s to answer; two fast feeds, due again 0.1–0.2 s
    /// after each poll, are polled again several times while it is pending (a pass that waited
    /// for every due source would poll them once).
    func testFastFeedsArePolledWhileASlowOneIsPending() throws {
        let slowStart = Locked<Date?>(nil)
        let fastTimes = Locked<[String: [Date]]>([:])
        let slow: LoopbackServer
        do {
            slow = try LoopbackServer(address: "127.0.0.2") { _ in
                slowStart.withLock { if $0 == nil { $0 = Date() } }
                Thread.sleep(forTimeInterval: 1.5)
                return .init(304)
            }
        } catch {
            throw XCTSkip("cannot listen on 127.0.0.2")
        }
        defer { slow.close() }
        let fast = try LoopbackServer { req in
            fastTimes.withLock { $0[req.path, default: []].append(Date()) }
            return .init(304)
        }
        defer { fast.close() }
        let store = try ArticleStore(path: WatchFixtures.tempDB())
        let now = Date().timeIntervalSince1970
        try store.addSources([slow.url + "/slow", fast.url + "/a", fast.url + "/b"], interval: 0.1, now: now)
        var config = WatchFixtures.configuration(min: 0)
        config.initialInterval = 0.1
        config.maxInterval = 0.2
        config.tickInterval = 0.05
        config.globalConcurrency = 3
        let watcher = try Watcher(store: store, configuration: config, random: { 0.5 })
        let done = DispatchSemaphore(value: 0)
        let failure = Locked<(any Error)?>(nil)
        let runner = Thread {
            do { try watcher.run() } catch { failure.withLock { $0 = error } }
            done.signal()
        }
        runner.start()
        Thread.sleep(forTimeInterval: 2.5)
        watcher.stop()
        XCTAssertEqual(done.wait(timeout: .now() + 10), .success)
        XCTAssertNil(failure.withLock { $0 })

        let start = try XCTUnwrap(slowStart.withLock { $0 })
        let pending = start...(start.addingTimeInterval(1.4))
        for path in ["/a", "/b"] {
            let during = fastTimes.withLock { $0[path] ?? [] }.filter { pending.contains($0) }
            XCTAssertGreaterThanOrEqual(during.count, 2, "\(path) polled \(during.count) times while /slow was pending")
        }
    }
}

import Foundation

/// The claim one `dossier watch` holds on a store while it runs.
///
/// The watcher keeps the stories being built in its memory, so a second watcher on the same store
/// would build a rival set and place articles twice over; the store therefore hands the claim to
/// one process at a time (SQLite: `flock` on a file beside the database; PostgreSQL: a
/// session-level advisory lock). Both end with the process, however it ends, so a watcher killed
/// by SIGKILL leaves nothing to clean up. Released by `release()` or when the claim is freed.
public final class WatcherLock: @unchecked Sendable {
    private let guardLock = NSLock()
    private var releaseBody: (() -> Void)?

    public init(release: @escaping () -> Void) { releaseBody = release }

    public func release() {
        guardLock.lock()
        let body = releaseBody
        releaseBody = nil
        guardLock.unlock()
        body?()
    }

    deinit { release() }
}

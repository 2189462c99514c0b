import DossierModel
import DossierPipeline
import DossierStore
import Foundation

/// The stories of the store, rebuilt when its revision changes.
///
/// Other processes (`dossier ingest`) may write the same file, so the revision is re-read at most
/// every `recheckInterval`; this server's own writes call `invalidate()` and are seen at once.
public final class StoryCatalog: Sendable {
    let store: any ArticleStoring
    let source: any StorySource
    private let current = Locked<StorySnapshot?>(nil)
    private let lastCheck = Locked<(revision: Int, at: ContinuousClock.Instant)?>(nil)
    /// How stale a snapshot may be after a write by another process.
    static let recheckInterval = Duration.milliseconds(250)

    public init(store: any ArticleStoring, source: any StorySource = LinkedStorySource()) {
        self.store = store
        self.source = source
    }

    public func invalidate() {
        lastCheck.withLock { $0 = nil }
    }

    /// The revision as of at most `recheckInterval` ago.
    func revision() throws -> Int {
        let now = ContinuousClock.now
        if let c = lastCheck.withLock({ $0 }), now - c.at < Self.recheckInterval { return c.revision }
        let r = try store.revision()
        lastCheck.withLock { $0 = (r, now) }
        return r
    }

    /// The snapshot of the current revision, building it if needed. Requests that arrive while it
    /// is built wait for that one build rather than starting their own.
    public func snapshot() throws -> StorySnapshot {
        let r = try revision()
        return try current.withLock { snap in
            if let s = snap, s.revision == r { return s }
            let articles = try store.loadArticles()
            let built = StorySnapshot(revision: r, stories: source.stories(from: articles), articles: articles)
            snap = built
            return built
        }
    }
}

import DossierModel

/// Where one added article went at both levels.
public struct TwoLevelPlacement: Sendable, Equatable {
    /// The storyline (story) it joined or opened.
    public var story: Int
    public var openedStory: Bool
    /// The event inside that story: events never straddle two stories.
    public var event: Int
    public var openedEvent: Bool
    public var copyOf: CopyMatch?
}

/// Online clustering at two levels over one stream in time order: a storyline clusterer with slow
/// time decay and broad vocabulary (`LinkingConfiguration.storylineLevel`), and an event clusterer
/// with the ECB+-fitted settings. An event is an event cluster within one story: the pair
/// (story, event cluster), numbered as it first appears. Each article is added once to each
/// clusterer, nothing placed is recomputed, and both clusterers retire what goes stale, so
/// memory and per-article cost stay flat (`dossier-bench link-scale`).
public struct StorylineClusterer: Sendable {
    public private(set) var events: StoryClusterer
    public private(set) var stories: StoryClusterer
    private var eventOfPair: [UInt64: Int32] = [:]
    public private(set) var eventCount = 0

    public init(configuration: LinkingConfiguration = .init(), keepVectors: Bool = false) {
        events = StoryClusterer(configuration: configuration, keepVectors: keepVectors)
        stories = StoryClusterer(configuration: configuration.storylineLevel(), keepVectors: keepVectors)
    }

    public mutating func primeVocabulary(_ articles: [Article]) {
        events.primeVocabulary(articles)
        stories.primeVocabulary(articles)
    }

    @discardableResult
    public mutating func add(_ article: Article) -> TwoLevelPlacement {
        let e = events.add(article)
        let s = stories.add(article, knownCopy: e.copyOf)
        // Pairs are keyed in 64 bits: cluster numbers are below 2^32 on any stream this holds.
        let key = UInt64(UInt32(truncatingIfNeeded: s.cluster)) << 32 | UInt64(UInt32(truncatingIfNeeded: e.cluster))
        var opened = false
        if eventOfPair[key] == nil {
            eventOfPair[key] = Int32(truncatingIfNeeded: eventCount)
            eventCount += 1
            opened = true
        }
        return TwoLevelPlacement(
            story: s.cluster, openedStory: s.opened, event: Int(eventOfPair[key] ?? 0),
            openedEvent: opened, copyOf: e.copyOf)
    }
}

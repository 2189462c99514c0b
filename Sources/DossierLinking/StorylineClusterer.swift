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

    /// The two clusterers, as spilled stories name them.
    public enum Level: Int, Sendable {
        case events = 0
        case stories = 1
    }

    /// Stories spilled at both levels since the last call (see `StoryClusterer.takeSpilled()`).
    public mutating func takeSpilled() -> [(level: Level, spilled: [SpilledStory], stale: [Int])] {
        let e = events.takeSpilled()
        let s = stories.takeSpilled()
        return [(.events, e.spilled, e.stale), (.stories, s.spilled, s.stale)]
    }

    public init(configuration: LinkingConfiguration = .init(), keepVectors: Bool = false) {
        events = StoryClusterer(configuration: configuration, keepVectors: keepVectors)
        stories = StoryClusterer(configuration: configuration.storylineLevel(), keepVectors: keepVectors)
    }

    /// Both levels count the same words of each article: read once, added to each.
    public mutating func primeVocabulary(_ articles: [Article]) {
        for a in articles {
            let terms = StoryClusterer.vocabulary(a)
            events.primeVocabulary(terms, published: a.published)
            stories.primeVocabulary(terms, published: a.published)
        }
    }

    @discardableResult
    public mutating func add(_ article: Article) -> TwoLevelPlacement {
        add(article, spilled: { _, _ in [] })
    }

    /// Adds the next article of a stream whose stories are bounded (`maxLiveStories`, at each
    /// level): `spilled(level, terms)` returns the spilled stories of that level (`events`,
    /// `stories`) sharing the most of those terms (see `StoryClusterer.add(_:spilled:)`).
    @discardableResult
    public mutating func add(
        _ article: Article, spilled: (_ level: Level, _ terms: [UInt64]) throws -> [SpilledStory]
    ) rethrows -> TwoLevelPlacement {
        // The article's words are counted once for both levels (each weighs them its own way).
        let terms = ArticleTerms.count(article, configuration: events.configuration)
        let e = try events.add(article, terms: terms, spilled: { try spilled(.events, $0) })
        let s = try stories.add(
            article, knownCopy: e.copyOf, terms: events.countsTermsAlike(stories) ? terms : nil,
            spilled: { try spilled(.stories, $0) })
        return placed(s, e)
    }

    /// The pair of placements as one: the event is the (story, event cluster) pair's number.
    private mutating func placed(_ s: Placement, _ e: Placement) -> TwoLevelPlacement {
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

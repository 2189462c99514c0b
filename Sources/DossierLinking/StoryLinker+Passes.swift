import DossierModel

/// Linking a store too large to hold in memory: articles are read in passes, a batch at a time,
/// and each story is built from its own members only, then handed on and dropped. The stories
/// are those `link(_:)` returns, in the same order, but the memory held is that of the clusterers
/// and of the largest story, not of the whole store.
extension StoryLinker {
    /// `times` lists every article's id and publication time (in the order `link(_:)` would be
    /// given the articles); `load(ids, details)` returns the articles with the given ids, in that
    /// order, and throws if one is missing; without `details` (the vocabulary and clustering passes)
    /// their quotes and figures may be left out, as clustering reads neither. Passes: the vocabulary
    /// (when `primeVocabulary`), the clustering, then one read per story. `emit` gets the stories
    /// largest first, as `link(_:)` sorts them.
    public func link(
        times: [(id: String, published: Timestamp?)], batchSize: Int = 256,
        load: (_ ids: [String], _ details: Bool) throws -> [Article], emit: (Story) throws -> Void
    ) throws {
        let order = Self.arrivalOrder(times.map(\.published))
        let step = max(1, batchSize)
        // Two threads: this one reads a batch and works out what depends on each article alone
        // (its words, its copy sketch); another adds the batch before to the clusterers, which
        // must take the articles one after another. The clusterers are handed from one batch's
        // work to the next, never used by two threads at once.
        let box = Clusterers(
            StorylineClusterer(configuration: configuration, keepVectors: configuration.refineSweeps > 0))
        let preparer = StorylineClusterer(configuration: configuration)
        var adding: Running<Bool>?
        if configuration.primeVocabulary {
            for start in stride(from: 0, to: order.count, by: step) {
                let ids = order[start..<min(start + step, order.count)].map { times[$0].id }
                let words = try load(ids, false).map { (StoryClusterer.vocabulary($0), $0.published) }
                _ = adding?.wait()
                adding = Running {
                    for (terms, published) in words { box.two.primeVocabulary(terms, published: published) }
                    return true
                }
            }
        }
        for start in stride(from: 0, to: order.count, by: step) {
            let ids = order[start..<min(start + step, order.count)].map { times[$0].id }
            let prepared = try load(ids, false).map(preparer.prepare)
            _ = adding?.wait()
            adding = Running {
                for (k, p) in prepared.enumerated() {
                    if let m = box.two.add(p).copyOf { box.copyOf[start + k] = m.original }
                }
                return true
            }
        }
        _ = adding?.wait()
        let copyOf = box.copyOf
        var two = box.take()
        let (storyGroups, eventOf) = groups(&two, copyOf: copyOf, count: order.count)
        // The clusterers' state (centroids, indexes, vectors) is not needed to build the stories:
        // let it go before their articles are read.
        two = StorylineClusterer(configuration: configuration)
        // Stories are sorted by size, then id, largest first: both are known before any is built.
        let keyed = storyGroups.map { members -> (id: String, members: [Int]) in
            (StoryAssembler.membershipID(members.map { times[order[$0]].id }), members)
        }
        let sorted = keyed.sorted { ($0.members.count, $1.id) > ($1.members.count, $0.id) }
        let assembler = StoryAssembler(configuration: configuration)
        let ids = order.map { times[$0].id }
        // Built `storiesAtOnce` at a time on other threads, written in this order: room is made
        // (the oldest build waited for and written) before the next story's articles are read.
        var builds = StoryBuilds(limit: configuration.storiesAtOnce)
        for group in sorted {
            try builds.makeRoom(for: 1, emit: emit)
            var articles = try load(group.members.map { ids[$0] }, true)
            Self.shareWithOriginals(&articles, members: group.members, copyOf: copyOf)
            let members = group.members
            try builds.start(
                { [self, articles, copyOf] in
                    story(
                        members, articles: articles, idOf: { ids[$0] }, copyOf: copyOf, eventOf: eventOf,
                        assembler: assembler)
                }, emit: emit)
        }
        try builds.finish(emit: emit)
    }

    /// Reprints held by reference to their original: a copy's text and each of its annotation
    /// lists that equal its original's (read from the store, they are separate copies of the
    /// same values) are replaced by the original's own, which shares its storage. A story made
    /// mostly of reprints then holds little more than its originals. Values are unchanged.
    static func shareWithOriginals(_ articles: inout [Article], members: [Int], copyOf: [Int: Int]) {
        guard !copyOf.isEmpty, articles.count == members.count else { return }
        var position: [Int: Int] = [:]
        for (k, m) in members.enumerated() { position[m] = k }
        for (k, m) in members.enumerated() {
            guard let c = copyOf[m], let p = position[c], p != k else { continue }
            let original = articles[p]
            if articles[k].text == original.text { articles[k].text = original.text }
            if articles[k].title == original.title { articles[k].title = original.title }
            if articles[k].annotations.sentences == original.annotations.sentences {
                articles[k].annotations.sentences = original.annotations.sentences
            }
            if articles[k].annotations.entities == original.annotations.entities {
                articles[k].annotations.entities = original.annotations.entities
            }
            if articles[k].annotations.quotes == original.annotations.quotes {
                articles[k].annotations.quotes = original.annotations.quotes
            }
            if articles[k].annotations.amounts == original.annotations.amounts {
                articles[k].annotations.amounts = original.annotations.amounts
            }
            if articles[k].annotations.dates == original.annotations.dates {
                articles[k].annotations.dates = original.annotations.dates
            }
        }
    }

    /// The clusterers while batches are added on another thread: each batch's work takes them
    /// after the one before has finished (`Running.wait`), so one thread uses them at a time.
    final class Clusterers: @unchecked Sendable {
        var two: StorylineClusterer
        var copyOf: [Int: Int] = [:]
        init(_ two: StorylineClusterer) { self.two = two }

        /// The clusterers, moved out (the box keeps an empty pair, so no copy of their state is made).
        func take() -> StorylineClusterer {
            let out = two
            two = StorylineClusterer(configuration: two.events.configuration)
            return out
        }
    }

    /// One story from its members (arrival numbers) and their articles, in the same order.
    func story(
        _ members: [Int], articles: [Article], idOf: (Int) -> String, copyOf: [Int: Int], eventOf: [Int],
        assembler: StoryAssembler
    ) -> Story {
        var originals: [String: String] = [:]
        for m in members { if let c = copyOf[m] { originals[idOf(m)] = idOf(c) } }
        // Events: the story's members split by their event cluster, in arrival order.
        var slot: [Int: Int] = [:]
        var events: [[Article]] = []
        for (m, a) in zip(members, articles) {
            let e = m < eventOf.count ? eventOf[m] : 0
            if slot[e] == nil { slot[e] = events.count; events.append([]) }
            events[slot[e] ?? 0].append(a)
        }
        return assembler.story(articles, events: events, originalOf: originals)
    }

    /// The story groups (arrival numbers) and the event group of each arrival, once every article
    /// of `count` has been added to `two`: consolidated, then refined with copies kept with their
    /// originals. One level after the other: each works on a copy of its clusters' centroids
    /// (uncapped in the sweep), and on a large store two at once would double the peak memory.
    func groups(
        _ two: inout StorylineClusterer, copyOf: [Int: Int], count: Int
    ) -> (
        stories: [[Int]], eventOf: [Int]
    ) {
        var eventGroups = two.events.consolidated()
        for _ in 0..<configuration.refineSweeps { eventGroups = two.events.refined(eventGroups, pinned: copyOf) }
        var storyGroups = two.stories.consolidated()
        for _ in 0..<configuration.refineSweeps { storyGroups = two.stories.refined(storyGroups, pinned: copyOf) }
        var eventOf = [Int](repeating: 0, count: count)
        for (g, members) in eventGroups.enumerated() { for m in members where m < eventOf.count { eventOf[m] = g } }
        return (storyGroups, eventOf)
    }

    /// `arrivalOrder` from publication times alone.
    static func arrivalOrder(_ published: [Timestamp?]) -> [Int] {
        published.indices.sorted { a, b in
            switch (published[a], published[b]) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }
}

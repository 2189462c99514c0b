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
    /// largest first, as `link(_:)` sorts them; only the stories whose id `building` accepts (asked
    /// in that order, once each) are built.
    public func link(
        times: [(id: String, published: Timestamp?)], batchSize: Int = 256,
        load: (_ ids: [String], _ details: Bool) throws -> [Article], building: (String) -> Bool = { _ in true },
        emit: (Story) throws -> Void
    ) throws {
        let order = Self.arrivalOrder(times.map(\.published))
        // One read of the store for both levels, each grouped, its clusterer let go before any
        // story's articles are read (`clusterOnce`).
        let (eventGroups, storyGroups, copyOf) = try clusterOnce(
            order: order, times: times, batchSize: batchSize, load: load)
        let eventOf = Self.eventNumbers(eventGroups, count: order.count)
        FreedMemory.giveBack()
        // Stories are sorted by size, then id, largest first: both are known before any is built.
        let keyed = storyGroups.map { members -> (id: String, members: [Int]) in
            (StoryAssembler.membershipID(members.map { times[order[$0]].id }), members)
        }
        let sorted = keyed.sorted { ($0.members.count, $1.id) > ($1.members.count, $0.id) }
        let assembler = StoryAssembler(configuration: configuration)
        let ids = order.map { times[$0].id }
        // Built `storiesAtOnce` at a time on other threads, written in this order: room is made
        // (the oldest build waited for and written) before the next story's articles are read.
        var builds = StoryBuilds(limit: configuration.storiesAtOnce, budget: configuration.storyArticlesAtOnce)
        for group in sorted where building(group.id) {
            try builds.makeRoom(for: group.members.count, emit: emit)
            var articles = try load(group.members.map { ids[$0] }, true)
            // What no detail builder reads (paragraph spans, the boilerplate removed) goes at once.
            for k in articles.indices {
                articles[k].paragraphs = []
                articles[k].removed = []
            }
            Self.shareWithOriginals(&articles, members: group.members, copyOf: copyOf)
            let members = group.members
            try builds.start(
                articles: members.count,
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
    /// of `count` has been added to both levels.
    func groups(
        events: StoryClusterer, stories: StoryClusterer, copyOf: [Int: Int], count: Int
    ) -> (stories: [[Int]], eventOf: [Int]) {
        (groups(stories, copyOf: copyOf), Self.eventNumbers(groups(events, copyOf: copyOf), count: count))
    }

    /// One level's groups (arrival numbers), every article added: consolidated, then refined with
    /// copies kept with their originals. The clusterer is used up (`consolidatedUsingUp`: its
    /// clusters merged where they lie, its online state let go before the sweep), and each sweep
    /// builds its own uncapped centroids from the kept vectors.
    func groups(_ level: consuming StoryClusterer, copyOf: [Int: Int]) -> [[Int]] {
        var groups = level.consolidatedUsingUp()
        for _ in 0..<configuration.refineSweeps { groups = level.refined(groups, pinned: copyOf) }
        return groups
    }

    /// The event group of each of `count` arrivals.
    static func eventNumbers(_ eventGroups: [[Int]], count: Int) -> [Int] {
        var eventOf = [Int](repeating: 0, count: count)
        for (g, members) in eventGroups.enumerated() { for m in members where m < eventOf.count { eventOf[m] = g } }
        return eventOf
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

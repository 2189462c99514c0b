import DossierModel

/// The linking stage over a batch: finds copies, clusters articles into stories, and gathers
/// each story's entities, events, quotes, claims and syndication.
public struct StoryLinker: Sendable {
    public let configuration: LinkingConfiguration

    public init(configuration: LinkingConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Articles already analysed. Stories come sorted by size, largest first; each holds its events.
    public func link(_ articles: [Article]) -> [Story] {
        let (order, storyGroups, eventOf, copyOf) = partitions(articles)
        let assembler = StoryAssembler(configuration: configuration)
        var stories: [Story] = storyGroups.map { members in
            var originals: [String: String] = [:]
            for m in members { if let c = copyOf[m] { originals[articles[order[m]].id] = articles[order[c]].id } }
            // Events: the story's members split by their event cluster, in arrival order.
            var slot: [Int: Int] = [:]
            var events: [[Article]] = []
            for m in members {
                let e = eventOf[m]
                if slot[e] == nil { slot[e] = events.count; events.append([]) }
                events[slot[e] ?? 0].append(articles[order[m]])
            }
            return assembler.story(members.map { articles[order[$0]] }, events: events, originalOf: originals)
        }
        stories.sort { ($0.articles.count, $1.id) > ($1.articles.count, $0.id) }
        return stories
    }

    /// Both levels over a batch: arrival order, story member groups (indices into the order),
    /// the event group of each arrival, and each copy's original.
    func partitions(_ articles: [Article]) -> (order: [Int], stories: [[Int]], eventOf: [Int], copyOf: [Int: Int]) {
        let order = Self.arrivalOrder(articles)
        var two = StorylineClusterer(configuration: configuration, keepVectors: configuration.refineSweeps > 0)
        if configuration.primeVocabulary { two.primeVocabulary(order.map { articles[$0] }) }
        var copyOf: [Int: Int] = [:]
        for (k, i) in order.enumerated() {
            if let m = two.add(articles[i]).copyOf { copyOf[k] = m.original }
        }
        var eventGroups = two.events.consolidated()
        var storyGroups = two.stories.consolidated()
        for _ in 0..<configuration.refineSweeps {
            eventGroups = two.events.refined(eventGroups, pinned: copyOf)
            storyGroups = two.stories.refined(storyGroups, pinned: copyOf)
        }
        var eventOf = [Int](repeating: 0, count: order.count)
        for (g, members) in eventGroups.enumerated() { for m in members where m < eventOf.count { eventOf[m] = g } }
        return (order, storyGroups, eventOf, copyOf)
    }

    /// Event groups only (article ids), for scoring the event level on its own.
    public func eventGroups(_ articles: [Article]) -> [[String]] {
        let (order, stories, eventOf, _) = partitions(articles)
        var out: [[String]] = []
        for members in stories {
            var slot: [Int: Int] = [:]
            for m in members {
                if slot[eventOf[m]] == nil { slot[eventOf[m]] = out.count; out.append([]) }
                out[slot[eventOf[m]] ?? 0].append(articles[order[m]].id)
            }
        }
        return out.sorted { $0.count > $1.count }
    }

    /// Time order: dated articles by publication time, undated ones after them in input order
    /// (they carry no time to decay by, so their place matters less).
    static func arrivalOrder(_ articles: [Article]) -> [Int] {
        articles.indices.sorted { a, b in
            switch (articles[a].published, articles[b].published) {
            case let (x?, y?): return x != y ? x < y : a < b
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a < b
            }
        }
    }
}

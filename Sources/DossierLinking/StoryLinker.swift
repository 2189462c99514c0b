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
        let ids = order.map { articles[$0].id }
        var stories: [Story] = []
        var builds = StoryBuilds(limit: configuration.storiesAtOnce)
        for members in storyGroups {
            let members = members, chosen = members.map { articles[order[$0]] }
            builds.start(
                { [self] in
                    story(
                        members, articles: chosen, idOf: { ids[$0] }, copyOf: copyOf, eventOf: eventOf,
                        assembler: assembler)
                }, emit: { stories.append($0) })
        }
        builds.finish(emit: { stories.append($0) })
        stories.sort { ($0.articles.count, $1.id) > ($1.articles.count, $0.id) }
        return stories
    }

    /// Both levels over a batch: arrival order, story member groups (indices into the order),
    /// the event group of each arrival, and each copy's original.
    func partitions(_ articles: [Article]) -> (order: [Int], stories: [[Int]], eventOf: [Int], copyOf: [Int: Int]) {
        let order = Self.arrivalOrder(articles.map(\.published))
        var two = StorylineClusterer(configuration: configuration, keepVectors: configuration.refineSweeps > 0)
        if configuration.primeVocabulary { two.primeVocabulary(order.map { articles[$0] }) }
        var copyOf: [Int: Int] = [:]
        for (k, i) in order.enumerated() {
            if let m = two.add(articles[i]).copyOf { copyOf[k] = m.original }
        }
        let (storyGroups, eventOf) = groups(
            events: two.events, stories: two.stories, copyOf: copyOf, count: order.count)
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
}

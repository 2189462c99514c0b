import DossierModel

/// The linking stage over a batch: finds copies, clusters articles into stories, and gathers
/// each story's entities, events, quotes, claims and syndication.
public struct StoryLinker: Sendable {
    public let configuration: LinkingConfiguration

    public init(configuration: LinkingConfiguration = .init()) {
        self.configuration = configuration
    }

    /// Articles already analysed. Stories come sorted by size, largest first.
    public func link(_ articles: [Article]) -> [Story] {
        let order = Self.arrivalOrder(articles)
        var clusterer = StoryClusterer(configuration: configuration, keepVectors: configuration.refineSweeps > 0)
        if configuration.primeVocabulary { clusterer.primeVocabulary(order.map { articles[$0] }) }
        var copyOf: [Int: CopyMatch] = [:]
        for (k, i) in order.enumerated() {
            if let m = clusterer.add(articles[i]).copyOf { copyOf[k] = m }
        }
        var groups = clusterer.consolidated()
        for _ in 0..<configuration.refineSweeps { groups = clusterer.refined(groups, pinned: copyOf.mapValues(\.original)) }
        let assembler = StoryAssembler(configuration: configuration)
        var stories: [Story] = groups.map { members in
            let arts = members.map { articles[order[$0]] }
            var originals: [String: String] = [:]
            for m in members { if let c = copyOf[m] { originals[articles[order[m]].id] = articles[order[c.original]].id } }
            return assembler.story(arts, originalOf: originals)
        }
        stories.sort { ($0.articles.count, $1.id) > ($1.articles.count, $0.id) }
        return stories
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

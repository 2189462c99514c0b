import DossierLinking
import DossierModel

/// Where the web app gets stories from: the linking stage, behind one method, so a change to
/// how stories are built (events inside stories, say) changes this adapter and nothing else.
public protocol StorySource: Sendable {
    /// Stories of the given analysed articles, largest first.
    func stories(from articles: [Article]) -> [Story]
}

/// Stories as `dossier stories` builds them, from the current `StoryLinker`.
public struct LinkedStorySource: StorySource {
    public var configuration: LinkingConfiguration

    public init(configuration: LinkingConfiguration = .init()) {
        self.configuration = configuration
    }

    public func stories(from articles: [Article]) -> [Story] {
        StoryLinker(configuration: configuration).link(articles)
    }
}

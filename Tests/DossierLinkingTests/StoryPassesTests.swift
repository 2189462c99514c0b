import DossierModel
import Testing
@testable import DossierLinking

/// Linking in passes (`StoryLinker.link(times:load:emit:)`) gives the stories of linking the
/// whole batch at once, in the same order, whatever the batch size; and the figure grouping's
/// indexes pick the groups the all-pairs comparison picked.
@Suite struct StoryPassesTests {
    static let corpus: [Article] =
        StorylineTests.strike + StorylineTests.other + StorylineTests.war
        + [Fixtures.article("q1", outlet: "Wire", day: 3, title: "Quake", Fixtures.wire)]
        + [Fixtures.article("q2", outlet: "Copy", day: nil, title: "Quake", Fixtures.wireCopy)]

    static func passes(_ articles: [Article], batchSize: Int) throws -> (stories: [Story], loads: [Int]) {
        var byId: [String: Article] = [:]
        for a in articles { byId[a.id] = a }
        var out: [Story] = []
        var loads: [Int] = []
        try StoryLinker().link(
            times: articles.map { ($0.id, $0.published) }, batchSize: batchSize,
            load: { ids, details in
                loads.append(ids.count)
                // What the clustering passes may be given: no quotes and no figures.
                return ids.compactMap { id in
                    guard var a = byId[id] else { return nil }
                    if !details {
                        a.annotations.quotes = []
                        a.annotations.amounts = []
                    }
                    return a
                }
            },
            emit: { out.append($0) })
        return (out, loads)
    }

    @Test(arguments: [1, 3, 256])
    func passesGiveTheStoriesOfOneBatch(batchSize: Int) throws {
        let whole = StoryLinker().link(Self.corpus)
        let (streamed, loads) = try Self.passes(Self.corpus, batchSize: batchSize)
        #expect(whole.count > 2)
        #expect(streamed == whole)
        // Vocabulary and clustering reads stay within a batch; the story reads are one per story.
        #expect(loads.dropLast(whole.count).allSatisfy { $0 <= batchSize })
        #expect(Array(loads.suffix(whole.count)) == whole.map(\.articles.count))
    }

    @Test func anEmptyStoreGivesNoStories() throws {
        #expect(try Self.passes([], batchSize: 4).stories.isEmpty)
    }

    @Test func undatedArticlesComeAfterDatedOnesInInputOrder() {
        let t = Timestamp(year: 2024, month: 3, day: 4)
        let u = Timestamp(year: 2024, month: 3, day: 2)
        #expect(StoryLinker.arrivalOrder([nil, t, u, nil, t]) == [2, 1, 4, 0, 3])
    }
}

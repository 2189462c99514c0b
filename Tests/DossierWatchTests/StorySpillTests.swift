import DossierLinking
import DossierModel
import DossierStore
import XCTest
@testable import DossierWatch

/// The story tracker with a bounded memory (`WatchConfiguration.storyCapacity`): stories beyond
/// it are spilled to the store and an article can still join them.
final class StorySpillTests: XCTestCase {
    /// Words, a person and a place of topic `t` (invented, so that topics share nothing but
    /// stopwords), and article `n` of it.
    static func article(topic t: Int, _ n: Int) -> Article {
        let syllables = ["ba", "de", "fi", "go", "ku", "la", "me", "ni", "po", "ru", "sa", "te", "vo", "zu"]
        func word(_ k: Int) -> String {
            var x = (t + 1) * 7_919 + k * 104_729
            var out = ""
            for _ in 0..<3 {
                out += syllables[x % syllables.count]
                x /= syllables.count
            }
            return out
        }
        let person = word(1).capitalized + " " + word(2).capitalized
        let place = word(3).capitalized
        var text = ""
        for i in 0..<6 {
            text += "\(person) \(word(4)) \(word(5)) in \(place) \(word(6)) \(word(7)). "
            text += "The \(word(8)) of \(place) \(word(9 + (n + i) % 3)) \(word(12)). "
        }
        return Article(
            id: "t\(t)-\(n)", source: "test", title: "\(place) \(word(4)) \(word(5)) \(word(13 + n % 2))", text: text)
    }

    private func tracker(capacity: Int, _ store: any WatchStoring) throws -> (StoryTracker, any WatchStoring) {
        var c = WatchConfiguration()
        c.storyCapacity = capacity
        return (try StoryTracker(store: store, configuration: c.linking), store)
    }

    /// With room for two stories, the first topic's story is spilled by the five that follow,
    /// and its next article still joins it (the same story and event as in memory without bound).
    func testArticleJoinsAnEvictedStory() throws { try articleJoinsAnEvictedStory(WatchEngines.sqlite()) }
    func testArticleJoinsAnEvictedStoryOnPostgres() throws {
        try articleJoinsAnEvictedStory(WatchEngines.postgres(self))
    }

    func articleJoinsAnEvictedStory(_ engine: any WatchStoring) throws {
        var (bounded, store) = try tracker(capacity: 2, engine)
        var unbounded = StoryTracker()
        var sequence = [Self.article(topic: 0, 0)]
        for t in 1...5 { sequence.append(Self.article(topic: t, 0)) }
        sequence.append(Self.article(topic: 0, 1))
        var got: [WatchMember] = []
        var want: [WatchMember] = []
        for a in sequence {
            got.append(try bounded.place(a, now: 0).member)
            want.append(try unbounded.place(a, now: 0).member)
        }
        XCTAssertEqual(Set(got.map(\.storyId)).count, 6)
        XCTAssertEqual(got.last?.storyId, "s-t0-0")
        XCTAssertEqual(got.last?.eventId, "e-t0-0")
        XCTAssertEqual(got, want)
        // The first story was out of memory before the last article came.
        XCTAssertGreaterThan(try store.spilledStoryCount(level: 1), 0)
    }

    /// However many stories open, no more than the capacity are held after each placement, the
    /// rest are kept in the store.
    func testHeldStoriesStayWithinCapacity() throws { try heldStoriesStayWithinCapacity(WatchEngines.sqlite()) }
    func testHeldStoriesStayWithinCapacityOnPostgres() throws {
        try heldStoriesStayWithinCapacity(WatchEngines.postgres(self))
    }

    func heldStoriesStayWithinCapacity(_ engine: any WatchStoring) throws {
        let capacity = 4
        var (t, store) = try tracker(capacity: capacity, engine)
        var placed: [WatchMember] = []
        for n in 0..<3 {
            for topic in 0..<15 {
                let p = try t.place(Self.article(topic: topic, n), now: 0)
                placed.append(p.member)
                XCTAssertLessThanOrEqual(t.liveStories.stories, capacity)
                XCTAssertLessThanOrEqual(t.liveStories.events, capacity)
            }
        }
        // Each topic is one story however often it left memory.
        XCTAssertEqual(Set(placed.map(\.storyId)).count, 15)
        XCTAssertGreaterThan(t.spilledStories.stories, 0)
        XCTAssertEqual(try store.spilledStoryCount(level: 1), t.spilledStories.stories)
        XCTAssertEqual(try store.spilledStoryCount(level: 0), t.spilledStories.events)

        // Spilled bytes decode; anything cut short does not.
        let blob = try XCTUnwrap(
            try store.spilledStories(level: 1, terms: (0..<15).map { StoryClusterer.storyTerm($0) }, limit: 1).first)
        XCTAssertNotNil(SpilledStory(bytes: blob))
        XCTAssertNil(SpilledStory(bytes: Array(blob.dropLast(3))))
        XCTAssertNil(SpilledStory(bytes: [1, 2, 3]))
    }
}

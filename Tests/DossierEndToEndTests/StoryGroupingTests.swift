import Foundation
import Testing

/// The sample corpus holds two unrelated stories that overlap in time and share an outlet.
@Suite struct StoryGroupingTests {
    @Test func theTwoSampleStoriesAreSeparated() throws {
        let run = try runDossier(["stories", Repo.samples])
        #expect(run.status == 0, "\(run.stderr)")
        let doc = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let stories = (doc["stories"] as! [[String: Any]]).map { s in
            (s["articles"] as! [[String: Any]]).map { $0["source"] as! String }
        }
        func isA(_ source: String) -> Bool { source.contains("/kessvik-tanker-leak/") }
        for members in stories {
            #expect(members.allSatisfy(isA) || !members.contains(where: isA), "a story mixes the two: \(members)")
        }
        let largest = try #require(stories.first)
        #expect(largest.filter(isA).count >= 12, "story A should hold (nearly) all 14 of its reports: \(largest)")
        let b = stories.filter { $0.contains { $0.contains("/orrenby-stadium-vote/") } }
        #expect(b.count == 1 && b[0].count == 3, "story B's three reports form one story: \(b)")
    }

    @Test func storyOutputCarriesEntitiesAcrossSpellingsAndConflictingFigures() throws {
        let run = try runDossier(["stories", Repo.storyA])
        let doc = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let story = try #require((doc["stories"] as! [[String: Any]]).first)
        let entities = story["entities"] as! [[String: Any]]
        let owner = try #require(entities.first { ($0["aliases"] as! [String]).contains("Tarek al-Hazeemi") })
        #expect((owner["aliases"] as! [String]).contains("Tariq Al-Hazimi"), "one person across transliterations")
        #expect((owner["articles"] as! [String]).count >= 3)
        let claims = story["claims"] as! [[String: Any]]
        #expect(claims.contains { $0["verdict"] as? String == "conflict" })
        #expect(claims.contains { $0["verdict"] as? String == "agree" })
        #expect(!(story["events"] as! [Any]).isEmpty)
    }
}

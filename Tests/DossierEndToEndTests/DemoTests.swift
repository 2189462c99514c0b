import Foundation
import Testing

@Suite struct DemoTests {
    @Test func demoWritesTheDossierAndSaysWhere() throws {
        let dir = try Repo.temporaryDirectory()
        let run = try runDossier(["demo", "--out", dir + "/out"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains(dir + "/out/brief.md"))
        #expect(run.stdout.contains(dir + "/out/brief.html"))
        let md = try String(contentsOfFile: dir + "/out/brief.md", encoding: .utf8)
        let html = try String(contentsOfFile: dir + "/out/brief.html", encoding: .utf8)
        #expect(md.contains("Kessvik"))
        #expect(md.contains("## Sources"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<li id=\"source-1\">"))
    }

    @Test func syndicatedReprintIsCountedOnce() throws {
        // Brief the story that holds the wire original, whichever is largest.
        let listed = try runDossier(["stories", Repo.storyA])
        let stories =
            (try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as! [String: Any])["stories"]
            as! [[String: Any]]
        let story = try #require(
            stories.first { s in
                (s["articles"] as! [[String: Any]]).contains {
                    ($0["source"] as! String).hasSuffix("01-meridian-wire.txt")
                }
            })
        let run = try runDossier(["brief", Repo.storyA, "--story", story["id"] as! String, "--format", "json"])
        #expect(run.status == 0)
        let brief = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as! [String: Any]
        let sources = brief["sources"] as! [[String: Any]]
        let reprint = try #require(
            sources.first {
                (($0["article"] as! [String: Any])["source"] as! String).hasSuffix("02-briefwave-reprint.txt")
            })
        let wire = try #require(
            sources.first { (($0["article"] as! [String: Any])["source"] as! String).hasSuffix("01-meridian-wire.txt") }
        )
        #expect(reprint["copy_of"] as? String == (wire["article"] as! [String: Any])["id"] as? String)
        #expect(wire["copy_of"] is NSNull)
        #expect((brief["summary"] as! String).contains("reprint"))
    }
}

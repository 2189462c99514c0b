import Foundation
import Testing

/// Every page and API route of a live server over the ingested sample corpus.
@Suite(.serialized) struct ServerRouteTests {
    func port() async throws -> Int { try await ServerFixture.shared.port() }

    func firstStory(_ port: Int) async throws -> [String: Any] {
        let list = try await HTTP.get(port, "/api/stories").json()
        let items = try #require(list["items"] as? [[String: Any]])
        return try #require(items.first)
    }

    @Test func storyListPageAndAPI() async throws {
        let port = try await port()
        let page = try await HTTP.get(port, "/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("<h1>Stories</h1>"))
        #expect(page.text.contains("Kessvik"))
        #expect(page.text.contains("<svg class=\"spark\""))
        let api = try await HTTP.get(port, "/api/stories").json()
        #expect((api["total"] as? Int ?? 0) >= 2)
        let first = try await firstStory(port)
        #expect((first["articles"] as? Int ?? 0) >= 10)
        // Filters, sort and paging.
        let one = try await HTTP.get(port, "/api/stories?limit=1").json()
        #expect((one["items"] as? [Any])?.count == 1)
        let cursor = try #require(one["next_cursor"] as? String)
        let second = try await HTTP.get(port, "/api/stories?limit=1&cursor=\(cursor)").json()
        let secondItems = try #require(second["items"] as? [[String: Any]])
        #expect(secondItems.first?["id"] as? String != first["id"] as? String)
        let stadium = try await HTTP.get(port, "/api/stories?q=stadium").json()
        #expect((stadium["items"] as? [[String: Any]])?.first?["title"] as? String != first["title"] as? String)
        let noneAfter = try await HTTP.get(port, "/api/stories?from=2030-01-01").json()
        #expect(noneAfter["total"] as? Int == 0)
        for sort in ["size", "recent", "trend"] {
            #expect(try await HTTP.get(port, "/?sort=\(sort)&outlet=courier").status == 200)
        }
        let bad = try await HTTP.get(port, "/api/stories?sort=sideways")
        #expect(bad.status == 400)
        #expect(try bad.json()["error"] != nil)
        #expect(try await HTTP.get(port, "/api/stories?cursor=garbage").status == 400)
    }

    @Test func storyPageShowsTheBrief() async throws {
        let port = try await port()
        let id = try #require(try await firstStory(port)["id"] as? String)
        let page = try await HTTP.get(port, "/stories/\(id)")
        #expect(page.status == 200)
        #expect(page.text.contains("Sources"))
        #expect(page.text.contains("/articles/"))
        #expect(page.text.contains("<figure class=\"chart coverage\">"))
        let api = try await HTTP.get(port, "/api/stories/\(id)").json()
        #expect(api["brief"] != nil && api["story"] != nil)
        #expect(try await HTTP.get(port, "/stories/nope").status == 404)
        #expect(try await HTTP.get(port, "/api/stories/nope").status == 404)
        for what in ["articles", "quotes", "figures"] {
            let csv = try await HTTP.get(port, "/export/stories/\(id)?what=\(what)&format=csv")
            #expect(csv.status == 200)
            #expect(csv.headers["content-type"]?.hasPrefix("text/csv") == true)
        }
        let jsonl = try await HTTP.get(port, "/export/stories/\(id)?what=quotes&format=jsonl")
        #expect(jsonl.text.split(separator: "\n").allSatisfy { $0.hasPrefix("{") })
    }

    @Test func articlePageHighlightsAndFoldsChrome() async throws {
        let port = try await port()
        let list = try await HTTP.get(port, "/api/articles?limit=200").json()
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(items.count == 17)
        let wire = try #require(items.first { ($0["title"] as? String)?.hasPrefix("Tanker detained") == true })
        let id = try #require(wire["id"] as? String)
        let page = try await HTTP.get(port, "/articles/\(id)?hl=0-10")
        #expect(page.status == 200)
        #expect(page.text.contains("class=\"quote\""))
        #expect(page.text.contains("class=\"ent-person\""))
        #expect(page.text.contains("class=\"amount\""))
        #expect(page.text.contains("id=\"hl\""))
        let api = try await HTTP.get(port, "/api/articles/\(id)").json()
        #expect((api["article"] as? [String: Any])?["id"] as? String == id)
        #expect(api["story_id"] as? String != nil)
        #expect(try await HTTP.get(port, "/articles/missing").status == 404)
        let missing = try await HTTP.get(port, "/api/articles/missing")
        #expect(missing.status == 404)
        #expect((try missing.json()["error"] as? [String: Any])?["message"] as? String != nil)
        // Removed page furniture is folded away on an article that had some.
        let folded = try await HTTP.get(port, "/").text
        #expect(!folded.isEmpty)
    }

    @Test func personPageAndAPI() async throws {
        let port = try await port()
        let page = try await HTTP.get(port, "/people/Anton%20Ruske")
        #expect(page.status == 200)
        #expect(page.text.contains("Nobody sails out of here"))
        let api = try await HTTP.get(port, "/api/people/anton%20ruske").json()
        #expect(api["name"] as? String == "Anton Ruske")
        #expect(((api["quotes"] as? [String: Any])?["total"] as? Int ?? 0) >= 1)
        #expect(!((api["stories"] as? [Any]) ?? []).isEmpty)
        #expect(try await HTTP.get(port, "/api/people/Nobody%20Atall").status == 404)
        // A speaker the text only describes (sample 03's "a senior port official") is nobody's page.
        #expect(try await HTTP.get(port, "/people/a%20senior%20port%20official").status == 404)
        #expect(try await HTTP.get(port, "/api/people/A%20senior%20port%20official").status == 404)
    }

    @Test func searchFindsAKnownQuote() async throws {
        let port = try await port()
        let api = try await HTTP.get(port, "/api/search?q=%22paper%20masks%22").json()
        let items = try #require(api["items"] as? [[String: Any]])
        #expect(
            items.contains {
                $0["kind"] as? String == "quote" && ($0["speaker"] as? String)?.contains("Varga") == true
            })
        #expect(items.contains { ($0["snippet_html"] as? String)?.contains("<mark>paper masks</mark>") == true })
        let page = try await HTTP.get(port, "/search?q=%22paper+masks%22")
        #expect(page.status == 200)
        #expect(page.text.contains("<mark>"))
        #expect(page.text.contains("Matches by day") || page.text.contains("match"))
        // Operators and filters.
        let not = try await HTTP.get(port, "/api/search?q=tanker%20NOT%20Corvina&scope=articles").json()
        let all = try await HTTP.get(port, "/api/search?q=tanker&scope=articles").json()
        #expect((not["total"] as? Int ?? 0) < (all["total"] as? Int ?? 0))
        let person = try await HTTP.get(port, "/api/search?q=person:%22Ilse%20Varga%22&scope=quotes").json()
        #expect((person["total"] as? Int ?? 0) >= 1)
        let dated = try await HTTP.get(port, "/api/search?q=tanker%20from:2030-01-01").json()
        #expect(dated["total"] as? Int == 0)
        #expect(try await HTTP.get(port, "/api/search?q=%21%21%29%28").status == 400)
        #expect(try await HTTP.get(port, "/api/search").status == 400)
        let csv = try await HTTP.get(port, "/export/search?q=tanker&format=csv")
        #expect(csv.status == 200 && csv.text.hasPrefix("kind,article_id"))
    }

    @Test func writesNeedTheToken() async throws {
        let port = try await port()
        let body = Data(#"{"id": "no-token", "title": "T", "text": "Some text here."}"#.utf8)
        let none = try await HTTP.send(
            port, "POST", "/api/articles", body: body,
            headers: ["Content-Type": "application/json"])
        #expect(none.status == 401)
        #expect(try none.json()["error"] != nil)
        let wrong = try await HTTP.send(
            port, "POST", "/api/articles", body: body,
            headers: ["Content-Type": "application/json", "Authorization": "Bearer nope"])
        #expect(wrong.status == 401)
        let form = try await HTTP.send(
            port, "POST", "/ingest", body: Data("text=hello&token=nope".utf8),
            headers: ["Content-Type": "application/x-www-form-urlencoded"])
        #expect(form.status == 401)
        #expect(try await HTTP.get(port, "/api/articles/no-token").status == 404)
    }

    @Test func reIngestChangesNothing() async throws {
        let port = try await port()
        let before = try await HTTP.get(port, "/api/articles").json()["total"] as? Int
        let data = try Data(
            contentsOf: URL(
                fileURLWithPath: ServerFixture.repo
                    + "/Samples/corpus/kessvik-tanker-leak/05-harbourline.jsonl"))
        let again = try await HTTP.send(
            port, "POST", "/api/articles?filename=05-harbourline.jsonl", body: data,
            headers: ["Authorization": "Bearer \(ServerFixture.token)"])
        #expect(again.status == 200)
        #expect(try again.json()["added"] as? Int == 0)
        #expect(try await HTTP.get(port, "/api/articles").json()["total"] as? Int == before)
    }

    @Test func scriptInAQuoteRendersAsText() async throws {
        let port = try await port()
        let record = #"""
            {"id": "xss-probe", "title": "Harbour <script>alert(1)</script> probe", "outlet": "Probe <b>Wire</b>",
             "url": "javascript:alert(2)",
             "text": "The inspector said: \"<script>alert('x')</script> is not welcome here\", says the report."}
            """#
        let r = try await HTTP.send(
            port, "POST", "/api/articles?filename=probe.json", body: Data(record.utf8),
            headers: [
                "Authorization": "Bearer \(ServerFixture.token)",
                "Content-Type": "application/json",
            ])
        #expect(r.status == 201, "\(r.text)")
        let page = try await HTTP.get(port, "/articles/xss-probe")
        #expect(page.status == 200)
        #expect(!page.text.contains("<script>"))
        #expect(page.text.contains("&lt;script&gt;"))
        #expect(!page.text.contains("href=\"javascript:"))
        #expect(page.headers["content-security-policy"]?.contains("script-src 'none'") == true)
        let search = try await HTTP.get(port, "/search?q=welcome")
        #expect(!search.text.contains("<script>"))
        let list = try await HTTP.get(port, "/")
        #expect(!list.text.contains("<script>"))
        #expect(!list.text.contains("<b>Wire</b>"))
    }

    @Test func watchFeedsAndHealth() async throws {
        let port = try await port()
        let first = try await firstStory(port)
        #expect(first["trend"] is Double || first["trend"] is Int)
        let id = try #require(first["id"] as? String)
        let feed = try await HTTP.get(port, "/feeds/stories/\(id)")
        #expect(feed.status == 200)
        #expect(feed.headers["content-type"]?.hasPrefix("application/atom+xml") == true)
        #expect(feed.text.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        #expect(feed.text.components(separatedBy: "<entry>").count - 1 == min(first["articles"] as? Int ?? 0, 100))
        #expect(try await HTTP.get(port, "/feeds/stories/no-such-story").status == 404)
        #expect(try await HTTP.get(port, "/feeds/watchlists/no-such-list").status == 404)
        let sources = try await HTTP.get(port, "/api/sources").json()
        #expect(sources["total"] as? Int == 0)
        let alerts = try await HTTP.get(port, "/api/alerts?limit=5").json()
        #expect(alerts["items"] is [Any])
        #expect(try await HTTP.get(port, "/api/alerts?limit=0").status == 400)
        let trending = try await HTTP.get(port, "/api/trending").json()
        #expect(trending["stories"] is [Any] && trending["entities"] is [Any])
    }

    @Test func otherRoutes() async throws {
        let port = try await port()
        let spec = try await HTTP.get(port, "/openapi.json").json()
        #expect(spec["openapi"] as? String == "3.1.0")
        #expect(((spec["paths"] as? [String: Any])?.keys.count ?? 0) >= 7)
        #expect(try await HTTP.get(port, "/ingest").text.contains("type=\"file\""))
        #expect(try await HTTP.get(port, "/static/dossier.css").status == 200)
        #expect(try await HTTP.get(port, "/static/..%2F..%2Fetc%2Fpasswd").status == 404)
        #expect(try await HTTP.get(port, "/static/../Package.swift").status == 404)
        let unknown = try await HTTP.get(port, "/api/nothing-here")
        #expect(unknown.status == 404)
        #expect(try unknown.json()["error"] != nil)
        let big = Data(repeating: 65, count: (8 << 20) + 10)
        let tooBig = try await HTTP.send(
            port, "POST", "/api/articles", body: big,
            headers: ["Authorization": "Bearer \(ServerFixture.token)"])
        #expect(tooBig.status == 413)
    }

    @Test func uploadsFromTheBrowserAndMalformedRecords() async throws {
        let port = try await port()
        let auth = ["Authorization": "Bearer \(ServerFixture.token)"]
        let bad = try await HTTP.send(
            port, "POST", "/api/articles", body: Data(#"{"title": 3}"#.utf8),
            headers: auth.merging(["Content-Type": "application/json"]) { $1 })
        #expect(bad.status == 400)
        let message = (try bad.json()["error"] as? [String: Any])?["message"] as? String
        #expect(message == "a record needs \"text\", a string")
        let boundary = "b0undary"
        let report = "Harbour pilots in Orrenby said on Friday that the new stadium barge would sail next week."
        let form =
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"token\"\r\n\r\n\(ServerFixture.token)\r\n"
            + "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../pilot.txt\"\r\n"
            + "Content-Type: text/plain\r\n\r\nPilots plan\n\n\(report)\r\n--\(boundary)--\r\n"
        let page = try await HTTP.send(
            port, "POST", "/ingest", body: Data(form.utf8),
            headers: ["Content-Type": "multipart/form-data; boundary=\(boundary)"])
        #expect(page.status == 200, "\(page.text)")
        #expect(page.text.contains("<td>pilot.txt</td><td>1</td>"))
        let found = try await HTTP.get(port, "/api/search?q=%22stadium%20barge%22").json()
        #expect((found["total"] as? Int ?? 0) >= 1)
        let broken = try await HTTP.send(
            port, "POST", "/api/articles", body: Data("--x--\r\n".utf8),
            headers: auth.merging(
                ["Content-Type": "multipart/form-data; boundary=x"],
                uniquingKeysWith: { $1 }))
        #expect(broken.status == 400)
    }
}

import DossierStore
import Foundation
import Testing

/// The source-health page of a server whose store keeps watched sources, some of them hostile.
@Suite struct SourcesPageTests {
    @Test func sourceHealthPage() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dossier-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let store = try ArticleStore(path: dir.appendingPathComponent("s.sqlite").path, concurrentReads: true)
        try store.addSources(
            ["https://wire.test/feed.xml", "javascript:alert(1)"], interval: 60, now: 1_700_000_000,
            titles: ["https://wire.test/feed.xml": "<script>alert('t')</script> Wire"])
        var failing = try #require(try store.sources().last)
        failing.failures = 7
        failing.lastError = "HTTP status 503 <b>busy</b>"
        failing.lastErrorAt = 1_700_000_100
        try store.updateSource(failing)
        let (port, task) = try await ServerFixture.start(store)
        defer { task.cancel() }

        let page = try await HTTP.get(port, "/sources")
        #expect(page.status == 200)
        #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
        #expect(page.text.contains("<h1>Sources</h1>"))
        #expect(page.text.contains("2 sources, 1 failing."))
        #expect(!page.text.contains("<script>"))
        #expect(page.text.contains("&lt;script&gt;alert(&#39;t&#39;)&lt;/script&gt; Wire"))
        #expect(page.text.contains("HTTP status 503 &lt;b&gt;busy&lt;/b&gt;"))
        #expect(!page.text.contains("href=\"javascript:"))
        #expect(page.text.contains("<a href=\"https://wire.test/feed.xml\""))
        // Failing sources come first.
        let failingAt = try #require(page.text.range(of: "<tr class=\"failing\">"))
        let newAt = try #require(page.text.range(of: "<tr class=\"new\">"))
        #expect(failingAt.lowerBound < newAt.lowerBound)
        #expect(try await HTTP.get(port, "/").text.contains("<a href=\"/sources\">Source health</a>"))
        #expect(try await HTTP.send(port, "POST", "/sources").status == 405)
    }
}

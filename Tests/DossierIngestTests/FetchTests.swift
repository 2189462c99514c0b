import DossierIngest
import DossierModel
import DossierTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The canned routes the fetch tests read, on a `LoopbackServer`.
private func fetchRoutes() throws -> LoopbackServer {
    try LoopbackServer { request in
        let html = [("Content-Type", "text/html; charset=iso-8859-1")]
        switch request.path {
        case "/page":
            let page =
                "<html><head><title>Loopback</title></head><body><article><p>The ferry to the island runs twice a "
                + "day in winter and every hour in summer.</p></article></body></html>"
            // "<p>Café</p>" in latin-1
            let cafe: [UInt8] = [0x3C, 0x70, 0x3E, 0x43, 0x61, 0x66, 0xE9, 0x3C, 0x2F, 0x70, 0x3E]
            return .init(200, html, bytes: Array(page.utf8) + cafe)
        case "/redirect":
            return .init(302, [("Location", "/page")])
        case "/loop":
            return .init(302, [("Location", "/loop")])
        case "/big":
            return .init(200, html, bytes: [UInt8](repeating: 0x61, count: 200_000))
        case "/slow":
            sleep(3)
            return .init(200, html, "<p>late</p>")
        case "/endless":
            // No length, and more than any cap: the client must stop reading, not the server.
            var r = LoopbackServer.Response(200, [("Content-Type", "text/html")])
            r.endless = ([UInt8](repeating: 0x61, count: 1 << 20), 4096)
            return r
        case "/image":
            return .init(
                200, [("Content-Type", "image/png")],
                bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64))
        case "/untyped.pdf":
            return .init(200, html, bytes: Array("%PDF-1.7\n%binary\n".utf8) + [UInt8](repeating: 0x20, count: 64))
        case "/feed":
            return .init(
                200, [("Content-Type", "application/rss+xml")],
                "<rss><channel><title>L</title><item><title>One</title><link>http://l.example/1</link>"
                    + "<description>Item body.</description></item></channel></rss>")
        default:
            return .init(404, html)
        }
    }
}

@Suite(.serialized) struct FetchTests {
    @Test func fetchesFollowsRedirectsAndReportsTheCharset() throws {
        let server = try fetchRoutes()
        defer { server.close() }
        let r = try Fetcher.fetch(server.url + "/redirect", timeout: 5, maxBytes: 1 << 20)
        #expect(r.finalURL == server.url + "/page")
        #expect(r.contentType == "text/html; charset=iso-8859-1")
        #expect(String(decoding: r.body.prefix(6), as: UTF8.self) == "<html>")
        let docs = RemoteInput.documents(server.url + "/page", timeout: 5)
        guard case .success(let d) = docs.first, case .html(_, let charset) = d.body else {
            Issue.record("expected a page"); return
        }
        #expect(charset == "iso-8859-1")
        #expect(d.article.id == ContentID.make(server.url + "/page"))
    }

    @Test func limitsAndFailuresThrow() throws {
        let server = try fetchRoutes()
        defer { server.close() }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch(server.url + "/big", timeout: 5, maxBytes: 10_000) }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch(server.url + "/slow", timeout: 1, maxBytes: 10_000) }
        #expect(throws: Fetcher.Failure.self) {
            try Fetcher.fetch(server.url + "/missing", timeout: 5, maxBytes: 10_000)
        }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch(server.url + "/loop", timeout: 5, maxBytes: 10_000) }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch("ftp://127.0.0.1/x", timeout: 5, maxBytes: 10_000) }
        let failed = RemoteInput.documents(server.url + "/missing", timeout: 5)
        #expect(failed.count == 1)
        if case .failure(let e) = failed.first { #expect(e.problem.contains("404")) }
    }

    /// A body with no length and no end stops at the cap: the transfer is cut in curl's write
    /// callback, so what is held never passes the cap (URLSession once held gigabytes here).
    @Test func anEndlessBodyStopsAtTheCap() throws {
        let server = try fetchRoutes()
        defer { server.close() }
        #expect(throws: Fetcher.Failure.self) {
            try Fetcher.fetch(server.url + "/endless", timeout: 20, maxBytes: 4 << 20)
        }
        let failed = RemoteInput.documents(server.url + "/endless", timeout: 20, maxBytes: 4 << 20)
        guard case .failure(let e) = failed.first else { Issue.record("expected a failure"); return }
        #expect(e.problem.contains("limit"))
    }

    @Test func imagesAndPDFsAreNoArticles() throws {
        let server = try fetchRoutes()
        defer { server.close() }
        for (path, word) in [("/image", "image/png"), ("/untyped.pdf", "PDF")] {
            let docs = RemoteInput.documents(server.url + path, timeout: 5)
            #expect(docs.count == 1)
            guard case .failure(let e) = docs.first else { Issue.record("\(path) became an article"); continue }
            #expect(e.problem.contains(word) && e.problem.contains("not a page or a feed"))
        }
    }

    @Test func feedsAreReadAsFeeds() throws {
        let server = try fetchRoutes()
        defer { server.close() }
        let docs = RemoteInput.documents(server.url + "/feed", timeout: 5)
        guard case .success(let d) = docs.first, case .plainText(let body) = d.body else {
            Issue.record("expected a feed item"); return
        }
        #expect(docs.count == 1)
        #expect(d.article.url == "http://l.example/1")
        #expect(body == "Item body.")
    }
}

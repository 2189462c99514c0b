import DossierIngest
import DossierModel
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.0 server on 127.0.0.1 with canned routes, one thread per connection.
private final class LoopbackServer: @unchecked Sendable {
    let port: UInt16
    private let fd: Int32

    init() throws {
        let sock = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(sock, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(sock, 16) == 0 else { throw CancellationError() }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(sock, $0, &len) }
        }
        fd = sock
        port = UInt16(bigEndian: addr.sin_port)
        Thread.detachNewThread {
            while true {
                let c = accept(sock, nil, nil)
                if c < 0 { return }
                Thread.detachNewThread { LoopbackServer.serve(c) }
            }
        }
    }

    func stop() {
        shutdown(fd, Int32(SHUT_RDWR))
        close(fd)
    }

    var base: String { "http://127.0.0.1:\(port)" }

    private static func serve(_ c: Int32) {
        defer { close(c) }
        var request = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 4096)
        while !request.contains(0x0A) || !String(decoding: request, as: UTF8.self).contains("\r\n\r\n") {
            let n = recv(c, &buf, buf.count, 0)
            if n <= 0 { return }
            request += buf[0..<n]
        }
        let line = String(decoding: request, as: UTF8.self).split(separator: "\r\n").first ?? ""
        let path = line.split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        var status = "200 OK"
        var headers = ["Content-Type: text/html; charset=iso-8859-1"]
        var body = [UInt8]()
        switch path {
        case "/page":
            body = Array(
                ("<html><head><title>Loopback</title></head><body><article><p>The ferry to the island runs twice a "
                    + "day in winter and every hour in summer.</p></article></body></html>").utf8)
            body += [0x3C, 0x70, 0x3E, 0x43, 0x61, 0x66, 0xE9, 0x3C, 0x2F, 0x70, 0x3E]  // "<p>Café</p>" in latin-1
        case "/redirect":
            status = "302 Found"
            headers = ["Location: /page"]
        case "/loop":
            status = "302 Found"
            headers = ["Location: /loop"]
        case "/big":
            body = [UInt8](repeating: 0x61, count: 200_000)
        case "/slow":
            sleep(3)
            body = Array("<p>late</p>".utf8)
        case "/endless":
            // No length, and more than any cap: the client must stop reading, not the server.
            let head = Array("HTTP/1.0 200 OK\r\nContent-Type: text/html\r\n\r\n".utf8)
            _ = head.withUnsafeBytes { send(c, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            let chunk = [UInt8](repeating: 0x61, count: 1 << 20)
            for _ in 0..<4096 {
                let n = chunk.withUnsafeBytes { send(c, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
                if n <= 0 { return }
            }
            return
        case "/image":
            headers = ["Content-Type: image/png"]
            body = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 64)
        case "/untyped.pdf":
            body = Array("%PDF-1.7\n%binary\n".utf8) + [UInt8](repeating: 0x20, count: 64)
        case "/feed":
            headers = ["Content-Type: application/rss+xml"]
            body = Array(
                ("<rss><channel><title>L</title><item><title>One</title><link>http://l.example/1</link>"
                    + "<description>Item body.</description></item></channel></rss>").utf8)
        default:
            status = "404 Not Found"
        }
        let head =
            "HTTP/1.0 \(status)\r\n"
            + (headers + ["Content-Length: \(body.count)", "Connection: close"]).map { $0 + "\r\n" }.joined() + "\r\n"
        let out = Array(head.utf8) + body
        var sent = 0
        while sent < out.count {
            let n = out[sent...].withUnsafeBytes { send(c, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return }
            sent += n
        }
    }
}

@Suite(.serialized) struct FetchTests {
    @Test func fetchesFollowsRedirectsAndReportsTheCharset() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let r = try Fetcher.fetch(server.base + "/redirect", timeout: 5, maxBytes: 1 << 20)
        #expect(r.finalURL == server.base + "/page")
        #expect(r.contentType == "text/html; charset=iso-8859-1")
        #expect(String(decoding: r.body.prefix(6), as: UTF8.self) == "<html>")
        let docs = RemoteInput.documents(server.base + "/page", timeout: 5)
        guard case .success(let d) = docs.first, case .html(_, let charset) = d.body else {
            Issue.record("expected a page"); return
        }
        #expect(charset == "iso-8859-1")
        #expect(d.article.id == ContentID.make(server.base + "/page"))
    }

    @Test func limitsAndFailuresThrow() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch(server.base + "/big", timeout: 5, maxBytes: 10_000) }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch(server.base + "/slow", timeout: 1, maxBytes: 10_000) }
        #expect(throws: Fetcher.Failure.self) {
            try Fetcher.fetch(server.base + "/missing", timeout: 5, maxBytes: 10_000)
        }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch(server.base + "/loop", timeout: 5, maxBytes: 10_000) }
        #expect(throws: Fetcher.Failure.self) { try Fetcher.fetch("ftp://127.0.0.1/x", timeout: 5, maxBytes: 10_000) }
        let failed = RemoteInput.documents(server.base + "/missing", timeout: 5)
        #expect(failed.count == 1)
        if case .failure(let e) = failed.first { #expect(e.problem.contains("404")) }
    }

    /// A body with no length and no end stops at the cap: the transfer is cut in curl's write
    /// callback, so what is held never passes the cap (URLSession once held gigabytes here).
    @Test func anEndlessBodyStopsAtTheCap() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        #expect(throws: Fetcher.Failure.self) {
            try Fetcher.fetch(server.base + "/endless", timeout: 20, maxBytes: 4 << 20)
        }
        let failed = RemoteInput.documents(server.base + "/endless", timeout: 20, maxBytes: 4 << 20)
        guard case .failure(let e) = failed.first else { Issue.record("expected a failure"); return }
        #expect(e.problem.contains("limit"))
    }

    @Test func imagesAndPDFsAreNoArticles() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        for (path, word) in [("/image", "image/png"), ("/untyped.pdf", "PDF")] {
            let docs = RemoteInput.documents(server.base + path, timeout: 5)
            #expect(docs.count == 1)
            guard case .failure(let e) = docs.first else { Issue.record("\(path) became an article"); continue }
            #expect(e.problem.contains(word) && e.problem.contains("not a page or a feed"))
        }
    }

    @Test func feedsAreReadAsFeeds() throws {
        let server = try LoopbackServer()
        defer { server.stop() }
        let docs = RemoteInput.documents(server.base + "/feed", timeout: 5)
        guard case .success(let d) = docs.first, case .plainText(let body) = d.body else {
            Issue.record("expected a feed item"); return
        }
        #expect(docs.count == 1)
        #expect(d.article.url == "http://l.example/1")
        #expect(body == "Item body.")
    }
}

import DossierClean
import DossierModel
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a page or feed over http(s) with Foundation's URLSession: redirects followed (at most
/// 10, http and https only), an overall timeout, and a size cap enforced while the body streams in.
public enum Fetcher {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Blocks until the body is in, or throws: a bad URL, a network error, a non-2xx status, the
    /// timeout (seconds, for the whole exchange), or a body larger than `maxBytes`.
    public static func fetch(_ url: String, timeout: Double = 30, maxBytes: Int = 32 << 20) throws -> (body: [UInt8], finalURL: String, contentType: String?) {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https", u.host != nil else {
            throw Failure(description: "not an http(s) URL")
        }
        let collector = Collector(maxBytes: maxBytes)
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = timeout
        config.httpAdditionalHeaders = ["User-Agent": "Dossier/1.0 (news reader)", "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8"]
        let session = URLSession(configuration: config, delegate: collector, delegateQueue: nil)
        defer { session.invalidateAndCancel() }
        var request = URLRequest(url: u)
        request.timeoutInterval = timeout
        let task = session.dataTask(with: request)
        task.resume()
        if collector.done.wait(timeout: .now() + timeout) == .timedOut {
            task.cancel()
            throw Failure(description: "timed out after \(timeout) s")
        }
        return try collector.result(for: url)
    }

    /// Collects the body on URLSession's queue; the lock guards what the caller reads afterwards.
    private final class Collector: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let done = DispatchSemaphore(value: 0)
        private let lock = NSLock()
        private let maxBytes: Int
        private var body: [UInt8] = []
        private var response: HTTPURLResponse?
        private var failure: String?
        private var redirects = 0

        init(maxBytes: Int) { self.maxBytes = maxBytes }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            lock.lock()
            self.response = response as? HTTPURLResponse
            let tooBig = response.expectedContentLength > Int64(maxBytes)
            if tooBig { failure = "body of \(response.expectedContentLength) bytes exceeds the \(maxBytes)-byte limit" }
            lock.unlock()
            completionHandler(tooBig ? .cancel : .allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            lock.lock()
            if body.count + data.count > maxBytes {
                failure = "body exceeds the \(maxBytes)-byte limit"
                lock.unlock()
                dataTask.cancel()
                return
            }
            body.append(contentsOf: data)
            lock.unlock()
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
            lock.lock()
            redirects += 1
            let scheme = request.url?.scheme?.lowercased()
            let allowed = redirects <= 10 && (scheme == "http" || scheme == "https")
            if !allowed { failure = redirects > 10 ? "more than 10 redirects" : "redirect to a non-http(s) URL" }
            lock.unlock()
            completionHandler(allowed ? request : nil)
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            lock.lock()
            if let error, failure == nil { failure = error.localizedDescription }
            lock.unlock()
            done.signal()
        }

        func result(for url: String) throws -> (body: [UInt8], finalURL: String, contentType: String?) {
            lock.lock()
            defer { lock.unlock() }
            if let failure { throw Failure(description: failure) }
            guard let response else { throw Failure(description: "no response") }
            guard (200..<300).contains(response.statusCode) else { throw Failure(description: "HTTP status \(response.statusCode)") }
            let contentType = response.value(forHTTPHeaderField: "Content-Type")
            return (body, response.url?.absoluteString ?? url, contentType)
        }
    }
}

/// An http(s) input: fetched, then read as a feed or as a page by what the server and the bytes say.
public enum RemoteInput {
    public static func isURL(_ s: String) -> Bool {
        let l = s.lowercased()
        return l.hasPrefix("http://") || l.hasPrefix("https://")
    }

    /// The documents behind `url`: a feed's items, or the page itself; failures as one `InputError`.
    public static func documents(_ url: String, timeout: Double = 30, maxBytes: Int = 32 << 20) -> [Result<RawDocument, InputError>] {
        let fetched: (body: [UInt8], finalURL: String, contentType: String?)
        do { fetched = try Fetcher.fetch(url, timeout: timeout, maxBytes: maxBytes) } catch {
            return [.failure(InputError(input: url, problem: "fetch failed: \(error)"))]
        }
        let ct = fetched.contentType?.lowercased() ?? ""
        let charset = Charset.fromContentType(fetched.contentType)
        let feedType = ct.contains("rss") || ct.contains("atom") || ct.contains("feed+json") || ct.contains("rdf")
        if feedType || (!ct.contains("html") && FeedReader.looksLikeFeed(fetched.body)) {
            return FeedReader.documents(fetched.body, source: url, contentTypeCharset: charset)
        }
        let id = ContentID.make(fetched.finalURL)
        let article = Article(id: id, source: url, url: fetched.finalURL, outlet: Outlet.fromURL(fetched.finalURL), text: "")
        return [.success(RawDocument(article: article, body: .html(fetched.body, charset: charset)))]
    }
}

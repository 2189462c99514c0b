import DossierIngest
import DossierModel
import DossierStore
import DossierText
import Foundation

/// Something a poll found that may be new: the keys it is known by and how to get its text.
struct Candidate: Sendable {
    var keys: [String]
    /// Metadata from the feed or sitemap (id, source, url, title, byline, published, outlet).
    var article: Article
    /// The item's own text, when the feed carried it whole.
    var text: String?
    /// A page to fetch and extract for the text (summary-only items, sitemap entries, pages).
    var pageURL: String?
    /// The summary to fall back on when the page cannot be fetched.
    var fallback: String?
    /// The body already in hand (a single-page source).
    var body: RawBody?
}

/// What one poll of a source came to.
enum PollOutcome: Sendable {
    /// 304, or a single page whose text did not change.
    case notModified(hint: Double?)
    case fetched(
        kind: WatchSource.Kind, title: String?, candidates: [Candidate], children: [String], hint: Double?,
        pageHash: String?)
    case failed(String, retryAfter: Double?)
}

/// One conditional GET of a source and its reading as a feed, a sitemap or a page.
struct SourcePoller: Sendable {
    var configuration: WatchConfiguration

    /// Request header lines for a conditional GET.
    static func conditionalHeaders(_ s: WatchSource) -> [String] {
        var h: [String] = []
        if let e = s.etag, !e.isEmpty { h.append("If-None-Match: " + e) }
        if let m = s.lastModified, !m.isEmpty { h.append("If-Modified-Since: " + m) }
        return h
    }

    /// Fetches the source; `update` receives the validators to keep (ETag, Last-Modified).
    func poll(_ source: WatchSource, now: Double, update: inout WatchSource) -> PollOutcome {
        let response: HTTPResponse
        do {
            response = try Fetcher.request(
                source.url, headers: Self.conditionalHeaders(source),
                userAgent: configuration.userAgent, timeout: configuration.timeout,
                maxBytes: configuration.maxBytes)
        } catch {
            return .failed("fetch failed: \(error)", retryAfter: nil)
        }
        let hint = PollSchedule.maxAge(response.header("cache-control"))
        if response.status == 304 { return .notModified(hint: hint) }
        guard (200..<300).contains(response.status) else {
            return .failed(
                "HTTP status \(response.status)",
                retryAfter: PollSchedule.retryAfter(response.header("retry-after"), now: now))
        }
        update.etag = response.header("etag")
        update.lastModified = response.header("last-modified")
        let ct = response.contentType?.lowercased() ?? ""
        let body = response.body
        let charset = Charset.fromContentType(response.contentType)
        let isFeed =
            source.kind == .feed
            || (source.kind == .auto
                && (ct.contains("rss") || ct.contains("atom")
                    || ct.contains("feed+json") || ((!ct.contains("html")) && FeedReader.looksLikeFeed(body))))
        let isSitemap =
            source.kind == .sitemap
            || (source.kind == .auto && !isFeed && !ct.contains("html") && SitemapReader.looksLikeSitemap(body))
        if isFeed {
            guard case .success(let feed) = FeedReader.parse(body, contentTypeCharset: charset) else {
                return .failed("not a readable feed", retryAfter: nil)
            }
            let ttl = feed.ttlMinutes.map { Double($0) * 60 }
            let h = [hint, ttl].compactMap { $0 }.max()
            return .fetched(
                kind: .feed, title: feed.title, candidates: candidates(feed, source: source),
                children: [], hint: h, pageHash: nil)
        }
        if isSitemap {
            guard let map = SitemapReader.parse(body) else { return .failed("not a readable sitemap", retryAfter: nil) }
            return .fetched(
                kind: .sitemap, title: nil, candidates: candidates(map, source: source),
                children: Array(map.children.prefix(configuration.maxChildSitemaps)), hint: hint, pageHash: nil)
        }
        if let kind = NotText.kind(contentType: ct, body: body) {
            return .failed("serves \(kind), not a page or a feed", retryAfter: nil)
        }
        // A single page: new when its bytes changed since the last poll.
        let digest = ContentID.make(bytes: body, url: nil)
        if digest == source.lastHash { return .notModified(hint: hint) }
        let article = Article(
            id: ContentID.make(response.finalURL), source: source.url, url: response.finalURL,
            outlet: Outlet.fromURL(response.finalURL), text: "")
        let c = Candidate(
            keys: [], article: article, text: nil, pageURL: nil, fallback: nil,
            body: .html(body, charset: charset))
        return .fetched(kind: .page, title: nil, candidates: [c], children: [], hint: hint, pageHash: digest)
    }

    func candidates(_ feed: FeedReader.Feed, source: WatchSource) -> [Candidate] {
        var out: [Candidate] = []
        for (n, item) in feed.items.enumerated() {
            var keys: [String] = []
            if let g = item.guid { keys.append(ItemKeys.guid(g)) }
            if let l = item.link { keys.append(ItemKeys.url(l)) }
            let text = item.content ?? item.summary ?? item.title ?? ""
            if keys.isEmpty { keys.append(ItemKeys.hash(text)) }
            let article = Article(
                id: ContentID.make(item.link ?? item.guid ?? "\(source.url)#\(n + 1)"), source: source.url,
                url: item.link, outlet: feed.title ?? item.link.flatMap(Outlet.fromURL), title: item.title,
                byline: item.author, published: item.published, language: item.language ?? feed.language, text: "")
            let summaryOnly =
                item.content == nil && text.unicodeScalars.count < configuration.summaryOnlyBelow
                && item.link.map(RemoteInput.isURL) == true
            out.append(
                Candidate(
                    keys: keys, article: article, text: summaryOnly ? nil : text,
                    pageURL: summaryOnly ? item.link : nil, fallback: text))
        }
        return out
    }

    func candidates(_ map: SitemapReader.Sitemap, source: WatchSource) -> [Candidate] {
        // Newest first, so a capped poll takes the latest pages.
        let entries = map.entries.enumerated().sorted { a, b in
            let x = a.element.published ?? a.element.modified, y = b.element.published ?? b.element.modified
            switch (x, y) {
            case let (p?, q?): return p != q ? p > q : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.element)
        return entries.filter { RemoteInput.isURL($0.url) }.map { e in
            let article = Article(
                id: ContentID.make(e.url), source: source.url, url: e.url, outlet: Outlet.fromURL(e.url),
                title: e.title, published: e.published, language: e.language, text: "")
            return Candidate(keys: [ItemKeys.url(e.url)], article: article, text: nil, pageURL: e.url, fallback: nil)
        }
    }
}

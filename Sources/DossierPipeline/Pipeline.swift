import DossierClean
import DossierIngest
import DossierLanguage
import DossierModel
import Foundation

/// Runs the per-article stages (clean → language analysis) over a stream of raw documents.
///
/// Documents are processed in chunks across all cores and handed back in input order, so
/// output is deterministic and memory is bounded by the chunk size, not the input size.
public struct Pipeline: Sendable {
    public var language = LanguageAnalyzer()
    /// Documents in flight at once; large enough to keep both cores busy, small enough to stream.
    public var chunkSize = 64

    public init() {}

    /// Clean and analyse one document. `recurring` counts the lines it shares with other
    /// reports of its outlet in the same batch.
    public func process(_ doc: RawDocument, recurring: [String: Int] = [:]) -> Article {
        var article = clean(doc, recurring: recurring)
        language.analyze(&article)
        return article
    }

    /// The clean stage alone: story text, removed chrome and header fields, with the body's
    /// language guessed from the story text (never from the chrome), and no language analysis.
    public func clean(_ doc: RawDocument, recurring: [String: Int] = [:]) -> Article {
        var article = doc.article
        switch doc.body {
        case .plainText(let body):
            TextCleaner.clean(body: body, into: &article, recurring: recurring)
        case .html(let bytes, let charset):
            let page = HTMLExtractor.extract(html: bytes, url: article.url, contentTypeCharset: charset)
            article.text = page.text
            article.paragraphs = page.paragraphs
            article.removed = page.removed
            article.title = article.title ?? page.title
            article.byline = article.byline ?? page.byline
            article.published = article.published ?? page.published
            article.language = article.language ?? page.language
            article.url = article.url ?? page.url
            article.outlet = page.siteName ?? article.outlet ?? page.url.flatMap(Outlet.fromURL)
        }
        if article.language == nil { article.language = LanguageGuess.guess(article.text) }
        return article
    }

    /// Reads, cleans and analyses every input, calling `emit` for each article in input order
    /// and `failed` for each input error or reading warning (an article with a warning is still
    /// emitted), as they come.
    /// With `analyze` false, only the clean stage runs (`dossier extract`).
    public func run(
        _ locations: [InputLocation],
        analyze: Bool = true,
        failed: (InputError) -> Void,
        emit: (Article) -> Void
    ) {
        var stream = DocumentStream(locations)
        var done = false
        while !done {
            var chunk: [Result<RawDocument, InputError>] = []
            chunk.reserveCapacity(chunkSize)
            while chunk.count < chunkSize {
                guard let next = stream.next() else { done = true; break }
                chunk.append(next)
            }
            let docs = chunk.compactMap { if case .success(let d) = $0 { return d }; return nil }
            let recurring = RecurringLines.count(docs.map { d in
                if case .plainText(let body) = d.body { return (d.article.outlet, body) }
                return (nil, "")
            })
            let articles = parallelMap(Array(zip(docs, recurring))) {
                analyze ? process($0.0, recurring: $0.1) : clean($0.0, recurring: $0.1)
            }
            var k = 0
            for item in chunk {
                switch item {
                case .failure(let e): failed(e)
                case .success(let doc):
                    doc.warnings.forEach(failed)
                    emit(articles[k])
                    k += 1
                }
            }
        }
    }

    /// Every article of the inputs, analysed, with the errors met on the way.
    public func collect(_ locations: [InputLocation]) -> (articles: [Article], errors: [InputError]) {
        var articles: [Article] = []
        var errors: [InputError] = []
        run(locations, failed: { errors.append($0) }, emit: { articles.append($0) })
        return (articles, errors)
    }
}

/// `map` over all cores, results in input order.
public func parallelMap<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
    if items.count <= 1 { return items.map(transform) }
    let results = ResultSlots<U>(count: items.count)
    DispatchQueue.concurrentPerform(iterations: items.count) { i in
        results.set(i, transform(items[i]))
    }
    return results.values()
}

/// Slots written once each from `concurrentPerform`: distinct indices never race.
private final class ResultSlots<U>: @unchecked Sendable {
    private var slots: [U?]
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: U) { slots.withUnsafeMutableBufferPointer { $0[i] = value } }
    func values() -> [U] { slots.map { $0! } }
}

import DossierClean
import DossierIngest
import DossierLanguage
import DossierModel
import Foundation

/// Runs the per-article stages (clean → language analysis) over a stream of raw documents.
///
/// Documents are processed across all cores and handed back in input order, each as soon as it
/// and every document before it are done, so output is deterministic, memory is bounded by the
/// documents in flight, and no earlier record waits on (or is lost with) a later input.
public struct Pipeline: Sendable {
    public var language = LanguageAnalyzer()
    /// About how many documents are in flight: enough to keep both cores busy, few enough to
    /// stream. It bounds memory only; what is cleaned does not depend on it (recurring lines are
    /// counted over `RecurringLineWindow`, whose window ends before an input that may block).
    public var chunkSize = 64
    public var limits = InputLimits.standard

    public init() {}

    /// Clean and (when `analyze`) analyse one document, unless its text is over the size limit:
    /// a plain-text body is checked before cleaning, every article's clean text before analysis
    /// (a 30 MB page of short paragraphs is 20 MB of text, which analysis would hold ~100 times).
    public func checkedProcess(
        _ doc: RawDocument, recurring: [String: Int] = [:], analyze: Bool = true
    )
        -> Result<Article, InputError>
    {
        if case .plainText(let body) = doc.body, body.utf8.count > limits.textBytes {
            return .failure(overTextLimit(doc.article.source, body.utf8.count))
        }
        var article = clean(doc, recurring: recurring)
        guard analyze else { return .success(article) }
        let size = article.text.utf8.count
        if size > limits.textBytes { return .failure(overTextLimit(doc.article.source, size)) }
        language.analyze(&article)
        return .success(article)
    }

    private func overTextLimit(_ source: String, _ size: Int) -> InputError {
        InputError(
            input: source,
            problem:
                "article text of \(size) bytes is over the \(limits.textBytes)-byte limit (--max-text-bytes); skipped")
    }

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
            TextCleaner.clean(body: body, into: &article, recurring: recurring, wholePage: doc.wholePage)
        case .html(let bytes, let charset):
            TextCleaner.clean(html: bytes, charset: charset, into: &article)
        }
        if article.language == nil { article.language = LanguageGuess.guess(article.text) }
        return article
    }

    /// Reads, cleans and analyses every input, calling `emit` for each article in input order
    /// and `failed` for each input error or reading warning (an article with a warning is still
    /// emitted), as they come. `caughtUp` is called whenever everything finished so far has been
    /// handed over and the pipeline is about to wait: the moment to flush output. With `analyze`
    /// false, only the clean stage runs (`dossier extract`).
    public func run(
        _ locations: [InputLocation],
        analyze: Bool = true,
        failed: (InputError) -> Void,
        caughtUp: () -> Void = {},
        emit: (Article) -> Void
    ) {
        run(locations, analyze: analyze, prepare: { $0 }, failed: failed, caughtUp: caughtUp, emit: emit)
    }

    /// `run`, with `prepare` applied to each article on the worker thread that analysed it, and
    /// its result handed to `emit` (in input order): what a store does to an article before it
    /// writes (rows, JSON, a hash) then runs on every core, not on the one thread that writes.
    public func run<Prepared: Sendable>(
        _ locations: [InputLocation],
        analyze: Bool = true,
        prepare: @escaping @Sendable (Article) -> Prepared,
        failed: (InputError) -> Void,
        caughtUp: () -> Void = {},
        emit: (Prepared) -> Void
    ) {
        if analyze { language.warmUp() }
        let workers = OrderedWorkers<Job, Result<Prepared, InputError>>(timeLimit: limits.secondsPerInput) {
            [self] job in
            checkedProcess(job.doc, recurring: job.recurring, analyze: analyze).map(prepare)
        }
        // Submitted but not yet handed over, in input order: a failure waits for the articles
        // before it.
        var waiting: [Slot] = []
        var waitingHead = 0
        // Read but not yet submitted, in input order: a report waits here until the reports after it
        // that its recurring-line counts look at have been read (`RecurringLineWindow`), so what is
        // cleaned does not depend on `chunkSize`.
        var pending: [Result<RawDocument, InputError>] = []
        var pendingHead = 0
        var window = RecurringLineWindow()

        /// Hands over slots at the head while they are ready; when `block`, waits until at most
        /// `keep` are left.
        func drain(block: Bool, keep: Int = 0) {
            while waiting.count - waitingHead > keep {
                switch waiting[waitingHead] {
                case .failure(let e):
                    failed(e)
                case .article(let doc):
                    if !workers.headIsReady {
                        guard block else { return }
                        caughtUp()
                    }
                    switch workers.next() {
                    case .done(.success(let article))?:
                        doc.warnings.forEach(failed)
                        emit(article)
                    case .done(.failure(let e))?:
                        doc.warnings.forEach(failed)
                        failed(e)
                    case .timedOut(let seconds)?:
                        doc.warnings.forEach(failed)
                        failed(
                            InputError(
                                input: doc.source,
                                problem: "analysis gave up after \(Self.secondsText(seconds)) s (the --time-limit is "
                                    + "\(Self.secondsText(limits.secondsPerInput)) s per input); skipped"))
                    case nil:
                        break
                    }
                }
                waitingHead += 1
            }
            if waitingHead > 4 * chunkSize {
                waiting.removeFirst(waitingHead)
                waitingHead = 0
            }
        }

        /// Failures at the head of `pending` follow everything before them into `waiting`.
        func passFailures() {
            while pendingHead < pending.count, case .failure(let e) = pending[pendingHead] {
                waiting.append(.failure(e))
                pendingHead += 1
            }
            if pendingHead > chunkSize {
                pending.removeFirst(pendingHead)
                pendingHead = 0
            }
        }

        /// Sends the oldest pending report to the workers with its counts, keeping no more than
        /// about two chunks in flight.
        func submitNext(_ recurring: [String: Int]) {
            if waiting.count - waitingHead >= 2 * chunkSize { drain(block: true, keep: chunkSize) }
            passFailures()
            guard pendingHead < pending.count, case .success(let doc) = pending[pendingHead] else { return }
            // The slot keeps no copy of the document: its bytes go with the job.
            pending[pendingHead] = .success(RawDocument(article: doc.article, body: .plainText("")))
            pendingHead += 1
            workers.submit(Job(doc: doc, recurring: recurring))
            waiting.append(.article(Handed(source: doc.article.source, warnings: doc.warnings)))
            passFailures()
        }

        /// Submits every pending report, over what their windows hold so far.
        func submitAll() {
            for counts in window.finish() { submitNext(counts) }
            passFailures()
        }

        var start = 0
        while start < locations.count {
            let location = locations[start]
            // Standard input, a pipe or a URL may keep us waiting: everything before it is
            // handed over (and flushed) first, so no earlier record waits on a later input.
            let blocks = location.mayBlock
            if blocks {
                submitAll()
                drain(block: true)
                caughtUp()
            }
            // A run of files that cannot block is one stream, which reads a few pages ahead.
            var end = start + 1
            while !blocks, end < locations.count, !locations[end].mayBlock { end += 1 }
            var stream = DocumentStream(Array(locations[start..<end]), limits: limits)
            start = end
            while let item = stream.next() {
                pending.append(item)
                switch item {
                case .success(let doc):
                    var outlet: String?, body = ""
                    if case .plainText(let text) = doc.body { outlet = doc.article.outlet; body = text }
                    if let counts = window.add(outlet: outlet, body: body) { submitNext(counts) }
                case .failure:
                    if !window.hasPending { passFailures() }
                }
                // Records of earlier reports go out while later ones are read.
                drain(block: false)
            }
        }
        submitAll()
        drain(block: true)
        workers.finish()
        caughtUp()
    }

    /// Every article of the inputs, analysed, with the errors met on the way.
    public func collect(_ locations: [InputLocation]) -> (articles: [Article], errors: [InputError]) {
        var articles: [Article] = []
        var errors: [InputError] = []
        run(locations, failed: { errors.append($0) }, emit: { articles.append($0) })
        return (articles, errors)
    }

    private struct Job: Sendable {
        var doc: RawDocument
        var recurring: [String: Int]
    }

    /// What the hand-over needs of a submitted document (the document itself went to a worker).
    private struct Handed {
        var source: String
        var warnings: [InputError]
    }

    private enum Slot {
        case failure(InputError)
        case article(Handed)
    }

    /// "60", "0.05", "61.3": whole seconds plainly, others to the hundredth.
    static func secondsText(_ s: Double) -> String {
        if s == s.rounded(), abs(s) < 1e9 { return String(Int(s)) }
        return String(format: "%.2f", s).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }
}

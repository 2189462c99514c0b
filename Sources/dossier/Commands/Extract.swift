import ArgumentParser
import DossierModel
import DossierOutput

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean text and metadata only: story text, headline, date, byline, outlet, language.",
        discussion: """
            Reads HTML pages, feeds, WARC files, JSON records and scraped text alike, drops the \
            page chrome and writes what is left, without language analysis (so as fast as \
            extraction itself). jsonl: analyze's record fields, with empty annotation lists; \
            text: headline, blank line, story, pages apart by a form feed line; markdown: a \
            heading, a metadata line and the paragraphs, pages apart by a rule.

            Example: dossier extract --format markdown page.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case jsonl, text, markdown }

    @OptionGroup var input: InputOptions

    @Option(help: "jsonl: one analyze-shaped record per line; text: plain text; markdown: Markdown.")
    var format: Format = .jsonl

    func validate() throws {
        try input.requireInputs()
    }

    func run() throws {
        var first = true
        let ok = input.stream(analyze: false) { article in
            switch format {
            case .jsonl: Console.write(AnalyzeRecord.json(article).rendered() + "\n")
            case .text: Console.write((first ? "" : "\u{000C}\n") + Self.plainText(article))
            case .markdown: Console.write((first ? "" : "\n---\n\n") + Self.markdown(article))
            }
            first = false
        }
        Console.flush()
        if !ok { throw ExitCode(1) }
    }

    static func plainText(_ a: Article) -> String {
        var out = ""
        if let title = heading(a) { out += title + "\n\n" }
        return out + a.text + "\n"
    }

    /// The headline to print above the text, unless the text already opens with it.
    static func heading(_ a: Article) -> String? {
        guard let title = a.title, !a.text.hasPrefix(title) else { return nil }
        return title
    }

    static func markdown(_ a: Article) -> String {
        var out = ""
        if let title = a.title { out += "# " + title + "\n\n" }
        let skipFirst = heading(a) == nil && a.title != nil
        let meta = [a.outlet, a.byline.map { "By " + $0 }, a.published?.iso8601, a.url].compactMap { $0 }
        if !meta.isEmpty { out += "*" + meta.joined(separator: " · ") + "*\n\n" }
        let scalars = Array(a.text.unicodeScalars)
        let paragraphs = a.paragraphs.compactMap { span -> String? in
            guard span.start >= 0, span.start < span.end, span.end <= scalars.count else { return nil }
            return String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        }
        // The headline is the heading already when the text opens with it.
        let body = paragraphs.isEmpty ? [a.text] : paragraphs
        out += (skipFirst && body.first == a.title ? Array(body.dropFirst()) : body).joined(separator: "\n\n")
        return out + "\n"
    }
}

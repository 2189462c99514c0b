import DossierModel
import DossierText

/// The clean stage for plain-text bodies: drops site chrome, settles the article text and
/// its paragraph spans, and keeps what it dropped in `removed`, verbatim.
///
/// When nothing is dropped the text is returned byte for byte, so offsets computed against the
/// input stay valid.
public enum TextCleaner {
    /// `recurring` counts lines shared with other reports of the same outlet (see `RecurringLines`).
    /// `model` tells story from chrome in whole pages dumped to text (see `ScrapedPage`).
    /// `wholePage` is the reader's verdict on whether the body is such a page (`RawDocument.wholePage`);
    /// nil tests the body here.
    public static func clean(
        body: String, into article: inout Article, recurring: [String: Int] = [:],
        model: ChromeModel? = ChromeModel.shipped, wholePage: Bool? = nil
    ) {
        let body = ControlCharacters.spaced(body)
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        if let model, wholePage != false {
            let units = TextUnits.split(lines)
            if wholePage ?? PageShape.isWholePage(units),
                let page = ScrapedPage.clean(lines: lines, units: units, model: model)
            {
                article.text = page.text
                article.removed = page.removed
                article.paragraphs = Paragraphs.spans(in: page.text)
                article.title = article.title ?? page.header.title
                article.published = article.published ?? page.header.published
                article.byline = article.byline ?? page.header.byline
                article.outlet = article.outlet ?? page.header.outlet
                return
            }
        }
        let context = BoilerplateDetector.Context(
            outletWords: outletWords(article), byline: article.byline, recurring: recurring)
        let removals = BoilerplateDetector.detect(lines: lines, context: context)
        if removals.isEmpty {
            article.text = body
        } else {
            var drop = [Bool](repeating: false, count: lines.count)
            for r in removals {
                for k in r.lines { drop[k] = true }
                let block = lines[r.lines].filter { !$0.allSatisfy(\.isWhitespace) }.joined(separator: "\n")
                article.removed.append(block)
            }
            var kept: [Substring] = []
            var lastBlank = true
            for (k, line) in lines.enumerated() where !drop[k] {
                let blank = line.allSatisfy(\.isWhitespace)
                if blank && lastBlank { continue }
                kept.append(blank ? "" : line)
                lastBlank = blank
            }
            while let l = kept.last, l.isEmpty { kept.removeLast() }
            article.text = kept.joined(separator: "\n")
        }
        article.paragraphs = Paragraphs.spans(in: article.text)
    }
}

extension TextCleaner {
    /// Distinctive words of the outlet's name or domain ("briefwave" from "briefwave-news.com").
    static func outletWords(_ a: Article) -> Set<String> {
        let generic: Set<String> = [
            "the", "news", "com", "org", "net", "www", "daily", "times", "post", "world", "online", "media", "co", "uk",
        ]
        var words = Set<String>()
        for name in [a.outlet, a.url.flatMap { DomainName.host(of: $0) }].compactMap({ $0 }) {
            for w in LineFeatures.words(of: Substring(name)) where w.count >= 4 && !generic.contains(w) {
                words.insert(w)
            }
        }
        return words
    }
}

enum DomainName {
    static func host(of url: String) -> String? {
        let parts = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].hasSuffix(":"), parts[1].isEmpty else { return nil }
        return String(parts[2].prefix { $0 != ":" && $0 != "?" })
    }
}

/// Paragraph spans: blocks separated by blank lines, or single lines when the text has no blank line.
extension TextCleaner {
    /// The clean stage for HTML pages: the extracted story into `article`, and the page's own
    /// metadata where ingest read none (the page's site name outranks an outlet guessed earlier).
    public static func clean(html bytes: [UInt8], charset: String?, into article: inout Article) {
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
}

public enum Paragraphs {
    public static func spans(in text: String) -> [Span] {
        let s = Array(text.unicodeScalars)
        var hasBlankLine = false
        var i = 0
        while i < s.count {
            if s[i] == "\n" {
                var j = i + 1
                while j < s.count && (s[j] == " " || s[j] == "\t" || s[j] == "\r") { j += 1 }
                if j < s.count && s[j] == "\n" { hasBlankLine = true; break }
            }
            i += 1
        }
        var out: [Span] = []
        var start: Int? = nil
        var lastNonSpace = 0
        var k = 0
        while k <= s.count {
            let atEnd = k == s.count
            var boundary = atEnd
            if !atEnd && s[k] == "\n" {
                if !hasBlankLine {
                    boundary = true
                } else {
                    var j = k + 1
                    while j < s.count && (s[j] == " " || s[j] == "\t" || s[j] == "\r") { j += 1 }
                    boundary = j == s.count || s[j] == "\n"
                }
            }
            if boundary {
                if let st = start { out.append(Span(st, lastNonSpace + 1)) }
                start = nil
            } else if !s[k].properties.isWhitespace {
                if start == nil { start = k }
                lastNonSpace = k
            }
            k += 1
        }
        return out
    }
}

import DossierModel

/// A story's articles with what the detail builders need: scalar text, sentence lookup, and the
/// independent source (syndication root) each article counts as.
///
/// An article's scalar text (four bytes a character) is made as a builder reaches it and dropped
/// when it moves on, not held for the whole story: a story of thousands of articles would hold
/// all of them at once, several times the size of the articles themselves.
struct StorySources: Sendable {
    /// An article and the independent source it counts as.
    struct Entry: Sendable {
        var article: Article
        /// Id of the earliest article of this one's text: itself unless it is a copy.
        var root: String
    }

    /// An entry with its scalar text, for the builders that read spans.
    struct Item {
        var article: Article
        var text: ScalarText
        var root: String
    }

    let articles: [Article]
    let roots: [String]

    init(_ articles: [Article], originalOf: [String: String]) {
        self.articles = articles
        roots = articles.map { originalOf[$0.id] ?? $0.id }
    }

    /// Every article with its root, in order.
    var entries: LazyMapCollection<Range<Int>, Entry> {
        articles.indices.lazy.map { [articles, roots] in Entry(article: articles[$0], root: roots[$0]) }
    }

    /// The articles `keep` accepts, each with its scalar text made as it is reached, in order.
    func items(where keep: @escaping (Article) -> Bool = { _ in true }) -> some Sequence<Item> {
        articles.indices.lazy.filter { [articles] in keep(articles[$0]) }.map { [articles, roots] in
            Item(article: articles[$0], text: ScalarText(articles[$0].text), root: roots[$0])
        }
    }

    /// The sentence holding `span`, or the span widened to the nearest sentence ends when the
    /// article has no sentence annotations.
    static func sentence(containing span: Span, in item: Item) -> Span {
        let sentences = item.article.annotations.sentences
        var lo = 0, hi = sentences.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sentences[mid].end <= span.start { lo = mid + 1 } else { hi = mid }
        }
        if lo < sentences.count, sentences[lo].start <= span.start {
            return trimmed(
                Span(sentences[lo].start, max(sentences[lo].end, min(span.end, item.text.count))), item.text,
                keep: span.end)
        }
        let s = item.text.scalars
        var a = min(span.start, s.count), b = min(span.end, s.count)
        while a > 0 && !(".!?\n".unicodeScalars.contains(s[a - 1])) { a -= 1 }
        while b < s.count && !(".!?\n".unicodeScalars.contains(s[b])) { b += 1 }
        if b < s.count && s[b] != "\n" { b += 1 }
        while a < b && s[a].properties.isWhitespace { a += 1 }
        return trimmed(Span(a, b), item.text, keep: span.end)
    }

    /// Drops trailing spaces and an opening quote mark that belongs to the next sentence.
    static func trimmed(_ span: Span, _ text: ScalarText, keep: Int) -> Span {
        var e = min(span.end, text.count)
        while e > max(span.start, keep) && text[e - 1].properties.isWhitespace { e -= 1 }
        if e - 1 > max(span.start, keep), text[e - 1] == "\"" || text[e - 1] == "\u{201C}",
            text[e - 2].properties.isWhitespace
        {
            e -= 1
            while e > max(span.start, keep) && text[e - 1].properties.isWhitespace { e -= 1 }
        }
        return Span(span.start, e)
    }
}

/// Citations that count each independent source once: the first citation from a syndication
/// root is a source, later ones from the same root are reprints.
struct SupportList {
    var sources: [Citation] = []
    var reprints: [Citation] = []
    private var roots: Set<String> = []

    private var cited: Set<Citation> = []

    mutating func add(_ c: Citation, root: String) {
        guard cited.insert(c).inserted else { return }
        if roots.insert(root).inserted { sources.append(c) } else { reprints.append(c) }
    }

    var independentCount: Int { roots.count }
}

/// Content-word stems of a piece of text, for "same content" tests between sentences.
func contentStems(_ s: String) -> Set<UInt64> {
    var out = Set<UInt64>()
    WordScanner.scan(s) { w in if !w.isStopword && !w.isNumber { out.insert(w.stem) } }
    return out
}

func jaccard(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
    guard !a.isEmpty || !b.isEmpty else { return 0 }
    let i = a.intersection(b).count
    return Double(i) / Double(a.count + b.count - i)
}

import DossierModel
import DossierStore

/// Whether a new article matches a watchlist, and the span that matched: the quote when the
/// match is something said, the figure when it is a number claimed, else the mention or words.
public enum WatchlistMatcher {
    public struct Trigger: Sendable, Equatable {
        public var kind: WatchAlert.Kind
        public var span: Span
        public var text: String
    }

    public static func trigger(
        _ w: Watchlist, article a: Article, terms: [String] = [], queryHit: ArticleStore.QueryMatch? = nil
    )
        -> Trigger?
    {
        let text = ScalarText(a.text)
        func make(_ kind: WatchAlert.Kind, _ span: Span) -> Trigger {
            Trigger(kind: kind, span: span, text: text[span])
        }
        let ann = a.annotations
        switch w.kind {
        case .person, .org, .place:
            let type: EntityType = w.kind == .person ? .person : w.kind == .org ? .organization : .location
            let key = fold(w.value)
            guard let e = ann.entities.first(where: { $0.type == type && names($0, match: key) }) else { return nil }
            if let q = ann.quotes.first(where: {
                $0.namedSpeaker.map { nameMatches(fold($0), key) || fold($0) == fold(e.name) } == true
            }) {
                return make(.quote, q.span)
            }
            if let m = ann.amounts.first(where: { $0.claimant.map { nameMatches(fold($0), key) } == true }) {
                return make(.figure, m.span)
            }
            guard let span = e.mentions.first else { return nil }
            return make(.article, span)
        case .keyword:
            guard let span = find(w.value, in: a.text) else { return nil }
            return contextual(span, a, make)
        case .query:
            guard let hit = queryHit, hit.matches else { return nil }
            if let k = hit.quoteOrdinal, k >= 0, k < ann.quotes.count { return make(.quote, ann.quotes[k].span) }
            for t in terms { if let span = find(t, in: a.text) { return contextual(span, a, make) } }
            if let title = a.title, !title.isEmpty { return Trigger(kind: .article, span: Span(0, 0), text: title) }
            return make(.article, Span(0, min(text.count, 200)))
        }
    }

    /// A match inside a quote is that quote; in a sentence with a figure, that figure's sentence.
    private static func contextual(_ span: Span, _ a: Article, _ make: (WatchAlert.Kind, Span) -> Trigger) -> Trigger {
        let ann = a.annotations
        if let q = ann.quotes.first(where: { $0.span.start <= span.start && span.end <= $0.span.end }) {
            return make(.quote, q.span)
        }
        if let s = ann.sentences.first(where: { $0.start <= span.start && span.end <= $0.end }),
            ann.amounts.contains(where: { s.start <= $0.span.start && $0.span.end <= s.end })
        {
            return make(.figure, s)
        }
        return make(.article, span)
    }

    private static func names(_ e: Entity, match key: String) -> Bool {
        nameMatches(fold(e.name), key) || e.aliases.contains { nameMatches(fold($0), key) }
    }

    /// "angela merkel" matches "angela merkel" and "merkel" (a trailing run of whole words).
    static func nameMatches(_ name: String, _ key: String) -> Bool {
        !key.isEmpty && (name == key || name.hasSuffix(" " + key))
    }

    /// Lower-cased scalar by scalar (one scalar each, so offsets keep), spaces collapsed.
    static func fold(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var space = false
        for c in s.unicodeScalars {
            if c.properties.isWhitespace { space = !out.isEmpty; continue }
            if space { out.append(" "); space = false }
            out.append(lower(c))
        }
        return String(out)
    }

    static func lower(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let m = c.properties.lowercaseMapping.unicodeScalars
        return m.count == 1 ? m.first ?? c : c
    }

    /// The first case-insensitive occurrence of `needle` in `text` at word boundaries, in scalars.
    public static func find(_ needle: String, in text: String) -> Span? {
        let n = Array(fold(needle).unicodeScalars)
        guard !n.isEmpty else { return nil }
        let h = Array(text.unicodeScalars)
        guard h.count >= n.count else { return nil }
        func isWord(_ c: Unicode.Scalar) -> Bool { c.properties.isAlphabetic || c.properties.numericType != nil }
        var i = 0
        while i + n.count <= h.count {
            if lower(h[i]) == n[0] {
                var k = 1
                while k < n.count, lower(h[i + k]) == n[k] { k += 1 }
                if k == n.count {
                    let before = i == 0 || !isWord(h[i - 1]) || !isWord(n[0])
                    let after = i + k == h.count || !isWord(h[i + k]) || !isWord(n[k - 1])
                    if before && after { return Span(i, i + k) }
                }
            }
            i += 1
        }
        return nil
    }
}

/// One match of a search: an article or one of its quotes, ranked by bm25.
public struct SearchHit: Sendable, Equatable {
    public enum Kind: String, Sendable { case article, quote }

    /// Marks around matched words in `snippet` (Unicode private-use scalars, which no stored
    /// text uses), so each renderer highlights in its own syntax after escaping the rest.
    public static let markStart: Unicode.Scalar = "\u{E000}"
    public static let markEnd: Unicode.Scalar = "\u{E001}"

    public var kind: Kind
    public var articleID: String
    /// The quote's ordinal within its article (quotes only).
    public var ordinal: Int?
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var speaker: String?
    public var snippet: String
    /// bm25 score: lower is better, as SQLite reports it.
    public var score: Double

    /// The snippet without its marks.
    public var plainSnippet: String {
        String(String.UnicodeScalarView(snippet.unicodeScalars.filter { $0 != Self.markStart && $0 != Self.markEnd }))
    }

    public init(
        kind: Kind, articleID: String, ordinal: Int?, title: String?, outlet: String?, published: String?,
        speaker: String?, snippet: String, score: Double
    ) {
        self.kind = kind
        self.articleID = articleID
        self.ordinal = ordinal
        self.title = title
        self.outlet = outlet
        self.published = published
        self.speaker = speaker
        self.snippet = snippet
        self.score = score
    }
}

/// One page of a list, with the total it was cut from.
public struct ResultPage<Item: Sendable>: Sendable {
    public var items: [Item]
    public var total: Int
    public var offset: Int

    public init(items: [Item], total: Int, offset: Int) {
        self.items = items
        self.total = total
        self.offset = offset
    }

    /// The offset of the next page, or nil on the last one.
    public var nextOffset: Int? { offset + items.count < total && !items.isEmpty ? offset + items.count : nil }
}

/// What the store knows of one article without its text: enough to list and link it.
public struct ArticleSummary: Sendable, Equatable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    public var language: String?
    public var url: String?
    public var source: String

    public init(
        id: String, title: String?, outlet: String?, published: String?, language: String?, url: String?,
        source: String
    ) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.language = language
        self.url = url
        self.source = source
    }
}

/// A quote as stored, with the article it came from.
public struct StoredQuote: Sendable, Equatable {
    public var article: ArticleSummary
    public var ordinal: Int
    public var text: String
    public var kind: String
    public var speaker: String?
    public var speakerDescription: String?
    public var start: Int
    public var end: Int

    public init(
        article: ArticleSummary, ordinal: Int, text: String, kind: String, speaker: String?,
        speakerDescription: String?, start: Int, end: Int
    ) {
        self.article = article
        self.ordinal = ordinal
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerDescription = speakerDescription
        self.start = start
        self.end = end
    }
}

/// Everything the store records about one named person or organisation across articles.
public struct NamedEntityRecord: Sendable, Equatable {
    public var name: String
    /// Entity types seen for this name ("person", "organization", ...), most frequent first.
    public var types: [String]
    /// The roles and descriptions given to it, most frequent first.
    public var descriptions: [String]
    public var aliases: [String]
    public var articles: [ArticleSummary]

    public init(name: String, types: [String], descriptions: [String], aliases: [String], articles: [ArticleSummary]) {
        self.name = name
        self.types = types
        self.descriptions = descriptions
        self.aliases = aliases
        self.articles = articles
    }
}

extension NamedEntityRecord {
    /// One record from every stored mention row of a name (oldest article first): the most
    /// frequent spelling, types and descriptions first, aliases and articles once each.
    public static func assemble(
        _ asked: String,
        _ rows: [(
            name: String, type: String, description: String?, aliases: String,
            article: ArticleSummary
        )]
    ) -> NamedEntityRecord? {
        guard !rows.isEmpty else { return nil }
        var types: [String: Int] = [:]
        var descriptions: [String: Int] = [:]
        var aliases: [String] = []
        var names: [String: Int] = [:]
        var seen = Set<String>()
        var articles: [ArticleSummary] = []
        for row in rows {
            names[row.name, default: 0] += 1
            types[row.type, default: 0] += 1
            if let d = row.description, !d.isEmpty { descriptions[d, default: 0] += 1 }
            let list = (try? ArticleStore.decode([String].self, row.aliases)) ?? []
            for a in list where !aliases.contains(a) { aliases.append(a) }
            if seen.insert(row.article.id).inserted { articles.append(row.article) }
        }
        func ranked(_ d: [String: Int]) -> [String] {
            d.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
        }
        return NamedEntityRecord(
            name: ranked(names).first ?? asked, types: ranked(types),
            descriptions: ranked(descriptions), aliases: aliases, articles: articles)
    }
}

/// Cross-document results: what the linking stage concludes about a set of analysed articles.

/// An article as a story lists it: enough to cite and link back to it.
public struct ArticleRef: Sendable, Equatable, Codable {
    public var id: String
    public var source: String
    public var outlet: String?
    public var published: String?
    public var title: String?
    public var url: String?

    public init(id: String, source: String, outlet: String?, published: String?, title: String?, url: String?) {
        self.id = id
        self.source = source
        self.outlet = outlet
        self.published = published
        self.title = title
        self.url = url
    }

    public init(_ a: Article) {
        self.init(id: a.id, source: a.source, outlet: a.outlet, published: a.published?.iso8601, title: a.title, url: a.url)
    }
}

/// A place in one article: the evidence behind a line of the dossier.
public struct Citation: Sendable, Equatable, Hashable, Codable {
    public var article: String
    public var span: Span

    public init(article: String, span: Span) {
        self.article = article
        self.span = span
    }
}

/// One entity merged across a story's articles.
public struct StoryEntity: Sendable, Equatable, Codable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var description: String?
    /// Ids of the articles that mention it.
    public var articles: [String]

    public init(name: String, type: EntityType, aliases: [String], description: String?, articles: [String]) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.description = description
        self.articles = articles
    }
}

/// A dated happening within a story, with every report of it.
public struct StoryEvent: Sendable, Equatable, Codable {
    /// TimeML value of day or month granularity: "2024-03-05" or "2024-03".
    public var date: String
    /// The sentence that reports it, from its earliest source.
    public var text: String
    /// One citation per independent source: reprints of a text already cited go to `reprints`.
    public var sources: [Citation]
    public var reprints: [Citation]

    public init(date: String, text: String, sources: [Citation], reprints: [Citation] = []) {
        self.date = date
        self.text = text
        self.sources = sources
        self.reprints = reprints
    }
}

/// One quote as the story knows it: the same words reported by one or more articles.
public struct StoryQuote: Sendable, Equatable, Codable {
    public var text: String
    public var kind: QuoteKind
    public var speaker: String?
    public var speakerDescription: String?
    /// One citation per independent source: reprints of a text already cited go to `reprints`.
    public var sources: [Citation]
    public var reprints: [Citation]

    public init(text: String, kind: QuoteKind, speaker: String?, speakerDescription: String?, sources: [Citation], reprints: [Citation] = []) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerDescription = speakerDescription
        self.sources = sources
        self.reprints = reprints
    }
}

/// Copies of one text: the earliest and those derived from it.
public struct SyndicationGroup: Sendable, Equatable, Codable {
    public var original: String
    public var copies: [String]

    public init(original: String, copies: [String]) {
        self.original = original
        self.copies = copies
    }
}

/// Figures about the same thing from different articles, and whether they agree.
public struct ClaimGroup: Sendable, Equatable, Codable {
    public enum Verdict: String, Sendable, Codable { case agree, conflict }
    public struct Figure: Sendable, Equatable, Codable {
        public var amount: Amount
        public var article: String
        public var outlet: String?
        public var sentence: String

        public init(amount: Amount, article: String, outlet: String?, sentence: String) {
            self.amount = amount
            self.article = article
            self.outlet = outlet
            self.sentence = sentence
        }
    }
    /// What is counted ("workers", "percent").
    public var unit: String
    public var verdict: Verdict
    public var figures: [Figure]

    public init(unit: String, verdict: Verdict, figures: [Figure]) {
        self.unit = unit
        self.verdict = verdict
        self.figures = figures
    }
}

/// How likely a source thinks the story's central development is, read from its wording.
public struct StoryAssessment: Sendable, Equatable, Codable {
    public enum Lean: String, Sendable, Codable { case likely, unlikely, uncertain }
    /// The attributed sentence.
    public var text: String
    public var speaker: String?
    public var lean: Lean
    /// The words that set the lean, as they appear ("highly improbable", "not expected").
    public var cues: [String]
    public var source: Citation

    public init(text: String, speaker: String?, lean: Lean, cues: [String], source: Citation) {
        self.text = text
        self.speaker = speaker
        self.lean = lean
        self.cues = cues
        self.source = source
    }
}

public struct Story: Sendable, Equatable, Codable {
    public var id: String
    public var title: String
    public var articles: [ArticleRef]
    public var entities: [StoryEntity]
    public var events: [StoryEvent]
    public var quotes: [StoryQuote]
    public var claims: [ClaimGroup]
    public var syndication: [SyndicationGroup]
    public var assessments: [StoryAssessment]

    public init(id: String, title: String, articles: [ArticleRef], entities: [StoryEntity] = [], events: [StoryEvent] = [],
                quotes: [StoryQuote] = [], claims: [ClaimGroup] = [], syndication: [SyndicationGroup] = [],
                assessments: [StoryAssessment] = []) {
        self.assessments = assessments
        self.id = id
        self.title = title
        self.articles = articles
        self.entities = entities
        self.events = events
        self.quotes = quotes
        self.claims = claims
        self.syndication = syndication
    }
}

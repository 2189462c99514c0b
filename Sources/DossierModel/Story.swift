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

/// A dated happening within a story (the event grain of ECB+): the articles that report it,
/// dated, titled by its earliest independent report.
public struct StoryEvent: Sendable, Equatable, Codable {
    /// Stable for the same membership: `ContentID` of the sorted member ids.
    public var id: String
    /// When it happened, as its reports date it: "2024-03-05", "2024-03", or a range of
    /// publication days "2024-03-05/2024-03-07"; nil when nothing dates it.
    public var date: String?
    /// One line: the headline (else the first sentence) of its earliest independent report.
    public var title: String
    /// Ids of the articles reporting it, in arrival order.
    public var articles: [String]
    /// One citation per independent source (the sentence that dates the event, or the article as
    /// a whole); reprints of a text already cited go to `reprints`.
    public var sources: [Citation]
    public var reprints: [Citation]

    public init(id: String, date: String?, title: String, articles: [String], sources: [Citation],
                reprints: [Citation] = []) {
        self.id = id
        self.date = date
        self.title = title
        self.articles = articles
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

/// Figures that count the same thing (same counted noun and qualifiers, same holder or place)
/// from different independent sources, and how they relate.
public struct ClaimGroup: Sendable, Equatable, Codable {
    /// `agree`: every figure allows a common value. `conflict`: figures for the same time that no
    /// value satisfies. `changed`: the same quantity at different times, figures in date order.
    public enum Verdict: String, Sendable, Codable { case agree, conflict, changed }
    public struct Figure: Sendable, Equatable, Codable {
        public var amount: Amount
        public var article: String
        public var outlet: String?
        public var sentence: String
        /// "at least", "some", "about": how the figure is hedged (also in `amount`).
        public var modifier: String?
        /// Who gives the figure, when a report says ("the coastguard said").
        public var claimant: String?
        /// The day (or month) the figure is for: a date in its sentence, else its publication day.
        public var date: String?
        /// The figure as cited: the first report of its text, then its reprints.
        public var sources: [Citation]

        public init(amount: Amount, article: String, outlet: String?, sentence: String, modifier: String? = nil,
                    claimant: String? = nil, date: String? = nil, sources: [Citation] = []) {
            self.amount = amount
            self.article = article
            self.outlet = outlet
            self.sentence = sentence
            self.modifier = modifier
            self.claimant = claimant
            self.date = date
            self.sources = sources
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

/// Where one person speaks to the story's central question, and which way they lean.
public struct StoryAssessment: Sendable, Equatable, Codable {
    public enum Lean: String, Sendable, Codable { case likely, unlikely, uncertain }
    /// One statement of theirs: the quote or attributed sentence, and where it is.
    public struct Evidence: Sendable, Equatable, Codable {
        public var text: String
        public var article: String
        public var span: Span
        /// The words that set its lean ("highly improbable", "not expected").
        public var cues: [String]
        public var lean: Lean

        public init(text: String, article: String, span: Span, cues: [String], lean: Lean) {
            self.text = text
            self.article = article
            self.span = span
            self.cues = cues
            self.lean = lean
        }
    }
    /// The named source, as the story names them most fully.
    public var person: String
    /// What they are ("defence analyst at the Kessel Institute"), when a report says.
    public var role: String?
    /// Their lean over all their statements: mixed likely and unlikely statements are uncertain.
    public var lean: Lean
    public var evidence: [Evidence]

    public init(person: String, role: String?, lean: Lean, evidence: [Evidence]) {
        self.person = person
        self.role = role
        self.lean = lean
        self.evidence = evidence
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
    /// What the story's sources are asked or hedge about: a headline that asks it, else the
    /// statement most of its reports hedge about; nil when none does.
    public var question: String?

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

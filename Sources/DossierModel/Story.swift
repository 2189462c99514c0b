/// Cross-document results: what the linking stage concludes about a set of analysed articles.

/// An article as a story lists it: enough to cite and link back to it.
public struct ArticleRef: Sendable, Equatable, Codable {
    /// The article's `Article.id`, the id every citation and id list of the story uses.
    public var id: String
    /// The article's `Article.source`: file, `path:line`, `path#n` or the URL fetched.
    public var source: String
    /// The publication's name; nil when the input gave none and no URL named a host.
    public var outlet: String?
    /// Publication time as ISO 8601 (`Timestamp.iso8601`: "2024-03-04" or "2024-03-04T09:14:00Z"); nil when
    /// undated. Kept as the string the analyze record writes, so it sorts as text by day.
    public var published: String?
    /// The headline; nil when the article has none.
    public var title: String?
    /// The article's URL; nil when none is known.
    public var url: String?

    /// Memberwise.
    public init(id: String, source: String, outlet: String?, published: String?, title: String?, url: String?) {
        self.id = id
        self.source = source
        self.outlet = outlet
        self.published = published
        self.title = title
        self.url = url
    }

    /// The reference to an analysed article: its metadata without text or annotations.
    public init(_ a: Article) {
        self.init(
            id: a.id, source: a.source, outlet: a.outlet, published: a.published?.iso8601, title: a.title, url: a.url)
    }
}

/// A place in one article: the evidence behind a line of the dossier.
public struct Citation: Sendable, Equatable, Hashable, Codable {
    /// `Article.id` of the article cited.
    public var article: String
    /// Scalar offsets into that article's `text`; the empty span `[0, 0)` cites the article as a whole (an event
    /// no sentence dates, a person known only by mentions).
    public var span: Span

    /// Memberwise and unchecked: `span` is trusted to fit the cited article's text.
    public init(article: String, span: Span) {
        self.article = article
        self.span = span
    }
}

/// One entity merged across a story's articles.
public struct StoryEntity: Sendable, Equatable, Codable {
    /// The name its articles use most (each article's `Entity.name`, weighted by mentions), the longer on a tie.
    public var name: String
    /// The majority type over its mentions (one place tagged organisation here and location there is one entity).
    public var type: EntityType
    /// Every spelling seen across the articles, `name` first.
    public var aliases: [String]
    /// The role its articles give most often (people only; alphabetically first on a tie); nil when none gives one.
    public var description: String?
    /// Ids of the articles that mention it, in the story's arrival order.
    public var articles: [String]

    /// Memberwise.
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
    /// Further citations from syndication roots already in `sources` (copies of a text already cited), which do
    /// not count as independent support.
    public var reprints: [Citation]

    /// Memberwise; `id` should be `ContentID.make` of the sorted member ids joined by U+001F, as the linker makes it.
    public init(
        id: String, date: String?, title: String, articles: [String], sources: [Citation],
        reprints: [Citation] = []
    ) {
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
    /// The quoted words as the first report gives them; when that one did not quote them directly, as the first
    /// report that does.
    public var text: String
    /// `direct` when any report quotes the words directly, else the kind of the first report.
    public var kind: QuoteKind
    /// The speaker name most of its reports give (alphabetically first on a tie); when none names one, the
    /// description the first report with one stands the speaker as ("a senior official"); nil when none does.
    public var speaker: String?
    /// Whether `speaker` is a name rather than a description (see `Quote.speakerNamed`). JSON `speaker_named`.
    public var speakerNamed: Bool
    /// The speaker's role, from the first report that gives one ("a spokeswoman for the port"); nil when none
    /// does. JSON `speaker_description`.
    public var speakerDescription: String?
    /// One citation per independent source: reprints of a text already cited go to `reprints`.
    public var sources: [Citation]
    /// Further citations from syndication roots already in `sources`: copies of a text already cited.
    public var reprints: [Citation]

    /// Memberwise; `speakerNamed` nil means named whenever there is a speaker.
    public init(
        text: String, kind: QuoteKind, speaker: String?, speakerNamed: Bool? = nil, speakerDescription: String?,
        sources: [Citation], reprints: [Citation] = []
    ) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerNamed = speaker != nil && (speakerNamed ?? true)
        self.speakerDescription = speakerDescription
        self.sources = sources
        self.reprints = reprints
    }
}

/// Copies of one text: the earliest and those derived from it.
public struct SyndicationGroup: Sendable, Equatable, Codable {
    /// `Article.id` of the earliest article of the text, which the copies were detected against; normally a member
    /// of the story, though a story built from part of a stream may lack it.
    public var original: String
    /// Ids of the articles that copy it or embed it in a longer text, in arrival order; never empty.
    public var copies: [String]

    /// Memberwise.
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
    /// The raw value is the JSON `verdict`.
    public enum Verdict: String, Sendable, Codable { case agree, conflict, changed }
    /// One figure of the group, from one independent source.
    public struct Figure: Sendable, Equatable, Codable {
        /// The figure as its article's amount stage found it: value, unit, text, and span in that article's text.
        public var amount: Amount
        /// `Article.id` of the article it comes from: the first report of its text that the story holds.
        public var article: String
        /// That article's outlet; nil when unknown.
        public var outlet: String?
        /// The whole sentence holding the figure, as text.
        public var sentence: String
        /// "at least", "some", "about": how the figure is hedged (also in `amount`).
        public var modifier: String?
        /// Who gives the figure, when a report says ("the coastguard said").
        public var claimant: String?
        /// The day (or month) the figure is for, as a TimeML value: a date its own clause states after "on",
        /// "as of", "by" or "until" and not after publication, else its report's event date (which may be a
        /// range "2024-03-05/2024-03-07"), else its publication day; nil when none of these is known.
        public var date: String?
        /// The figure as cited: the first report of its text, then its reprints.
        public var sources: [Citation]

        /// Memberwise.
        public init(
            amount: Amount, article: String, outlet: String?, sentence: String, modifier: String? = nil,
            claimant: String? = nil, date: String? = nil, sources: [Citation] = []
        ) {
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
    /// What is counted, as the key figures are grouped by: the unit's last word, lowercased, plural folded
    /// ("passenger", "percent", "eur").
    public var unit: String
    /// How the figures relate (see `Verdict`).
    public var verdict: Verdict
    /// At least two figures, each from a different independent source: in date order when `changed`, else in
    /// the order their articles arrived.
    public var figures: [Figure]

    /// Memberwise.
    public init(unit: String, verdict: Verdict, figures: [Figure]) {
        self.unit = unit
        self.verdict = verdict
        self.figures = figures
    }
}

/// Where one person speaks to the story's central question, and which way they lean.
public struct StoryAssessment: Sendable, Equatable, Codable {
    /// Which way a statement, or a person over all their statements, leans on the story's question; the raw
    /// value is the JSON `lean`: `likely` (expects it), `unlikely` (doubts it), `uncertain` (hedges, or mixed).
    public enum Lean: String, Sendable, Codable { case likely, unlikely, uncertain }
    /// One statement of theirs: the attributed sentence, and where it is.
    public struct Evidence: Sendable, Equatable, Codable {
        /// The whole attributed sentence, as it stands in its article.
        public var text: String
        /// `Article.id` of the article it is in.
        public var article: String
        /// The sentence's span in that article's text.
        public var span: Span
        /// The words that set its lean ("highly improbable", "not expected").
        public var cues: [String]
        /// The lean its cues set: longest cue phrase first; a negation up to three words before a likely cue makes
        /// it unlikely, before an unlikely cue uncertain.
        public var lean: Lean

        /// Memberwise.
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
    /// Every statement of theirs that speaks to the question, in arrival order; a sentence repeated by copies of
    /// one text is listed once.
    public var evidence: [Evidence]

    /// Memberwise.
    public init(person: String, role: String?, lean: Lean, evidence: [Evidence]) {
        self.person = person
        self.role = role
        self.lean = lean
        self.evidence = evidence
    }
}

/// A storyline: reports that can run for weeks or months, with what they say taken across articles. One entry
/// of the `stories` JSON; every line cites the articles and spans behind it.
public struct Story: Sendable, Equatable, Codable {
    /// `ContentID.make` of the sorted member article ids joined by U+001F: stable for the same membership,
    /// whatever the order they arrived in.
    public var id: String
    /// Its most central headline (the independent report whose words run most through the story), segments that
    /// name a site cut; failing that (fewer than two independent reports, or no headline of enough content
    /// words), the earliest independent headline, else the first article's first sentence.
    public var title: String
    /// The member articles in arrival order (by publication, undated last), copies included; never empty.
    public var articles: [ArticleRef]
    /// Entities merged across its articles: those in most articles first, then the most mentioned.
    public var entities: [StoryEntity]
    /// Its dated happenings, each once, in date order with undated last; every member is in exactly one event.
    public var events: [StoryEvent]
    /// Quotes merged across its articles: those with most independent sources first.
    public var quotes: [StoryQuote]
    /// Groups of figures that count the same thing, each from at least two independent sources.
    public var claims: [ClaimGroup]
    /// Each copied text with the members that copy it; empty when no member copies another.
    public var syndication: [SyndicationGroup]
    /// One row per named person whose statements speak to `question`, in order of their first statement.
    public var assessments: [StoryAssessment]
    /// What the story's sources are asked or hedge about: a headline that asks it, else the
    /// statement most of its reports hedge about; nil when none does.
    public var question: String?

    /// Memberwise; the detail lists default to empty, as for articles without annotations.
    public init(
        id: String, title: String, articles: [ArticleRef], entities: [StoryEntity] = [], events: [StoryEvent] = [],
        quotes: [StoryQuote] = [], claims: [ClaimGroup] = [], syndication: [SyndicationGroup] = [],
        assessments: [StoryAssessment] = []
    ) {
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

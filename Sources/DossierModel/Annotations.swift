/// What the language stage finds in one article. Every span indexes the article's `text`.
public struct Annotations: Sendable, Equatable {
    /// Sentence spans in text order, none crossing a paragraph; JSON `sentences`, as `[start, end]` pairs.
    public var sentences: [Span] = []
    /// Word, number and punctuation token spans in text order: the unit every language component reads.
    /// Working data only: not in the JSON record and not stored, so empty on articles read back from the store.
    public var tokens: [Span] = []
    /// Named referents (people, organisations, places, other names), one per referent, in order of first mention.
    public var entities: [Entity] = []
    /// Quotations and reported statements with their attribution. Quoted words nobody in the text is said to
    /// have spoken (titles, slogans, scare quotes) are left out.
    public var quotes: [Quote] = []
    /// Numeric claims (counts, percentages, sums of money) with what they count; JSON `amounts`.
    public var amounts: [Amount] = []
    /// Dates, times, durations and recurrences (TimeML TIMEX3), normalised against the publication date;
    /// JSON `dates`.
    public var dates: [TimeExpression] = []

    /// No annotations: what an article holds before, or without, language analysis (`dossier extract`).
    public init() {}
}

/// The CoNLL-2003 name types the recogniser tags; the raw value is the JSON `type`.
public enum EntityType: String, Sendable, Codable, CaseIterable {
    /// A person; only people get a `description` (their role or title).
    case person
    /// A company, institution, agency, party or team ("Kessvik Port Authority").
    case organization
    /// A place: country, region, city, river, building.
    case location
    /// Any other name CoNLL-2003 tags MISC: nationalities, events, works, products ("Norwegian").
    case misc
}

/// One real-world referent within an article: every mention of it, under its fullest name.
public struct Entity: Sendable, Equatable, Codable {
    /// The fullest surface form among the mentions (most words; a mixed-case form over an all-caps one),
    /// e.g. "Mara Lindqvist" for mentions "Mara Lindqvist", "Lindqvist" and "LINDQVIST".
    public var name: String
    /// What the recogniser tagged the referent as.
    public var type: EntityType
    /// Every surface form seen, the canonical name first.
    public var aliases: [String]
    /// The role or title the text gives, e.g. "a senior fellow at the Baltic Policy Institute": set only
    /// for people, from the first mention the text describes; nil otherwise.
    public var description: String?
    /// Every mention in text order. A courtesy title stays outside the span (the CoNLL convention: "Ms" of
    /// "Ms Lindqvist"), though the titled form is kept in `aliases`.
    public var mentions: [Span]

    /// Memberwise and unchecked; by convention `aliases` starts with `name` and `mentions` fit the article's text.
    public init(
        name: String, type: EntityType, aliases: [String] = [], description: String? = nil, mentions: [Span] = []
    ) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.description = description
        self.mentions = mentions
    }
}

/// How much of a quote is the speaker's own words; the raw value is the JSON `kind`.
public enum QuoteKind: String, Sendable, Codable {
    /// A whole quotation in quotation marks: “We are ready,” she said.
    case direct
    /// A quoted phrase that makes up most (at least 60 %) of a reported clause: she called it “a disgrace”.
    case partial
    /// Reported speech, without quotation marks of its own: she said the port would reopen.
    case indirect
}

/// A quotation or reported statement in one article, with whom the text attributes it to; JSON `quotes`.
public struct Quote: Sendable, Equatable, Codable {
    /// The quoted words, without the quote marks. The parts of a quotation split by its attribution are
    /// joined with " … " where a part loses a closing comma or dash, else with a space; an indirect quote
    /// is the reported clause.
    public var text: String
    /// Direct, partial or indirect (see `QuoteKind`).
    public var kind: QuoteKind
    /// Who said it as the text designates them: the person's or organisation's fullest name in the article
    /// when the text names them (`speakerNamed`), else the phrase the text gives for them, as it reads there
    /// ("a senior official", "Federal and state officials", "The commission" when no commission is named);
    /// nil when the text gives neither (a pronoun with no antecedent).
    public var speaker: String?
    /// Whether `speaker` is a name (true) or only a description (false; also false when there is no speaker).
    /// Whatever treats the speaker as a person or organisation (who's who, person pages, links, watchlists)
    /// reads only named speakers. JSON `speaker_named`.
    public var speakerNamed: Bool
    /// The role the text gives the speaker ("a spokeswoman for the port authority"), with or without a name;
    /// nil when it gives none. JSON `speaker_description`.
    public var speakerDescription: String?
    /// The reporting verb or phrase ("said", "according to").
    public var cue: String?
    /// Where the quoted words stand in the article text: first word to last, so a split quotation's span
    /// also covers the attribution between its parts.
    public var span: Span

    /// Memberwise and unchecked: `span` is trusted to fit the article's text. `speakerNamed` nil means named
    /// whenever there is a speaker, which is what a quote meant before descriptions could stand as speakers.
    public init(
        text: String, kind: QuoteKind, speaker: String?, speakerNamed: Bool? = nil, speakerDescription: String? = nil,
        cue: String?, span: Span
    ) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerNamed = speaker != nil && (speakerNamed ?? true)
        self.speakerDescription = speakerDescription
        self.cue = cue
        self.span = span
    }

    /// The speaker when the text names them, else nil: what may stand for a person or organisation.
    public var namedSpeaker: String? { speakerNamed ? speaker : nil }

    enum CodingKeys: String, CodingKey {
        case text, kind, speaker, cue, span
        case speakerNamed = "speaker_named"
        case speakerDescription = "speaker_description"
    }

    /// Records written before `speaker_named` existed read as named whenever they have a speaker.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try c.decode(String.self, forKey: .text), kind: try c.decode(QuoteKind.self, forKey: .kind),
            speaker: try c.decodeIfPresent(String.self, forKey: .speaker),
            speakerNamed: try c.decodeIfPresent(Bool.self, forKey: .speakerNamed),
            speakerDescription: try c.decodeIfPresent(String.self, forKey: .speakerDescription),
            cue: try c.decodeIfPresent(String.self, forKey: .cue), span: try c.decode(Span.self, forKey: .span))
    }
}

/// A numeric claim: a count, percentage or sum of money, possibly a range.
public struct Amount: Sendable, Equatable, Codable {
    /// The figure, or the low end of a range, in whole units of `unit`: "3.5 million passengers" is 3500000,
    /// "28%" is 28, "400 million kronor" is 400000000 (SEK); cents and pence are converted to the main unit.
    /// Vague plurals become ranges: "dozens" is 24 to 120.
    public var value: Double
    /// The high end, set only for ranges ("3,000 to 4,000").
    public var high: Double?
    /// What is counted: "percent" (or "percentage points"), an ISO 4217 code for money ("EUR"), or the
    /// lowercased head noun ("passengers", "flights cancelled"); nil when the text names nothing counted.
    public var unit: String?
    /// How the figure is hedged: "at least", "about", "more than", ...; nil for a plain figure.
    public var modifier: String?
    /// The figure as written, modifier and unit included ("at least 3,000 to 4,000 workers", "28 per cent").
    public var text: String
    /// Where `text` stands in the article text.
    public var span: Span
    /// Who reports the figure, when it sits in an attributed quote or in a sentence holding one: the
    /// speaker's name, else the speaker's role phrase; nil otherwise.
    public var claimant: String?

    /// Memberwise and unchecked: `span` is trusted to fit the article's text.
    public init(
        value: Double, high: Double? = nil, unit: String? = nil, modifier: String? = nil, text: String, span: Span,
        claimant: String? = nil
    ) {
        self.value = value
        self.high = high
        self.unit = unit
        self.modifier = modifier
        self.text = text
        self.span = span
        self.claimant = claimant
    }
}

/// TimeML TIMEX3 types, the raw value being the JSON `type`: DATE a day, month, season, year or decade
/// ("March 5", "last autumn", "the 1980s"); TIME a time of day ("this morning"); DURATION a length of time
/// ("three weeks"); SET a recurrence ("every Monday").
public enum TimeType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// One temporal expression in an article and its normalised value; JSON `dates`.
public struct TimeExpression: Sendable, Equatable, Codable {
    /// The expression as written ("last autumn", "Monday night", "the third quarter").
    public var text: String
    /// DATE, TIME, DURATION or SET.
    public var type: TimeType
    /// A TimeML value: "2024-03-05", "2024-03", "2024-W10", "2023-FA", "P2M", "PRESENT_REF", "XXXX-10".
    /// Relative expressions are resolved against the publication date (the tense decides which Tuesday);
    /// "XXXX" stands for a year nothing gives.
    public var value: String
    /// Where `text` stands in the article text.
    public var span: Span

    /// Memberwise and unchecked: `span` is trusted to fit the article's text.
    public init(text: String, type: TimeType, value: String, span: Span) {
        self.text = text
        self.type = type
        self.value = value
        self.span = span
    }
}

/// What the language stage finds in one article. Every span indexes the article's `text`.
public struct Annotations: Sendable, Equatable {
    public var sentences: [Span] = []
    public var tokens: [Span] = []
    public var entities: [Entity] = []
    public var quotes: [Quote] = []
    public var amounts: [Amount] = []
    public var dates: [TimeExpression] = []

    public init() {}
}

public enum EntityType: String, Sendable, Codable, CaseIterable {
    case person, organization, location, misc
}

/// One real-world referent within an article: every mention of it, under its fullest name.
public struct Entity: Sendable, Equatable, Codable {
    public var name: String
    public var type: EntityType
    /// Every surface form seen, the canonical name first.
    public var aliases: [String]
    /// The role or title the text gives, e.g. "a senior fellow at the Baltic Policy Institute".
    public var description: String?
    public var mentions: [Span]

    public init(name: String, type: EntityType, aliases: [String] = [], description: String? = nil, mentions: [Span] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.description = description
        self.mentions = mentions
    }
}

public enum QuoteKind: String, Sendable, Codable {
    case direct, partial, indirect
}

public struct Quote: Sendable, Equatable, Codable {
    /// The quoted words, without the quote marks.
    public var text: String
    public var kind: QuoteKind
    /// Canonical name of the speaker, or nil when the text gives only a role.
    public var speaker: String?
    public var speakerDescription: String?
    /// The reporting verb or phrase ("said", "according to").
    public var cue: String?
    /// Where the quoted words stand in the article text.
    public var span: Span

    public init(text: String, kind: QuoteKind, speaker: String?, speakerDescription: String? = nil, cue: String?, span: Span) {
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.speakerDescription = speakerDescription
        self.cue = cue
        self.span = span
    }

    enum CodingKeys: String, CodingKey {
        case text, kind, speaker, cue, span
        case speakerDescription = "speaker_description"
    }
}

/// A numeric claim: a count, percentage or sum of money, possibly a range.
public struct Amount: Sendable, Equatable, Codable {
    public var value: Double
    /// The high end, set only for ranges ("3,000 to 4,000").
    public var high: Double?
    /// What is counted: "percent", a currency code, or the head noun ("passengers").
    public var unit: String?
    /// "at least", "about", "more than", ...
    public var modifier: String?
    public var text: String
    public var span: Span
    /// Who reports the figure, when it sits in an attributed sentence.
    public var claimant: String?

    public init(value: Double, high: Double? = nil, unit: String? = nil, modifier: String? = nil, text: String, span: Span, claimant: String? = nil) {
        self.value = value
        self.high = high
        self.unit = unit
        self.modifier = modifier
        self.text = text
        self.span = span
        self.claimant = claimant
    }
}

/// TimeML TIMEX3 types.
public enum TimeType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

public struct TimeExpression: Sendable, Equatable, Codable {
    public var text: String
    public var type: TimeType
    /// A TimeML value: "2024-03-05", "2024-03", "2024-W10", "2023-FA", "P2M", "PRESENT_REF", "XXXX-10".
    public var value: String
    public var span: Span

    public init(text: String, type: TimeType, value: String, span: Span) {
        self.text = text
        self.type = type
        self.value = value
        self.span = span
    }
}

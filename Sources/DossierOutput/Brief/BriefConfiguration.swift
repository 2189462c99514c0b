/// Thresholds of the brief, in one place. Not fitted on data: chosen by reading the sample
/// corpus's briefs (Samples/corpus) and kept round.
public struct BriefConfiguration: Sendable {
    /// Sentences in the extractive summary.
    public var summarySentences = 5
    /// MMR trade-off: 1 picks by centrality alone, 0 by novelty alone.
    public var mmrLambda = 0.7
    /// Summary candidates are sentences of this many words (shorter are captions, longer run-ons).
    public var minWords = 8
    /// The upper bound, inclusive, as `minWords` is the lower; words are runs of three or more letters or digits.
    public var maxWords = 60
    /// Sentences read per article: the lead carries the story; bounds work on long articles.
    public var sentencesPerArticle = 40
    /// Cosine similarity at which a sentence of another source counts as backing a summary line.
    public var supportSimilarity = 0.5
    /// Key facts: events backed by at least this many independent sources, at most `keyFacts` of them.
    public var keyFactMinSources = 2
    /// The most key facts listed, those with most independent sources first.
    public var keyFacts = 6
    /// Events listed newest first instead of oldest first.
    public var newestFirst = false

    /// The defaults above.
    public init() {}
}

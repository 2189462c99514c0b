/// The word windows of quote attribution, in one place. All are counts of tokens (words and
/// punctuation alike) and were chosen by reading errors on PolNeAR dev
/// (`../shared/data/dev/quotes/polnear-dev.jsonl`, listed by `scripts/quote-errors.py`): each is
/// the smallest window that took the constructions seen there without reaching into the next clause.
/// Word lists live in `ReportingCues`.
public struct QuoteConfiguration: Sendable, Equatable {
    // Direct quotations.
    /// Tokens searched after an attribution for the second half of a split quotation
    /// ("“…,” she said of the plan. “…”"); a longer run is a new sentence of reporting.
    public var splitQuoteGap = 30
    /// Tokens of a vox pop's signature name after its dash ("“…” ― Maria Lopez").
    public var signatureNameTokens = 5
    /// Tokens of a source phrase before its cue after a quotation ("“…” Sen. Jones (D-Mo.) said"):
    /// room for a name and two appositives ("“…,” Scott Pruitt, the attorney general of Oklahoma,
    /// one of the states suing, said"); 16 missed those.
    public var sourceBeforeCue = 24
    /// Tokens of an appositive between dashes ("Kall -- co-editor of Debating The Donald, a book
    /// analyzing Trump's performances at GOP primary debates -- said"): the longest seen on PolNeAR dev was 17.
    public var dashAppositiveTokens = 24
    /// Tokens back from an opening mark to the cue that introduces it ("Smith told The Times: “…”").
    public var cueBeforeQuote = 8
    /// Paragraphs after the last attributed one within which an unattributed paragraph of quotation
    /// continues its speaker (a paragraph of context may stand between).
    public var continuationParagraphs = 2

    // Headlines in title case ("Obama Says Museum Will Tell of …"), where a capitalised cue is a cue.
    /// Letters of a word counted for title case: shorter words ("of", "to", "and") stay lower-case in titles.
    public var titleWordLetters = 4
    /// Fewest such words for a sentence to be judged a title.
    public var minTitleWords = 3
    /// Tenths of those words that must be capitalised: 9 of 10 keeps out prose sentences full of names,
    /// which reach about 6 on PolNeAR dev.
    public var titleCaseTenths = 9

    // Labels ("WALLACE: …", "Maria Lopez ― “…”").
    /// Tokens of a speaker label before its colon or dash.
    public var labelTokens = 7
    /// Fewest tokens after a label for the paragraph to read as speech rather than a heading.
    public var minLabelContent = 3

    // "according to X".
    /// Lower-case words after "according to" that may lead to the name
    /// ("according to conservative radio host Rush Limbaugh").
    public var accordingLeadWords = 8
    /// Tokens a source phrase may run on to its comma ("according to a report by the agency,").
    public var accordingRunOn = 8
    /// Tokens from an opening "In" to its comma for "In a Marist poll released Friday, …".
    public var documentOpenerTokens = 12

    // Reported speech after a cue ("Smith warned that …").
    /// Tokens from a cue that takes a hearer to its "that", colon or comma ("told reporters on Friday that").
    public var recipientWindow = 7
    /// Tokens from a phrase-breaking word to the complementiser ("tweeted in the early hours that").
    public var complementiserWindow = 10
    /// Content tokens before a clause break (", and …", "; …") for the break to end the content.
    public var minContentBeforeBreak = 3
    /// Content tokens before "and <Name> <cue>" for the named subject to start a new report.
    public var minContentBeforeNamedReport = 4
    /// Letters of an "-ing" word after a comma that opens a new clause (", using …"); shorter
    /// ones ("thing", "king") are not participles.
    public var minParticipleLetters = 6
    /// Tokens before a "…, Smith said." attribution for the content to be taken from the left.
    public var minLeftContent = 3
    /// Words after a cue that still read as an adjunct of the cue ("…, Smith said on Friday.")
    /// when they open with an adjunct word, so the content is on the left.
    public var maxAdjunctTail = 6
    /// Tokens of an adjunct closing an inverted attribution ("…, said Bill Blair in an interview with
    /// the Canadian Press on Tuesday."): the longest such tail in invented Canadian wire copy was 10.
    public var invertedAdjunctTokens = 12
    /// Content tokens on each side of a parenthetical attribution ("The model, he said, works").
    public var minParentheticalLeft = 2
    public var minParentheticalRight = 3
    /// Fewest tokens of reported content.
    public var minContent = 2

    public init() {}
}

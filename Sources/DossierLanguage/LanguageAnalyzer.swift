import DossierModel

/// The language stage: runs each named component over one article, in dependency order.
///
/// Components read the article's text and earlier components' annotations and add their own;
/// none does I/O, so the analyzer is safe to run on many articles at once.
public struct LanguageAnalyzer: Sendable {
    public init() {}

    /// Loads the shipped models now (they load lazily on first use), so that loading is not
    /// counted against the first article's time limit.
    public func warmUp() {
        _ = EntityRecognizer.shared
    }

    public func analyze(_ article: inout Article) {
        let text = ScalarText(article.text)
        var a = Annotations()
        a.tokens = Tokenizer.tokenize(text)
        a.sentences = SentenceSplitter.split(text, tokens: a.tokens, paragraphs: article.paragraphs)
        a.entities = EntityRecognizer.shared.recognize(text, tokens: a.tokens, sentences: a.sentences)
        // One word scan serves dates and amounts (both match over its hashed words and numbers).
        let scan = WordScan.tokens(text.scalars)
        a.dates = TemporalTagger.tag(text, scan: scan, sentences: a.sentences, anchor: article.published)
        a.quotes = QuoteExtractor.extract(
            text, tokens: a.tokens, sentences: a.sentences, paragraphs: article.paragraphs, entities: a.entities)
        a.amounts = AmountExtractor.extract(text, scan: scan)
        AmountClaimants.assign(&a.amounts, quotes: a.quotes, sentences: a.sentences)
        article.annotations = a
    }
}

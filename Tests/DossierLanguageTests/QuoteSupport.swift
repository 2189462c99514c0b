import Testing
@testable import DossierLanguage
import DossierModel

// What the quote tests (QuotesTests, QuoteSpeakerTests, QuoteDetectionTests and the rest) share.

/// Runs the quote extractor the way the analyzer does; paragraphs are split on blank lines.
func quotes(_ string: String, entities: [Entity] = []) -> [Quote] {
    let text = ScalarText(string)
    let paragraphs = paragraphSpans(text)
    let tokens = Tokenizer.tokenize(text)
    let sentences = SentenceSplitter.split(text, tokens: tokens, paragraphs: paragraphs)
    return QuoteExtractor.extract(
        text, tokens: tokens, sentences: sentences, paragraphs: paragraphs, entities: entities)
}

func paragraphSpans(_ text: ScalarText) -> [Span] {
    var out: [Span] = []
    var start = 0
    var i = 0
    let s = text.scalars
    while i < s.count {
        if s[i] == "\n" && i + 1 < s.count && s[i + 1] == "\n" {
            out.append(Span(start, i))
            i += 2
            start = i
        } else {
            i += 1
        }
    }
    out.append(Span(start, s.count))
    return out
}

/// Scalar span of the `occurrence`-th appearance of `needle`.
func span(_ needle: String, in haystack: String, occurrence: Int = 1) -> Span {
    let h = Array(haystack.unicodeScalars), n = Array(needle.unicodeScalars)
    var seen = 0
    for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n {
        seen += 1
        if seen == occurrence { return Span(i, i + n.count) }
    }
    Issue.record("\(needle) not in \(haystack)")
    return Span(0, 0)
}

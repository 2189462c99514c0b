import DossierModel
@testable import DossierLanguage

/// An invented article run through tokens, sentences and the shipped entity recognizer.
struct AnalysedText {
    let text: ScalarText
    let tokens: [Span]
    let sentences: [Span]
    let entities: [Entity]

    init(_ s: String) {
        text = ScalarText(s)
        tokens = Tokenizer.tokenize(text)
        var paragraphs: [Span] = []
        var start = 0
        for (i, c) in text.scalars.enumerated() where c == "\n" {
            if i > start { paragraphs.append(Span(start, i)) }
            start = i + 1
        }
        if text.count > start { paragraphs.append(Span(start, text.count)) }
        sentences = SentenceSplitter.split(text, tokens: tokens, paragraphs: paragraphs)
        entities = EntityRecognizer.shared.recognize(text, tokens: tokens, sentences: sentences)
    }

    func entity(_ name: String) -> Entity? { entities.first { $0.name == name } }

    /// Scalar spans of every occurrence of `phrase` as whole tokens.
    func spans(_ phrase: String) -> [Span] { occurrences(of: phrase, in: text, tokens: tokens).map(\.span) }
}

/// Whole-token occurrences of `phrase`: scalar span and token range.
func occurrences(of phrase: String, in text: ScalarText, tokens: [Span]) -> [(span: Span, tokens: Range<Int>)] {
    let needle = Array(phrase.unicodeScalars)
    var out: [(span: Span, tokens: Range<Int>)] = []
    for (k, t) in tokens.enumerated() where t.start + needle.count <= text.count {
        guard Array(text.scalars[t.start..<t.start + needle.count]) == needle else { continue }
        var e = k
        while e < tokens.count && tokens[e].end < t.start + needle.count { e += 1 }
        if e < tokens.count && tokens[e].end == t.start + needle.count {
            out.append((Span(t.start, t.start + needle.count), k..<e + 1))
        }
    }
    return out
}

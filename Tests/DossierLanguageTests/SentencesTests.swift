import DossierModel
import Testing
@testable import DossierLanguage

private func sentences(_ s: String, paragraphs: [Span] = []) -> [String] {
    let t = ScalarText(s)
    return SentenceSplitter.split(t, tokens: Tokenizer.tokenize(t), paragraphs: paragraphs).map { t[$0] }
}

@Test func titlesNeverEndASentence() {
    #expect(sentences("Mr. Smith arrived. Dr. Jones left.") == ["Mr. Smith arrived.", "Dr. Jones left."])
}

@Test func abbreviationsEndASentenceOnlyBeforeAnOpener() {
    #expect(
        sentences("He lives in the U.S. He left in Sept. The index fell.") == [
            "He lives in the U.S.", "He left in Sept.", "The index fell.",
        ])
    #expect(
        sentences("The U.S. economy grew at No. 10 Downing Street.") == [
            "The U.S. economy grew at No. 10 Downing Street."
        ])
}

@Test func decimalsAndInitialsDoNotSplit() {
    #expect(
        sentences("It grew 3.5 percent, said J. R. Okafor. Then it fell.") == [
            "It grew 3.5 percent, said J. R. Okafor.", "Then it fell.",
        ])
}

@Test func closingQuotesStayWithTheirSentence() {
    #expect(
        sentences("\"We won.\" He smiled. \u{201C}Now we rest!\u{201D} she said?") == [
            "\"We won.\"", "He smiled.", "\u{201C}Now we rest!\u{201D} she said?",
        ])
}

@Test func sentencesStopAtParagraphs() {
    let text = "Storm hits coast\nThe storm hit the coast on Monday"
    #expect(
        sentences(text, paragraphs: [Span(0, 16), Span(17, 49)]) == [
            "Storm hits coast", "The storm hit the coast on Monday",
        ])
}

@Test func lowercaseAfterPeriodContinues() {
    #expect(
        sentences("The firm, e.g. its chief, agreed. Talks end.") == [
            "The firm, e.g. its chief, agreed.", "Talks end.",
        ])
}

import DossierModel
import Testing
@testable import DossierLanguage

private func words(_ s: String) -> [String] {
    let t = ScalarText(s)
    return Tokenizer.tokenize(t).map { t[$0] }
}

@Test func titlesAndAbbreviationsKeepTheirPeriod() {
    #expect(
        words("Mr. Smith met Dr. Jones and Gen. Ode.") == [
            "Mr.", "Smith", "met", "Dr.", "Jones", "and", "Gen.", "Ode", ".",
        ])
    #expect(
        words("The U.S. rate rose in Sept. at No. 10 Downing St.") == [
            "The", "U.S.", "rate", "rose", "in", "Sept.", "at", "No.", "10", "Downing", "St.",
        ])
}

@Test func initialsAndLowercaseInitialisms() {
    #expect(words("J. R. Okafor left at 9 a.m. sharp") == ["J.", "R.", "Okafor", "left", "at", "9", "a.m.", "sharp"])
    #expect(words("e.g. this") == ["e.g.", "this"])
}

@Test func numbersStayWhole() {
    #expect(
        words("3,000 people, 3.5 percent, 1/2 share, .496 average, 10:30 start") == [
            "3,000", "people", ",", "3.5", "percent", ",", "1/2", "share", ",", ".496", "average", ",", "10:30",
            "start",
        ])
    #expect(words("It cost C$ 40 or US$30.") == ["It", "cost", "C$", "40", "or", "US$", "30", "."])
}

@Test func urlsAreOneToken() {
    #expect(
        words("See https://example.org/a?b=1, or www.example.com.") == [
            "See", "https://example.org/a?b=1", ",", "or", "www.example.com", ".",
        ])
}

@Test func quotesDashesAndClitics() {
    #expect(
        words("\u{201C}It's over,\u{201D} she said \u{2014} Lindqvist's aide didn't.") == [
            "\u{201C}", "It", "'s", "over", ",", "\u{201D}", "she", "said", "\u{2014}", "Lindqvist", "'s", "aide",
            "did", "n't", ".",
        ])
    #expect(
        words("O'Brien met a well-known fan -- twice... Can't stop") == [
            "O'Brien", "met", "a", "well-known", "fan", "--", "twice", "...", "Ca", "n't", "stop",
        ])
}

@Test func spaceSeparatedCoNLLTextIsKept() {
    let conll = "Peter Blackburn 's view , 1996-08-22 ( U.S. ) 1. Jan Okafor do n't"
    // "1." keeps its period only at the start of a line, so check the rest by spaces.
    #expect(
        words(conll) == [
            "Peter", "Blackburn", "'s", "view", ",", "1996-08-22", "(", "U.S.", ")", "1", ".", "Jan", "Okafor", "do",
            "n't",
        ])
    #expect(
        words("results :\n1. Jan Okafor ( Kenya ) 2:10:05") == [
            "results", ":", "1.", "Jan", "Okafor", "(", "Kenya", ")", "2:10:05",
        ])
}

@Test func spansIndexScalarsNotCharacters() {
    let t = ScalarText("Café Zoë met Åsa.")
    #expect(Tokenizer.tokenize(t) == [Span(0, 4), Span(5, 8), Span(9, 12), Span(13, 16), Span(16, 17)])
}

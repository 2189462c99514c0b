import DossierStore
import Testing

@Suite struct SearchQueryTests {
    @Test func wordsPhrasesAndOperators() {
        #expect(SearchQuery.parse("oil spill").match == "\"oil\" AND \"spill\"")
        #expect(SearchQuery.parse("\"paper masks\" OR tanker").match == "\"paper masks\" OR \"tanker\"")
        #expect(SearchQuery.parse("tanker NOT Corvina").match == "\"tanker\" NOT \"Corvina\"")
        #expect(SearchQuery.parse("(a OR b) c").match == "( \"a\" OR \"b\" ) AND \"c\"")
        #expect(SearchQuery.parse("harb*").match == "\"harb\"*")
    }

    @Test func filters() {
        let q = SearchQuery.parse("strike person:\"Ilse Varga\" outlet:courier from:2024-03-01 to:bad")
        // A filter whose value does not fit is searched as the words typed.
        #expect(q.match == "\"strike\" AND \"to\" AND \"bad\"")
        #expect(q.person == "Ilse Varga")
        #expect(q.outlet == "courier")
        #expect(q.from == "2024-03-01")
        #expect(q.to == nil)
    }

    /// Whatever is typed, the expression is one FTS5 accepts: no dangling operators, balanced brackets,
    /// every word quoted.
    @Test func hostileInputStaysValid() {
        #expect(SearchQuery.parse("AND OR NOT").match == "\"and\" AND \"or\" AND \"not\"")
        #expect(SearchQuery.parse("!! ?").isEmpty)
        #expect(SearchQuery.parse(")(").match == nil)
        #expect(SearchQuery.parse("a AND (").match == "\"a\"")
        #expect(SearchQuery.parse("((a").match == "( ( \"a\" ) )")
        #expect(SearchQuery.parse("a\" OR 1=1 --").match == "\"a\"\"\" OR \"1=1\"")
        #expect(SearchQuery.parse("NEAR(a b) col:x ^y").match?.contains("NEAR(") == false)
        #expect(SearchQuery.parse("").isEmpty)
        #expect(SearchQuery.parse("Q\u{0}R \"a\u{0}b\"").match == "\"Q\" AND \"R\" AND \"a b\"")
    }
}

import DossierModel
import Testing

@Suite struct ScalarTextTests {
    /// The text of a span as the scalars themselves spell it, the slow way the subscript used to take.
    private func reference(_ t: ScalarText, _ lower: Int, _ upper: Int) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: t.scalars[lower..<upper])
        return String(s)
    }

    @Test func spanTextMatchesItsScalarsInEveryWidth() {
        // One-, two-, three- and four-byte UTF-8 scalars, a combining accent and a modifier.
        let t = ScalarText("Zoë Ångström said 東京 was 👍🏽 fine, cafe\u{301}.")
        for lower in 0...t.count {
            for upper in lower...t.count {
                let text = t[Span(lower, upper)]
                #expect(text == reference(t, lower, upper))
                #expect(Array(text.unicodeScalars) == Array(t.scalars[lower..<upper]))
            }
        }
        #expect(t[Span(0, 3)] == "Zoë")
        #expect(t[Span(18, 20)] == "東京")
    }

    @Test func spanTextIsClampedToTheText() {
        let t = ScalarText("Ünïcode")
        #expect(t[Span(-3, 2)] == "Ün")
        #expect(t[Span(5, 40)] == "de")
        #expect(t[Span(9, 12)] == "")
        // A span may be moved past `start > end` by hand (a record read back); it yields nothing.
        var backwards = Span(4, 4)
        backwards.end = 2
        #expect(t[backwards] == "")
    }
}

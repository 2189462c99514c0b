import DossierOutput
import Testing

/// Text from the inputs stays text in the Markdown brief and digest.
@Suite struct MarkdownTextTests {
    @Test func emphasisLinksAndHTMLStayText() {
        #expect(
            MarkdownText.escape("Profits *soar* at [Acme](http://x) <b>now</b>_ok_")
                == #"Profits \*soar\* at \[Acme\](http://x) \<b\>now\</b\>\_ok\_"#)
        #expect(MarkdownText.escape("two\nlines\r") == "two lines ")
        #expect(MarkdownText.escape("a | b ~c~ `d` \\") == #"a \| b \~c\~ \`d\` \\"#)
    }

    @Test func aLineOpeningMarkerIsEscapedOnlyAtTheStartOfALine() {
        #expect(MarkdownText.escape("# 1 in the polls", atLineStart: true) == ##"\# 1 in the polls"##)
        #expect(MarkdownText.escape("> quoted", atLineStart: true) == #"\> quoted"#)
        #expect(MarkdownText.escape("- minus", atLineStart: true) == #"\- minus"#)
        #expect(MarkdownText.escape("2024. A year", atLineStart: true) == #"2024\. A year"#)
        #expect(MarkdownText.escape("2024 was a year", atLineStart: true) == "2024 was a year")
        #expect(MarkdownText.escape("# 1 in the polls") == "# 1 in the polls")
        #expect(MarkdownText.escape("", atLineStart: true) == "")
    }

    @Test func linkTargetsCannotEndTheLinkEarly() {
        #expect(MarkdownText.linkTarget("http://x.test/a b(c)<d>") == "http://x.test/a%20b%28c%29d")
    }
}

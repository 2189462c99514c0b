import DossierIngest
import DossierModel
import Testing

@Suite struct PlainTextReaderTests {
    func read(_ text: String) throws -> RawDocument {
        try PlainTextReader.document(text: text, source: "t.txt").get()
    }

    func body(_ d: RawDocument) -> String {
        if case .plainText(let s) = d.body { return s }
        return ""
    }

    @Test func headerLinesBecomeFields() throws {
        let d = try read(
            """
            Ferry service resumes after storm
            date 2024-03-07
            By Lena Hart, Transport correspondent
            URL: https://www.coastal-times.com/news/ferry-resumes

            The ferry service resumed on Thursday.

            Operators said all routes were open.
            """)
        #expect(d.article.title == "Ferry service resumes after storm")
        #expect(d.article.published?.iso8601 == "2024-03-07")
        #expect(d.article.byline == "Lena Hart, Transport correspondent")
        #expect(d.article.url == "https://www.coastal-times.com/news/ferry-resumes")
        #expect(d.article.outlet == "coastal-times.com")
        #expect(body(d) == "The ferry service resumed on Thursday.\n\nOperators said all routes were open.")
    }

    @Test func anISOTimestampLineAndASourceLine() throws {
        let d = try read("2024-03-04T09:14:00Z\nSource: Meridian Wire\n\nPort closed after a leak, officials said.\n")
        #expect(d.article.published?.iso8601 == "2024-03-04T09:14:00Z")
        #expect(d.article.outlet == "Meridian Wire")
        #expect(d.article.title == nil)
    }

    @Test func textWithoutHeaderIsAllBody() throws {
        let text = "The council met on Monday.\nIt approved the plan by seven votes to four."
        let d = try read(text)
        #expect(d.article.title == nil && d.article.published == nil)
        #expect(body(d) == text)
    }

    @Test func idsAreContentAddressed() throws {
        #expect(try read("Same text here.").article.id == read("Same text here.").article.id)
        #expect(try read("Same text here.").article.id != read("Other text here.").article.id)
    }

    @Test func headerWithoutBodyIsAnError() {
        let r = PlainTextReader.document(text: "Headline only\ndate 2024-03-07\n", source: "h.txt")
        guard case .failure(let e) = r else { Issue.record("expected an error"); return }
        #expect(e.input == "h.txt")
        #expect(e.problem.contains("no article text"))
    }
}

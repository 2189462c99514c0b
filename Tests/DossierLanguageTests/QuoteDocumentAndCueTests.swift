import Testing
@testable import DossierLanguage
import DossierModel

/// Session 10 (issue 15): documents that report without a speaking verb ("In a poll …, …", a
/// headline's "Poll: …"), and cue words narrowed where they are seldom reports ("called in",
/// "the attacks", "saw", "backing"). All sentences are invented.
@Suite struct QuoteDocumentAndCueTests {
    // MARK: Documents as sources

    @Test func aSentenceOpenedByInAndAPollReportsForThePoll() {
        let t = "In a new harbour poll released Friday, most ferry riders back the toll."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.text == "most ferry riders back the toll")
        #expect(q.first?.span == span("most ferry riders back the toll", in: t))
        #expect(q.first?.cue == "In")
        #expect(q.first?.kind == .indirect)
        // No one is named: the poll as the text designates it stands as the speaker.
        #expect(q.first?.speaker == "a new harbour poll released Friday")
        #expect(q.first?.speakerNamed == false)
    }

    @Test func aCueAfterTheOpeningReportsItself() {
        let t = "In a poll released Friday, Ana Roy said the toll was unpopular."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.cue == "said")
        #expect(q.first?.speaker == "Ana Roy")
        #expect(q.first?.text == "the toll was unpopular")
    }

    @Test func anOpeningWithoutADocumentNounIsNoSource() {
        #expect(quotes("In the harbour on Friday, the ferries waited for the tide.").isEmpty)
        #expect(quotes("In his eyes, the harbour toll is a fair price.").isEmpty)
    }

    @Test func aHeadlineOpenedByPollAndAColon() {
        let t = "Poll: Ferry Riders Turn Against the Harbour Toll\n\nThe toll rises in May."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.text == "Ferry Riders Turn Against the Harbour Toll")
        #expect(q.first?.span == span("Ferry Riders Turn Against the Harbour Toll", in: t))
        #expect(q.first?.cue == ":")
        #expect(q.first?.speaker == "poll")
        #expect(q.first?.speakerNamed == false)
        // Only in the headline: a later paragraph opened so is a label of another kind.
        #expect(quotes("The toll rises in May.\n\nPoll: ferry riders are split on the toll.").isEmpty)
    }

    // MARK: Cue words that seldom report

    @Test func calledInOrOffIsNoReport() {
        #expect(quotes("Ana Roy called in to the morning show on Friday.").isEmpty)
        #expect(quotes("Tom Hale called off the harbour vote last week.").isEmpty)
        let q = quotes("Ana Roy called the harbour toll a disgrace.")
        #expect(q.count == 1)
        #expect(q.first?.cue == "called")
        #expect(q.first?.speaker == "Ana Roy")
    }

    @Test func attacksAfterAnArticleIsANoun() {
        #expect(quotes("The attacks on the harbour office alarmed nobody.").isEmpty)
        let q = quotes("Tom Hale attacks the toll as a tax on the poor.")
        #expect(q.count == 1)
        #expect(q.first?.cue == "attacks")
        #expect(q.first?.speaker == "Tom Hale")
    }

    @Test func sawAndBackingAreNoCues() {
        #expect(quotes("Ana Roy saw the ferry leave the harbour at noon.").isEmpty)
        #expect(quotes("Ana Roy spoke at the pier on Friday, backing the harbour plan.").isEmpty)
    }

    @Test func aPluralGroupNameWithItsOwnCueEndsTheContent() {
        let t = "Tom Hale said the audit was flawed and Liberals accused the council of hiding the costs."
        let q = quotes(t)
        #expect(q.first?.text == "the audit was flawed")
        #expect(q.first?.speaker == "Tom Hale")
    }
}

import Testing
@testable import DossierLanguage
import DossierModel

/// Quote detection beyond "said": words outside the cue lists that take a "that" clause, reporting
/// nouns ("Ed Stone's claim that …"), cues in relative clauses, and where reported content ends.
/// All sentences are invented.
@Suite struct QuoteDetectionTests {
    private func indirect(_ content: String, in t: String, speaker: String?, cue: String) -> Quote {
        Quote(text: content, kind: .indirect, speaker: speaker, cue: cue, span: span(content, in: t))
    }

    // MARK: Cues known by their "that" clause

    @Test func adjectiveOrVerbBeforeThatAfterANamedSubject() {
        let t = "Ana Roy is confident that the bridge will open in May."
        #expect(
            quotes(t) == [indirect("that the bridge will open in May", in: t, speaker: "Ana Roy", cue: "confident")])
    }

    @Test func verbOutsideTheListsAfterAuxiliaries() {
        let t = "Ana Roy has also discovered that the files were moved."
        #expect(quotes(t) == [indirect("that the files were moved", in: t, speaker: "Ana Roy", cue: "discovered")])
    }

    @Test func relativeThatAndDemonstrativeThatAreNoCues() {
        #expect(quotes("The company sold the shares that it had bought in March.").isEmpty)
        #expect(quotes("They did that twice.").isEmpty)
        #expect(quotes("The court heard the claim that the dam was unsafe.").isEmpty)
    }

    @Test func stanceVerbsBeyondSpeech() {
        let t1 = "The city council decided to close the bridge in May."
        #expect(
            quotes(t1) == [
                Quote(
                    text: "to close the bridge in May", kind: .indirect, speaker: "The city council",
                    speakerNamed: false,
                    speakerDescription: "the city council", cue: "decided",
                    span: span("to close the bridge in May", in: t1))
            ])
        let t2 = "Ed Stone likened the plan to a house of cards."
        #expect(quotes(t2) == [indirect("the plan to a house of cards", in: t2, speaker: "Ed Stone", cue: "likened")])
    }

    // MARK: Reporting nouns

    @Test func possessiveNameWithAClaim() {
        let t = "The court heard Ed Stone's claim that the dam was unsafe."
        #expect(quotes(t) == [indirect("that the dam was unsafe", in: t, speaker: "Ed Stone", cue: "claim")])
    }

    @Test func possessivePronounWithAWarning() {
        let t = "Ed Stone spoke for an hour at the meeting. The court weighed his warning that the dam would fail."
        #expect(quotes(t) == [indirect("that the dam would fail", in: t, speaker: "Ed Stone", cue: "warning")])
    }

    @Test func outletBeforeAReport() {
        let t = "The panel weighed a Herald report that the mill would close."
        #expect(quotes(t) == [indirect("that the mill would close", in: t, speaker: "Herald", cue: "report")])
    }

    // MARK: Cues in relative clauses

    @Test func relativeClauseReportsForTheNounBeforeIt() {
        let t = "Lena Holm, who has argued that the tax is unfair, will run again."
        #expect(quotes(t) == [indirect("that the tax is unfair", in: t, speaker: "Lena Holm", cue: "argued")])
    }

    @Test func mainClauseStillReportsAfterARelativeClause() {
        let t = "Ed Stone, who has denied any wrongdoing, said the audit was flawed."
        #expect(
            quotes(t) == [
                indirect("any wrongdoing", in: t, speaker: "Ed Stone", cue: "denied"),
                indirect("the audit was flawed", in: t, speaker: "Ed Stone", cue: "said"),
            ])
    }

    // MARK: Sources after an inverted cue

    @Test func invertedCueBeforeANumberOpeningTheSource() {
        let t = "“The rationales are wrong,” said 9/11 widow Terry Strada."
        #expect(
            quotes(t) == [
                Quote(
                    text: "The rationales are wrong", kind: .direct, speaker: "Terry Strada",
                    speakerDescription: "9/11 widow", cue: "said", span: span("The rationales are wrong", in: t))
            ])
    }

    @Test func invertedCueBeforeAnOutletsPossessive() {
        let t = "However the debates are unlikely to alter the race, noted NBC’s Dante Chinni."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.text == "However the debates are unlikely to alter the race")
        #expect(q.first?.speaker == "Dante Chinni")
        #expect(q.first?.kind == .indirect)
    }

    // MARK: Content boundaries

    @Test func infinitiveContentIsNotSkippedToARelativeThat() {
        let t = "Ed Stone agreed to repair the roads that the storm had damaged."
        #expect(
            quotes(t) == [
                indirect("to repair the roads that the storm had damaged", in: t, speaker: "Ed Stone", cue: "agreed")
            ])
    }

    @Test func includingAndACommaAndStayInsideTheContent() {
        let t1 = "Ed Stone said the council approved several projects, including a new library."
        #expect(
            quotes(t1) == [
                indirect(
                    "the council approved several projects, including a new library", in: t1, speaker: "Ed Stone",
                    cue: "said")
            ])
        let t2 = "Ed Stone said the plan had failed, and the money was gone."
        #expect(
            quotes(t2) == [
                indirect("the plan had failed, and the money was gone", in: t2, speaker: "Ed Stone", cue: "said")
            ])
    }

    @Test func anAdjunctEndsTheObjectOfAStanceButNotAReportedClause() {
        let t1 = "Ed Stone attacked the plan in a statement on Friday."
        #expect(quotes(t1) == [indirect("the plan", in: t1, speaker: "Ed Stone", cue: "attacked")])
        let t2 = "Ed Stone praised the new budget after the council approved it."
        #expect(quotes(t2) == [indirect("the new budget", in: t2, speaker: "Ed Stone", cue: "praised")])
        let t3 = "Ed Stone said the bank had lost money after the vote."
        #expect(
            quotes(t3) == [indirect("the bank had lost money after the vote", in: t3, speaker: "Ed Stone", cue: "said")]
        )
    }

    @Test func whileAndButBeforeAVerbEndTheContent() {
        let t1 = "Ed Stone said the plan had failed, while others were more hopeful."
        #expect(quotes(t1) == [indirect("the plan had failed", in: t1, speaker: "Ed Stone", cue: "said")])
        let t2 = "Ed Stone described the ruling as unfair but stopped short of an appeal."
        #expect(quotes(t2) == [indirect("the ruling as unfair", in: t2, speaker: "Ed Stone", cue: "described")])
    }
}

import Testing
@testable import DossierLanguage
import DossierModel

/// Constructions added in session 9 (issue 15) and the ones the issue names, each with its speaker
/// and content span, and negatives. All sentences are invented.
@Suite struct QuoteConstructionTests {
    /// The quote's words, speaker, cue and kind, and that its span is where `content` stands in `t`.
    private func expectQuote(
        _ q: Quote?, _ content: String, in t: String, speaker: String?, cue: String?, kind: QuoteKind,
        occurrence: Int = 1
    ) {
        #expect(q?.text == content)
        #expect(q?.speaker == speaker)
        #expect(q?.cue == cue)
        #expect(q?.kind == kind)
        #expect(q?.span == span(content, in: t, occurrence: occurrence))
    }

    // MARK: Quoted phrases in a verb's object

    @Test func quotedPhraseInTheObjectOfAVerbWithANamedSubject() {
        let t = "Tom Hale openly admires the harbour master as a “steady hand”."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(
            q.first, "the harbour master as a “steady hand”", in: t, speaker: "Tom Hale", cue: "admires",
            kind: .indirect)
    }

    @Test func mostlyQuotedObjectIsAPartialQuote() {
        let t = "Ana Roy branded the port an “outlaw harbour in the north”."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(q.first, "outlaw harbour in the north", in: t, speaker: "Ana Roy", cue: "branded", kind: .partial)
    }

    @Test func quotedPhraseWithoutAVerbAndNamedSubjectIsNoQuote() {
        // A plural noun before "are" is no verb; a determiner's phrase names no one.
        #expect(quotes("European immigrants are “safe” in the city.").isEmpty)
        #expect(quotes("The so-called “harbour plan” was dropped.").isEmpty)
        // A common-noun subject does not make a quote of a scare-quoted phrase.
        #expect(quotes("The new ferries carried “record numbers” of tourists.").isEmpty)
    }

    @Test func aCueLaterInTheSentenceKeepsTheQuotedPhrase() {
        let t = "Ana Roy branded the port a “lawless place,” Tom Hale said."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Tom Hale")
        #expect(q.first?.cue == "said")
    }

    // MARK: Source phrases

    @Test func abbreviationInAnAppositiveDoesNotEndTheSource() {
        // Found by nothing before: the appositive's walk stopped at the full stop of "Ky.".
        let t = "“The veto will be overridden,” Sen. Tom Hale, R-Ky., said Tuesday."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(q.first, "The veto will be overridden", in: t, speaker: "Tom Hale", cue: "said", kind: .direct)
    }

    @Test func adverbsBeforeATimeAdjunct() {
        let t = "Harbor Bank just this month announced it would drop the fees."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(q.first, "it would drop the fees", in: t, speaker: "Harbor Bank", cue: "announced", kind: .indirect)
        // A preposition before the adjunct still keeps its object from the subject's place.
        #expect(quotes("After the vote in the spring this month announced cuts.").isEmpty)
    }

    @Test func longRoleBeforeANameInApposition() {
        let t = "A spokesman for the regional port authority, Ana Roy, said no decision had been made."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(q.first, "no decision had been made", in: t, speaker: "Ana Roy", cue: "said", kind: .indirect)
        #expect(q.first?.speakerDescription == "a spokesman for the regional port authority")
    }

    @Test func invertedSourceGoesOnIntoItsRelativeClause() {
        let t = "“The plan is sound,” said Tom Hale, who stressed that the port would reopen by March."
        let q = quotes(t)
        #expect(q.count == 2)
        expectQuote(q.first, "The plan is sound", in: t, speaker: "Tom Hale", cue: "said", kind: .direct)
        expectQuote(
            q.last, "that the port would reopen by March", in: t, speaker: "Tom Hale", cue: "stressed",
            kind: .indirect)
    }

    @Test func possessiveInADescriptionJoinsItsWord() {
        let t = "“The race is close,” noted NBC’s Dante Chinni."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Dante Chinni")
        #expect(q.first?.speakerDescription == "NBC’s")
        let t2 = "“The race is close,” said the paper's pollster Ana Roy."
        #expect(quotes(t2).first?.speakerDescription == "the paper's pollster")
    }

    // MARK: Where content ends

    @Test func subordinateClauseWithItsOwnReport() {
        let t =
            "Ana Roy said the union planned a protest outside the ministry, "
            + "though she acknowledged it was unlikely to work."
        let q = quotes(t)
        #expect(q.count == 2)
        expectQuote(
            q.first, "the union planned a protest outside the ministry", in: t, speaker: "Ana Roy", cue: "said",
            kind: .indirect)
        expectQuote(
            q.last, "it was unlikely to work", in: t, speaker: "Ana Roy", cue: "acknowledged", kind: .indirect)
        // Without a report of its own the subordinate clause stays in the content.
        let t2 = "Ana Roy said the union planned a protest, though the date was not set."
        expectQuote(
            quotes(t2).first, "the union planned a protest, though the date was not set", in: t2, speaker: "Ana Roy",
            cue: "said", kind: .indirect)
    }

    @Test func secondPredicateEndsAStanceObject() {
        let t = "Ana Roy declined the offer and has since left the board."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(q.first, "the offer", in: t, speaker: "Ana Roy", cue: "declined", kind: .indirect)
    }

    @Test func severalQuotedPhrasesOfOneClauseAreQuotedAsTheClause() {
        let t = "Tom Hale said the plan was “a big, big problem” but “nobody will fix it”."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(
            q.first, "the plan was “a big, big problem” but “nobody will fix it”", in: t, speaker: "Tom Hale",
            cue: "said", kind: .indirect)
        // One quoted phrase making up most of the clause stays a partial quote.
        let t2 = "Tom Hale said the plan was “a big, big problem for the port”."
        #expect(quotes(t2).map(\.kind) == [.partial])
    }

    // MARK: Headlines

    @Test func headlineColonAfterAnyName() {
        let t = "Harbor Bank: We will cut fees next year\n\nThe bank spoke on Monday."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(q.first, "We will cut fees next year", in: t, speaker: "Harbor Bank", cue: ":", kind: .indirect)
        // Below the headline an organisation's name and a colon is a label, not a speaker.
        #expect(quotes("The report came out.\n\nHarbor Bank: We will cut fees next year").isEmpty)
    }

    // MARK: A colon after a clause with no cue

    @Test func colonAfterAClauseWithANamedSubjectIntroducesTheQuotation() {
        let t = "Ana Roy took to her website on Monday: “We will not give up the harbour.”"
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(
            q.first, "We will not give up the harbour.", in: t, speaker: "Ana Roy", cue: ":", kind: .direct)
    }

    @Test func colonAfterADescriptionOrACopulaIntroducesNoSpeaker() {
        // "A lesson from …": the phrase goes on through a preposition to whoever it is about.
        #expect(quotes("A lesson from Ana Roy: “Be the voice that people hear.”").isEmpty)
        // A copula's subject describes; it does not speak.
        #expect(quotes("The weather was cold on Monday: “Nobody came to the market.”").isEmpty)
    }

    // MARK: Poll shares as subjects

    @Test func pollShareSpeaksLikeADescribedSubject() {
        let t = "Nearly eight of 10 voters say they plan to watch the debate."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(
            q.first, "they plan to watch the debate", in: t, speaker: "Nearly eight of 10 voters", cue: "say",
            kind: .indirect)
        #expect(q.first?.speakerNamed == false)
        let t2 = "The mayor led the field, while 73 percent said the same of the governor."
        let q2 = quotes(t2)
        #expect(q2.count == 1)
        expectQuote(q2.first, "the same of the governor", in: t2, speaker: "73 percent", cue: "said", kind: .indirect)
    }

    @Test func numberAfterAPrepositionStaysInItsPhrase() {
        let t = "The poll of 500 voters found nothing new."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "The poll of 500 voters")
    }

    // MARK: What issue 15 asks for

    @Test func roleAppositiveThenToldAnOutlet() {
        let t =
            "Ines Vale, a senior fellow at the Adriatic Security Institute, "
            + "told Reuters: “The ceasefire will not hold.”"
        let q = quotes(t)
        #expect(q.count == 1)
        // The description is the recogniser's (no entities here); the name is the appositive's owner.
        expectQuote(q.first, "The ceasefire will not hold.", in: t, speaker: "Ines Vale", cue: "told", kind: .direct)
    }

    @Test func theOutletToldIsTheHearerNotTheSpeaker() {
        let t = "The minister told The Guardian: “We are ready to negotiate.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "The minister")
        #expect(q.first?.speakerNamed == false)
        #expect(q.first?.text == "We are ready to negotiate.")
    }

    @Test func addedTwoParagraphsLaterContinuesTheSpeaker() {
        let t =
            "Tom Hale, the port director, spoke on Monday. “We have lost three ships this year,” Hale said.\n\n"
            + "The losses were heavy.\n\n“Insurance costs have doubled,” he added."
        let q = quotes(t)
        #expect(q.count == 2)
        expectQuote(q.last, "Insurance costs have doubled", in: t, speaker: "Tom Hale", cue: "added", kind: .direct)
    }

    @Test func sheContinuedKeepsTheSpeaker() {
        let t =
            "Maria Lopez, a nurse at the clinic, spoke on Monday. “We had no power for six hours,” she said.\n\n"
            + "“The generators failed twice,” she continued."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Maria Lopez", "Maria Lopez"])
        expectQuote(
            q.last, "The generators failed twice", in: t, speaker: "Maria Lopez", cue: "continued", kind: .direct)
    }

    @Test func theRoleOfAnAppositiveTwoParagraphsEarlierNamesTheSpeaker() {
        let t =
            "Ana Roy, an economist at the central bank, spoke on Monday.\n\nPrices rose again in May.\n\n"
            + "“Inflation will stay above target until next spring,” the economist explained."
        let q = quotes(t)
        #expect(q.count == 1)
        expectQuote(
            q.first, "Inflation will stay above target until next spring", in: t, speaker: "Ana Roy", cue: "explained",
            kind: .direct)
        // A role the article never gave the person is not taken for them.
        let t2 =
            "Ana Roy, an economist at the central bank, spoke on Monday.\n\n"
            + "“Inflation will stay above target,” the farmer explained."
        #expect(quotes(t2).first?.speakerNamed == false)
    }
}

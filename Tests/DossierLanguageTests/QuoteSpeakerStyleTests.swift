import Testing
@testable import DossierLanguage
import DossierModel

/// Speaker phrases in the forms of British, Irish, Canadian, Australian and other outlets' news
/// (`SpeakerPhrases`). Every sentence is invented.
@Suite struct QuoteSpeakerStyleTests {
    @Test func lowerCaseRoleBeforeANameAfterTheCue() {
        let t = "\u{201C}There is no sign of a break-in,\u{201D} said police spokesperson Joanne Pike."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Joanne Pike"])
        #expect(q.first?.speakerDescription == "police spokesperson")
        #expect(q.first?.text == "There is no sign of a break-in")
    }

    @Test func lowerCaseRoleAndTitleBeforeANameAfterTheCue() {
        let q = quotes("\u{201C}The figures are wrong,\u{201D} said report author Dr Owen Pryce.")
        #expect(q.map(\.speaker) == ["Owen Pryce"])
        #expect(q.map(\.speakerNamed) == [true])
    }

    @Test func lowerCaseWordsWithNoNameAfterThemAreNoSource() {
        // "police were" is the start of the reported clause, not a speaker.
        let q = quotes("The mayor said police were searching the harbour.")
        #expect(q.map(\.speaker) == ["The mayor"])
        #expect(q.first?.text == "police were searching the harbour")
    }

    @Test func anAppositiveGivingTheNameOfADescribedSpeaker() {
        let q = quotes("A woman, identified only as Maria Santos, told reporters: \u{201C}I lost everything.\u{201D}")
        #expect(q.map(\.speaker) == ["Maria Santos"])
        #expect(q.map(\.speakerNamed) == [true])
        #expect(q.first?.text == "I lost everything.")
    }

    @Test func aDescribedSpeakerWithAnAppositiveThatNamesNoOneStaysDescribed() {
        let q = quotes("A woman, a nurse at the clinic, told reporters: \u{201C}We have no gloves.\u{201D}")
        #expect(q.map(\.speakerNamed) == [false])
    }

    @Test func aRoleEndingInABodyBeforeAPersonWithAPostNominalTitle() {
        // Without the recogniser the capitalised run keeps "TD"; with it the name is "Eamon Kelly".
        let q = quotes("The Minister for Health, Eamon Kelly TD, said hospitals were under strain.")
        #expect(q.first?.speaker?.hasPrefix("Eamon Kelly") == true)
        #expect(q.first?.speakerDescription == "the Minister for Health")
        #expect(q.first?.text == "hospitals were under strain")
    }

    @Test func aRoleEndingInACompanyBeforeAPerson() {
        let q = quotes("The chief executive of Tallow Bank, Jane Roe, said profits had doubled.")
        #expect(q.map(\.speaker) == ["Jane Roe"])
    }

    @Test func aPlaceInAppositionToABodyIsNoSpeaker() {
        // Neither "Kestrel Bay" nor the council is a person: the phrase keeps its body.
        let q = quotes("The Kestrel Bay Council, Ontario, said the road would close.")
        #expect(q.first?.speaker != "Ontario")
    }

    @Test func theExampleNamedAfterSuchAsSpeaks() {
        let q = quotes("Storms are getting worse, according to scientists such as Rhona Kerr.")
        #expect(q.map(\.speaker) == ["Rhona Kerr"])
        #expect(q.first?.text == "Storms are getting worse")
    }

    @Test func theExpertGoesOnWithTheLastNamedSpeaker() {
        let t =
            "Li Wei, who teaches at a university in Fenmore, said the data was incomplete.\n\n"
            + "\u{201C}We need another year of samples,\u{201D} the expert explained."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Li Wei", "Li Wei"])
    }

    @Test func theExpertWithNoNamedSpeakerBeforeStaysADescription() {
        let q = quotes("\u{201C}We need another year of samples,\u{201D} the expert explained.")
        #expect(q.map(\.speaker) == ["the expert"])
        #expect(q.map(\.speakerNamed) == [false])
    }
}

@Suite struct QuoteSpeakerStyleAfterCueTests {
    @Test func anAppositiveNamingTheSpeakerAfterTheCue() {
        let q = quotes("\u{201C}It felt like an oven,\u{201D} said a golfer, who wished to be known as Adrian.")
        #expect(q.map(\.speaker) == ["Adrian"])
        #expect(q.first?.text == "It felt like an oven")
    }

    @Test func aCueNounAmongTheRoleWords() {
        let q = quotes("\u{201C}The gap is real,\u{201D} said report author Dr Ben Marsh.")
        #expect(q.map(\.speaker) == ["Ben Marsh"])
    }
}

@Suite struct QuoteSpeakerAgeAndFamilyTests {
    @Test func anAgePointsBackToThePersonGivenThatAge() {
        let t =
            "Tom Ashby, 51, and Jane Hale, 45, were arrested in May.\n\n"
            + "\u{201C}I did nothing wrong,\u{201D} the 45-year-old teacher said."
        let q = quotes(t)
        #expect(q.last?.speaker == "Jane Hale")
        #expect(q.last?.text == "I did nothing wrong")
    }

    @Test func anAgeNoOneWasGivenStaysADescription() {
        let t = "Jane Hale was arrested in May.\n\n\u{201C}I did nothing wrong,\u{201D} the 45-year-old teacher said."
        let q = quotes(t)
        #expect(q.last?.speakerNamed == false)
    }

    @Test func aMotherOfPointsBackToTheNearestWoman() {
        let t =
            "Karen Wilde lives in Leeds with her three children and her brother Tom Wilde.\n\n"
            + "\u{201C}It is a disgrace,\u{201D} the mother-of-three said."
        let q = quotes(t)
        #expect(q.last?.speaker == "Karen Wilde")
    }
}

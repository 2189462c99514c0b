import Foundation
import Testing
@testable import DossierLanguage
import DossierModel

/// The speaker as the text designates them: a name when it names them (`speakerNamed`), else the
/// description phrase as it reads. Every sentence is invented.
@Suite struct QuoteSpeakerDesignationTests {
    @Test func descriptionStandsAsAnUnnamedSpeaker() {
        let q = quotes("A senior official said the talks had collapsed.")
        #expect(q.count == 1)
        #expect(q.first?.speaker == "A senior official")
        #expect(q.first?.speakerNamed == false)
        #expect(q.first?.namedSpeaker == nil)
        #expect(q.first?.speakerDescription == "a senior official")
    }

    @Test func nameIsFlaggedNamed() {
        let q = quotes("Tomas Berg said the talks had collapsed.")
        #expect(q.map(\.speaker) == ["Tomas Berg"])
        #expect(q.map(\.speakerNamed) == [true])
        #expect(q.first?.namedSpeaker == "Tomas Berg")
    }

    @Test func coordinatedRolesStandAsTheyRead() {
        let q = quotes("Federal and state officials said the bridge would stay shut until spring.")
        #expect(q.map(\.speaker) == ["Federal and state officials"])
        #expect(q.map(\.speakerNamed) == [false])
    }

    @Test func anUnnamedBodyKeepsItsArticle() {
        let q = quotes("The harbour is silting up. The commission says the dredging will start in May.")
        #expect(q.map(\.speaker) == ["The commission"])
        #expect(q.map(\.speakerNamed) == [false])
    }

    @Test func aRoleThatPointsBackToANameIsNamed() {
        let t = "Mayor Lina Sorel opened the depot on Monday. The mayor said the buses would run all night."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Lina Sorel"])
        #expect(q.map(\.speakerNamed) == [true])
    }

    @Test func continuationKeepsAnUnnamedSpeaker() {
        let t =
            "\u{201C}We warned them twice,\u{201D} a senior port official said.\n\n"
            + "\u{201C}Nobody answered our letters.\u{201D}"
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(q.map(\.speaker) == ["a senior port official", "a senior port official"])
        #expect(q.map(\.speakerNamed) == [false, false])
    }

    @Test func aPronounWithNoAntecedentHasNoSpeaker() {
        let q = quotes("\u{201C}It will not happen again,\u{201D} she said.")
        for x in q {
            #expect(x.speaker == nil)
            #expect(x.speakerNamed == false)
        }
    }

    @Test func recordsWithoutTheFlagReadAsNamedWhenTheyHaveASpeaker() throws {
        let old = #"{"text":"x y z","kind":"direct","speaker":"Ana Roy","cue":"said","span":[0,5]}"#
        let none = #"{"text":"x y z","kind":"direct","speaker":null,"cue":"said","span":[0,5]}"#
        let a = try JSONDecoder().decode(Quote.self, from: Data(old.utf8))
        let b = try JSONDecoder().decode(Quote.self, from: Data(none.utf8))
        #expect(a.speakerNamed == true)
        #expect(b.speakerNamed == false)
        let described = Quote(
            text: "x", kind: .direct, speaker: "a guard", speakerNamed: false, cue: "said", span: Span(0, 1))
        let back = try JSONDecoder().decode(Quote.self, from: try JSONEncoder().encode(described))
        #expect(back == described)
    }
}

/// Speaker constructions that carry to new text: collectives, names modifying a plural head, acronyms and
/// their full forms, surnames opening a sentence, speakers after a long quotation. Every sentence is invented.
@Suite struct QuoteSpeakerConstructionTests {
    @Test func policeSayIsADescription() {
        let q = quotes("The depot burned on Sunday. Police say the fire was set on purpose.")
        #expect(q.map(\.speaker) == ["Police"])
        #expect(q.map(\.speakerNamed) == [false])
        #expect(q.map(\.text) == ["the fire was set on purpose"])
    }

    @Test func aPlaceBeforeACollectiveDescribesIt() {
        let q = quotes("The depot burned on Sunday. Kessvik police said the fire was set on purpose.")
        #expect(q.map(\.speaker) == ["Kessvik police"])
        #expect(q.map(\.speakerNamed) == [false])
    }

    @Test func barePluralSubjectsAreDescriptions() {
        let q = quotes("The depot closed on Friday. Residents say the buses stopped running a week ago.")
        #expect(q.map(\.speaker) == ["Residents"])
        #expect(q.map(\.speakerNamed) == [false])
        #expect(q.map(\.text) == ["the buses stopped running a week ago"])
    }

    @Test func aNameModifyingAPluralHeadIsNoSpeaker() {
        let t = "The summit ended on Friday. E.U. leaders warned that the bloc could fall apart."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["E.U. leaders"])
        #expect(q.map(\.speakerNamed) == [false])
    }

    @Test func aHeadThatSpeaksForTheNameKeepsIt() {
        let q = quotes("The summit ended on Friday. White House officials said the talks would resume.")
        #expect(q.map(\.speaker) == ["White House"])
        #expect(q.map(\.speakerNamed) == [true])
    }

    @Test func aDefinedAcronymResolvesToItsFullForm() {
        let t =
            "The Baltic Policy Institute (BPI) published its forecast on Monday.\n\n"
            + "The BPI said growth would slow to 1.2 percent."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Baltic Policy Institute"])
        #expect(q.map(\.speakerNamed) == [true])
    }

    @Test func anAcronymResolvesToAFullFormUsedElsewhere() {
        let t =
            "Agents of the Federal Bureau of Investigation searched the office.\n\n"
            + "The FBI said no arrests had been made."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Federal Bureau of Investigation"])
    }

    @Test func anAcronymWithNoFullFormStaysAsItIs() {
        let q = quotes("The NTSB said the pilot had reported no fault.")
        #expect(q.map(\.speaker) == ["NTSB"])
    }

    @Test func aSurnameOpeningASentenceIsThePersonNamedEarlier() {
        let t = "Maria Lopez runs the port authority.\n\nLopez said the cranes had not been inspected since May."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Maria Lopez"])
        #expect(q.map(\.speakerNamed) == [true])
    }

    @Test func speakerWithAnAppositiveAfterALongQuotation() {
        let t =
            "\u{201C}The first ships arrived on Monday. The second wave came on Wednesday, and by Friday the quay "
            + "was full of containers that nobody had ordered,\u{201D} Petra Lund, the customs director, said."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Petra Lund"])
        #expect(q.map(\.speakerNamed) == [true])
        #expect(q.first?.text.hasPrefix("The first ships arrived") == true)
    }
}

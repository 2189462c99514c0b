import Foundation
import Testing
@testable import DossierLanguage
import DossierModel

/// Runs the quote extractor on text whose paragraphs are split on blank lines, with no entities given
/// unless passed (names are then found by capitalisation, as the extractor does where the recogniser
/// found nothing).
private func quotes(_ string: String, entities: [Entity] = []) -> [Quote] {
    let text = ScalarText(string)
    var paragraphs: [Span] = []
    var start = 0
    let s = text.scalars
    var i = 0
    while i < s.count {
        if s[i] == "\n" && i + 1 < s.count && s[i + 1] == "\n" {
            paragraphs.append(Span(start, i))
            i += 2
            start = i
        } else {
            i += 1
        }
    }
    paragraphs.append(Span(start, s.count))
    let tokens = Tokenizer.tokenize(text)
    let sentences = SentenceSplitter.split(text, tokens: tokens, paragraphs: paragraphs)
    return QuoteExtractor.extract(
        text, tokens: tokens, sentences: sentences, paragraphs: paragraphs, entities: entities)
}

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

import DossierModel
import Testing
@testable import DossierLanguage

@Test func onePersonManyForms() throws {
    let a = AnalysedText(
        """
        Mara Lindqvist, a senior fellow at the Baltic Policy Institute, said on Tuesday that the talks had stalled. \
        Lindqvist said the mood in Riga was grim. Ms Lindqvist later added that a deal was possible. \
        Dr Lindqvist has advised the European Union since 2019.
        """)
    let p = try #require(a.entity("Mara Lindqvist"))
    #expect(p.type == .person)
    #expect(p.aliases == ["Mara Lindqvist", "Lindqvist", "Ms Lindqvist", "Dr Lindqvist"])
    #expect(p.description == "a senior fellow at the Baltic Policy Institute")
    #expect(p.mentions == a.spans("Mara Lindqvist") + a.spans("Lindqvist").dropFirst())
    let org = try #require(a.entity("Baltic Policy Institute"))
    #expect(org.type == .organization)
    #expect(org.mentions == a.spans("Baltic Policy Institute"))
    #expect(a.entity("Riga")?.type == .location)
    #expect(a.entity("European Union")?.type == .organization)
    #expect(a.entities.count == 4)
}

@Test func preModifierRoles() throws {
    let a = AnalysedText(
        """
        Defence Minister Karl Berg told reporters in Oslo that Norway would not send ships. \
        Swedish analyst Erik Holm of the Nordic Security Council disagreed. Berg did not respond.
        """)
    let berg = try #require(a.entity("Karl Berg"))
    #expect(berg.description == "Defence Minister")
    #expect(berg.aliases == ["Karl Berg", "Berg"])
    #expect(berg.mentions == a.spans("Karl Berg") + [a.spans("Berg").last!])
    let holm = try #require(a.entity("Erik Holm"))
    #expect(holm.description == "Swedish analyst of the Nordic Security Council")
    #expect(a.entity("Nordic Security Council")?.type == .organization)
    #expect(a.entity("Swedish")?.type == .misc)
    #expect(a.entity("Oslo")?.mentions == a.spans("Oslo"))
    #expect(a.entity("Norway")?.type == .location)
}

@Test func relativeClauseRoleAndAcronym() throws {
    let a = AnalysedText(
        """
        Anna Sjöberg, who heads the Baltic Policy Institute (BPI), said the BPI would publish a report in May.
        """)
    let p = try #require(a.entity("Anna Sjöberg"))
    #expect(p.description == "heads the Baltic Policy Institute")
    let org = try #require(a.entity("Baltic Policy Institute"))
    #expect(org.aliases == ["Baltic Policy Institute", "BPI"])
    #expect(org.mentions == a.spans("Baltic Policy Institute") + a.spans("BPI"))
}

@Test func appositiveSpokesman() throws {
    let a = AnalysedText(
        "Jonas Ekdahl, a spokesman for the ministry, said the plan was sound. Ekdahl declined to say more.")
    let p = try #require(a.entity("Jonas Ekdahl"))
    #expect(p.description == "a spokesman for the ministry")
    #expect(p.mentions == a.spans("Jonas Ekdahl") + a.spans("Ekdahl").dropFirst())
}

@Test func capitalsHeadlineJoinsTheStory() throws {
    let a = AnalysedText(
        """
        LINDQVIST WARNS OF STALLED TALKS
        Mara Lindqvist said on Tuesday that talks between Sweden and Finland had stalled.
        """)
    let p = try #require(a.entity("Mara Lindqvist"))
    #expect(p.aliases == ["Mara Lindqvist", "LINDQVIST"])
    #expect(p.mentions == a.spans("LINDQVIST") + a.spans("Mara Lindqvist"))
    #expect(a.entity("Sweden")?.type == .location)
    #expect(a.entity("Finland")?.type == .location)
}

@Test func genderAndTokenLookupForQuotes() throws {
    let a = AnalysedText(
        """
        Ms Lindqvist met Karl Berg in Oslo. Berg said he would return. Lindqvist said nothing.
        """)
    let index = EntityIndex(a.entities, text: a.text, tokens: a.tokens, sentences: a.sentences)
    let lindqvist = try #require(a.entities.firstIndex { $0.name == "Lindqvist" })
    let berg = try #require(a.entities.firstIndex { $0.name == "Karl Berg" })
    #expect(index.gender(of: lindqvist) == .female)
    #expect(index.gender(of: berg) == .male)
    let bergToken = try #require(occurrences(of: "Berg", in: a.text, tokens: a.tokens).last?.tokens.lowerBound)
    #expect(index.entity(atToken: bergToken) == berg)
    #expect(index.entity(atToken: bergToken + 1) == nil)
    #expect(index.entity(overlapping: a.spans("Karl Berg")[0]) == berg)
    #expect(index.entity(endingBefore: a.spans("Oslo")[0].start)?.entity == berg)
}

@Test func newsDatelinesArePlaces() throws {
    let a = AnalysedText(
        """
        STOCKHOLM \u{2014} Talks on the Baltic pipeline stalled on Tuesday.
        NEW YORK (Reuters) - Shares fell sharply.
        """)
    #expect(a.entity("STOCKHOLM")?.type == .location)
    #expect(a.entity("STOCKHOLM")?.mentions == a.spans("STOCKHOLM"))
    #expect(a.entity("NEW YORK")?.type == .location)
    #expect(a.entity("Reuters")?.type == .organization)
}

@Test func emptyAndNameFreeTextsGiveNoEntities() {
    #expect(AnalysedText("").entities.isEmpty)
    #expect(AnalysedText(" \n ... !").entities.isEmpty)
    #expect(AnalysedText("it rained all day and nobody came.").entities.isEmpty)
    let text = ScalarText("Karl Berg visited Oslo")
    let tokens = Tokenizer.tokenize(text)
    // Without sentences every token is still tagged once, as one run.
    #expect(
        EntityRecognizer.shared.recognize(text, tokens: tokens, sentences: []).map(\.name) == ["Karl Berg", "Oslo"])
}

import DossierModel
import Testing
@testable import DossierLanguage

/// Resolution alone, on mentions given by hand, so these hold whatever the tagger's weights.
private struct Resolved {
    let text: ScalarText
    let tokens: [Span]
    let sentences: [Span]
    let entities: [Entity]

    init(_ s: String, _ names: [(String, EntityType, Int)]) {
        text = ScalarText(s)
        tokens = Tokenizer.tokenize(text)
        sentences = SentenceSplitter.split(text, tokens: tokens, paragraphs: [])
        var mentions: [NameMention] = []
        for (phrase, type, occurrence) in names {
            let o = occurrences(of: phrase, in: text, tokens: tokens)[occurrence]
            mentions.append(NameMention(span: o.span, type: type, tokens: o.tokens))
        }
        mentions.sort { $0.span < $1.span }
        entities = NameResolver(text: text, tokens: tokens, sentences: sentences).resolve(mentions)
    }

    func span(_ phrase: String, _ occurrence: Int = 0) -> Span {
        occurrences(of: phrase, in: text, tokens: tokens)[occurrence].span
    }
}

@Test func nearestEarlierNameWinsForSharedSurnames() {
    let r = Resolved(
        "Karl Berg met Eva Berg. Berg said no. Later Karl Berg left and Berg stayed.",
        [
            ("Karl Berg", .person, 0), ("Eva Berg", .person, 0), ("Berg", .person, 2), ("Karl Berg", .person, 1),
            ("Berg", .person, 4),
        ])
    #expect(r.entities.map(\.name) == ["Karl Berg", "Eva Berg"])
    #expect(r.entities[0].mentions == [r.span("Karl Berg", 0), r.span("Karl Berg", 1), r.span("Berg", 4)])
    #expect(r.entities[1].mentions == [r.span("Eva Berg"), r.span("Berg", 2)])
}

@Test func typesNeverMerge() {
    let r = Resolved("Jordan said Jordan would sign.", [("Jordan", .person, 0), ("Jordan", .location, 1)])
    #expect(r.entities.map(\.type) == [.person, .location])
}

@Test func fullestFormIsCanonicalEvenWhenLater() {
    let r = Resolved(
        "Holm spoke first. Erik Holm, 58, a retired naval officer, said more.",
        [("Holm", .person, 0), ("Erik Holm", .person, 0)])
    #expect(r.entities.count == 1)
    #expect(r.entities[0].name == "Erik Holm")
    #expect(r.entities[0].aliases == ["Erik Holm", "Holm"])
    #expect(r.entities[0].description == "a retired naval officer")
}

@Test func whoIsClauseGivesTheComplement() {
    let r = Resolved(
        "Eva Berg, who is the chief economist at Nordbank, said rates would fall.",
        [("Eva Berg", .person, 0), ("Nordbank", .organization, 0)])
    #expect(r.entities[0].description == "the chief economist at Nordbank")
}

@Test func listsAreNotAppositives() {
    let r = Resolved(
        "Karl Berg, Eva Holm and Jonas Ek signed.",
        [("Karl Berg", .person, 0), ("Eva Holm", .person, 0), ("Jonas Ek", .person, 0)])
    #expect(r.entities.allSatisfy { $0.description == nil })
}

@Test func mentionConsistencyRetypesAndExtends() {
    let text = ScalarText("Karl Berg spoke. Berg left. Nordbank grew. Nordbank fell and NORDBANK rose.")
    let tokens = Tokenizer.tokenize(text)
    func m(_ phrase: String, _ k: Int, _ type: EntityType) -> NameMention {
        let o = occurrences(of: phrase, in: text, tokens: tokens)[k]
        return NameMention(span: o.span, type: type, tokens: o.tokens)
    }
    let out = MentionConsistency.apply(
        [
            m("Karl Berg", 0, .person), m("Berg", 1, .location), m("Nordbank", 0, .organization),
            m("Nordbank", 1, .organization),
        ], text: text, tokens: tokens, sentences: [])
    #expect(out.map(\.type) == [.person, .person, .organization, .organization, .organization])
    #expect(out.last?.span == occurrences(of: "NORDBANK", in: text, tokens: tokens)[0].span)
}

@Test func courtesyTitlesAreTrimmedFromPersonSpans() {
    let text = ScalarText("Dr. Eva Berg spoke.")
    let tokens = Tokenizer.tokenize(text)
    let out = MentionConsistency.apply(
        [NameMention(span: Span(0, 12), type: .person, tokens: 0..<3)], text: text, tokens: tokens, sentences: [])
    #expect(out == [NameMention(span: Span(4, 12), type: .person, tokens: 1..<3)])
}

@Test func frontedRolePossessiveAppositiveAndOfTitles() {
    let r = Resolved(
        """
        The town's mayor, Per Strand, said crews had arrived. Johan Lie, the company's chief executive, said losses \
        were small. \
        U.S. Secretary of State Ruth Ames visited Oslo. Harbour master Lena Dahl agreed.
        """,
        [
            ("Per Strand", .person, 0), ("Johan Lie", .person, 0), ("U.S.", .location, 0), ("Ruth Ames", .person, 0),
            ("Oslo", .location, 0), ("Lena Dahl", .person, 0),
        ])
    let roles = Dictionary(uniqueKeysWithValues: r.entities.map { ($0.name, $0.description ?? "-") })
    #expect(roles["Per Strand"] == "The town's mayor")
    #expect(roles["Johan Lie"] == "the company's chief executive")
    #expect(roles["Ruth Ames"] == "U.S. Secretary of State")
    #expect(roles["Lena Dahl"] == "Harbour master")
    #expect(roles["Oslo"] == "-")
}

@Test func pronounsGiveGenderWhenNoTitleDoes() {
    let r = Resolved(
        "Eva Holm arrived in Bergen on Monday. She said her team was ready. Karl Berg and Eva Holm left; he drove.",
        [("Eva Holm", .person, 0), ("Bergen", .location, 0), ("Karl Berg", .person, 0), ("Eva Holm", .person, 1)])
    let index = EntityIndex(r.entities, text: r.text, tokens: r.tokens, sentences: r.sentences)
    #expect(r.entities.map(\.name) == ["Eva Holm", "Bergen", "Karl Berg"])
    #expect(index.gender(of: 0) == .female)
    #expect(index.gender(of: 1) == nil)
    // "he" stands in a sentence naming two people, so it is evidence for neither.
    #expect(index.gender(of: 2) == nil)
}

@Test func openingFirstNameJoinsThePersonAndTitlesMakePersons() {
    let text = ScalarText("Sofia Marchetti said no. Ms Varga agreed at Lord 's.")
    let tokens = Tokenizer.tokenize(text)
    let sentences = [0..<4, 4..<13]
    func m(_ phrase: String, _ type: EntityType) -> NameMention {
        let o = occurrences(of: phrase, in: text, tokens: tokens)[0]
        return NameMention(span: o.span, type: type, tokens: o.tokens)
    }
    let out = MentionConsistency.apply(
        [
            m("Sofia", .location), m("Marchetti", .person), m("Ms Varga", .organization),
            m("Lord 's", .location),
        ], text: text, tokens: tokens, sentences: sentences)
    #expect(out.map { text[$0.span] } == ["Sofia Marchetti", "Varga", "Lord 's"])
    #expect(out.map(\.type) == [.person, .person, .location])
}

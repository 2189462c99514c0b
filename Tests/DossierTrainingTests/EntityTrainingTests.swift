import DossierModel
import DossierTraining
import Testing
@testable import DossierLanguage

@Test func conllIOB1BecomesNames() {
    let docs = CoNLLFormat.parse(
        """
        -DOCSTART- -X- O O

        Karl NNP I-NP I-PER
        Berg NNP I-NP I-PER
        Eva NNP I-NP B-PER
        visited VBD I-VP O
        Oslo NNP I-NP I-LOC
        . . O O

        Nordbank NNP I-NP I-ORG
        """)
    #expect(docs.count == 1)
    let d = docs[0]
    #expect(d.text.string == "Karl Berg Eva visited Oslo .\nNordbank")
    #expect(d.sentences == [0..<6, 6..<7])
    #expect(
        d.names.map { "\($0.tokens) \($0.type)" } == [
            "0..<2 person", "2..<3 person", "4..<5 location", "6..<7 organization",
        ])
}

@Test func trainingLearnsAndTheModelFileRoundTrips() throws {
    var lines: [String] = []
    for (a, b) in [("Karl", "Berg"), ("Eva", "Holm"), ("Jonas", "Ek"), ("Anna", "Lind")] {
        lines += [
            "\(a) X X I-PER", "\(b) X X I-PER", "visited X X O", "Oslo X X I-LOC", "with X X O", "Nordbank X X I-ORG",
            "", "",
        ]
    }
    let docs = CoNLLFormat.parse(lines.joined(separator: "\n"))
    let bytes = EntityTrainer(epochs: 5, pruneBelow: 0).train(docs, validate: docs) { _ in }
    let recognizer = try EntityRecognizer(modelBytes: bytes)
    let text = ScalarText("Anna Lind visited Oslo with Nordbank")
    let tokens = Tokenizer.tokenize(text)
    let found = recognizer.mentions(text, tokens: tokens, sentences: [Span(0, text.count)])
    #expect(found.map(\.type) == [.person, .location, .organization])
    #expect(found.map(\.span) == [Span(0, 9), Span(18, 22), Span(28, 36)])
    #expect(throws: EntityModelFile.FormatError.self) { try EntityRecognizer(modelBytes: Array(bytes.prefix(100))) }
}

@Test func bulkCorporaReadJSONLinesAndArticleBodies() {
    let jsonl =
        "{\"id\":\"a\",\"title\":\"Head\",\"text\":\"Body one.\"}\nnot json\n"
        + "{\"id\":\"b\",\"text\":\"Body two.\"}\n"
    #expect(NewsCorpusFormat.jsonlStories(jsonl) == ["Head\nBody one.", "Body two."])
    let bodies = "{\"p2\": {\"articleBody\": \"Second.\"}, \"p1\": {\"articleBody\": \"First.\"}, \"p3\": {}}"
    #expect(NewsCorpusFormat.articleBodies(bodies) == ["First.", "Second."])
    #expect(NewsCorpusFormat.articleBodies("[1, 2]") == [])
}

import DossierLanguage
import DossierModel
import Testing

@Suite struct EntitiesNameParticleTests {
    @Test func aTitleBeforeAParticleLedSurnameJoinsTheFullName() {
        let s =
            "The shipowner Youssef al-Kadiri denied the claims on Monday. Mr al-Kadiri said the crew had done "
            + "nothing wrong."
        let text = ScalarText(s)
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(text, tokens: tokens, paragraphs: [Span(0, text.count)])
        let people = EntityRecognizer.shared.recognize(text, tokens: tokens, sentences: sentences).filter {
            $0.type == .person
        }
        #expect(people.count == 1)
        #expect(people.first?.name == "Youssef al-Kadiri")
        #expect(people.first?.aliases.contains("Mr al-Kadiri") == true)
        // The title stays outside the mention, as in CoNLL.
        #expect(people.first.map { $0.mentions.map { text[$0] } } == ["Youssef al-Kadiri", "al-Kadiri"])
    }
}

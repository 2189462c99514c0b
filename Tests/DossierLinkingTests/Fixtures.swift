import DossierLanguage
import DossierModel

/// Small invented articles for the linking tests, with annotations set by hand where needed.
enum Fixtures {
    static func article(
        _ id: String, outlet: String, day: Int?, title: String, _ text: String,
        entities: [Entity] = [], amounts: [(String, Double, Double?, String?, String)] = [],
        dates: [(String, String)] = [], quotes: [(String, String?)] = []
    ) -> Article {
        var a = Article(
            id: id, source: "test:\(id)", outlet: outlet, title: title,
            published: day.map { Timestamp(year: 2024, month: 3, day: $0) }, text: text)
        let scalars = ScalarText(text)
        a.paragraphs = [Span(0, scalars.count)]
        a.annotations.tokens = Tokenizer.tokenize(scalars)
        a.annotations.sentences = SentenceSplitter.split(
            scalars, tokens: a.annotations.tokens, paragraphs: a.paragraphs)
        a.annotations.entities = entities
        for (phrase, value, high, modifier, unit) in amounts {
            a.annotations.amounts.append(
                Amount(
                    value: value, high: high, unit: unit, modifier: modifier, text: phrase, span: span(phrase, in: text)
                ))
        }
        for (phrase, value) in dates {
            a.annotations.dates.append(
                TimeExpression(text: phrase, type: .date, value: value, span: span(phrase, in: text)))
        }
        for (words, speaker) in quotes {
            a.annotations.quotes.append(
                Quote(text: words, kind: .direct, speaker: speaker, cue: "said", span: span(words, in: text)))
        }
        return a
    }

    /// Scalar offsets of the first occurrence of `phrase`.
    static func span(_ phrase: String, in text: String) -> Span {
        let t = Array(text.unicodeScalars), p = Array(phrase.unicodeScalars)
        for i in 0...(t.count - p.count) where Array(t[i..<(i + p.count)]) == p { return Span(i, i + p.count) }
        fatalError("fixture phrase not found: \(phrase)")
    }

    static func person(_ name: String, _ aliases: [String] = [], description: String? = nil) -> Entity {
        Entity(name: name, type: .person, aliases: aliases, description: description, mentions: [Span(0, 1)])
    }

    static let wire = """
        Rescue teams in the coastal province of Varnholm pulled survivors from collapsed apartment blocks on Tuesday \
        after a magnitude 6.8 earthquake struck before dawn, provincial governor Elsa Kastrup said. The quake \
        flattened the old harbour district of Lintby, cut power to the regional hospital and buckled the main \
        bridge across the Skarn river. Engineers were inspecting the Lintby dam for cracks, and schools across \
        the province will stay closed for the rest of the week while aftershocks continue.

        "We are still finding people alive under the rubble," Kastrup told reporters at the harbour.
        """

    static let wireCopy = """
        Rescue teams in the coastal province of Varnholm pulled survivors from collapsed apartment blocks on Tuesday \
        after a magnitude 6.8 earthquake struck before dawn, provincial governor Elsa Kastrup said. The quake \
        flattened the old harbour district of Lintby, cut power to the regional hospital and buckled the main \
        bridge across the Skarn river. Engineers were inspecting the Lintby dam for cracks, and schools across \
        the province will stay closed for the rest of the week while aftershocks continue.

        "We are still finding people alive under the rubble," Kastrup told reporters in the harbour.
        """

    static let embedding = """
        Our correspondent in Lintby reports that volunteers from neighbouring towns arrived overnight with blankets, \
        bottled water and generators, and that the local football stadium now shelters several hundred families.

        """ + wire + """


            Local officials asked residents to avoid the bridge and to boil tap water until further notice, and the \
            national weather office warned of heavy rain over the weekend that could hamper the search.
            """
}

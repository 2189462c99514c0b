import Testing
@testable import DossierLanguage
import DossierModel

/// Entity mentions built by hand, as the entity recogniser would give them.
private func person(_ name: String, in text: String, forms: [String], description: String? = nil) -> Entity {
    var mentions: [Span] = []
    for f in forms {
        var k = 1
        while true {
            let h = Array(text.unicodeScalars), n = Array(f.unicodeScalars)
            var found: Span? = nil
            var seen = 0
            if h.count >= n.count {
                for i in 0...(h.count - n.count) where Array(h[i..<(i + n.count)]) == n {
                    seen += 1
                    if seen == k { found = Span(i, i + n.count); break }
                }
            }
            guard let sp = found else { break }
            mentions.append(sp)
            k += 1
        }
    }
    return Entity(name: name, type: .person, aliases: forms, description: description, mentions: mentions.sorted())
}

@Suite struct DirectQuoteTests {
    @Test func straightQuotesWithAttributionAfter() {
        let t = "\"We will win this race,\" said Anna Berg."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "We will win this race", kind: .direct, speaker: "Anna Berg", cue: "said",
                    span: span("We will win this race", in: t))
            ])
    }

    @Test func curlyQuotesWithAttributionBeforeAndOutletAsHearer() {
        let t = "Anna Berg told The Courier: “The budget is broken beyond repair.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Anna Berg")
        #expect(q.first?.cue == "told")
        #expect(q.first?.kind == .direct)
        #expect(q.first?.span == span("The budget is broken beyond repair.", in: t))
    }

    @Test func guillemets() {
        let t = "«We leave at dawn,» said Jean Roux."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "We leave at dawn", kind: .direct, speaker: "Jean Roux", cue: "said",
                    span: span("We leave at dawn", in: t))
            ])
    }

    @Test func britishSingleQuotesKeepApostrophes() {
        let t = "‘It’s the voters’ decision now,’ said Tom Hale."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "It’s the voters’ decision now", kind: .direct, speaker: "Tom Hale", cue: "said",
                    span: span("It’s the voters’ decision now", in: t))
            ])
    }

    @Test func apostrophesAloneMakeNoQuote() {
        #expect(quotes("The farmers’ market isn’t open, and the ’90s are long gone.").isEmpty)
    }

    @Test func quotedWordsWithNoSpeakerAreLeftOut() {
        #expect(quotes("“A Long Road Home To The Valley Of Kings” opened on Friday to small crowds.").isEmpty)
    }

    @Test func doubledApostrophesActAsDoubleQuotes() {
        let t = "''The ferry is late again,'' said Ruth Ames."
        let q = quotes(t)
        #expect(q.first?.text == "The ferry is late again")
        #expect(q.first?.speaker == "Ruth Ames")
        #expect(q.first?.span == span("The ferry is late again", in: t))
    }

    @Test func attributionInsideTheQuote() {
        let t = "Maria Lopez runs the shelter. “We tried,” she said, “but nobody listened.”"
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.text == "We tried \u{2026} but nobody listened.")
        #expect(q.first?.speaker == "Maria Lopez")
        #expect(q.first?.cue == "said")
        let a = span("We tried", in: t), b = span("but nobody listened.", in: t)
        #expect(q.first?.span == Span(a.start, b.end))
    }

    @Test func quoteRunningOverParagraphs() {
        let t = "“The first half of the plan is ready.\n\n“The second half is not,” said Ana Ruiz."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.text == "The first half of the plan is ready. The second half is not")
        #expect(q.first?.speaker == "Ana Ruiz")
        let a = span("The first half", in: t), b = span("is not", in: t)
        #expect(q.first?.span == Span(a.start, b.end))
    }

    @Test func continuationParagraphKeepsTheLastSpeaker() {
        let t = "“Prices will rise next year,” said Ed Stone.\n\n“Nobody in this town wants that to happen.”"
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(
            q.last
                == Quote(
                    text: "Nobody in this town wants that to happen.", kind: .direct, speaker: "Ed Stone",
                    cue: nil, span: span("Nobody in this town wants that to happen.", in: t)))
    }

    @Test func pronounResolvesToCompatiblePerson() {
        let t = "Mr. Hale met Ms. Lopez on Monday. “The deal is done,” he said."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Hale")
        #expect(q.first?.span == span("The deal is done", in: t))
    }

    @Test func pronounResolvesThroughEntities() {
        let t = "Maria Lopez arrived late. Lopez sat down. “We are ready for the vote,” she said."
        let e = person("Maria Lopez", in: t, forms: ["Maria Lopez", "Lopez"], description: "the shelter's director")
        let q = quotes(t, entities: [e])
        #expect(
            q == [
                Quote(
                    text: "We are ready for the vote", kind: .direct, speaker: "Maria Lopez",
                    speakerDescription: "the shelter's director", cue: "said",
                    span: span("We are ready for the vote", in: t))
            ])
    }

    @Test func surnameMentionGivesCanonicalName() {
        let t = "Oskar Lindqvist chairs the board. “The port will close,” Lindqvist said."
        let e = person("Oskar Lindqvist", in: t, forms: ["Oskar Lindqvist", "Lindqvist"])
        #expect(quotes(t, entities: [e]).first?.speaker == "Oskar Lindqvist")
        // Without a recogniser, the surname is expanded to the fullest form in the article.
        #expect(quotes(t).first?.speaker == "Oskar Lindqvist")
    }
}

@Suite struct ReportedSpeechTests {
    @Test func partialQuote() {
        let t = "Ed Stone called the move “a publicity stunt”."
        #expect(
            quotes(t) == [
                Quote(
                    text: "a publicity stunt", kind: .partial, speaker: "Ed Stone", cue: "called",
                    span: span("a publicity stunt", in: t))
            ])
    }

    @Test func shortQuotedPhraseStaysInsideReportedClause() {
        // One attribution, one quote: the clause is the content, the quoted words keep their marks.
        let t = "Ed Stone said the council had acted in “bad faith” throughout the long dispute."
        let clause = "the council had acted in “bad faith” throughout the long dispute"
        #expect(
            quotes(t) == [
                Quote(text: clause, kind: .indirect, speaker: "Ed Stone", cue: "said", span: span(clause, in: t))
            ])
    }

    @Test func saidThat() {
        let t = "Ed Stone said that the bridge would close in May."
        #expect(
            quotes(t) == [
                Quote(
                    text: "that the bridge would close in May", kind: .indirect, speaker: "Ed Stone",
                    cue: "said", span: span("that the bridge would close in May", in: t))
            ])
    }

    @Test func saidWithoutThat() {
        let t = "The bank is in trouble. Lena Holm said the bank had lost money for years."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "the bank had lost money for years", kind: .indirect, speaker: "Lena Holm",
                    cue: "said", span: span("the bank had lost money for years", in: t))
            ])
    }

    @Test func accordingToBeforeAndAfter() {
        let t = "According to Lina Park, the talks have stalled. The deadline will slip, according to Omar Reyes."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "the talks have stalled", kind: .indirect, speaker: "Lina Park", cue: "According to",
                    span: span("the talks have stalled", in: t)),
                Quote(
                    text: "The deadline will slip", kind: .indirect, speaker: "Omar Reyes", cue: "according to",
                    span: span("The deadline will slip", in: t)),
            ])
    }

    @Test func toldAnOutletTheSpeakerIsTheSource() {
        let t = "Ed Stone told The Herald that the port was losing money."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "that the port was losing money", kind: .indirect, speaker: "Ed Stone", cue: "told",
                    span: span("that the port was losing money", in: t))
            ])
    }

    @Test(arguments: ["warned", "claimed", "added", "argued", "believes", "estimated"])
    func reportingVerbs(_ verb: String) {
        let t = "Nadia Karim \(verb) that the harvest would be poor."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "that the harvest would be poor", kind: .indirect, speaker: "Nadia Karim", cue: verb,
                    span: span("that the harvest would be poor", in: t))
            ])
    }

    @Test func attributionAfterReportedClause() {
        let t = "The harbour will reopen next week, Nadia Karim said."
        #expect(
            quotes(t) == [
                Quote(
                    text: "The harbour will reopen next week", kind: .indirect, speaker: "Nadia Karim",
                    cue: "said", span: span("The harbour will reopen next week", in: t))
            ])
    }

    @Test func roleOnlySpeaker() {
        let t = "A senior official said the talks had collapsed."
        #expect(
            quotes(t) == [
                Quote(
                    text: "the talks had collapsed", kind: .indirect, speaker: "A senior official", speakerNamed: false,
                    speakerDescription: "a senior official", cue: "said",
                    span: span("the talks had collapsed", in: t))
            ])
    }

    @Test func definiteRoleTakesTheFullerEarlierDescription() {
        let t =
            "A senior mill official said the boiler had failed twice. \"We saw it coming. Nobody listened,\" the "
            + "official said."
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(
            q.last
                == Quote(
                    text: "We saw it coming. Nobody listened", kind: .direct, speaker: "a senior mill official",
                    speakerNamed: false, speakerDescription: "a senior mill official", cue: "said",
                    span: span("We saw it coming. Nobody listened", in: t)))
    }

    @Test func roleBeforeNameBecomesDescription() {
        let t = "Campaign spokesman Brian Fall said the rally was cancelled."
        let q = quotes(t)
        #expect(q.first?.speaker == "Brian Fall")
        #expect(q.first?.speakerDescription == "Campaign spokesman")
    }

    @Test func appositiveBetweenNameAndCue() {
        let t = "“The vote is rigged,” Ivo Marek, a lawyer for the party, said on Tuesday."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "The vote is rigged", kind: .direct, speaker: "Ivo Marek", cue: "said",
                    span: span("The vote is rigged", in: t))
            ])
    }

    @Test func possessorSpeaksThroughRepresentativesOnly() {
        let t =
            "Ruth Ames runs the agency. Ames's lawyer said the charges were false. Ames's niece said the family was "
            + "shocked."
        let e = person("Ruth Ames", in: t, forms: ["Ruth Ames", "Ames"])
        let q = quotes(t, entities: [e])
        #expect(q.count == 2)
        #expect(q.first?.speaker == "Ruth Ames")
        #expect(q.first?.speakerDescription == "Ames's lawyer")
        #expect(q.last?.speaker == "Ames's niece")
        #expect(q.last?.speakerNamed == false)
        #expect(q.last?.speakerDescription == "Ames's niece")
    }

    @Test func parentheticalAttribution() {
        let t = "The new model, Ivo Marek said, would cut costs by half."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.text == "The new model would cut costs by half")
        #expect(q.first?.speaker == "Ivo Marek")
        #expect(q.first?.span == Span(0, span("by half", in: t).end))
    }

    @Test func subordinateCueReportsOnlyToTheComma() {
        let t = "When Ivo Marek warned that costs would rise, Lena Holm said the budget was safe."
        let q = quotes(t)
        #expect(q.map(\.text) == ["that costs would rise", "the budget was safe"])
        #expect(q.map(\.speaker) == ["Ivo Marek", "Lena Holm"])
    }

    @Test func definiteRolePointsBackToDescribedPerson() {
        let t = "Ruth Ames is the senator for the north. The senator said the vote would pass."
        let e = person("Ruth Ames", in: t, forms: ["Ruth Ames"], description: "the senator for the north")
        let q = quotes(t, entities: [e])
        #expect(q.first?.speaker == "Ruth Ames")
        #expect(q.first?.speakerDescription == "The senator")
    }

    @Test func titleReadIntoTheNameStillGivesTheRole() {
        // The recogniser read the title into the name and typed it a place: the title still marks a
        // person whose role "the mayor" refers back to.
        let t =
            "Twelve people were hurt in a fire that Mayor Tilda van Rees called a tragedy.\n\n"
            + "The mayor said the station would reopen on Monday."
        var e = person("Mayor Tilda van Rees", in: t, forms: ["Mayor Tilda van Rees"])
        e.type = .location
        let q = quotes(t, entities: [e])
        let said = q.first { $0.text == "the station would reopen on Monday" }
        #expect(said?.speaker == "Tilda van Rees")
        #expect(said?.speakerDescription == "The mayor")
        #expect(said?.span == span("the station would reopen on Monday", in: t))
    }

    @Test func justiceIsReferredBackToAsTheJudge() {
        let t =
            "Superior Court Justice Owen Pratt sat for the hearing on Friday.\n\n"
            + "The judge said the file would stay sealed."
        let q = quotes(t, entities: [person("Owen Pratt", in: t, forms: ["Owen Pratt"])])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Owen Pratt")
        #expect(q.first?.speakerDescription == "The judge")
        #expect(q.first?.span == span("the file would stay sealed", in: t))
    }

    @Test func theLawmakerPointsBackToATitledSenator() {
        let t = "Sen. Ruth Ames visited the port on Monday.\n\nThe lawmaker said the dredging would start in June."
        let q = quotes(t, entities: [person("Ruth Ames", in: t, forms: ["Ruth Ames"])])
        let said = q.first { $0.text == "the dredging would start in June" }
        #expect(said?.speaker == "Ruth Ames")
        #expect(said?.speakerDescription == "The lawmaker")
        #expect(said?.span == span("the dredging would start in June", in: t))
    }

    @Test func organisationHeadNounPointsBackToIt() {
        let t =
            "The Northern Rail Commission met on Monday.\n\n"
            + "The commission said fares would rise in May."
        var e = person("Northern Rail Commission", in: t, forms: ["Northern Rail Commission"])
        e.type = .organization
        let q = quotes(t, entities: [e])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Northern Rail Commission")
        #expect(q.first?.speakerDescription == "The commission")
        #expect(q.first?.span == span("fares would rise in May", in: t))
    }

    @Test func organisationMustBearEveryWordOfTheRole() {
        // "the appeals court" is not the Supreme Court: the role stays a description.
        let t =
            "The Supreme Court sat on Monday.\n\n"
            + "The appeals court said the rule was lawful."
        var e = person("Supreme Court", in: t, forms: ["Supreme Court"])
        e.type = .organization
        let q = quotes(t, entities: [e])
        #expect(q.count == 1)
        #expect(q.first?.speaker == "The appeals court")
        #expect(q.first?.speakerNamed == false)
        #expect(q.first?.speakerDescription == "the appeals court")
        #expect(q.first?.span == span("the rule was lawful", in: t))
    }

    @Test func organisationWithTheRolesWordsIsFound() {
        let t =
            "The Supreme Court and the Fifth Circuit Court of Appeals took up the case.\n\n"
            + "The appeals court said the rule was lawful."
        var a = person("Supreme Court", in: t, forms: ["Supreme Court"])
        a.type = .organization
        var b = person("Fifth Circuit Court of Appeals", in: t, forms: ["Fifth Circuit Court of Appeals"])
        b.type = .organization
        let q = quotes(t, entities: [a, b])
        #expect(q.first?.speaker == "Fifth Circuit Court of Appeals")
        #expect(q.first?.speakerDescription == "The appeals court")
    }

    @Test func pluralNounIsNotACue() {
        // "tweets" here is a noun, so there is no attribution to "his early-morning".
        #expect(quotes("His early-morning tweets drew wide attention across the country.").isEmpty)
    }
}

@Suite struct AmountClaimantTests {
    @Test func amountInsideAttributedQuoteGetsSpeaker() {
        let t = "Ed Stone said the plant would cut 300 jobs. Output fell by 5 percent."
        let text = ScalarText(t)
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(text, tokens: tokens, paragraphs: [Span(0, text.count)])
        let q = QuoteExtractor.extract(
            text, tokens: tokens, sentences: sentences, paragraphs: [Span(0, text.count)], entities: [])
        var amounts = [
            Amount(value: 300, unit: "jobs", text: "300 jobs", span: span("300 jobs", in: t)),
            Amount(value: 5, unit: "percent", text: "5 percent", span: span("5 percent", in: t)),
        ]
        AmountClaimants.assign(&amounts, quotes: q, sentences: sentences)
        #expect(amounts[0].claimant == "Ed Stone")
        #expect(amounts[1].claimant == nil)
    }
}

/// The constructions news uses to attribute quotes (issue 15), each in invented sentences.
@Suite struct NewsAttributionTests {
    @Test func fellowAppositiveToldAnOutlet() {
        let t =
            "Lena Marsh, a senior fellow at the Baltic Policy Institute, told The Ledger: "
            + "“The summit will fail without a deal on energy.”"
        let q = quotes(t)
        let said = "The summit will fail without a deal on energy."
        #expect(q == [Quote(text: said, kind: .direct, speaker: "Lena Marsh", cue: "told", span: span(said, in: t))])
    }

    @Test func outletIsTheHearerAfterAQuote() {
        let t = "“We have no money left for the ferry,” Omar Reyes told the Coast Gazette."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Omar Reyes")
        #expect(q.first?.span == span("We have no money left for the ferry", in: t))
    }

    @Test func addedContinuesASpeakerTwoParagraphsBack() {
        let t =
            "Tomas Berg, the port's director, said the cranes were too old to repair.\n\n"
            + "The harbour has lost three contracts this year.\n\n“We need new cranes before winter,” he added."
        let q = quotes(t)
        #expect(q.count == 2)
        #expect(q.last?.speaker == "Tomas Berg")
        #expect(q.last?.cue == "added")
        #expect(q.last?.span == span("We need new cranes before winter", in: t))
    }

    @Test func roleNounPointsBackToItsAppositive() {
        let t =
            "Ines Vale, an economist at the Lisbon Institute, studies freight.\n\n"
            + "“Shipping costs will double by spring,” the economist explained."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "Shipping costs will double by spring", kind: .direct, speaker: "Ines Vale",
                    speakerDescription: "the economist", cue: "explained",
                    span: span("Shipping costs will double by spring", in: t))
            ])
    }

    @Test func pronounAcrossParagraphsAfterAContinuation() {
        let t =
            "Mr. Hale opened the meeting. “The budget is short,” Hale said.\n\n"
            + "“We will cut the bus routes first.”\n\nHe continued that the trams would be spared."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Hale", "Hale", "Hale"])
        #expect(q.last?.text == "that the trams would be spared")
        #expect(q.last?.span == span("that the trams would be spared", in: t))
    }

    @Test func ministryStaysADescription() {
        let t = "The ministry said the border would stay closed until March."
        #expect(
            quotes(t) == [
                Quote(
                    text: "the border would stay closed until March", kind: .indirect, speaker: "The ministry",
                    speakerNamed: false, speakerDescription: "the ministry", cue: "said",
                    span: span("the border would stay closed until March", in: t))
            ])
    }

    @Test func speakerAfterALongQuote() {
        let t =
            "“The first ships arrived on Monday. The second wave came on Wednesday, and by Friday the quay was "
            + "full of containers that nobody had ordered,” said Petra Lund, who runs the customs office."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Petra Lund")
        #expect(q.first?.kind == .direct)
        #expect(q.first?.span.start == span("The first ships", in: t).start)
    }

    @Test(arguments: ["denied", "insisted", "warned", "believes", "argued", "claimed"])
    func indirectCues(_ verb: String) {
        let t = "Ruth Ames \(verb) the mill had broken the law."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "the mill had broken the law", kind: .indirect, speaker: "Ruth Ames", cue: verb,
                    span: span("the mill had broken the law", in: t))
            ])
    }

    @Test func accordingToARoleOnlySource() {
        let t = "The plant will close in June, according to a senior company official."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "a senior company official")
        #expect(q.first?.speakerNamed == false)
        #expect(q.first?.speakerDescription == "a senior company official")
        #expect(q.first?.span == span("The plant will close in June", in: t))
    }

    @Test func partialQuoteInsideASentence() {
        let t = "Ines Vale said the reform was “a betrayal of every worker” and promised to fight it."
        let q = quotes(t)
        #expect(
            q.first
                == Quote(
                    text: "a betrayal of every worker", kind: .partial, speaker: "Ines Vale", cue: "said",
                    span: span("a betrayal of every worker", in: t)))
        // "and promised …" reports again for the same subject.
        #expect(q.last?.speaker == "Ines Vale")
        #expect(q.last?.cue == "promised")
    }

    @Test func signedVoxPopsOnConsecutiveLines() {
        let t =
            "Voices from the street.\n\n“The rents are too high. Nobody can stay.” ― Ana Ruiz\n"
            + "“The buses never come on time.” ― Tom Hale\n"
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Ana Ruiz", "Tom Hale"])
        #expect(
            q.map(\.span) == [
                span("The rents are too high. Nobody can stay.", in: t),
                span("The buses never come on time.", in: t),
            ])
    }

    @Test func twoAppositivesBetweenAQuoteAndItsCue() {
        let t =
            "“The levy is an invasion of the county's domain,” Lena Marsh, the attorney general of Westland, "
            + "one of the counties suing the agency, said on Monday."
        let q = quotes(t)
        #expect(
            q == [
                Quote(
                    text: "The levy is an invasion of the county's domain", kind: .direct, speaker: "Lena Marsh",
                    cue: "said", span: span("The levy is an invasion of the county's domain", in: t))
            ])
    }

    @Test func passiveCueReportsNothingForItsSubject() {
        #expect(quotes("The harbour levy is expected to rise in May.").isEmpty)
        let t = "Mayor Ana Ruiz was told the bridge would close for repairs."
        #expect(!quotes(t).contains { $0.speaker == "Ana Ruiz" })
    }

    @Test func pronounWithACueOfItsOwnEndsTheContent() {
        let t =
            "Tomas Berg said the cranes were too old to repair — and he noted that the harbour had lost "
            + "three contracts."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Tomas Berg", "Tomas Berg"])
        #expect(
            q.map(\.span) == [
                span("the cranes were too old to repair", in: t),
                span("that the harbour had lost three contracts", in: t),
            ])
        #expect(q.last?.cue == "noted")
    }

    @Test func pronounContinuesTheSpeakerNotThePersonAfterTheCue() {
        let t =
            "“We have no quarrel with the port,” Mr. Hale said after meeting the harbour master, Tom Berg. "
            + "He warned that the fees would rise in spring."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Hale", "Hale"])
        #expect(q.last?.span == span("that the fees would rise in spring", in: t))
    }

    @Test func surnameResolvesToFullestForm() {
        let t =
            "Dr. Petra Lund leads the clinic.\n\nThe clinic opened in 1990.\n\n"
            + "“Wait times are falling,” Lund said."
        #expect(quotes(t).first?.speaker == "Petra Lund")
    }

    @Test func appositiveBetweenDashes() {
        let t = "Ines Vale -- an economist at the harbour board -- said the fees would rise in spring."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Ines Vale"])
        #expect(q.map(\.span) == [span("the fees would rise in spring", in: t)])
    }

    @Test func quantifiedSubjectReports() {
        let t = "Many of the dock workers believe the cranes are unsafe."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker == "Many of the dock workers")
        #expect(q.first?.speakerNamed == false)
        #expect(q.first?.speakerDescription == "many of the dock workers")
        #expect(q.first?.span == span("the cranes are unsafe", in: t))
    }

    @Test func bareCollectiveAndPluralInMenAreSubjects() {
        let t =
            "The port closed at noon. Police say they found no damage at the quay.\n\n"
            + "The board met on Monday. But fishermen worry that the new quay will block the channel."
        let q = quotes(t)
        #expect(q.map(\.cue) == ["say", "worry"])
        #expect(q.last?.speakerDescription == "fishermen")
        #expect(
            q.map(\.span) == [
                span("they found no damage at the quay", in: t),
                span("that the new quay will block the channel", in: t),
            ])
    }

    @Test func secondVerbAfterButReportsForTheSubject() {
        let t = "Tomas Berg, like his rivals, has cut fares but has said he will keep the ferries running."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Tomas Berg"])
        #expect(q.map(\.span) == [span("he will keep the ferries running", in: t)])
    }

    @Test func progressiveCueReportsForTheSubjectBeforeIt() {
        let t =
            "Mara Holt said the fees would fall as soon as May, and Tomas Berg is promising to keep the ferries "
            + "running all winter."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Mara Holt", "Tomas Berg"])
        #expect(
            q.map(\.span) == [
                span("the fees would fall as soon as May", in: t),
                span("to keep the ferries running all winter", in: t),
            ])
    }

    @Test func pluralNounAfterAnArticleIsNoCue() {
        let t = "“The fees must fall,” Ines Vale, the mayor of one of the towns suing the board, said on Monday."
        let q = quotes(t)
        #expect(q.map(\.kind) == [.direct])
        #expect(q.map(\.speaker) == ["Ines Vale"])
        #expect(q.map(\.span) == [span("The fees must fall", in: t)])
    }

    @Test func titleCaseHeadlineTakesACapitalisedCue() {
        let t = "Tomas Berg Says Cranes Will Be Replaced By Spring\n\nThe harbour has six cranes."
        // The entity recogniser, not the capitalisation, tells where the name ends in a title.
        let q = quotes(t, entities: [person("Tomas Berg", in: t, forms: ["Tomas Berg"])])
        #expect(q.map(\.speaker) == ["Tomas Berg"])
        #expect(q.map(\.span) == [span("Cranes Will Be Replaced By Spring", in: t)])
    }

    @Test func capitalisedWordsAfterTheAreAName() {
        let t = "The Harbour Gazette reported that the cranes were sold to a buyer abroad."
        let q = quotes(t)
        #expect(q.count == 1)
        #expect(q.first?.speaker?.hasSuffix("Harbour Gazette") == true)
        #expect(q.first?.span == span("that the cranes were sold to a buyer abroad", in: t))
    }

    @Test func initialismInParenthesesEndsNoSentence() {
        let t = "Sen. Ruth Ames (D-N.Y.) said the fees would rise in spring."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Ruth Ames"])
        #expect(q.map(\.span) == [span("the fees would rise in spring", in: t)])
    }

    @Test func subjectAfterCommaAndConjunctionReports() {
        let t = "The board approved the fees, and shipping firms warned that the harbour would lose trade."
        let q = quotes(t)
        #expect(q.map(\.speakerDescription) == ["shipping firms"])
        #expect(q.map(\.span) == [span("that the harbour would lose trade", in: t)])
    }
}

/// Issue 15's constructions in the style of Canadian wire and broadcast copy (CP, CBC, the Globe
/// and Mail, the Star): "said X, the …", "X told CBC News", present-tense "says", premiers, MPs,
/// "minister of …" and French names. Every sentence is invented.
@Suite struct CanadianNewsAttributionTests {
    @Test func coordinatedCommonNounsReportTogether() {
        let t = "Federal and provincial officials said the pipeline review would take another year."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Federal and provincial officials"])
        #expect(q.map(\.speakerNamed) == [false])
        #expect(q.first?.speakerDescription?.lowercased() == "federal and provincial officials")
        #expect(q.map(\.span) == [span("the pipeline review would take another year", in: t)])
    }

    @Test func coordinatedNamesGiveTheFirstAsSpeaker() {
        let t = "Premier Luc Bérubé and Mayor Anne Ostrowski said the transit deal was signed on Monday."
        let q = quotes(
            t,
            entities: [
                person("Luc Bérubé", in: t, forms: ["Luc Bérubé"]),
                person("Anne Ostrowski", in: t, forms: ["Anne Ostrowski"]),
            ])
        #expect(q.map(\.speaker) == ["Luc Bérubé"])
        #expect(q.first?.speakerDescription == "Premier Luc Bérubé and Mayor Anne Ostrowski")
        #expect(q.map(\.span) == [span("the transit deal was signed on Monday", in: t)])
    }

    @Test func objectBeforeAndIsNoCoordinatedSubject() {
        let t = "The premier met Tom Hale and Ana Roy said the talks went well."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Ana Roy"])
        #expect(q.map(\.span) == [span("the talks went well", in: t)])
    }

    @Test func quotedTranscriptLabelsSpeakPerParagraph() {
        let t =
            "Partial transcript as follows:\n\n\"MACKAY: Will the province cut the gas tax this spring?\n\n"
            + "\"NOTLEY: We will not cut it this year. The budget cannot carry it.\n\n\"(CROSSTALK.)\n\n"
            + "\"MACKAY: Not even by a cent?\""
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["MACKAY", "NOTLEY", "MACKAY"])
        #expect(
            q.map(\.span) == [
                span("Will the province cut the gas tax this spring?", in: t),
                span("We will not cut it this year. The budget cannot carry it.", in: t),
                span("Not even by a cent?", in: t),
            ])
    }

    @Test func invertedCueWithATimeAdjunctAfterTheName() {
        let t =
            "The border will stay closed to non-essential travel until July 21, said Public Safety Minister "
            + "Bill Blair on Tuesday."
        let q = quotes(t, entities: [person("Bill Blair", in: t, forms: ["Bill Blair"])])
        #expect(q.map(\.speaker) == ["Bill Blair"])
        #expect(q.map(\.span) == [span("The border will stay closed to non-essential travel until July 21", in: t)])
        let t2 = "The plant will reopen in May, said Chantal Dubé in a statement."
        #expect(quotes(t2).map(\.speaker) == ["Chantal Dubé"])
        #expect(quotes(t2).map(\.span) == [span("The plant will reopen in May", in: t2)])
    }

    @Test func timeAdjunctBetweenSubjectAndCue() {
        let t = "Ottawa on Monday announced that the wage subsidy would end in June."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Ottawa"])
        #expect(q.map(\.span) == [span("that the wage subsidy would end in June", in: t)])
        let t2 = "The Crown last week argued the sentence was too light."
        #expect(quotes(t2).map(\.span) == [span("the sentence was too light", in: t2)])
    }

    @Test func organisationSpeaksThroughAdvised() {
        let t = "Health Canada advised that the recalled lettuce should be thrown out."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Health Canada"])
        #expect(q.map(\.span) == [span("that the recalled lettuce should be thrown out", in: t)])
    }

    @Test func saidNameThenMinisterOfAppositive() {
        let t =
            "“It's a good day for the farmers of this province,” said Jean-Yves Ducharme, Quebec's minister "
            + "of agriculture."
        let q = quotes(t, entities: [person("Jean-Yves Ducharme", in: t, forms: ["Jean-Yves Ducharme"])])
        #expect(q.map(\.speaker) == ["Jean-Yves Ducharme"])
        #expect(q.map(\.span) == [span("It's a good day for the farmers of this province", in: t)])
    }

    @Test func toldCBCNewsThenASecondQuotation() {
        let t =
            "“I was shocked when I saw the bill,” Lisa Tremblay told CBC News on Tuesday. "
            + "“Nobody warned us.”"
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Lisa Tremblay"])
        #expect(q.first?.text == "I was shocked when I saw the bill … Nobody warned us.")
        #expect(q.first?.cue == "told")
    }

    @Test func presentTenseSaysWithATitle() {
        let t = "Premier Rachel Notley says Alberta will not back down on the pipeline."
        let q = quotes(t, entities: [person("Rachel Notley", in: t, forms: ["Rachel Notley"])])
        #expect(q.map(\.speaker) == ["Rachel Notley"])
        #expect(q.map(\.cue) == ["says"])
        #expect(q.map(\.span) == [span("Alberta will not back down on the pipeline", in: t)])
    }

    @Test func mpAndPartyBeforeTheName() {
        let t = "NDP MP Charlie Angus told reporters the government had failed First Nations in the north."
        let q = quotes(t, entities: [person("Charlie Angus", in: t, forms: ["Charlie Angus"])])
        #expect(q.map(\.speaker) == ["Charlie Angus"])
        #expect(q.map(\.span) == [span("the government had failed First Nations in the north", in: t)])
    }

    @Test func thePremierPointsBackToTheTitledName() {
        let t =
            "Premier Doug Ford visited the plant in Oshawa on Friday.\n\nThe company will cut 2,500 jobs.\n\n"
            + "The premier said the province would fight to keep the plant open."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Doug Ford"])
        #expect(q.map(\.span) == [span("the province would fight to keep the plant open", in: t)])
    }

    @Test func theMPAndThePoliceRankPointBackToTheName() {
        let t =
            "Liberal MP Adam Vaughan was at the rally.\n\nHe has held the riding since 2014.\n\n"
            + "“Housing is the issue,” the MP said."
        let q = quotes(t, entities: [person("Adam Vaughan", in: t, forms: ["Adam Vaughan"])])
        #expect(q.map(\.speaker) == ["Adam Vaughan"])
        #expect(q.map(\.span) == [span("Housing is the issue", in: t)])
        let t2 = "“There is no threat to public safety,” said RCMP Cpl. Jennifer Clarke."
        let q2 = quotes(t2, entities: [person("Jennifer Clarke", in: t2, forms: ["Jennifer Clarke"])])
        #expect(q2.map(\.speaker) == ["Jennifer Clarke"])
        #expect(q2.map(\.span) == [span("There is no threat to public safety", in: t2)])
    }

    @Test func interviewTurnLabelsAreNoSpeakers() {
        let t = "The interview was edited.\n\nQ: Why did you run for mayor?\n\nA: I wanted to fix the roads."
        #expect(!quotes(t).contains { $0.speaker == "Q" || $0.speaker == "A" })
    }

    @Test func quotationParagraphsContinueTheSpeaker() {
        let t =
            "“The rink is the heart of this town,” said Denis Arsenault, the arena manager.\n\n"
            + "“Every kid here learned to skate on that ice.”\n\n“If it closes, families will leave.”"
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Denis Arsenault", "Denis Arsenault", "Denis Arsenault"])
        #expect(
            q.map(\.span) == [
                span("The rink is the heart of this town", in: t),
                span("Every kid here learned to skate on that ice.", in: t),
                span("If it closes, families will leave.", in: t),
            ])
    }

    @Test func accordingToANameWithItsRole() {
        let t = "The company laid off 300 workers in Windsor last year, according to Unifor president Jerry Dias."
        let q = quotes(t)
        #expect(q.map(\.speaker) == ["Jerry Dias"])
        #expect(q.map(\.span) == [span("The company laid off 300 workers in Windsor last year", in: t)])
    }
}

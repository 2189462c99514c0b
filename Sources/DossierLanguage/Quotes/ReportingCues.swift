/// The words that report speech, writing or belief, and the words around a source that are not
/// part of its name. Forms are listed inflected because lookups run on surface tokens.
enum ReportingCues {
    enum Kind {
        /// A finite reporting verb: "said", "argues", "told".
        case verb
        /// A participle that reports for the clause's subject: "saying", "adding".
        case participle
        /// A verb of belief or intention, weaker evidence than speech: "believes", "wants".
        case attitude
        /// A word outside the lists known as a cue only by its subject and the "that" clause it
        /// takes: "Many voters are afraid that …", "The attorney general is confirming that …".
        case complement
    }

    /// Asked of every token: most are passed over by the filter without hashing.
    static func kind(_ lower: String) -> Kind? { tableFilter.mayContain(lower) ? table[lower] : nil }

    /// Cues whose object is the hearer rather than the content: "told reporters that …".
    static func takesRecipient(_ lower: String) -> Bool { recipientVerbs.contains(lower) }

    private static let verbs: [String] = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "asked", "asks",
        "noted", "notes", "reported", "reports", "announced", "announces", "argued", "argues", "argue",
        "claimed", "claims", "claim", "warned", "warns", "warn", "explained", "explains", "insisted", "insists",
        "insist",
        "stated", "states", "declared", "declares", "acknowledged", "acknowledges", "admitted", "admits",
        "replied", "replies", "responded", "responds", "answered", "tweeted", "tweets", "posted",
        "suggested", "suggests", "suggest", "predicted", "predicts", "predict", "estimated", "estimates", "estimate",
        "contended", "contends", "maintained", "maintains", "stressed", "stresses", "emphasized", "emphasizes",
        "recalled", "recalls", "conceded", "concedes", "countered", "counters", "continued", "cautioned",
        "complained", "complains", "confirmed", "confirms", "denied", "denies", "vowed", "vows", "promised",
        "promises", "pledged", "pledges", "urged", "urges", "accused", "accuses", "charged", "alleged", "alleges",
        "revealed", "reveals", "disclosed", "observed", "remarked", "joked", "quipped", "boasted", "bragged",
        "lamented", "questioned", "wondered", "called", "calls", "described", "describes", "criticized",
        "criticizes", "criticised", "praised", "praises", "blasted", "slammed", "slams", "dismissed", "rejected",
        "defended", "touted", "touts", "cited", "cites", "concluded", "concludes", "found", "finds", "showed",
        "shows", "indicated", "indicates", "signaled", "signalled", "mentioned", "pointed", "reiterated", "echoed",
        "testified", "assured", "reminded", "informed", "retorted", "shouted", "yelled", "chanted", "declined",
        "refused", "decried", "railed", "condemned", "denounced", "blamed", "mocked", "agreed", "agrees",
        "proposed", "proposes", "demanded", "demands", "recommended", "conceded", "hinted", "speculated",
        "projected", "forecast", "asserted", "asserts", "opined", "added:", "writes", "observes",
        "acknowledge", "admit", "concede", "deny", "contend", "maintain", "note", "show", "find", "question",
        "agree", "talked", "spoke", "referred", "reads", "read", "put", "sings", "sang", "wrote:", "complain",
        "criticize", "praise", "reject", "dismiss", "urge", "advised", "advises", "underscored", "underscores",
        "underlined", "affirmed", "reaffirmed", "clarified", "mused", "ruled", "commented", "yelled", "yells",
    ]

    private static let attitudes: [String] = [
        "believes", "believe", "believed", "thinks", "think", "thought", "hopes", "hoped", "fears", "feared",
        "expects", "knows", "knew", "feels", "felt", "worried", "worries", "doubts", "doubted",
        "wants", "wanted", "considers", "considered", "sees", "supports", "supported", "opposes", "opposed",
        "endorsed", "endorses", "sought", "seeks", "plans", "planned", "intends", "intended", "want", "support",
        "know", "see", "oppose", "fear", "hope", "expect", "worry", "understand", "understood", "recognize",
        "recognized", "realize", "realized", "assume", "assumed", "suspect", "suspected", "accept", "accepted",
        "expected", "threatened", "threatens", "offered", "offers", "vowed", "hoping", "seeking", "planning",
        "expressed", "expresses", "welcomed", "welcomes", "appeared", "appears", "seemed", "seems", "backed",
        "backs", "voted", "attacked", "attacks", "highlighted", "highlights",
        // Stances beyond speech (PolNeAR attributes them): "decided to …", "likened X to …".
        "decided", "decides", "refuses", "likened", "likens", "discussed", "discusses", "labeled", "labelled",
        "encouraged", "encourages", "referenced", "implored",
    ]

    private static let participles: [String] = [
        "saying", "adding", "noting", "arguing", "telling", "calling", "citing", "insisting", "claiming",
        "suggesting", "warning", "explaining", "describing", "acknowledging", "predicting", "asking", "accusing",
        "stating", "declaring", "touting", "urging", "vowing", "promising", "praising", "criticizing", "denouncing",
        "blaming", "dismissing", "recalling", "tweeting", "writing", "complaining", "announcing", "arguing",
        "questioning", "asserting", "conceding", "admitting", "denying", "emphasizing", "stressing", "pointing",
        "referring", "reiterating", "supporting", "opposing", "endorsing", "defending", "rejecting",
        "acknowledging", "expressing", "highlighting", "mocking", "attacking", "encouraging", "demanding",
        "proposing", "offering", "chanting",
    ]

    private static let recipientVerbs: Set<String> = [
        "told", "tells", "tell", "telling", "asked", "asks", "asking", "warned", "warns", "warning", "assured",
        "reminded", "informed", "promised", "assures", "reminds", "informs",
    ]

    private static let tableFilter = WordFilter(table.keys)

    private static let table: [String: Kind] = {
        var t: [String: Kind] = [:]
        for w in attitudes { t[w] = .attitude }
        for w in verbs { t[w] = .verb }
        for w in participles { t[w] = .participle }
        return t
    }()

    /// Nouns that report what their possessor says or holds when a "that" clause follows:
    /// "Trump's claim that …", "his warning that …", "a Times report that …".
    static let nominal: Set<String> = [
        "claim", "claims", "assertion", "assertions", "argument", "belief", "view", "warning", "warnings", "promise",
        "pledge", "suggestion", "allegation", "allegations", "insistence", "contention", "acknowledgment",
        "acknowledgement", "emphasis", "fear", "fears", "hope", "concern", "concerns", "charge", "statement",
        "admission", "prediction", "conclusion", "finding", "findings", "report", "message", "assurance",
        "assurances", "announcement", "declaration", "denial", "complaint", "threat", "vow", "demand",
        "recommendation", "accusation", "accusations", "complaints", "position", "remarks", "comments", "comment",
        "testimony", "estimate", "analysis", "study", "survey", "poll", "ruling", "decision", "determination",
    ]

    /// Cues whose content is a clause of reported words, kept whole: "said the bank had lost money
    /// after the vote" keeps "after the vote". Other cues report a stance on an object, which an
    /// adjunct ends ("attacked Machado after the debate").
    static let clauseCues: Set<String> = [
        "said", "says", "say", "told", "tells", "tell", "added", "adds", "wrote", "writes", "noted", "notes",
        "explained", "explains", "argued", "argues", "claimed", "claims", "insisted", "insists", "stated", "states",
        "declared", "replied", "responded", "answered", "tweeted", "suggested", "suggests", "predicted", "warned",
        "warns", "believes", "believe", "believed", "thinks", "think", "thought", "saying", "adding", "noting",
        "arguing", "telling", "insisting", "claiming", "suggesting", "warning", "explaining", "stating",
        "acknowledged", "admitted", "conceded", "estimated", "estimates", "reported", "reports", "announced",
        "confirmed", "revealed", "found", "finds", "showed", "shows", "indicated", "hinted", "recalled", "feared",
        "fears", "hopes", "hoped", "expects", "expected", "knows", "knew", "feels", "felt", "worried", "worries",
        "cautioned",
    ]
    /// Words that end the object of a stance cue: "attacked Machado after the debate".
    static let objectEnders: Set<String> = [
        "after", "during", "when", "while", "because", "since", "before", "until", "amid", "despite",
    ]
    /// Media a stance is voiced in: "in early-morning tweets", "in a statement".
    static let media: Set<String> = [
        "interview", "interviews", "statement", "statements", "speech", "speeches", "tweet", "tweets", "post",
        "posts", "letter", "op-ed", "column", "email", "video", "ad", "diatribe", "remarks", "appearance",
        "rally", "hearing", "podcast", "broadcast",
    ]

    /// Words that take a "that" clause without reporting anyone's words or views ("now that",
    /// "so that", "given that"), kept from being read as a cue by their "that".
    static let notComplementCues: Set<String> = [
        "now", "so", "such", "given", "except", "provided", "assuming", "than", "like", "far", "much", "long", "in",
        "is", "was", "are", "were", "be", "been", "being", "not", "and", "but", "or", "the", "a", "an", "this",
        "all", "only", "things", "fact", "way", "time", "day", "year", "point", "reason",
    ]

    /// Verbs of speaking that report content only with a topic ("spoke about the plan") or a quotation.
    static func needsTopic(_ lower: String) -> Bool { lower == "spoke" || lower == "talked" || lower == "speaks" }

    /// Cue forms that are as often plural nouns ("his tweets", "the claims"): taken as verbs only
    /// after a pronoun or a name.
    static let nounLike: Set<String> = [
        "tweets", "claims", "calls", "plans", "promises", "fears", "hopes", "supports", "demands", "states",
        "counters", "pledges", "vows", "doubts", "slams", "question", "show", "support", "fear", "hope",
        "want", "worry", "praise", "urge", "note", "find",
        "touts", "cites", "writes", "answers", "replies", "posts", "sees", "considers", "attacks",
    ]

    /// Particles after "call" that make it a call of another kind: "called in to the show",
    /// "called off the vote", "called back", "called up reserves".
    static let callParticlesNotReporting: Set<String> = ["in", "into", "back", "off", "up"]

    /// A particle that belongs to the cue: "called for", "complained about", "pointed out".
    static func particle(after verb: String, _ next: String) -> Bool {
        switch next {
        case "for", "on": return verb.hasPrefix("call")
        case "about": return particleAbout.contains(verb)
        case "of": return particleOf.contains(verb)
        case "to": return particleTo.contains(verb)
        case "out": return verb.hasPrefix("point")
        case "against": return particleAgainst.contains(verb)
        default: return false
        }
    }

    /// Cues that take their topic with "about": "complained about", "joked about".
    private static let particleAbout: Set<String> = [
        "complained", "complains", "talked", "talks", "spoke", "speaks", "asked", "asks", "warned", "warns",
        "worried", "joked", "wrote", "writes", "tweeted", "bragged", "boasted", "lied",
    ]
    /// Cues that take their topic with "of": "spoke of", "warned of".
    private static let particleOf: Set<String> = ["spoke", "speaks", "warned", "warns"]
    /// Cues that take their topic with "to": "pointed to", "responded to".
    private static let particleTo: Set<String> = [
        "pointed", "points", "referred", "refers", "alluded", "responded", "responds", "replied", "objected",
    ]
    /// Cues that take their topic with "against": "argued against", "railed against".
    private static let particleAgainst: Set<String> = [
        "argued", "argues", "warned", "warns", "railed", "rails", "spoke", "voted", "campaigned",
    ]

    /// Prepositions that tie a role to the body it speaks for: "a spokesman for the campaign",
    /// "the head of the agency", "an economist at the bank".
    static let roleLinks: Set<String> = ["of", "for", "at"]

    /// Common nouns that are plural without an "-s" and so stand alone as a subject:
    /// "Police say …", "People said …".
    static let bareCollectives: Set<String> = ["police", "people", "staff", "media", "clergy", "military"]

    /// Words opening an adjunct of the cue rather than its content: "“…” Smith said on Friday",
    /// "…, Smith said after the vote", "…, she said with a smile". After a quotation they let the
    /// cue end the attribution; after "…, Smith said" they leave the content on the left.
    static let adjunctStarts: Set<String> = [
        "in", "on", "at", "during", "to", "last", "this", "after", "before", "when", "while", "of", "about", "from",
        "with", "yesterday", "today", "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "later", "earlier", "recently", "afterward", "afterwards",
    ]

    /// Words opening a time adjunct between a subject and its cue: "Beijing on Monday demanded …",
    /// "The ministry last week said …".
    static let timeAdjunctStarts: Set<String> = ["on", "last", "this", "in", "early", "late", "earlier"]
    /// Words ending such an adjunct besides the calendar's: "… on Monday night said".
    static let timeWords: Set<String> = [
        "week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "today", "yesterday",
    ]

    /// Words that open the hearer of a cue like "told" when no "that" or colon follows:
    /// "told reporters the plan …", "told The Times the plan …".
    static let hearerStarts: Set<String> = [
        "reporters", "journalists", "him", "her", "them", "me", "us", "voters", "supporters", "the", "a",
    ]
    static let articles: Set<String> = ["the", "a"]

    /// Words after a comma that open a new clause and so end reported content
    /// (", and human rights groups warned …", ", while …", ", compared with …").
    static let clauseOpeners: Set<String> = ["and", "but", "while", "compared", "whereas", "although"]

    /// Finite verbs that open a predicate: after "warned the mill", they show the mill is a subject.
    static let finiteAuxiliaries: Set<String> = [
        "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "can", "should", "must", "might",
        "may", "did", "does", "do",
    ]

    /// Forms of "be" that make a following cue passive ("is expected", "was told", "has been warned").
    static let passiveAuxiliaries: Set<String> = ["is", "was", "are", "were", "be", "been", "being"]

    /// Words that may stand between a source and its cue: "has long argued", "also said".
    static let auxiliaries: Set<String> = [
        "also", "has", "have", "had", "repeatedly", "previously", "recently", "later", "often", "once", "publicly",
        "privately", "reportedly", "long", "did", "does", "do", "not", "would", "will", "could", "may", "might",
        "should", "then", "now", "still", "even", "further", "again", "first", "openly", "flatly", "quickly",
        "explicitly", "strongly", "widely", "never", "already", "just", "only", "apparently", "initially",
        "simply", "clearly", "is", "was", "are", "were", "has", "n't", "consistently", "frequently", "always",
        "subsequently", "eventually", "finally", "immediately", "bluntly", "angrily", "famously",
    ]

    /// Words that end a source noun phrase going leftwards: clause words, prepositions, verbs.
    static let phraseBreakers: Set<String> = [
        "and", "but", "or", "nor", "because", "while", "when", "if", "although", "though", "so", "that", "which",
        "who", "whom", "whose", "where", "as", "in", "on", "at", "with", "by", "from", "after", "before", "during",
        "since", "to", "about", "into", "over", "under", "than", "then", "is", "was", "are", "were", "be", "been",
        "being", "has", "have", "had", "do", "does", "did", "not", "will", "would", "can", "could", "may", "might",
        "should", "must", "there", "here", "it's", "what", "how", "why", "said", "says", "told", "also", "yet",
        "until", "unless", "whether", "through", "against", "between", "among", "without", "within", "like",
        "even", "just", "only", "however", "meanwhile", "now", "today", "yesterday", "tomorrow", "last", "this",
        "week", "month", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "morning", "afternoon", "evening", "night", "ago", "earlier", "later", "recently",
    ]

    /// Words opening a subordinate clause: a cue after one reports only within the clause.
    static let subordinators: Set<String> = [
        "when", "as", "after", "before", "while", "if", "because", "since", "though", "although", "unless", "until",
        "whenever", "once",
    ]

    static let prepositions: Set<String> = [
        "in", "on", "at", "by", "from", "with", "for", "of", "to", "after", "before", "during", "since", "about",
        "into", "over", "under", "than", "like", "through", "against", "between", "among", "without", "within",
        "upon", "toward", "towards", "across", "behind", "beyond", "near", "amid", "despite", "via",
    ]

    /// Heads of a phrase that speak on behalf of its possessor: "Trump's campaign", "her lawyer".
    static let representatives: Set<String> = [
        "campaign", "camp", "team", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "lawyer", "lawyers",
        "attorney", "attorneys", "counsel", "aide", "aides", "office", "representative", "representatives", "staff",
        "administration", "government", "secretary", "adviser", "advisers", "advisor", "advisors", "surrogate",
        "surrogates", "ministry", "press", "people", "officials", "organization", "organisation", "committee", "family",
    ]

    /// Words after which a cue form that is also a plural noun ("claims", "states") is the noun:
    /// articles and possessives.
    static let nounMarkers: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those",
    ]

    /// Forms of "be" before a participle that make it a finite progressive verb: "is promising".
    static let progressiveAuxiliaries: Set<String> = ["is", "are", "was", "were", "been"]

    /// Words that head "<quantifier> of <phrase>": "Many of his supporters", "one of the doctors".
    static let quantifiers: Set<String> = [
        "many", "some", "most", "several", "few", "all", "both", "none", "one", "two", "three", "each", "half",
    ]

    /// Conjunctions that open a sentence before its subject: "But critics say …".
    static let sentenceConjunctions: Set<String> = ["but", "and", "yet", "so", "still"]

    /// Adverbs that open a poll share as its subject: "Only 52 percent …", "Nearly eight of 10 voters …".
    static let shareAdverbs: Set<String> = ["only", "nearly", "almost", "about", "roughly", "just", "some", "over"]

    static let subjectPronouns: Set<String> = ["he", "she", "they", "we", "i", "it", "you"]

    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "some", "several", "many", "most",
        "few", "two", "three", "four", "five", "other", "another", "one", "both", "all", "these", "those", "each",
        "no", "any", "more",
    ]

    /// Titles that belong before a name but not in its canonical form.
    static let titles: Set<String> = [
        "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "miss", "dr", "dr.", "sen", "sen.", "rep", "rep.", "gov", "gov.",
        "prof", "prof.", "president", "senator", "governor", "gen", "gen.", "sir", "dame", "lord", "lady", "judge",
        "secretary", "minister", "mayor", "chancellor", "representative", "congressman", "congresswoman",
        // Canadian titles and police ranks: "Premier Doug Ford", "Liberal MP Adam Vaughan", "RCMP Cpl. Ana Roy".
        "premier", "mp", "mpp", "mla", "mna", "chief", "const.", "cpl.", "cst.", "sgt", "sgt.", "insp.", "supt.",
        "constable", "sergeant", "corporal", "inspector", "councillor", "coun.",
    ]

    static let maleTitles: Set<String> = ["mr", "mr.", "sir", "lord", "congressman"]
    static let femaleTitles: Set<String> = ["ms", "ms.", "mrs", "mrs.", "miss", "dame", "lady", "congresswoman"]
}

/// Words around person names: courtesy titles (which carry gender), and the role nouns and
/// modifiers that make up a description such as "Defence Minister" or "senior fellow".
enum PersonTitles {
    enum Gender { case male, female, unknown }

    /// Courtesy and rank titles that stand directly before a name and are not part of it.
    static let courtesy: [String: Gender] = [
        "mr": .male, "mr.": .male, "mister": .male, "sir": .male, "lord": .male, "messrs": .male, "messrs.": .male,
        "mrs": .female, "mrs.": .female, "ms": .female, "ms.": .female, "miss": .female, "dame": .female,
        "lady": .female, "madam": .female, "mme": .female, "mme.": .female,
        "dr": .unknown, "dr.": .unknown, "prof": .unknown, "prof.": .unknown, "rev": .unknown, "rev.": .unknown,
        "gen": .unknown, "gen.": .unknown, "col": .unknown, "col.": .unknown, "lt": .unknown, "lt.": .unknown,
        "capt": .unknown, "capt.": .unknown, "sgt": .unknown, "sgt.": .unknown, "maj": .unknown, "maj.": .unknown,
        "adm": .unknown, "adm.": .unknown, "gov": .unknown, "gov.": .unknown, "sen": .unknown, "sen.": .unknown,
        "rep": .unknown, "rep.": .unknown, "hon": .unknown, "hon.": .unknown, "supt": .unknown, "supt.": .unknown,
        "insp": .unknown, "insp.": .unknown, "cmdr": .unknown, "cmdr.": .unknown,
    ]

    /// Ranks written before a name and outside it in CoNLL ("President [Clinton]"), which the
    /// tagger sometimes takes into the name or reads with it as a place ("Prince Harry"). Kept
    /// apart from `courtesy`, which also gives a gender to quote speakers.
    static let ranks: Set<String> = [
        "senator", "president", "governor", "prince", "princess", "king", "queen", "pope", "premier",
        "chancellor", "congressman", "congresswoman", "ambassador", "mayor", "judge", "justice", "sheikh",
    ]

    /// Capitalised last words that make a run after a rank a place ("Prince Edward Island",
    /// "Prince William Sound", "King George Square").
    static let placeHeads: Set<String> = [
        "Island", "Islands", "Sound", "Square", "Street", "Road", "Avenue", "Bay", "County", "City", "Land", "Stadium",
        "Arena", "Hotel", "Trophy", "Memorial",
        "Park", "Bridge", "Hall", "Palace", "Lake", "River", "Mountains", "Falls", "Airport", "Station",
    ]

    /// Nouns that name a role; one of them must end a pre-modifier description.
    static let roles: Set<String> = [
        "minister", "president", "premier", "chancellor", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "analyst", "economist", "chairman", "chairwoman", "chairperson", "chair", "chief", "executive", "director",
        "head", "leader", "governor", "senator", "congressman", "congresswoman", "representative", "ambassador",
        "envoy", "general", "commander", "officer", "official", "adviser", "advisor", "professor", "researcher",
        "fellow", "scientist", "lawyer", "attorney", "judge", "coach", "manager", "captain", "striker", "midfielder",
        "defender", "goalkeeper", "player", "mayor", "king", "queen", "prince", "princess", "pope", "bishop",
        "archbishop", "cardinal", "rabbi", "imam", "sheikh", "deputy", "candidate", "founder", "co-founder", "owner",
        "editor", "correspondent", "reporter", "author", "writer", "novelist", "actor", "actress", "singer",
        "dealer", "trader", "strategist", "banker", "diplomat", "negotiator", "colonel", "lieutenant", "sergeant",
        "admiral", "major", "inspector", "superintendent", "detective", "constable", "commissioner", "ceo", "cfo",
        "coo", "cto", "boss", "trustee", "president-elect", "vice-president", "mp", "mep", "lawmaker", "legislator",
        "prosecutor", "investigator", "activist", "campaigner", "expert", "specialist", "consultant", "partner",
        "physician", "doctor", "surgeon", "nurse", "teacher", "student", "architect", "engineer", "designer",
        "photographer", "historian", "dictator", "monarch", "emperor", "speaker", "whip",
        "ombudsman", "auditor", "treasurer", "registrar", "dean", "provost", "rector", "principal", "sheriff",
        "marshal", "warden", "curator", "producer", "director-general", "secretary-general", "administrator",
        "champion", "winner", "rider", "driver", "batsman", "bowler", "pitcher", "quarterback", "master",
        "spokeswoman", "chairman", "commentator", "columnist", "presenter", "host", "anchor", "pilot", "skipper",
    ]

    /// Words that may stand before a role noun within a description, in lower case.
    static let modifiers: Set<String> = [
        "former", "deputy", "senior", "junior", "chief", "acting", "vice", "assistant", "associate", "interim",
        "foreign", "defence", "defense", "finance", "interior", "health", "justice", "opposition", "state",
        "general", "executive", "managing", "top", "prime", "economic", "political", "military", "trade", "energy",
        "education", "transport", "environment", "agriculture", "labour", "labor", "security", "independent",
        "veteran", "leading", "lead", "principal", "national", "regional", "local", "party", "team", "club",
        "company", "bank", "union", "police", "government", "presidential", "press", "communications",
        "research", "policy", "market", "equity", "oil", "currency", "bond", "investment", "industry", "home",
        "foreign-policy", "financial", "legal", "medical", "technical", "sales", "marketing", "operating",
        "information", "technology", "development", "human", "rights", "civil", "armed", "forces", "army",
        "navy", "air", "force", "supreme", "high", "court", "world", "national-security", "cabinet", "shadow",
        "commerce", "economy", "culture", "sports", "science", "chief-executive", "then", "newly", "elected",
        "appointed", "incoming", "outgoing", "longtime", "long-time", "retired", "ex", "ex-",
    ]

    /// Capitalised words that open sentences or clauses and never belong to a role.
    static let functionWords: Set<String> = [
        "the", "a", "an", "and", "or", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as",
        "said", "says", "told", "when", "while", "after", "before", "if", "that", "this", "these", "those",
        "his", "her", "their", "its", "our", "my", "your", "he", "she", "they", "we", "i", "it", "is", "was",
        "are", "were", "be", "been", "has", "have", "had", "not", "no", "so", "than", "then", "also",
        "according",
    ]

    /// Verbs that, after "who", state a role: "X, who heads the institute".
    static let roleVerbs: Set<String> = [
        "heads", "headed", "leads", "led", "runs", "ran", "chairs", "chaired", "directs", "directed", "manages",
        "managed", "founded", "co-founded", "owns", "owned", "represents", "represented", "advises", "advised",
        "coaches", "coached", "oversees", "oversaw", "commands", "commanded", "edits", "edited", "teaches",
        "taught",
    ]

    /// Copulas after "who" whose complement is the role: "X, who is a senior fellow at Y".
    static let copulas: Set<String> = ["is", "was", "became", "becomes", "remains", "served", "serves"]

    /// Words that may open an appositive role: "X, a spokesman for the ministry,".
    static let appositiveOpeners: Set<String> = ["a", "an", "the", "his", "her", "their", "its", "our", "one"]
}

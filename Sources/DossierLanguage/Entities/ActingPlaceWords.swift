/// Words that show a capital or a seat of government acting for its government ("Washington's
/// commitment", "the Kremlin said", "threatened Moscow"), read by `NamesInContext.metonymy`.
/// Chosen from news usage, not fitted to a set.
enum ActingPlaceWords {
    /// Buildings and streets that news writes for the government housed there. Lower case, words
    /// joined by one space. A seat is the government unless a place word stands before it ("at
    /// the White House", "visited the Kremlin").
    static let seats: Set<String> = [
        "white house", "kremlin", "elysee", "élysée", "elysee palace", "élysée palace", "downing street",
        "blue house", "zhongnanhai", "quai d'orsay", "chancellery", "pentagon",
    ]

    /// Nouns owned by an actor, not a place: "Washington's commitment", "the Kremlin's ambitions".
    /// A place owns districts, streets and landmarks ("Paris's 19th arrondissement"), never these.
    static let possessedNouns: Set<String> = [
        "commitment", "commitments", "ambition", "ambitions", "policy", "policies", "decision", "decisions",
        "response", "stance", "position", "positions", "plan", "plans", "demand", "demands", "refusal", "complaint",
        "complaints", "strategy", "approach", "efforts", "effort", "move", "moves", "claim", "claims", "allies",
        "envoy", "envoys", "ambassador", "intervention", "support", "backing", "opposition", "objections",
        "insistence", "proposal", "proposals", "offer", "sanctions", "threat", "threats", "warning", "warnings",
        "accusations", "announcement", "retaliation", "reaction", "agenda", "intentions", "priorities", "goal",
        "goals", "interests", "concerns", "pressure", "rejection", "denial", "version", "narrative",
    ]

    /// Nouns a seat of government qualifies as its source: "White House officials", "Kremlin
    /// spokesman", "according to White House data".
    static let sourceNouns: Set<String> = [
        "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser",
        "advisers", "advisor", "advisors", "data", "statement", "press", "staff", "counsel", "sources", "source",
        "chief", "lawyers", "budget", "memo", "readout",
    ]

    /// Verbs whose object is an actor: "threatened Moscow", "urged Washington to ...".
    static let pressureVerbs: Set<String> = {
        var out: Set<String> = []
        for s in [
            "threaten", "urge", "press", "pressure", "accuse", "blame", "sanction", "punish", "criticise", "criticize",
            "condemn", "warn", "lobby", "persuade", "convince", "defy", "rebuke", "implore", "petition", "sue",
        ] {
            out.formUnion(VerbForms.regular(s, ing: true))
        }
        return out
    }()

    /// Words before a seat that make it the building: "visited the White House".
    static let placeVerbs: Set<String> = [
        "visit", "visited", "visits", "visiting", "enter", "entered", "enters", "leave", "left", "leaves",
        "leaving", "reach", "reached", "outside", "inside", "toured", "tour",
    ]
}

/// Which way a sentence points in time, read from the verb nearest an expression.
///
/// News text anchors "on Tuesday" and "in October" by tense: "will meet Tuesday" is ahead
/// of the publication date, "met Tuesday" behind it. Without a parser, the nearest auxiliary,
/// reporting verb or "-ed" form within the sentence is a serviceable stand-in.
enum TenseCue {
    static let past: Int8 = -1, future: Int8 = 1, present: Int8 = 2

    static let table: [UInt64: Int8] = {
        var t: [UInt64: Int8] = [:]
        for w in ["will", "shall", "ll", "plans", "plan", "planned", "planning", "scheduled", "expected", "expects",
                  "expect", "due", "would", "upcoming", "intends", "intend", "aims", "hopes", "tomorrow",
                  "going", "soon", "until", "resume", "begin", "start"] {
            t[WordScan.key(w)] = future
        }
        for w in ["was", "were", "had", "did", "said", "told", "ago", "yesterday", "came", "went", "took",
                  "made", "gave", "began", "met", "left", "saw", "became", "fell", "rose", "hit", "got", "found",
                  "sold", "bought", "paid", "lost", "led", "held", "brought", "earlier", "wrote", "spoke"] {
            t[WordScan.key(w)] = past
        }
        for w in ["is", "are", "am", "says", "say", "has", "have"] { t[WordScan.key(w)] = present }
        // Words in -ed that are not past forms.
        for w in ["need", "needed", "indeed", "hundred", "speed", "feed", "seed", "breed", "proceed", "exceed",
                  "succeed", "red", "bed", "shed", "wed", "fled", "bred", "creed", "greed", "weed", "united", "limited",
                  "based", "related", "concerned", "interested", "supposed", "used", "dated", "detailed", "advanced",
                  "involved", "alleged"] {
            if t[WordScan.key(w)] == nil { t[WordScan.key(w)] = 0 }
        }
        return t
    }()

    /// The tense cue a word carries: auxiliaries, modals and common past forms (`strong`),
    /// or, failing those, any "-ed" form. Participles after "be" / "have" ("would be paid")
    /// are passed over, as the auxiliary before them is what tells the time.
    @inline(__always)
    static func cue(_ tok: ScanToken, _ s: [Unicode.Scalar], strong: Bool) -> Int8? {
        guard tok.kind == .word else { return nil }
        if let c = table[tok.key] { return c == 0 || !strong ? nil : c }
        if !strong && tok.length > 4 && s[tok.end - 1].value | 0x20 == 0x64 && s[tok.end - 2].value | 0x20 == 0x65 { return past }
        return nil
    }
}

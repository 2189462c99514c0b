/// Which way a sentence points in time, read from the verb nearest an expression.
///
/// News text anchors "on Tuesday" and "in October" by tense: "will meet Tuesday" is ahead
/// of the publication date, "met Tuesday" behind it. Without a parser, the nearest auxiliary,
/// reporting verb or "-ed" form within the sentence is a serviceable stand-in.
enum TenseCue {
    /// `weakPast` comes from an "-ed" form alone, which may be a participle or an adjective.
    static let past: Int8 = -1, weakPast: Int8 = -2, future: Int8 = 1, present: Int8 = 2

    /// 0 marks "-ed" words that are not past forms; `missing` (3) words with no cue.
    static let table = WordTable(entries, missing: 3)

    private static let entries: [UInt64: Int8] = {
        var t: [UInt64: Int8] = [:]
        for w in [
            "will", "shall", "ll", "plans", "plan", "planned", "planning", "scheduled", "expected", "expects",
            "expect", "due", "would", "upcoming", "intends", "intend", "aims", "hopes", "tomorrow",
            "going", "soon", "until", "resume", "begin", "start", "should", "might", "could",
        ] {
            t[WordScan.key(w)] = future
        }
        for w in [
            "was", "were", "had", "did", "ago", "yesterday", "came", "went", "took",
            "gave", "began", "saw", "became", "fell", "rose", "earlier", "wrote", "spoke", "ran", "won", "knew",
            "grew", "flew", "drew", "threw", "ate", "chose", "froze", "stole", "woke", "rode", "sang", "sank", "swam",
            "drank", "rang", "broke", "drove", "shook", "tore", "wore", "swore", "arose", "forgave", "forgot",
            "bit", "hid", "fought", "sought", "fled", "slew", "stood", "understood", "lay", "sprang", "shrank",
        ] {
            t[WordScan.key(w)] = past
        }
        // Irregular forms that are also participles ("will be paid"): no stronger than "-ed".
        for w in [
            "made", "met", "left", "hit", "got", "found", "sold", "bought", "paid", "lost", "led", "held",
            "brought", "built", "sent", "spent", "kept", "put", "set", "cut", "shot", "struck", "caught",
            "taught", "thought", "heard", "felt", "meant", "read", "said", "told",
        ] where t[WordScan.key(w)] == nil {
            t[WordScan.key(w)] = weakPast
        }
        for w in ["is", "are", "am", "says", "say", "has", "have"] { t[WordScan.key(w)] = present }
        // Words in -ed that are not past forms.
        for w in [
            "need", "needed", "indeed", "hundred", "speed", "feed", "seed", "breed", "proceed", "exceed",
            "succeed", "red", "bed", "shed", "wed", "bred", "creed", "greed", "weed", "united", "limited",
            "based", "related", "concerned", "interested", "supposed", "used", "dated", "detailed", "advanced",
            "involved", "alleged",
        ] {
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
        let c = table[tok.key]
        if c != table.missing {
            if c == 0 { return nil }
            if c == weakPast { return strong ? nil : c }
            return strong ? c : nil
        }
        if !strong && tok.length > 4 && s[tok.end - 1].value | 0x20 == 0x64 && s[tok.end - 2].value | 0x20 == 0x65 {
            return weakPast
        }
        return nil
    }
}

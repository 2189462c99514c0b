/// Words that end in a period without ending a sentence.
public enum Abbreviations {
    /// Titles stand before a name, so a period after them never ends a sentence.
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "sgt", "maj", "adm", "gov",
        "sen", "rep", "rev", "hon", "pres", "supt", "insp", "cmdr", "brig", "st", "fr", "sr", "jr",
        // Canadian police ranks: "Const. Ana Roy", "Cpl. Tom Hale", "Cst. Lee" (RCMP).
        "const", "cpl", "cst",
    ]

    static let others: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp", "plc", "bros", "dept", "est", "approx",
        "fig", "vol", "ed", "eds", "p", "pp", "ave", "blvd", "rd", "mt", "ft", "e.g", "i.e", "cf", "al",
        "jr", "ph.d", "a.m", "p.m", "u.s", "u.k", "u.n",
    ]

    public static func isAbbreviation(_ lowercasedWord: String) -> Bool {
        titles.contains(lowercasedWord) || others.contains(lowercasedWord)
    }

    public static func isTitle(_ lowercasedWord: String) -> Bool { titles.contains(lowercasedWord) }
}

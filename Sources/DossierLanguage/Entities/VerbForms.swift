/// Regular English verb forms, for the word lists that recognise a verb after or before a name
/// (`NamesInContext.actorVerbs`, `ActingPlaceWords.pressureVerbs`).
enum VerbForms {
    /// The stem, its past ("warned", "urged", "denied") and its third person ("warns", "presses",
    /// "denies"), and with `ing` its present participle ("urging", "warning"). A final "y" after a
    /// consonant becomes "ie" ("deny", "lobby"); after a vowel it stays ("say" gives "sayed", which
    /// no text holds; irregular forms are listed by the caller).
    static func regular(_ s: String, ing: Bool = false) -> [String] {
        let u = Array(s.unicodeScalars)
        let y = u.count > 1 && u[u.count - 1] == "y" && !"aeiou".unicodeScalars.contains(u[u.count - 2])
        var out = [
            s,
            s.hasSuffix("e") ? s + "d" : y ? String(s.dropLast()) + "ied" : s + "ed",
            s.hasSuffix("s") || s.hasSuffix("sh") ? s + "es" : y ? String(s.dropLast()) + "ies" : s + "s",
        ]
        if ing { out.append(s.hasSuffix("e") ? String(s.dropLast()) + "ing" : s + "ing") }
        return out
    }
}

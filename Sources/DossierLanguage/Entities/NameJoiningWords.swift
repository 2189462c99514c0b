/// Words that join the parts of one name: "Council on Foreign Relations", "Bank of England",
/// "Banco de la Nación". The one list of them, for the head-word runs of `NameShapes`, the acronym
/// expansions of `NamesInContext` ("CFR" for "Council on Foreign Relations") and the initials
/// `NameResolver` matches acronyms by (`NameInitials`).
enum NameJoiningWords {
    static let words: Set<String> = ["of", "for", "on", "and", "the", "de", "&", "du", "des", "del", "la", "le"]

    /// The joining words `NameInitials` leaves out of a name's initials; the others ("on", and the
    /// French and Spanish articles) it still spells. Skipping them all would join "BIP" to "Banque
    /// Internationale de Placement" (one TE3 record changes), a change of behaviour to be measured
    /// on its own rather than made in passing.
    static let skippedInInitials: Set<String> = ["of", "the", "and", "for", "&"]
}

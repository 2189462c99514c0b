/// `NameSimilarity.sameWord` remembered per word pair over one story's entity merge: copies and
/// follow-up reports repeat the same names, so the same pairs come up again and again, and the
/// edit distance behind each answer was the merge's main cost.
struct SameWordMemo {
    private struct Pair: Hashable {
        var a: String
        var b: String
    }

    private var known: [Pair: Bool] = [:]

    mutating func same(_ a: String, _ b: String) -> Bool {
        // A word is always a spelling of itself (`sameWord` scores it 1).
        if a == b { return true }
        let pair = Pair(a: a, b: b)
        if let v = known[pair] { return v }
        let v = NameSimilarity.sameWord(a, b)
        known[pair] = v
        return v
    }

    mutating func givenNamesCompatible(_ a: [String], _ b: [String]) -> Bool {
        NameSimilarity.givenNamesCompatible(a, b) { same($0, $1) }
    }
}

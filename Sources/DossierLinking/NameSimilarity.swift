import Foundation

/// Compares names across spellings a transliteration produces — Gaddafi/Qaddafi/Kadhafi,
/// Yanukovych/Yanukovich, Mohammed/Muhammad, Aleksandr/Alexander — without a list of known names.
///
/// Each name word is folded to a rough phonetic spelling (diacritics off, digraphs to one
/// letter, doubled letters collapsed) and two words are compared by an edit distance in which
/// swapping sounds that transliteration systems confuse (vowels among themselves, g/k/q, i/y,
/// s/z, v/w, d/t) costs a fraction of an unrelated letter. Short words need a closer match,
/// since "Bush" and "Bash" are not the same name.
public enum NameSimilarity {
    /// Lower-cased, diacritics and punctuation removed, title words and particles dropped.
    public static func words(_ name: String) -> [String] {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var out: [String] = []
        for raw in folded.split(whereSeparator: { !($0.isLetter || $0 == "-" || $0 == "'" || $0 == "\u{2019}") }) {
            var w = String(raw).trimmingCharacters(in: CharacterSet(charactersIn: "-'\u{2019}"))
            for prefix in ["al-", "el-", "al'", "el'"] where w.hasPrefix(prefix) && w.count > prefix.count + 2 {
                w = String(w.dropFirst(prefix.count))
            }
            w = w.replacingOccurrences(of: "'", with: "").replacingOccurrences(of: "\u{2019}", with: "")
            guard !w.isEmpty, !titleWords.contains(w) else { continue }
            out.append(w)
        }
        return out
    }

    static let titleWords: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president",
        "gen", "general", "col", "colonel", "lt", "capt", "captain", "sgt", "maj", "major", "adm", "admiral",
        "gov", "governor", "sen", "senator", "rep", "rev", "reverend", "hon", "pres", "minister", "prime",
        "king", "queen", "prince", "princess", "sheikh", "judge", "justice", "chancellor", "mayor",
        "secretary", "jr", "sr", "ii", "iii", "the", "de", "van", "von", "der", "bin", "ibn",
    ]

    /// The rough phonetic spelling of one word.
    public static func phonetic(_ word: String) -> [UInt8] {
        let s = Array(word.utf8)
        var out: [UInt8] = []
        var i = 0
        func at(_ k: Int) -> UInt8 { k < s.count ? s[k] : 0 }
        while i < s.count {
            let c = s[i], n = at(i + 1)
            var emit: [UInt8]
            var step = 1
            switch (c, n) {
            case (UInt8(ascii: "k"), UInt8(ascii: "h")), (UInt8(ascii: "c"), UInt8(ascii: "k")):
                emit = [UInt8(ascii: "k")]; step = 2
            case (UInt8(ascii: "d"), UInt8(ascii: "h")): emit = [UInt8(ascii: "d")]; step = 2
            case (UInt8(ascii: "t"), UInt8(ascii: "h")): emit = [UInt8(ascii: "t")]; step = 2
            case (UInt8(ascii: "p"), UInt8(ascii: "h")): emit = [UInt8(ascii: "f")]; step = 2
            case (UInt8(ascii: "g"), UInt8(ascii: "h")): emit = [UInt8(ascii: "g")]; step = 2
            case (UInt8(ascii: "c"), UInt8(ascii: "h")), (UInt8(ascii: "t"), UInt8(ascii: "s")):
                emit = [UInt8(ascii: "c")]; step = 2
            case (UInt8(ascii: "s"), UInt8(ascii: "h")), (UInt8(ascii: "z"), UInt8(ascii: "h")):
                emit = [UInt8(ascii: "s")]; step = 2
            default:
                switch c {
                case UInt8(ascii: "x"): emit = [UInt8(ascii: "k"), UInt8(ascii: "s")]
                case UInt8(ascii: "q"): emit = [UInt8(ascii: "k")]
                case UInt8(ascii: "w"): emit = [UInt8(ascii: "v")]
                // "y" and a medial "j" both write the same glide (Yanukovych, Janukowitsch).
                case UInt8(ascii: "y"): emit = [UInt8(ascii: "i")]
                case UInt8(ascii: "j") where i > 0: emit = [UInt8(ascii: "i")]
                case UInt8(ascii: "z"): emit = [UInt8(ascii: "s")]
                case UInt8(ascii: "-"): emit = []
                default: emit = [c]
                }
            }
            for e in emit where out.last != e { out.append(e) }
            i += step
        }
        return out
    }

    private static func isVowelCharacter(_ c: Character) -> Bool { "aeiouy".contains(c) }

    private static func isVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o")
            || c == UInt8(ascii: "u")
    }

    private static let classes: [Set<UInt8>] = [
        Set("gkc".utf8), Set("dt".utf8), Set("vfb".utf8), Set("sc".utf8), Set("mn".utf8), Set("lr".utf8),
    ]

    /// Substitution costs for every byte pair, worked out once.
    private static let substitutionTable: [Double] = {
        var t = [Double](repeating: 1, count: 256 * 256)
        for a in 0..<256 {
            for b in 0..<256 {
                let x = UInt8(a), y = UInt8(b)
                if x == y {
                    t[a * 256 + b] = 0
                } else if isVowel(x) && isVowel(y) {
                    t[a * 256 + b] = 0.3
                } else if classes.contains(where: { $0.contains(x) && $0.contains(y) }) {
                    t[a * 256 + b] = 0.4
                }
            }
        }
        return t
    }()

    @inline(__always)
    private static func substitution(_ a: UInt8, _ b: UInt8) -> Double {
        substitutionTable[Int(a) * 256 + Int(b)]
    }

    private static func indel(_ c: UInt8) -> Double { isVowel(c) ? 0.4 : 1 }

    /// The sounds a word's first sound can be swapped with and still score above the 0.5 cap of
    /// `wordSimilarity`: the vowels, and the consonant classes joined where they share a letter
    /// (g/k/c and s/c make one). Two words whose first sounds fall in different groups are never
    /// `sameWord`, so callers can compare names only within a group and find the same pairs.
    private static let soundGroups: [UInt8] = {
        var group = [UInt8](repeating: 0, count: 256)
        for b in 0..<256 { group[b] = UInt8(b) }
        for c in "aeiou".utf8 { group[Int(c)] = UInt8(ascii: "a") }
        for set in ["gkcs", "dt", "vfb", "mn", "lr"] {
            let first = set.utf8.first ?? 0
            for c in set.utf8 { group[Int(c)] = first }
        }
        return group
    }()

    /// A key that equals for any two words `sameWord` can accept (the group of the first sound of
    /// the phonetic spelling; 0 when it is empty, which only the identical word matches).
    public static func soundKey(_ word: String) -> UInt8 {
        guard let first = phonetic(word).first else { return 0 }
        return soundGroups[Int(first)]
    }

    /// Similarity of two name words in [0, 1].
    public static func wordSimilarity(_ a: String, _ b: String) -> Double {
        if a == b { return 1 }
        let x = phonetic(a), y = phonetic(b)
        if x == y { return 0.98 }
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        var prev = [Double](repeating: 0, count: y.count + 1)
        var cur = prev
        for j in 1...y.count { prev[j] = prev[j - 1] + indel(y[j - 1]) }
        for i in 1...x.count {
            cur[0] = prev[0] + indel(x[i - 1])
            for j in 1...y.count {
                cur[j] = min(
                    prev[j - 1] + substitution(x[i - 1], y[j - 1]), prev[j] + indel(x[i - 1]),
                    cur[j - 1] + indel(y[j - 1]))
            }
            swap(&prev, &cur)
        }
        let sim = 1 - prev[y.count] / Double(max(x.count, y.count))
        // A differing first sound is a different name unless the letters are close kin (Gaddafi/Qaddafi).
        if substitution(x[0], y[0]) >= 1 && !(isVowel(x[0]) && isVowel(y[0])) { return min(sim, 0.5) }
        return sim
    }

    /// Whether two name words are spellings of one name; short words must be closer.
    public static func sameWord(_ a: String, _ b: String) -> Bool {
        // A final "-a" against a consonant is a feminine form (Alexander/Alexandra, Paul/Paula), not a spelling.
        if let x = a.last, let y = b.last, (x == "a") != (y == "a"), !isVowelCharacter(x) || !isVowelCharacter(y) {
            return false
        }
        let s = wordSimilarity(a, b)
        return s >= (min(a.count, b.count) <= 5 ? 0.93 : 0.85)
    }

    /// Given names agree when either is missing, one is the other's initial, or they are the same word.
    public static func givenNamesCompatible(_ a: [String], _ b: [String]) -> Bool {
        givenNamesCompatible(a, b, sameWord: sameWord)
    }

    /// The same with `sameWord` supplied (a memo of it).
    static func givenNamesCompatible(
        _ a: [String], _ b: [String], sameWord: (String, String) -> Bool
    ) -> Bool {
        guard let x = a.first, let y = b.first else { return true }
        if x.count == 1 || y.count == 1 { return x.first == y.first }
        return sameWord(x, y)
    }
}

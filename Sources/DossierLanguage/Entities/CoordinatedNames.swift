import DossierModel

/// Two names joined by "and" name two things of one kind: "with Chevron and Exxon", "in Jerusalem
/// and Tel Aviv", "Surepay and Moneygram". Where the tagger typed one an organisation and the other
/// a place, the gazetteer settles which reading the pair has: a place it does not list beside an
/// organisation is an organisation (a company the tagger never saw, read as a place after "with" or
/// "through"); an organisation it lists as a city or capital beside a place is a place. Pairs that
/// the gazetteer cannot settle stay as tagged ("Juventus and Milan": Milan a listed city, Juventus not).
enum CoordinatedNames {
    /// The longest name, in words, the rule looks at on either side of "and".
    static let maxWords = 3

    /// Nouns that, just before a pair, say the names are places.
    static let placeNouns: Set<String> = [
        "towns", "cities", "villages", "islands", "regions", "provinces", "states", "countries", "districts",
        "capitals", "ports", "areas", "suburbs", "neighbourhoods", "neighborhoods", "counties", "republics",
    ]

    /// `placeKinds(range)`: the gazetteer's kinds for the words in `range` as one name.
    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], placeKinds: (Range<Int>) -> UInt32
    ) -> [NameMention] {
        guard mentions.count >= 2 else { return mentions }
        let settled =
            UInt32(1) << UInt32(Gazetteer.Kind.country.rawValue) | UInt32(1) << UInt32(Gazetteer.Kind.capital.rawValue)
            | UInt32(1) << UInt32(Gazetteer.Kind.city.rawValue) | UInt32(1)
            << UInt32(Gazetteer.Kind.subdivision.rawValue)
        var out = mentions
        for k in 0..<(out.count - 1) {
            let a = out[k], b = out[k + 1]
            let gap = a.tokens.upperBound
            guard b.tokens.lowerBound == gap + 1, text[tokens[gap]] == "and", a.tokens.count <= maxWords,
                b.tokens.count <= maxWords
            else { continue }
            // "Interstates 80 and 90 in the Midwest and Interstate 5": a number after a name
            // makes it a road or a model, not a name of either kind.
            let after = b.tokens.upperBound
            if after < tokens.count, Tokenizer.isDigit(text[tokens[after].start]) { continue }
            // "the mining towns of Barentsburg and Pyramiden", "the islands of Bonaire, St
            // Eustatius and Saba": the words before say they are places, and a list of places
            // goes on before the pair.
            let before = a.tokens.lowerBound
            if before > 0, text[tokens[before - 1]] == ",", k > 0, out[k - 1].tokens.upperBound == before - 1,
                out[k - 1].type == .location
            {
                continue
            }
            var placeNoun = false
            var j = before - 1
            while j >= 0 && before - j <= 4 && !placeNoun {
                placeNoun = placeNouns.contains(text[tokens[j]])
                j -= 1
            }
            if placeNoun { continue }
            let types = (a.type, b.type)
            guard types == (.organization, .location) || types == (.location, .organization) else { continue }
            let place = a.type == .location ? k : k + 1
            let org = place == k ? k + 1 : k
            let placeListed = placeKinds(out[place].tokens) & settled != 0
            let orgListed = placeKinds(out[org].tokens) & settled != 0
            if !placeListed && !orgListed {
                out[place].type = .organization
            } else if placeListed && orgListed {
                out[org].type = .location
            }
        }
        return out
    }
}

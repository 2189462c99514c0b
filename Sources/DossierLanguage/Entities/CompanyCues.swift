import DossierModel

/// One-word company names the tagger, which learned companies from 1996 Reuters, reads as places
/// or people ("Google", "Neuralink"), settled by what the article says of them: an appositive
/// ("Neuralink, a start-up"), a company's belongings ("Google's chief executive", "Lumora
/// shares", "Google headquarters"). One cue retypes every mention of the name in the article. A
/// name the gazetteer lists as a place is left alone ("Paris's mayor" is no cue at all).
enum CompanyCues {
    /// Nouns an appositive names a company by: "X, a start-up that ...", "X, the e-commerce giant".
    static let appositiveNouns: Set<String> = [
        "start-up", "startup", "company", "firm", "maker", "giant", "retailer", "platform", "carrier", "airline",
        "bank", "lender", "insurer", "brand", "manufacturer", "developer", "subsidiary", "conglomerate", "chain",
        "operator", "provider", "broadcaster", "publisher", "website", "app", "unicorn", "automaker", "carmaker",
        "chipmaker", "drugmaker", "supplier", "distributor", "corporation", "group", "outlet", "network",
    ]

    /// Nouns right after a name, or after its "'s", that only a company has: "Lumora shares",
    /// "Google's pay practices", "Tesla chief executive".
    static let belongings: Set<String> = [
        "shares", "stock", "shareholders", "employees", "headquarters", "ceo", "executives", "co-founder",
        "subsidiary", "subsidiaries", "products", "revenue", "revenues", "profit", "profits", "sales", "customers",
        "users", "valuation", "acquisition", "takeover", "software", "stores",
    ]

    /// Nouns that, right after "the X", say which kind of company X is: "the Globalia company"; an
    /// alliance (of airlines, of states) is an organisation too: "the Oneworld alliance".
    static let kindNouns: Set<String> = [
        "company", "firm", "airline", "carrier", "retailer", "chain", "conglomerate", "start-up", "startup",
        "automaker", "carmaker", "chipmaker", "drugmaker", "lender", "insurer", "brand", "alliance",
    ]

    /// Verbs before "on" or "via" and a platform: "said on Twitter", "posted on Weibo".
    static let postingVerbs: Set<String> = [
        "said", "says", "posted", "posts", "wrote", "writes", "tweeted", "shared", "shares", "announced",
        "published", "commented", "uploaded", "streamed", "livestreamed", "broadcast", "messaged", "replied",
    ]

    /// Words that end the search for an appositive's noun: "X, a member of the group" is a person.
    static let appositiveStops: Set<String> = ["of", "for", "at", "in", "with", "to", "from", "on", "and", "who"]

    /// Words between an appositive's comma and its noun: "a", "the", and up to two modifiers.
    static let maxModifiers = 3

    /// `isPlace(k)`: the gazetteer lists token k alone as some place.
    static func apply(
        _ mentions: [NameMention], text: ScalarText, tokens: [Span], sentences: [Range<Int>],
        isPlace: (Int) -> Bool
    ) -> [NameMention] {
        var sentenceEnd = [Int](repeating: tokens.count, count: tokens.count)
        for r in sentences { for k in r { sentenceEnd[k] = r.upperBound } }
        func lower(_ k: Int) -> String { text[tokens[k]].lowercased() }
        var companies = Set<String>()
        for m in mentions where m.type != .organization && m.tokens.count == 1 {
            let k = m.tokens.lowerBound
            guard tokens[k].length >= 3 else { continue }
            let end = sentenceEnd[k]
            var j = k + 1
            var cue = false
            if j < end && isScalar(text, tokens[j], ",") && j + 1 < end && ["a", "an", "the"].contains(lower(j + 1)) {
                // "Neuralink, a start-up", "Souq, the region's biggest e-commerce platform".
                var n = j + 2
                while n < end && n - (j + 2) <= maxModifiers && !cue && !appositiveStops.contains(lower(n)) {
                    // "X, the group's leader" names a person by the group.
                    cue =
                        appositiveNouns.contains(lower(n))
                        && !(n + 1 < end && NamesInContext.isPossessive(text, tokens[n + 1]))
                    n += 1
                }
            }
            if !cue && j < end && k > 0 && tokens[k - 1].length <= 3 && isLowerOrAcronym(text, tokens[j]) {
                // "the Globalia company", "the Ávoris airline": the name as a company noun's modifier.
                cue = ["the", "a", "an"].contains(lower(k - 1)) && kindNouns.contains(lower(j))
            }
            if !cue && k >= 2 && tokens[k - 1].length <= 3 && ["on", "via"].contains(lower(k - 1)) {
                // "said on Twitter", "posted it on Vorly": a platform one posts on is a company.
                cue = postingVerbs.contains(lower(k - 2))
            }
            if !cue && j < end && NamesInContext.isPossessive(text, tokens[j]) { j += 1 }
            if !cue && j < end && isLowerOrAcronym(text, tokens[j]) { cue = belongings.contains(lower(j)) }
            // The gazetteer last: most names have no cue at all.
            if cue && !isPlace(k) { companies.insert(text[tokens[k]]) }
        }
        guard !companies.isEmpty else { return mentions }
        var out = mentions
        for k in out.indices where out[k].tokens.count == 1 && out[k].type != .organization {
            if companies.contains(text[tokens[out[k].tokens.lowerBound]]) { out[k].type = .organization }
        }
        return out
    }

    private static func isScalar(_ text: ScalarText, _ t: Span, _ c: Unicode.Scalar) -> Bool {
        t.length == 1 && text[t.start] == c
    }

    /// "shares", "chief" or "CEO": lower case, or all capitals of 2-4 letters.
    private static func isLowerOrAcronym(_ text: ScalarText, _ t: Span) -> Bool {
        guard t.start < t.end else { return false }
        if text[t.start].properties.isLowercase { return true }
        guard t.length >= 2, t.length <= 4 else { return false }
        for k in t.start..<t.end where !text[k].properties.isUppercase { return false }
        return true
    }
}

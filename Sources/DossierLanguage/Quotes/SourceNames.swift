import DossierModel

/// One mention of a possible speaker, in token indices, with what it resolves to.
struct SourceMention {
    var lo: Int
    var hi: Int
    var name: String
    /// nil when unknown.
    var isPerson: Bool?
    var isOrganization: Bool
    /// Adjectival names ("Democratic", "French") describe; they do not speak.
    var isMisc: Bool = false
    /// Found by the entity recogniser rather than by capitalisation alone.
    var fromEntity: Bool = false
    var description: String?
    /// Key grouping mentions of one referent, for gender evidence.
    var key: Int
}

/// Role words known for one person: from the recogniser's description and the titles seen
/// before the name, so that "the senator" can find "Sen. Ruth Ames".
private func roleWords(_ description: String?) -> Set<String> {
    var out = Set<String>()
    guard let d = description else { return out }
    // ASCII, nearly every description, is split byte by byte (letters and hyphens make words).
    if d.utf8.allSatisfy({ $0 < 0x80 }) {
        var word: [UInt8] = []
        for b in d.utf8 {
            let l = b &- 0x41 < 26 ? b | 0x20 : b
            if l &- 0x61 < 26 || l == 0x2D {
                word.append(l)
            } else if !word.isEmpty {
                out.insert(String(decoding: word, as: UTF8.self)); word.removeAll(keepingCapacity: true)
            }
        }
        if !word.isEmpty { out.insert(String(decoding: word, as: UTF8.self)) }
        return out
    }
    for w in d.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }) { out.insert(String(w)) }
    return out
}

/// The names a quote's source can resolve to: the recognised entities' mentions, and where the
/// recogniser found nothing, runs of capitalised words expanded to the fullest form in the article.
struct SourceNames {
    var mentions: [SourceMention] = []
    /// Mention index covering each token, or -1.
    var byToken: [Int32]
    /// Per referent key: evidence counts (male, female).
    var gender: [Int: (m: Int, f: Int)] = [:]
    /// Per referent key: role words, lower case.
    var roles: [Int: Set<String>] = [:]

    init(_ text: ScalarText, tokens: [Span], lower: [String], sentenceStart: [Bool], entities: [Entity]) {
        byToken = Array(repeating: -1, count: tokens.count)
        var titleGender: [Int: (m: Int, f: Int)] = [:]
        let s = text.scalars
        // Entities first: their mentions are authoritative.
        for (ei, e) in entities.enumerated() {
            for m in e.mentions {
                guard let lo = SourceNames.firstToken(tokens, atOrAfter: m.start), lo < tokens.count,
                    tokens[lo].start < m.end
                else { continue }
                var hi = lo
                while hi < tokens.count && tokens[hi].start < m.end { hi += 1 }
                // "Mayor Bill de Blasio" read as one name with its title: the title gives the role and
                // marks a person, whatever type the recogniser gave, and the name is what follows it.
                var name = e.name
                var isPerson = e.type == .person
                if e.type != .organization, hi - lo >= 2, let role = SourceNames.titleRoles[lower[lo]],
                    ScalarCase.isUpper(s[tokens[lo + 1].start]),
                    let space = name.firstIndex(of: " "), name[..<space].lowercased() == lower[lo]
                {
                    name = String(name[name.index(after: space)...])
                    isPerson = true
                    addRole(role, for: ei)
                }
                let idx = mentions.count
                mentions.append(
                    SourceMention(
                        lo: lo, hi: hi, name: name, isPerson: isPerson,
                        isOrganization: e.type == .organization, isMisc: e.type == .misc && !isPerson,
                        fromEntity: true, description: e.description, key: ei))
                for k in lo..<hi where byToken[k] < 0 { byToken[k] = Int32(idx) }
                if e.type == .person, lo > 0, let role = SourceNames.titleRoles[lower[lo - 1]] {
                    addRole(role, for: ei)
                }
                if e.type == .person, lo > 0, let g = PersonTitles.courtesy[lower[lo - 1]] {
                    if g == .male { titleGender[ei, default: (0, 0)].m += 1 }
                    if g == .female { titleGender[ei, default: (0, 0)].f += 1 }
                }
            }
            if e.type == .person { roles[ei, default: []].formUnion(roleWords(e.description)) }
            // "The commission says" after "the Commission on Presidential Debates": an organisation's
            // own name and description give the head nouns that point back to it.
            if e.type == .organization {
                roles[ei, default: []].formUnion(roleWords(e.name))
                roles[ei, default: []].formUnion(roleWords(e.description))
            }
            if e.type == .person, let first = e.name.split(separator: " ").first.map({ $0.lowercased() }) {
                if FirstNames.male.contains(first) { titleGender[ei, default: (0, 0)].m += 2 }
                if FirstNames.female.contains(first) { titleGender[ei, default: (0, 0)].f += 2 }
            }
        }
        // Words seen in lower case somewhere: a capitalised one at a sentence start is then a common word.
        // Only the words that decide `isCap` are looked for: capitalised sentence openers that no word
        // list settles. A filter on first byte and length spares most tokens the hash.
        var wanted = Set<String>()
        var filter = WordFilter()
        for (k, t) in tokens.enumerated() where sentenceStart[k] && !lower[k].isEmpty && ScalarCase.isUpper(s[t.start])
        {
            let w = lower[k]
            if ReportingCues.subjectPronouns.contains(w) || SourceNames.calendar.contains(w)
                || ReportingCues.titles.contains(w) || ReportingCues.determiners.contains(w)
                || ReportingCues.phraseBreakers.contains(w)
            {
                continue
            }
            if wanted.insert(w).inserted { filter.insert(w) }
        }
        var lowerSeen = Set<String>()
        if !wanted.isEmpty {
            for (k, t) in tokens.enumerated()
            where !lower[k].isEmpty && ScalarCase.isLower(s[t.start]) && filter.mayContain(lower[k])
                && wanted.contains(lower[k])
            {
                lowerSeen.insert(lower[k])
            }
        }
        func isCap(_ k: Int) -> Bool {
            let c = s[tokens[k].start]
            guard ScalarCase.isUpper(c), !lower[k].isEmpty else { return false }
            if ReportingCues.subjectPronouns.contains(lower[k]) || SourceNames.calendar.contains(lower[k]) {
                return false
            }
            if sentenceStart[k] && !ReportingCues.titles.contains(lower[k])
                && (lowerSeen.contains(lower[k])
                    || ReportingCues.determiners.contains(lower[k]) || ReportingCues.phraseBreakers.contains(lower[k]))
            {
                return false
            }
            return true
        }
        var runs: [(lo: Int, hi: Int)] = []
        var k = 0
        while k < tokens.count {
            guard byToken[k] < 0, isCap(k) else { k += 1; continue }
            var hi = k + 1
            while hi < tokens.count && byToken[hi] < 0 {
                if isCap(hi) && !sentenceStart[hi] { hi += 1; continue }
                // "Secretary of State", "Department of Justice".
                if (lower[hi] == "of" || lower[hi] == "de" || lower[hi] == "van" || lower[hi] == "von")
                    && hi + 1 < tokens.count && isCap(hi + 1) && byToken[hi + 1] < 0
                {
                    hi += 2; continue
                }
                break
            }
            runs.append((k, hi))
            k = hi
        }
        // Canonical form: titles dropped, a lone surname expanded to the fullest run ending with it.
        var fullByLast: [String: String] = [:]
        var keyByName: [String: Int] = [:]
        var forms: [(lo: Int, hi: Int, name: String, titled: Bool, lastTitle: String?)] = []
        for r in runs {
            var lo = r.lo
            var lastTitle: String? = nil
            while lo < r.hi - 1 && ReportingCues.titles.contains(lower[lo]) { lastTitle = lower[lo]; lo += 1 }
            var parts: [String] = []
            for j in lo..<r.hi { parts.append(text[tokens[j]]) }
            let name = parts.joined(separator: " ")
            forms.append((r.lo, r.hi, name, lastTitle != nil, lastTitle))
            if r.hi - lo >= 2 {
                let last = lower[r.hi - 1]
                if let old = fullByLast[last] {
                    if name.count > old.count { fullByLast[last] = name }
                } else {
                    fullByLast[last] = name
                }
            }
        }
        let orgWords = SourceNames.orgWords
        for f in forms {
            var name = f.name
            let last = lower[f.hi - 1]
            if f.hi - f.lo - (f.titled ? 1 : 0) <= 1, let full = fullByLast[last] { name = full }
            let isOrg = (f.lo..<f.hi).contains { orgWords.contains(lower[$0]) }
            let person: Bool? = isOrg ? false : (f.titled || name.utf8.contains(0x20) ? true : nil)
            let key: Int
            if let existing = keyByName[name] {
                key = existing
            } else {
                key = 100_000 + keyByName.count; keyByName[name] = key
            }
            let idx = mentions.count
            mentions.append(
                SourceMention(
                    lo: f.lo, hi: f.hi, name: name, isPerson: person, isOrganization: isOrg,
                    description: nil, key: key))
            for j in f.lo..<f.hi where byToken[j] < 0 { byToken[j] = Int32(idx) }
            if let t = f.lastTitle, let role = SourceNames.titleRoles[t] { addRole(role, for: key) }
            if let t = f.lastTitle {
                if ReportingCues.maleTitles.contains(t) { titleGender[key, default: (0, 0)].m += 1 }
                if ReportingCues.femaleTitles.contains(t) { titleGender[key, default: (0, 0)].f += 1 }
            }
            if name.utf8.contains(0x20), let first = name.split(separator: " ").first.map({ $0.lowercased() }) {
                if FirstNames.male.contains(first) { titleGender[key, default: (0, 0)].m += 2 }
                if FirstNames.female.contains(first) { titleGender[key, default: (0, 0)].f += 2 }
            }
        }
        mentions.sort { $0.lo < $1.lo }
        for j in 0..<byToken.count { byToken[j] = -1 }
        for (idx, m) in mentions.enumerated() { for j in m.lo..<m.hi where byToken[j] < 0 { byToken[j] = Int32(idx) } }
        // An acronym names what its full form in the article names: "the International Monetary Fund
        // (IMF) … the IMF said" gives the full name, whether the article defines the acronym or only
        // uses both forms; it joins the full form's referent, so "the fund" finds it too.
        // Full forms are looked for only in an article with an acronym among its names.
        let acronyms = mentions.indices.compactMap { i in SourceNames.acronym(mentions[i].name).map { (i, $0) } }
        if !acronyms.isEmpty {
            var fullByInitials: [String: (name: String, key: Int)] = [:]
            for m in mentions where m.isPerson != true {
                guard let initials = SourceNames.initials(m.name) else { continue }
                if let old = fullByInitials[initials], old.name.count >= m.name.count { continue }
                fullByInitials[initials] = (m.name, m.key)
            }
            for (i, acronym) in acronyms {
                guard let full = fullByInitials[acronym] else { continue }
                mentions[i].name = full.name
                mentions[i].key = full.key
                mentions[i].isPerson = false
            }
        }
        // Titles and first names settle gender; where neither speaks, each he/she/his/her votes for
        // the nearest person mentioned before it.
        gender = titleGender
        var lastPerson = -1
        for j in 0..<tokens.count {
            let mi = byToken[j]
            if mi >= 0 {
                if mentions[Int(mi)].isPerson == true { lastPerson = Int(mi) }
                continue
            }
            guard lastPerson >= 0, j - mentions[lastPerson].hi < 40, titleGender[mentions[lastPerson].key] == nil else {
                continue
            }
            switch lower[j] {
            case "he", "his", "him", "himself": gender[mentions[lastPerson].key, default: (0, 0)].m += 1
            case "she", "her", "hers", "herself": gender[mentions[lastPerson].key, default: (0, 0)].f += 1
            default: break
            }
        }
    }

    /// The initials of a name of two or more capitalised words, leaving out lower-case ones and a leading
    /// "The": "International Monetary Fund" gives "IMF", "Federal Bureau of Investigation" "FBI".
    static func initials(_ name: String) -> String? {
        var out = String.UnicodeScalarView()
        var words = 0
        // The word being read: its first scalar, length, whether all capitals, whether "The".
        var first: Unicode.Scalar? = nil
        var length = 0
        var capitals = true
        var the = true
        /// Ends the word being read, taking its initial when it is capitalised and not a leading
        /// "The"; false for a word in capitals ("IMF Board"), which makes the name no full form.
        func endWord() -> Bool {
            defer { (first, length, capitals, the) = (nil, 0, true, true) }
            guard let f = first, ScalarCase.isUpper(f), !(words == 0 && the && length == 3) else { return true }
            if length > 1 && capitals { return false }
            out.append(f)
            words += 1
            return true
        }
        for c in name.unicodeScalars {
            if c == " " {
                guard endWord() else { return nil }
                continue
            }
            if first == nil { first = c }
            if the { the = length < 3 && c == (length == 0 ? "T" : length == 1 ? "h" : "e") }
            length += 1
            if capitals && !ScalarCase.isUpper(c) { capitals = false }
        }
        guard endWord() else { return nil }
        return words >= 2 ? String(out) : nil
    }

    /// A one-word name in capitals, dots taken out ("IMF", "U.N." gives "UN"), of two to six letters.
    static func acronym(_ name: String) -> String? {
        var out = ""
        for c in name.unicodeScalars {
            if c == "." { continue }
            guard c.value &- 0x41 < 26 else { return nil }
            out.unicodeScalars.append(c)
        }
        return out.count >= 2 && out.count <= 6 ? out : nil
    }

    /// Words that make a capitalised run an organisation rather than a person.
    static let orgWords: Set<String> = [
        "party", "committee", "house", "department", "times", "post", "news", "university", "association", "inc",
        "council", "court", "senate", "congress", "campaign", "foundation", "institute", "center", "centre",
        "agency", "bureau", "office", "ministry", "group", "company", "corp", "bank", "fund", "journal", "network",
        "administration", "government", "commission", "board", "service", "union", "league", "times", "press",
        "reuters", "cnn", "fbi", "cia", "nbc", "abc", "cbs", "fox", "msnbc", "gop", "democrats", "republicans",
        "tribune", "herald", "guardian", "telegraph", "magazine", "club", "organization", "organisation",
        "alliance", "federation", "coalition", "police", "army", "navy", "pac", "watch", "project", "poll",
    ]

    /// Capitalised words that never name a speaker.
    static let calendar: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november", "december", "jan.",
        "feb.", "mar.", "apr.", "aug.", "sept.", "sep.", "oct.", "nov.", "dec.",
    ]

    /// Titles before a name and the role noun each stands for.
    static let titleRoles: [String: String] = [
        "sen": "senator", "sen.": "senator", "senator": "senator", "gov": "governor", "gov.": "governor",
        "governor": "governor", "rep": "congressman", "rep.": "congressman", "president": "president",
        "gen": "general", "gen.": "general", "mayor": "mayor", "judge": "judge", "secretary": "secretary",
        "minister": "minister", "chancellor": "chancellor", "prof": "professor", "prof.": "professor",
        "dr": "doctor", "dr.": "doctor", "premier": "premier", "mp": "mp", "mpp": "mpp", "mla": "mla", "mna": "mna",
        "chief": "chief", "const.": "constable", "cst.": "constable", "constable": "constable", "cpl.": "corporal",
        "corporal": "corporal", "sgt.": "sergeant", "sgt": "sergeant", "sergeant": "sergeant", "insp.": "inspector",
        "inspector": "inspector", "councillor": "councillor", "coun.": "councillor", "justice": "justice",
    ]

    /// Other role nouns a title's role is also referred back by: "Justice Frank Nervo ... the judge",
    /// "Sen. Ruth Ames ... the lawmaker".
    static let roleAliases: [String: [String]] = [
        "justice": ["judge"], "senator": ["lawmaker"], "congressman": ["lawmaker", "congresswoman", "representative"],
    ]

    /// Records `role` for the referent `key`, with the other role nouns it is referred back by.
    mutating func addRole(_ role: String, for key: Int) {
        roles[key, default: []].insert(role)
        roles[key, default: []].formUnion(SourceNames.roleAliases[role] ?? [])
    }

    /// The person or organisation a definite role phrase points back to: "the senator", "the Democratic
    /// nominee", "the commission". The head noun must be among the referent's role words (an
    /// organisation's are its name's words), and so must any capitalised modifier.
    /// `words` are all the words between the article and the head: an organisation must bear each in
    /// its name ("the appeals court" is the Court of Appeals, not the Supreme Court); nil when only a
    /// person can be meant (a title: "the mayor").
    func roleAntecedent(
        head: String, modifiers: [String], words: [String]? = nil, before: Int, notBefore: Int
    ) -> SourceMention? {
        var i = SourceNames.lastMention(mentions, before: before)
        var seen = Set<Int>()
        while i >= 0 {
            let m = mentions[i]
            if m.lo < notBefore { break }
            if m.isPerson == true || (m.isOrganization && words != nil), !seen.contains(m.key) {
                seen.insert(m.key)
                if let r = roles[m.key], r.contains(head), modifiers.allSatisfy({ r.contains($0) }),
                    m.isPerson == true || (words ?? []).allSatisfy({ r.contains($0) })
                {
                    return m
                }
            }
            i -= 1
        }
        return nil
    }

    static func firstToken(_ tokens: [Span], atOrAfter pos: Int) -> Int? {
        var lo = 0, hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= pos { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The nearest person mentioned before token `before` whose gender does not contradict `pronoun`.
    func antecedent(of pronoun: String, before: Int, notBefore: Int) -> SourceMention? {
        let wantMale = pronoun == "he"
        let wantFemale = pronoun == "she"
        let wantOrg = pronoun == "it"
        guard wantMale || wantFemale || wantOrg else { return nil }
        var i = SourceNames.lastMention(mentions, before: before)
        // The nearest person of unknown gender, kept in case no one of the right gender turns up.
        var unknown: SourceMention? = nil
        while i >= 0 {
            let m = mentions[i]
            if m.lo < notBefore { break }
            if wantOrg {
                if m.isOrganization { return m }
            } else if m.isPerson != false {
                let g = gender[m.key] ?? (0, 0)
                let male = g.m > g.f, female = g.f > g.m
                if (wantMale && male) || (wantFemale && female) { return m }
                if !male && !female && m.isPerson == true && unknown == nil { unknown = m }
            }
            i -= 1
        }
        return unknown
    }

    static func lastMention(_ ms: [SourceMention], before: Int) -> Int {
        var lo = 0, hi = ms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ms[mid].lo < before { lo = mid + 1 } else { hi = mid }
        }
        return lo - 1
    }
}

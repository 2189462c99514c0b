import DossierModel

/// The shape of the capitalised run of words a token stands in, read from its head word:
/// "the Baltic Policy Institute", "Ministry of Digital Affairs", "Nordic Climate Summit".
///
/// News names new think tanks, agencies and summits every year; their words are unknown but
/// their heads are not. The head's class, not the head word itself, is the feature, so a head
/// rare in CoNLL's 1996 Reuters ("Summit", "Initiative") shares weights with frequent ones of
/// its class ("Conference", "Cup"; "Institute", "Foundation"). The tagger learns from CoNLL
/// which type each class leads to; nothing here decides a type.
enum NameShapes {
    /// Head words by class. 1 public bodies, 2 institutes, schools and civil groups, 3 companies,
    /// 4 parties and armed groups, 5 events. Chosen by hand from news usage, not fitted to any set.
    static let heads: [(class: UInt8, words: [String])] = [
        (
            1,
            [
                "ministry", "department", "agency", "commission", "committee", "council", "authority", "office",
                "bureau",
                "board", "parliament", "assembly", "congress", "senate", "cabinet", "court", "tribunal", "secretariat",
                "directorate", "administration", "government", "police", "service", "services", "inspectorate",
                "regulator", "bank", "reserve", "treasury", "commissariat", "prosecutor", "ombudsman",
            ]
        ),
        (
            2,
            [
                "institute", "institution", "center", "centre", "university", "college", "school", "academy",
                "foundation",
                "association", "society", "trust", "fund", "forum", "initiative", "observatory", "watch", "network",
                "federation", "alliance", "coalition", "union", "organisation", "organization", "league", "club",
                "hospital", "clinic", "museum", "library", "council", "programme", "program", "project", "laboratory",
                "endowment", "consortium", "syndicate", "confederation", "chamber",
            ]
        ),
        (
            3,
            [
                "group", "corporation", "corp", "inc", "ltd", "llc", "plc", "ag", "sa", "co", "company", "holdings",
                "technologies", "technology", "labs", "industries", "airlines", "airways", "motors", "systems",
                "capital", "partners", "securities", "energy", "pharmaceuticals", "therapeutics", "ventures", "media",
                "studios", "entertainment", "brands", "solutions", "analytics", "robotics", "logistics", "telecom",
                "communications", "bancorp", "investments", "insurance", "airline", "foods", "petroleum", "mining",
            ]
        ),
        (
            4,
            [
                "party", "forces", "army", "navy", "front", "movement", "brigade", "brigades", "militia", "guard",
                "command", "corps", "battalion", "regiment", "rebels", "caucus",
            ]
        ),
        (
            5,
            [
                "summit", "conference", "games", "cup", "championship", "championships", "olympics", "festival", "expo",
                "convention", "marathon", "awards", "talks", "symposium", "congress", "week", "olympiad", "fair",
            ]
        ),
    ]

    /// Words that join the parts of one name: "Council on Foreign Relations", "Bank of England".
    static let connectors = NameJoiningWords.words

    /// `WordForm.lexKey` of each head word to its class (the first class listing it).
    private static let headTable: HashSlots = {
        var t = HashSlots(capacity: 256)
        for (cls, words) in heads.reversed() { for w in words { t.insert(WordForm.lexKey(w), UInt32(cls)) } }
        return t
    }()

    private static let connectorTable: HashSlots = {
        var t = HashSlots(capacity: 32)
        for w in connectors { t.insert(WordForm.lexKey(w), 1) }
        return t
    }()

    @inline(__always)
    static func headClass(_ w: WordForm) -> UInt8 { UInt8(truncatingIfNeeded: headTable.find(w.lexKey) ?? 0) }

    @inline(__always)
    static func isConnector(_ w: WordForm) -> Bool { w.caseClass == .lower && connectorTable.find(w.lexKey) != nil }

    /// Per token, 0 outside capitalised runs with a head word; else class·8 + where·2 + isHead,
    /// where 1 = the run ends in the head, 2 = it starts with it ("Ministry of ..."), 3 = the
    /// run is the head alone. A sentence-initial "The" is not part of a run.
    static func marks(_ forms: [WordForm], sentences: [Range<Int>]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: forms.count)
        @inline(__always) func capital(_ k: Int) -> Bool { forms[k].hasLetter && forms[k].caseClass != .lower }
        for r in sentences {
            var i = r.lowerBound
            while i < r.upperBound {
                guard capital(i) else { i += 1; continue }
                var end = i + 1
                while end < r.upperBound {
                    if capital(end) { end += 1; continue }
                    // Up to two joining words after a head word, then a capitalised word: "Council of
                    // the European Union", "Bank of England", but not "Ann Lee of the Police Institute".
                    var j = end
                    while j < r.upperBound && j - end < 2 && isConnector(forms[j]) { j += 1 }
                    guard j > end, j < r.upperBound, capital(j), headClass(forms[end - 1]) > 0 else { break }
                    end = j + 1
                }
                var start = i
                if start == r.lowerBound && end - start > 1 && forms[start].lexKey == theKey { start += 1 }
                let last = headClass(forms[end - 1]), first = headClass(forms[start])
                if end - start == 1 {
                    if first > 0 { out[start] = first << 3 | 3 << 1 | 1 }
                } else if last > 0 {
                    for k in start..<end { out[k] = last << 3 | 1 << 1 | (k == end - 1 ? 1 : 0) }
                } else if first > 0 {
                    for k in start..<end { out[k] = first << 3 | 2 << 1 | (k == start ? 1 : 0) }
                }
                i = end
            }
        }
        return out
    }

    private static let theKey = WordForm.lexKey("the")
}

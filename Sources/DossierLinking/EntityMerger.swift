import DossierModel

/// Merges one story's per-article entities into story entities.
///
/// People: a full name joins another when the surnames are spellings of one name, the given
/// names are compatible (same name, an initial, or one missing) and the roles do not conflict.
/// A surname-only or title form ("Mr. Gaddafi") joins the one full-named person with that surname
/// whose role does not conflict; with two candidates it stays apart rather than guess. Other
/// types merge when their whole names match as transliterations.
public enum EntityMerger {
    struct Mention {
        var entity: Entity
        var article: String
        var words: [String]
        var weight: Int
    }

    /// The recogniser often calls one place an organisation in one article and a location in
    /// the next ("Kessvik General Hospital"): the same words across these two types are one entity.
    static let placeTypes: [EntityType] = [.organization, .location]

    final class Group {
        /// The type it was first seen as, which files it for lookup; `type` is the majority.
        let kind: EntityType
        var typeWeights: [EntityType: Int] = [:]
        var type: EntityType {
            typeWeights.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }!.key
        }
        /// The first mention's words: mentions come fullest first, so no later one is longer,
        /// and the group stays filed under the key these words give.
        let words: [String]
        var names: [String: Int] = [:]
        var aliases: [String] = []
        private var aliasSet: Set<String> = []
        var descriptions: [String: Int] = [:]
        var articles: [String] = []
        private(set) var articleSet: Set<String> = []
        var weight = 0
        /// The role kinds of `descriptions`, kept up to date as descriptions arrive (compared
        /// against every candidate mention, so not worked out again each time).
        private(set) var roles: Set<String> = []

        init(_ m: Mention) {
            kind = m.entity.type
            words = m.words
            add(m)
        }

        func add(_ m: Mention) {
            names[m.entity.name, default: 0] += m.weight
            for a in [m.entity.name] + m.entity.aliases where aliasSet.insert(a).inserted { aliases.append(a) }
            if let d = m.entity.description {
                if descriptions[d] == nil { roles.formUnion(RoleLexicon.groups(d)) }
                descriptions[d, default: 0] += 1
            }
            if articleSet.insert(m.article).inserted { articles.append(m.article) }
            weight += m.weight
            typeWeights[m.entity.type, default: 0] += m.weight
        }
    }

    /// Where a group is filed for lookup: its kind and the sound keys (`NameSimilarity.soundKey`)
    /// of the words `compatible` compares — the surname for people, every word otherwise (with
    /// their count). A mention is compared only with the groups filed under its own key, which
    /// holds every group it could be compatible with, in the order they were made.
    struct BlockKey: Hashable {
        var kind: EntityType
        var sounds: [UInt8]

        init(_ kind: EntityType, _ words: [String]) {
            self.kind = kind
            if kind == .person {
                sounds = words.last.map { [NameSimilarity.soundKey($0)] } ?? []
            } else {
                sounds = words.map(NameSimilarity.soundKey)
            }
        }
    }

    public static func merge(_ articles: [Article]) -> [StoryEntity] {
        var mentions: [Mention] = []
        var names = SpeakerNames()
        for a in articles {
            for e in a.annotations.entities {
                let w = names.words(e.name)
                guard !w.isEmpty else { continue }
                mentions.append(Mention(entity: e, article: a.id, words: w, weight: max(1, e.mentions.count)))
            }
        }
        // Fuller names first, so that short forms find the full name they belong to.
        mentions.sort { ($0.words.count, $0.weight) > ($1.words.count, $1.weight) }
        var groups: [Group] = []
        // Groups by block, and organisations and locations by their exact words (the other
        // place type's groups a mention joins): every pair `compatible` could accept falls within
        // one block, so the result equals comparing each mention with every group of its type.
        var blocks: [BlockKey: [Group]] = [:]
        var placesByWords: [EntityType: [[String]: [Group]]] = [:]
        var memo = SameWordMemo()
        for m in mentions {
            let key = BlockKey(m.entity.type, m.words)
            var fits = (blocks[key] ?? []).filter { compatible($0, m, &memo) }
            if placeTypes.contains(m.entity.type), let other = placeTypes.first(where: { $0 != m.entity.type }) {
                fits += placesByWords[other]?[m.words] ?? []
            }
            if fits.count == 1 || (fits.count > 1 && m.entity.type != .person) {
                fits[0].add(m)
            } else if fits.count > 1, let g = disambiguate(fits, m, articles: articles) {
                g.add(m)
            } else {
                let g = Group(m)
                groups.append(g)
                blocks[key, default: []].append(g)
                if placeTypes.contains(g.kind) { placesByWords[g.kind, default: [:]][g.words, default: []].append(g) }
            }
        }
        let position = Dictionary(
            articles.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for g in groups { g.articles.sort { position[$0, default: 0] < position[$1, default: 0] } }
        return groups.sorted { ($0.articles.count, $0.weight) > ($1.articles.count, $1.weight) }.map { g in
            let name = g.names.max { ($0.value, $0.key.count, $1.key) < ($1.value, $1.key.count, $0.key) }!.key
            let description = g.descriptions.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            var aliases = [name]
            for a in g.aliases where a != name { aliases.append(a) }
            return StoryEntity(
                name: name, type: g.type, aliases: aliases, description: description, articles: g.articles)
        }
    }

    static func compatible(_ g: Group, _ m: Mention, _ memo: inout SameWordMemo) -> Bool {
        guard g.kind == m.entity.type else { return false }
        if g.kind != .person {
            return g.words.count == m.words.count && zip(g.words, m.words).allSatisfy { memo.same($0, $1) }
        }
        guard let s1 = g.words.last, let s2 = m.words.last, memo.same(s1, s2) else { return false }
        if let d = m.entity.description, !g.roles.isEmpty, RoleLexicon.conflict(Set(RoleLexicon.groups(d)), g.roles) {
            return false
        }
        return memo.givenNamesCompatible(Array(g.words.dropLast()), Array(m.words.dropLast()))
    }

    /// A surname-only form that fits several people: the one named in full in the same article wins.
    static func disambiguate(_ fits: [Group], _ m: Mention, articles: [Article]) -> Group? {
        guard m.words.count == 1 else { return nil }
        let here = fits.filter { $0.articleSet.contains(m.article) && $0.words.count > 1 }
        return here.count == 1 ? here[0] : nil
    }
}

/// Role words grouped by kind: two descriptions conflict when they name roles of different
/// kinds ("his wife" against "the senator"), which is the usual case of two people sharing a surname.
enum RoleLexicon {
    static let table: [String: String] = {
        var t: [String: String] = [:]
        let groups: [String: [String]] = [
            "politics": [
                "president", "minister", "senator", "leader", "governor", "mayor", "premier", "chancellor",
                "king", "queen", "dictator", "ruler", "lawmaker", "congressman", "congresswoman", "politician",
                "candidate", "ambassador", "diplomat", "spokesman", "spokeswoman", "secretary", "official",
            ],
            "sport": [
                "player", "coach", "striker", "midfielder", "defender", "goalkeeper", "quarterback", "pitcher",
                "manager", "champion", "athlete", "captain",
            ],
            "arts": [
                "actor", "actress", "singer", "star", "director", "musician", "rapper", "author", "writer", "artist",
            ],
            "law": ["judge", "lawyer", "attorney", "prosecutor"],
            "business": ["ceo", "chairman", "chairwoman", "executive", "founder", "investor", "banker", "economist"],
            "security": ["officer", "sheriff", "detective", "soldier", "commander", "general"],
            "wife": ["wife", "widow"], "husband": ["husband", "widower"], "son": ["son"], "daughter": ["daughter"],
            "brother": ["brother"], "sister": ["sister"], "father": ["father", "dad"], "mother": ["mother", "mom"],
        ]
        for (g, words) in groups { for w in words { t[w] = g } }
        return t
    }()

    static func groups(_ description: String) -> [String] {
        description.lowercased().split(whereSeparator: { !$0.isLetter }).compactMap { table[String($0)] }
    }

    static func conflict(_ a: Set<String>, _ b: Set<String>) -> Bool {
        !a.isEmpty && !b.isEmpty && a.isDisjoint(with: b)
    }
}

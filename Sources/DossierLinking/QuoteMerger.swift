import DossierModel

/// One quote reported by several outlets becomes one `StoryQuote` with many sources. Two
/// quotes are the same when their words match, or the shorter sits inside the longer (a partial
/// quote of the same statement), and their named speakers do not differ (a speaker the text only
/// describes, "a senior official", is compared with nobody). Quotes meet through an index of their
/// word trigrams, so a story with many quotes is not compared pairwise.
enum QuoteMerger {
    struct Draft {
        var quote: Quote
        var grams: Set<UInt64>
        var speakers: [String: Int] = [:]
        var support = SupportList()
    }

    static func quotes(
        _ sources: StorySources, overlap: Double = LinkingConfiguration().quoteMergeOverlap,
        minWords: Int = LinkingConfiguration().quoteMergeMinWords
    ) -> [StoryQuote] {
        var drafts: [Draft] = []
        var byGram: [UInt64: [Int]] = [:]
        var names = SpeakerNames()
        for item in sources.entries {
            for q in item.article.annotations.quotes {
                var words: [UInt64] = []
                WordScanner.scan(q.text) { words.append($0.surface) }
                // Trigrams need three words whatever the setting.
                guard words.count >= max(3, minWords) else { continue }
                let grams = trigrams(words)
                let cite = Citation(article: item.article.id, span: q.span)
                var shared: [Int: Int] = [:]
                for g in grams { for k in byGram[g] ?? [] { shared[k, default: 0] += 1 } }
                let match = shared.filter { k, n in
                    let shorter = min(drafts[k].grams.count, grams.count)
                    return Double(n) >= overlap * Double(shorter) && (shorter >= 2 || drafts[k].grams == grams)
                        && speakersAgree(drafts[k], q.namedSpeaker, &names)
                }.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
                if let k = match {
                    drafts[k].support.add(cite, root: item.root)
                    if let s = q.namedSpeaker { drafts[k].speakers[s, default: 0] += 1 }
                    if drafts[k].quote.speakerDescription == nil {
                        drafts[k].quote.speakerDescription = q.speakerDescription
                    }
                    if drafts[k].quote.speaker == nil { drafts[k].quote.speaker = q.speaker }
                    // A direct quote outranks a paraphrase of it.
                    if q.kind == .direct && drafts[k].quote.kind != .direct {
                        drafts[k].quote.kind = .direct; drafts[k].quote.text = q.text
                    }
                } else {
                    var d = Draft(quote: q, grams: grams)
                    if let s = q.namedSpeaker { d.speakers[s] = 1 }
                    d.support.add(cite, root: item.root)
                    for g in grams { byGram[g, default: []].append(drafts.count) }
                    drafts.append(d)
                }
            }
        }
        return drafts.map { d in
            // The name most reports give; with none, the description the first report stands as speaker.
            let name = d.speakers.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            return StoryQuote(
                text: d.quote.text, kind: d.quote.kind, speaker: name ?? d.quote.speaker, speakerNamed: name != nil,
                speakerDescription: d.quote.speakerDescription,
                sources: d.support.sources, reprints: d.support.reprints)
        }.enumerated().sorted { ($0.element.sources.count, -$0.offset) > ($1.element.sources.count, -$1.offset) }.map(
            \.element)
    }

    /// Word trigrams: robust to a dropped word or changed punctuation.
    static func trigrams(_ w: [UInt64]) -> Set<UInt64> {
        Set(
            (0...(w.count - 3)).map { WordScanner.mix(w[$0] ^ WordScanner.mix(w[$0 + 1] ^ WordScanner.mix(w[$0 + 2]))) }
        )
    }

    static func speakersAgree(_ d: Draft, _ speaker: String?, _ names: inout SpeakerNames) -> Bool {
        guard let s = speaker, !d.speakers.isEmpty else { return true }
        return d.speakers.keys.contains { names.match($0, s) }
    }
}

/// Speaker names compared as people: same surname spelling, compatible given names. Caches the
/// normalised words, which are costly to compute.
struct SpeakerNames {
    private var cache: [String: [String]] = [:]

    mutating func words(_ s: String) -> [String] {
        if let w = cache[s] { return w }
        let w = NameSimilarity.words(s)
        cache[s] = w
        return w
    }

    mutating func match(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let x = words(a), y = words(b)
        guard let sx = x.last, let sy = y.last else { return false }
        return NameSimilarity.sameWord(sx, sy)
            && NameSimilarity.givenNamesCompatible(Array(x.dropLast()), Array(y.dropLast()))
    }
}

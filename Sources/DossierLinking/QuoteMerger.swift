import DossierModel

/// One quote reported by several outlets becomes one `StoryQuote` with many sources. Two
/// quotes are the same when their words match, or the shorter sits inside the longer (a partial
/// quote of the same statement), and their speakers do not differ.
enum QuoteMerger {
    struct Draft {
        var quote: Quote
        var words: [UInt64]
        var speakers: [String: Int] = [:]
        var support = SupportList()
    }

    static func quotes(_ sources: StorySources) -> [StoryQuote] {
        var drafts: [Draft] = []
        for item in sources.items {
            for q in item.article.annotations.quotes {
                var words: [UInt64] = []
                WordScanner.scan(q.text) { words.append($0.surface) }
                guard words.count >= 3 else { continue }
                let cite = Citation(article: item.article.id, span: q.span)
                if let k = drafts.firstIndex(where: { same($0, words, q.speaker) }) {
                    drafts[k].support.add(cite, root: item.root)
                    if let s = q.speaker { drafts[k].speakers[s, default: 0] += 1 }
                    if drafts[k].quote.speakerDescription == nil { drafts[k].quote.speakerDescription = q.speakerDescription }
                    // A direct quote outranks a paraphrase of it.
                    if q.kind == .direct && drafts[k].quote.kind != .direct { drafts[k].quote.kind = .direct; drafts[k].quote.text = q.text }
                } else {
                    var d = Draft(quote: q, words: words)
                    if let s = q.speaker { d.speakers[s] = 1 }
                    d.support.add(cite, root: item.root)
                    drafts.append(d)
                }
            }
        }
        return drafts.map { d in
            let speaker = d.speakers.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
            return StoryQuote(text: d.quote.text, kind: d.quote.kind, speaker: speaker, speakerDescription: d.quote.speakerDescription,
                              sources: d.support.sources, reprints: d.support.reprints)
        }.enumerated().sorted { ($0.element.sources.count, -$0.offset) > ($1.element.sources.count, -$1.offset) }.map(\.element)
    }

    static func same(_ d: Draft, _ words: [UInt64], _ speaker: String?) -> Bool {
        if let s = speaker, !d.speakers.isEmpty, !d.speakers.keys.contains(where: { speakersMatch($0, s) }) { return false }
        let (short, long) = d.words.count <= words.count ? (d.words, words) : (words, d.words)
        if short == long { return true }
        guard short.count >= 4 else { return false }
        // Shared word trigrams: robust to a dropped word or changed punctuation.
        func grams(_ w: [UInt64]) -> Set<UInt64> {
            guard w.count >= 3 else { return Set(w) }
            return Set((0...(w.count - 3)).map { WordScanner.mix(w[$0] ^ WordScanner.mix(w[$0 + 1] ^ WordScanner.mix(w[$0 + 2]))) })
        }
        let a = grams(short), b = grams(long)
        return Double(a.intersection(b).count) >= 0.8 * Double(a.count)
    }

    static func speakersMatch(_ a: String, _ b: String) -> Bool {
        let x = NameSimilarity.words(a), y = NameSimilarity.words(b)
        guard let sx = x.last, let sy = y.last else { return false }
        return NameSimilarity.sameWord(sx, sy) && NameSimilarity.givenNamesCompatible(Array(x.dropLast()), Array(y.dropLast()))
    }
}

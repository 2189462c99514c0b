import DossierModel

/// The extractive summary: sentences of independent sources chosen by centrality (cosine to the
/// story's centroid, TF-IDF weighted) and diversity (maximal marginal relevance), in story order.
/// No generated prose: each line is a source's sentence, cited with every independent source
/// that carries a similar sentence.
enum BriefSummary {
    struct Candidate {
        var article: String
        var span: Span
        var text: String
        var vector: [Int: Double]
        var order: Int
    }

    static func lines(
        _ articles: [Article], copyOf: [String: String], configuration c: BriefConfiguration
    )
        -> [Brief.Line]
    {
        let independent = articles.filter { copyOf[$0.id] == nil }
        var raw: [(article: String, span: Span, text: String, words: [String], order: Int)] = []
        for a in independent {
            let scalars = ScalarText(a.text)
            for s in a.annotations.sentences.prefix(c.sentencesPerArticle) {
                guard s.start >= 0, s.end <= scalars.count, s.start < s.end else { continue }
                let text = scalars[s]
                let words = WordBag.words(text)
                guard words.count >= c.minWords, words.count <= c.maxWords else { continue }
                raw.append((a.id, s, text, words, raw.count))
            }
        }
        guard !raw.isEmpty else { return [] }
        let vectors = WordBag.tfidf(raw.map(\.words))
        let candidates = raw.indices.map {
            Candidate(
                article: raw[$0].article, span: raw[$0].span, text: raw[$0].text, vector: vectors[$0],
                order: raw[$0].order)
        }
        var centroid: [Int: Double] = [:]
        for v in vectors { for (k, x) in v { centroid[k, default: 0] += x } }
        let centrality = candidates.map { WordBag.cosine($0.vector, centroid) }

        var chosen: [Int] = []
        var seenText = Set<String>()
        while chosen.count < c.summarySentences {
            var best: (index: Int, score: Double)?
            for i in candidates.indices where !chosen.contains(i) && !seenText.contains(candidates[i].text) {
                let redundancy = chosen.map { WordBag.cosine(candidates[i].vector, candidates[$0].vector) }.max() ?? 0
                let score = c.mmrLambda * centrality[i] - (1 - c.mmrLambda) * redundancy
                if best == nil || score > best!.score { best = (i, score) }
            }
            guard let b = best else { break }
            chosen.append(b.index)
            seenText.insert(candidates[b.index].text)
        }
        return chosen.sorted { candidates[$0].order < candidates[$1].order }.map { i in
            let me = candidates[i]
            var cites = [Citation(article: me.article, span: me.span)]
            var sources: Set<String> = [me.article]
            for (j, other) in candidates.enumerated() where j != i && !sources.contains(other.article) {
                if WordBag.cosine(me.vector, other.vector) >= c.supportSimilarity {
                    cites.append(Citation(article: other.article, span: other.span))
                    sources.insert(other.article)
                }
            }
            return Brief.Line(text: me.text, citations: cites)
        }
    }
}

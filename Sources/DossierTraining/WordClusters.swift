import DossierLanguage
import DossierModel
import Foundation

/// Learns the tagger's lexicon from unlabelled news text: a two-level clustering of words by
/// the words around them, and how often each word is capitalised mid-sentence.
///
/// Clusters let the tagger generalise from "Reuters" to a news agency it never saw labelled;
/// the capitalisation habit tells "Apple" from "apple" where case says nothing (headlines,
/// sentence starts). Method: PPMI-weighted left and right neighbour counts over the most
/// frequent words, randomly projected to `dimensions`, then spherical k-means: `coarse`
/// clusters, each split into `finePerCoarse`.
public struct WordClusters {
    public var minCount = 5
    public var maxVocabulary = 60_000
    public var contextWords = 600
    public var dimensions = 96
    public var coarse = 64
    public var finePerCoarse = 16
    public var iterations = 12

    public init() {}

    /// Lexicon entries keyed by `WordForm.lexKey`, ready for `EntityTrainer.lexicon`.
    public func build(_ texts: [String], log: (String) -> Void) -> [(key: UInt64, value: UInt32)] {
        // Lowercase word ids per text, with -1 for punctuation and numbers, and case facts.
        var ids: [String: Int32] = [:]
        var words: [String] = []
        var counts: [Int] = []
        var capitalised: [Int32] = [], midSentence: [Int32] = []
        var corpus: [Int32] = []
        for t in texts {
            let st = ScalarText(t)
            let tokens = Tokenizer.tokenize(st)
            var prevLowerWord = false
            for tok in tokens {
                let first = st[tok.start]
                guard first.properties.isAlphabetic else {
                    corpus.append(-1)
                    prevLowerWord = false
                    continue
                }
                let w = st[tok].lowercased()
                let id: Int32
                if let x = ids[w] {
                    id = x
                } else {
                    id = Int32(words.count)
                    ids[w] = id
                    words.append(w)
                    counts.append(0)
                    capitalised.append(0)
                    midSentence.append(0)
                }
                counts[Int(id)] += 1
                // Case is informative only after a lowercase word, i.e. mid-sentence in mixed-case text.
                if prevLowerWord {
                    midSentence[Int(id)] += 1
                    if first.properties.isUppercase { capitalised[Int(id)] += 1 }
                }
                prevLowerWord = first.properties.isLowercase
                corpus.append(id)
            }
            corpus.append(-1)
        }
        let byFreq = words.indices.filter { counts[$0] >= minCount }.sorted {
            counts[$0] != counts[$1] ? counts[$0] > counts[$1] : words[$0] < words[$1]
        }
        let vocab = Array(byFreq.prefix(maxVocabulary))
        log("corpus \(corpus.count) tokens, \(words.count) word types, clustering \(vocab.count)")
        var row = [Int32](repeating: -1, count: words.count)
        for (r, w) in vocab.enumerated() { row[w] = Int32(r) }
        var ctx = [Int32](repeating: -1, count: words.count)
        for (c, w) in vocab.prefix(contextWords).enumerated() { ctx[w] = Int32(c) }
        let C = min(contextWords, vocab.count)

        // Neighbour counts: (row, side * C + context) -> count.
        var pair: [Int64: Float] = [:]
        var ctxTotal = [Float](repeating: 0, count: 2 * C)
        var rowTotal = [Float](repeating: 0, count: vocab.count)
        for k in corpus.indices {
            let w = corpus[k]
            guard w >= 0, row[Int(w)] >= 0 else { continue }
            let r = Int64(row[Int(w)])
            for (side, j) in [(0, k - 1), (1, k + 1)] {
                let c: Int
                if j < 0 || j >= corpus.count || corpus[j] < 0 { continue } else { c = Int(ctx[Int(corpus[j])]) }
                guard c >= 0 else { continue }
                let key = r * Int64(2 * C) + Int64(side * C + c)
                pair[key, default: 0] += 1
                ctxTotal[side * C + c] += 1
                rowTotal[Int(r)] += 1
            }
        }
        let total = rowTotal.reduce(0, +)
        let D = dimensions
        var rng = SplitMix(seed: 1987)
        var projection = [Float](repeating: 0, count: 2 * C * D)
        for k in projection.indices { projection[k] = (rng.next() & 1) == 0 ? -1 : 1 }
        var vectors = [Float](repeating: 0, count: vocab.count * D)
        for (key, n) in pair {
            let r = Int(key / Int64(2 * C)), c = Int(key % Int64(2 * C))
            let pmi = logf(n * total / (rowTotal[r] * ctxTotal[c]))
            guard pmi > 0 else { continue }
            for d in 0..<D { vectors[r * D + d] += pmi * projection[c * D + d] }
        }
        WordClusters.normalise(&vectors, D)
        log("vectors built; clustering")

        let top = WordClusters.kmeans(
            vectors, rows: Array(0..<vocab.count), D: D, k: coarse, iterations: iterations, rng: &rng)
        var fine = [Int](repeating: 0, count: vocab.count)
        for c in 0..<coarse {
            let members = (0..<vocab.count).filter { top[$0] == c }
            guard !members.isEmpty else { continue }
            let sub = WordClusters.kmeans(
                vectors, rows: members, D: D, k: min(finePerCoarse, members.count), iterations: iterations, rng: &rng)
            for (k, m) in members.enumerated() { fine[m] = c * finePerCoarse + sub[k] }
        }

        var out: [(key: UInt64, value: UInt32)] = []
        for (r, w) in vocab.enumerated() {
            var bucket: Int? = nil
            let n = Int(midSentence[w])
            if n >= 3 {
                let ratio = Double(capitalised[w]) / Double(n)
                bucket = ratio < 0.05 ? 0 : ratio < 0.3 ? 1 : ratio < 0.7 ? 2 : ratio < 0.95 ? 3 : 4
            }
            out.append((WordForm.lexKey(words[w]), Lexicon.pack(fine: fine[r], coarse: top[r], capBucket: bucket)))
        }
        return out
    }

    private static func normalise(_ v: inout [Float], _ D: Int) {
        let n = v.count / D
        for r in 0..<n {
            var s: Float = 0
            for d in 0..<D { s += v[r * D + d] * v[r * D + d] }
            let inv = s > 0 ? 1 / s.squareRoot() : 0
            for d in 0..<D { v[r * D + d] *= inv }
        }
    }

    /// Spherical k-means over the given rows of `vectors`; returns each row's cluster.
    private static func kmeans(
        _ vectors: [Float], rows: [Int], D: Int, k: Int, iterations: Int,
        rng: inout SplitMix
    ) -> [Int] {
        guard k > 1 else { return [Int](repeating: 0, count: rows.count) }
        // Rows come by frequency, so seeding from a spread of them covers frequent and rare words.
        var centres = [Float](repeating: 0, count: k * D)
        for c in 0..<k {
            let r = rows[(c * rows.count) / k + Int(rng.next() % UInt64(max(1, rows.count / k)))]
            for d in 0..<D { centres[c * D + d] = vectors[r * D + d] }
        }
        var assign = [Int](repeating: 0, count: rows.count)
        for _ in 0..<iterations {
            vectors.withUnsafeBufferPointer { v in
                centres.withUnsafeBufferPointer { cp in
                    for (i, r) in rows.enumerated() {
                        var best: Float = -.infinity, arg = 0
                        let x = v.baseAddress! + r * D
                        for c in 0..<k {
                            let y = cp.baseAddress! + c * D
                            var s: Float = 0
                            for d in 0..<D { s += x[d] * y[d] }
                            if s > best { best = s; arg = c }
                        }
                        assign[i] = arg
                    }
                }
            }
            centres = [Float](repeating: 0, count: k * D)
            for (i, r) in rows.enumerated() {
                let c = assign[i]
                for d in 0..<D { centres[c * D + d] += vectors[r * D + d] }
            }
            normalise(&centres, D)
        }
        return assign
    }
}

import DossierModel

/// A document with gold names, in the form the trainer reads: tokens as scalar spans of
/// `text`, sentences and names as ranges of token indices.
public struct EntityTrainingDocument: Sendable {
    public var text: ScalarText
    public var tokens: [Span]
    public var sentences: [Range<Int>]
    public var names: [(tokens: Range<Int>, type: EntityType)]

    public init(text: String, tokens: [Span], sentences: [Range<Int>], names: [(tokens: Range<Int>, type: EntityType)]) {
        self.text = ScalarText(text)
        self.tokens = tokens
        self.sentences = sentences
        self.names = names
    }
}

/// Trains the tagger as an averaged structured perceptron (Collins 2002) with constrained
/// Viterbi decoding, keeping the averaged weights of the epoch that scores best on the
/// validation documents.
public struct EntityTrainer {
    public var epochs: Int
    /// Features whose largest averaged weight is below this are dropped from the shipped file.
    public var pruneBelow: Float
    /// Word clusters and capitalisation buckets (see `WordClusters`), keyed by `WordForm.lexKey`.
    public var lexicon: [(key: UInt64, value: UInt32)]

    public init(epochs: Int = 15, pruneBelow: Float = 0.05, lexicon: [(key: UInt64, value: UInt32)] = []) {
        self.epochs = epochs
        self.pruneBelow = pruneBelow
        self.lexicon = lexicon
    }

    /// One document's features as weight-row ids (-1 = unseen in training), `perToken` per token.
    private struct Prepared {
        var ids: [Int32]
        var sentences: [Range<Int>]
        var gold: [Int]
    }

    public struct Score: Sendable, CustomStringConvertible {
        public var gold = 0, predicted = 0, correct = 0
        public var f1: Double {
            let p = predicted > 0 ? Double(correct) / Double(predicted) : 0
            let r = gold > 0 ? Double(correct) / Double(gold) : 0
            return p + r > 0 ? 2 * p * r / (p + r) : 0
        }
        public var description: String {
            "gold \(gold) predicted \(predicted) correct \(correct) F1 \((f1 * 1000).rounded() / 1000)"
        }
    }

    /// Returns the encoded model file.
    public func train(_ train: [EntityTrainingDocument], validate: [EntityTrainingDocument],
                      log: (String) -> Void) -> [UInt8] {
        let T = EntityTags.count
        let F = EntityFeatures.perToken
        var lexSlots = HashSlots(capacity: max(1, lexicon.count))
        for e in lexicon { lexSlots.insert(e.key, e.value) }
        let lex = Lexicon(slots: lexSlots)

        var index: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
        func prepare(_ d: EntityTrainingDocument, grow: Bool) -> Prepared {
            let doc = EntityFeatures(text: d.text, tokens: d.tokens, sentences: d.sentences, lexicon: lex)
            var ids = [Int32](repeating: -1, count: d.tokens.count * F)
            var hashes = [UInt64](repeating: 0, count: F)
            for s in d.sentences {
                for i in s {
                    hashes.withUnsafeMutableBufferPointer { doc.extract(i, into: $0.baseAddress!) }
                    for (k, h) in hashes.enumerated() {
                        if let id = index[h] { ids[i * F + k] = id } else if grow {
                            let id = Int32(keys.count)
                            index[h] = id
                            keys.append(h)
                            ids[i * F + k] = id
                        }
                    }
                }
            }
            let gold = EntityTags.tags(length: d.tokens.count, spans: d.names.map { ($0.tokens, EntityTags.types.firstIndex(of: $0.type)!) })
            return Prepared(ids: ids, sentences: d.sentences, gold: gold)
        }
        let trainSet = train.map { prepare($0, grow: true) }
        let validSet = validate.map { prepare($0, grow: false) }
        let nf = keys.count
        log("features: \(nf), training tokens: \(trainSet.reduce(0) { $0 + $1.gold.count })")

        var w = [Float](repeating: 0, count: nf * T)
        var u = [Float](repeating: 0, count: nf * T)
        var tw = [Float](repeating: 0, count: (T + 1) * T)
        var tu = tw
        var c: Float = 1
        var back: [UInt8] = []

        func decode(_ p: Prepared, _ s: Range<Int>, _ w: [Float], _ tw: [Float]) -> [Int] {
            var em = [Float](repeating: 0, count: s.count * T)
            w.withUnsafeBufferPointer { wp in
                for (k, i) in s.enumerated() {
                    for j in 0..<F {
                        let id = Int(p.ids[i * F + j])
                        if id < 0 { continue }
                        for t in 0..<T { em[k * T + t] += wp[id * T + t] }
                    }
                }
            }
            return em.withUnsafeBufferPointer { e in
                tw.withUnsafeBufferPointer { Viterbi.decode(emissions: e.baseAddress!, count: s.count, transitions: $0.baseAddress!, back: &back) }
            }
        }

        func evaluate(_ w: [Float], _ tw: [Float]) -> Score {
            var score = Score()
            for p in validSet {
                for s in p.sentences where !s.isEmpty {
                    let pred = Set(EntityTags.spans(decode(p, s, w, tw)).map { "\($0.0.lowerBound) \($0.0.upperBound) \($0.1)" })
                    let gold = Set(EntityTags.spans(Array(p.gold[s])).map { "\($0.0.lowerBound) \($0.0.upperBound) \($0.1)" })
                    score.gold += gold.count
                    score.predicted += pred.count
                    score.correct += pred.intersection(gold).count
                }
            }
            return score
        }

        var order: [(Int, Range<Int>)] = []
        for (d, p) in trainSet.enumerated() { for s in p.sentences where !s.isEmpty { order.append((d, s)) } }
        var rng = SplitMix(seed: 2003)
        var best: (score: Double, w: [Float], tw: [Float]) = (-1, [], [])
        for epoch in 1...epochs {
            order.shuffle(using: &rng)
            var errors = 0
            for (d, s) in order {
                let p = trainSet[d]
                let pred = decode(p, s, w, tw)
                let gold = Array(p.gold[s])
                if pred == gold { c += 1; continue }
                for (k, i) in s.enumerated() {
                    let g = gold[k], q = pred[k]
                    let gp = k == 0 ? EntityTags.start : gold[k - 1]
                    let qp = k == 0 ? EntityTags.start : pred[k - 1]
                    if g != q || gp != qp {
                        tw[gp * T + g] += 1; tu[gp * T + g] += c
                        tw[qp * T + q] -= 1; tu[qp * T + q] -= c
                    }
                    if g == q { continue }
                    errors += 1
                    for j in 0..<F {
                        let id = Int(p.ids[i * F + j])
                        w[id * T + g] += 1; u[id * T + g] += c
                        w[id * T + q] -= 1; u[id * T + q] -= c
                    }
                }
                c += 1
            }
            let avg = zip(w, u).map { $0 - $1 / c }
            let avgT = zip(tw, tu).map { $0 - $1 / c }
            let score = evaluate(avg, avgT)
            log("epoch \(epoch): token errors \(errors); validation \(score)")
            if score.f1 > best.score { best = (score.f1, avg, avgT) }
        }

        var kept: [(key: UInt64, weights: [Float])] = []
        for r in 0..<nf {
            let row = Array(best.w[r * T..<(r + 1) * T])
            if row.contains(where: { abs($0) >= pruneBelow }) { kept.append((keys[r], row)) }
        }
        log("kept \(kept.count) of \(nf) features; best validation F1 \(best.score)")
        return EntityModelFile.encode(features: kept, transitions: best.tw, lexicon: lexicon)
    }
}

/// A small seeded generator so that training runs repeat exactly.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

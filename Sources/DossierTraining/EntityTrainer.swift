import DossierLanguage
import DossierModel

/// A document with gold names, in the form the trainer reads: tokens as scalar spans of
/// `text`, sentences and names as ranges of token indices.
public struct EntityTrainingDocument: Sendable {
    public var text: ScalarText
    public var tokens: [Span]
    public var sentences: [Range<Int>]
    public var names: [(tokens: Range<Int>, type: EntityType)]

    public init(text: String, tokens: [Span], sentences: [Range<Int>], names: [(tokens: Range<Int>, type: EntityType)])
    {
        self.text = ScalarText(text)
        self.tokens = tokens
        self.sentences = sentences
        self.names = names
    }
}

/// Trains the tagger as an averaged structured perceptron (Collins 2002) with constrained
/// Viterbi decoding, keeping the averaged weights of the epoch that scores best on the
/// validation documents.
///
/// Two stages: the first tags sentences alone; the second adds what the first made of the
/// same words elsewhere in the document. So that the second stage learns from first-stage
/// output as error-prone as it will be on new text, its training documents are tagged by
/// first-stage models that did not see them (`folds`-fold jackknifing).
public struct EntityTrainer {
    public var epochs: Int
    /// Features whose largest averaged weight is below this are dropped from the shipped file.
    public var pruneBelow: Float
    /// Word clusters and capitalisation buckets (see `WordClusters`), keyed by `WordForm.lexKey`.
    public var lexicon: [(key: UInt64, value: UInt32)]
    /// Jackknife folds for the second stage; 0 trains the first stage only.
    public var folds: Int

    public init(
        epochs: Int = 15, pruneBelow: Float = 0.05, lexicon: [(key: UInt64, value: UInt32)] = [], folds: Int = 4
    ) {
        self.epochs = epochs
        self.pruneBelow = pruneBelow
        self.lexicon = lexicon
        self.folds = folds
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

    /// Feature hashes to dense row ids, grown from training documents only.
    private final class FeatureIndex {
        var ids: [UInt64: Int32] = [:]
        var keys: [UInt64] = []
    }

    /// One document's features as row ids (-1 = unseen in training), `F` per token.
    private struct Prepared {
        var ids: [Int32]
        var F: Int
        var sentences: [Range<Int>]
        var gold: [Int]
    }

    private struct Weights {
        var w: [Float]
        var tw: [Float]
    }

    /// Returns the encoded model file.
    public func train(
        _ train: [EntityTrainingDocument], validate: [EntityTrainingDocument],
        log: (String) -> Void
    ) -> [UInt8] {
        var lexSlots = HashSlots(capacity: max(1, lexicon.count))
        for e in lexicon { lexSlots.insert(e.key, e.value) }
        // Names from training: the shipped list has them all; each training document sees only
        // those of other folds, so that the weights learn how far a listed name is to be trusted
        // on text whose names were never seen.
        let docNames = train.map(EntityTrainer.names)
        func nameTable(excludingFold fold: Int?) -> (slots: HashSlots, list: [(key: UInt64, value: UInt32)]) {
            var merged: [UInt64: UInt32] = [:]
            for (d, names) in docNames.enumerated() where fold == nil || d % folds != fold {
                for (k, v) in names { merged[k, default: 0] |= v }
            }
            var slots = HashSlots(capacity: max(1, merged.count))
            for (k, v) in merged { slots.insert(k, v) }
            return (slots, merged.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) })
        }
        let allNames = nameTable(excludingFold: nil)
        let foldLexicons =
            folds > 1 ? (0..<folds).map { Lexicon(slots: lexSlots, names: nameTable(excludingFold: $0).slots) } : []
        let fullLexicon = Lexicon(slots: lexSlots, names: folds > 1 ? allNames.slots : HashSlots(capacity: 1))
        let trainDocs = train.enumerated().map { d, doc in
            EntityFeatures(
                text: doc.text, tokens: doc.tokens, sentences: doc.sentences,
                lexicon: folds > 1 ? foldLexicons[d % folds] : fullLexicon)
        }
        let validDocs = validate.map {
            EntityFeatures(text: $0.text, tokens: $0.tokens, sentences: $0.sentences, lexicon: fullLexicon)
        }
        log("names from training: \(allNames.list.count)")

        let first = FeatureIndex()
        let trainSet = zip(train, trainDocs).map { prepare($0.1, $0.0, first, grow: true) }
        let validSet = zip(validate, validDocs).map { prepare($0.1, $0.0, first, grow: false) }
        log("first stage: \(first.keys.count) features, \(trainSet.reduce(0) { $0 + $1.gold.count }) training tokens")
        let stage1 = perceptron(trainSet, validSet, features: first.keys.count, log: { log("  " + $0) })
        var stages = [export(stage1.weights, first.keys)]
        log("first stage: best validation \(stage1.score)")

        if folds > 1 {
            // First-stage tags for every training document from a model that did not see it.
            var jackknifed = [[Int]](repeating: [], count: train.count)
            for fold in 0..<folds {
                let held = Array(stride(from: fold, to: train.count, by: folds))
                let heldSet = Set(held)
                let rest = trainSet.indices.filter { !heldSet.contains($0) }.map { trainSet[$0] }
                let model = perceptron(rest, [], features: first.keys.count, log: { _ in })
                for d in held { jackknifed[d] = tagAll(trainSet[d], model.weights) }
                log("fold \(fold + 1)/\(folds) tagged")
            }
            let second = FeatureIndex()
            var trainSet2: [Prepared] = []
            for d in train.indices {
                var doc = trainDocs[d]
                doc.setFirstStage(jackknifed[d])
                trainSet2.append(prepare(doc, train[d], second, grow: true))
            }
            var validSet2: [Prepared] = []
            for d in validate.indices {
                var doc = validDocs[d]
                doc.setFirstStage(tagAll(validSet[d], stage1.weights))
                validSet2.append(prepare(doc, validate[d], second, grow: false))
            }
            log("second stage: \(second.keys.count) features")
            let stage2 = perceptron(trainSet2, validSet2, features: second.keys.count, log: { log("  " + $0) })
            log("second stage: best validation \(stage2.score)")
            stages.append(export(stage2.weights, second.keys))
        }
        log("kept " + stages.map { "\($0.features.count)" }.joined(separator: " + ") + " features")
        return EntityModelFile.encode(stages: stages, lexicon: lexicon, names: folds > 1 ? allNames.list : [])
    }

    /// A document's names (up to `Lexicon.maxNameWords` words) as name keys with type bits,
    /// and their words as part keys with type-and-position bits.
    private static func names(_ d: EntityTrainingDocument) -> [(UInt64, UInt32)] {
        var scratch: [UInt32] = []
        var out: [(UInt64, UInt32)] = []
        for (r, type) in d.names where r.count <= Lexicon.maxNameWords {
            var key: UInt64 = 0
            for t in r {
                key = Lexicon.nameKey(
                    key, WordForm(d.text.scalars, d.tokens[t].start, d.tokens[t].end, scratch: &scratch).lower)
            }
            let t = EntityTags.types.firstIndex(of: type)!
            out.append((key, 1 << UInt32(t)))
            for (j, tok) in r.enumerated() {
                let pos = r.count == 1 ? 3 : j == 0 ? 0 : j == r.count - 1 ? 2 : 1
                let lower = WordForm(d.text.scalars, d.tokens[tok].start, d.tokens[tok].end, scratch: &scratch).lower
                out.append((Lexicon.partKey(lower), 1 << UInt32(4 * t + pos)))
            }
        }
        return out
    }

    private func prepare(
        _ doc: EntityFeatures, _ d: EntityTrainingDocument, _ index: FeatureIndex, grow: Bool
    ) -> Prepared {
        let F = doc.featureCount
        var ids = [Int32](repeating: -1, count: d.tokens.count * F)
        var hashes = [UInt64](repeating: 0, count: F)
        for s in d.sentences {
            for i in s {
                hashes.withUnsafeMutableBufferPointer { doc.extract(i, into: $0.baseAddress!) }
                for (k, h) in hashes.enumerated() {
                    if let id = index.ids[h] {
                        ids[i * F + k] = id
                    } else if grow {
                        let id = Int32(index.keys.count)
                        index.ids[h] = id
                        index.keys.append(h)
                        ids[i * F + k] = id
                    }
                }
            }
        }
        let gold = EntityTags.tags(
            length: d.tokens.count, spans: d.names.map { ($0.tokens, EntityTags.types.firstIndex(of: $0.type)!) })
        return Prepared(ids: ids, F: F, sentences: d.sentences, gold: gold)
    }

    private func decode(_ p: Prepared, _ s: Range<Int>, _ w: Weights, _ back: inout [UInt8]) -> [Int] {
        let T = EntityTags.count, F = p.F
        var em = [Float](repeating: 0, count: s.count * T)
        w.w.withUnsafeBufferPointer { wp in
            for (k, i) in s.enumerated() {
                for j in 0..<F {
                    let id = Int(p.ids[i * F + j])
                    if id < 0 { continue }
                    for t in 0..<T { em[k * T + t] += wp[id * T + t] }
                }
            }
        }
        return em.withUnsafeBufferPointer { e in
            w.tw.withUnsafeBufferPointer {
                Viterbi.decode(emissions: e.baseAddress!, count: s.count, transitions: $0.baseAddress!, back: &back)
            }
        }
    }

    private func tagAll(_ p: Prepared, _ w: Weights) -> [Int] {
        var tags = [Int](repeating: 0, count: p.gold.count)
        var back: [UInt8] = []
        for s in p.sentences where !s.isEmpty {
            for (k, t) in decode(p, s, w, &back).enumerated() { tags[s.lowerBound + k] = t }
        }
        return tags
    }

    private func evaluate(_ set: [Prepared], _ w: Weights) -> Score {
        var score = Score()
        var back: [UInt8] = []
        for p in set {
            for s in p.sentences where !s.isEmpty {
                let pred = Set(
                    EntityTags.spans(decode(p, s, w, &back)).map { "\($0.0.lowerBound) \($0.0.upperBound) \($0.1)" })
                let gold = Set(
                    EntityTags.spans(Array(p.gold[s])).map { "\($0.0.lowerBound) \($0.0.upperBound) \($0.1)" })
                score.gold += gold.count
                score.predicted += pred.count
                score.correct += pred.intersection(gold).count
            }
        }
        return score
    }

    /// Averaged perceptron; with no validation documents, the weights after the last epoch.
    private func perceptron(
        _ trainSet: [Prepared], _ validSet: [Prepared], features nf: Int,
        log: (String) -> Void
    ) -> (weights: Weights, score: Score) {
        let T = EntityTags.count
        var w = [Float](repeating: 0, count: nf * T)
        var u = [Float](repeating: 0, count: nf * T)
        var tw = [Float](repeating: 0, count: (T + 1) * T)
        var tu = tw
        var c: Float = 1
        var back: [UInt8] = []
        var order: [(Int, Range<Int>)] = []
        for (d, p) in trainSet.enumerated() { for s in p.sentences where !s.isEmpty { order.append((d, s)) } }
        var rng = SplitMix(seed: 2003)
        var best: (weights: Weights, score: Score)? = nil
        for epoch in 1...epochs {
            order.shuffle(using: &rng)
            var errors = 0
            for (d, s) in order {
                let p = trainSet[d]
                let F = p.F
                let pred = decode(p, s, Weights(w: w, tw: tw), &back)
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
            guard !validSet.isEmpty || epoch == epochs else { continue }
            let avg = Weights(w: zip(w, u).map { $0 - $1 / c }, tw: zip(tw, tu).map { $0 - $1 / c })
            let score = validSet.isEmpty ? Score() : evaluate(validSet, avg)
            log("epoch \(epoch): token errors \(errors); validation \(score)")
            if best == nil || score.f1 > best!.score.f1 || validSet.isEmpty { best = (avg, score) }
        }
        return best!
    }

    private func export(_ w: Weights, _ keys: [UInt64]) -> EntityModelFile.Stage {
        let T = EntityTags.count
        var kept: [(key: UInt64, weights: [Float])] = []
        for r in keys.indices {
            let row = Array(w.w[r * T..<(r + 1) * T])
            if row.contains(where: { abs($0) >= pruneBelow }) { kept.append((keys[r], row)) }
        }
        return EntityModelFile.Stage(features: kept, transitions: w.tw)
    }
}

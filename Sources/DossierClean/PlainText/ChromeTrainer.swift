import DossierText
import Foundation

/// Trains `ChromeModel` on whole pages dumped to text and the article bodies they hold.
///
/// A unit's label comes from the gold body: a unit of four words or more is story when at least
/// half of its four-word shingles occur in the body; a shorter one when its words occur there in
/// a row and a neighbouring unit is story. Each unit weighs its word count over the page's, so
/// every page counts alike, as in the page-averaged F1 the model is judged by. Full-batch
/// gradient descent in a fixed order: the same pages give the same bytes.
public struct ChromeTrainer {
    public struct Page {
        public var id: String
        public var text: String
        public var body: String
        public init(id: String, text: String, body: String) {
            self.id = id
            self.text = text
            self.body = body
        }
    }

    public var iterations = 400
    public var learningRate = 0.05
    public var l2 = 1e-4

    public init() {}

    struct Example {
        var units: [TextUnit]
        var labels: [Double]
        var weights: [Double]
    }

    public func train(_ pages: [Page], log: (String) -> Void = { _ in }) -> ChromeModel {
        let examples = pages.map(example)
        var rows1: [[Double]] = []
        var shapes: [[UnitFeatures.Shape]] = []
        var labels: [Double] = []
        var weights: [Double] = []
        for e in examples {
            let (s, r) = UnitFeatures.page(e.units)
            shapes.append(s)
            rows1 += r
            labels += e.labels
            weights += e.weights
        }
        log("stage 1: \(rows1.count) units of \(pages.count) pages")
        let first = fit(rows1, labels, weights)
        var rows2: [[Double]] = []
        var at = 0
        for (k, e) in examples.enumerated() {
            let p = rows1[at..<(at + e.units.count)].map(first.probability)
            rows2 += UnitFeatures.context(p, shapes[k])
            at += e.units.count
        }
        log("stage 2")
        return ChromeModel(first: first, second: fit(rows2, labels, weights))
    }

    func example(_ page: Page) -> Example {
        let lines = page.text.split(separator: "\n", omittingEmptySubsequences: false)
        let units = TextUnits.split(lines)
        let gold = Self.tokens(page.body)
        var shingles = Set<String>()
        if gold.count >= 4 {
            for k in 0...(gold.count - 4) { shingles.insert(gold[k..<(k + 4)].joined(separator: " ")) }
        }
        let joined = " " + gold.joined(separator: " ") + " "
        var labels = [Double](repeating: 0, count: units.count)
        var sizes = [Int](repeating: 0, count: units.count)
        var short: [Int] = []
        for (k, u) in units.enumerated() {
            let t = Self.tokens(String(u.text))
            sizes[k] = t.count
            if t.count >= 4 {
                var hit = 0
                for j in 0...(t.count - 4) where shingles.contains(t[j..<(j + 4)].joined(separator: " ")) { hit += 1 }
                labels[k] = hit * 2 >= t.count - 3 ? 1 : 0
            } else if !t.isEmpty, joined.contains(" " + t.joined(separator: " ") + " ") {
                short.append(k)
            }
        }
        for k in short where (k > 0 && labels[k - 1] == 1) || (k + 1 < units.count && labels[k + 1] == 1) {
            labels[k] = 1
        }
        let total = Double(max(1, sizes.reduce(0, +)))
        let weights = sizes.map { Double(max($0, 1)) / total * 100 }
        return Example(units: units, labels: labels, weights: weights)
    }

    /// Words as the shingle scorer counts them: runs of letters, digits and underscores.
    static func tokens(_ s: String) -> [String] {
        var out: [String] = []
        var current = ""
        for c in s.unicodeScalars {
            let word = c.properties.isAlphabetic || c.properties.numericType != nil || c == "_"
            if word || (c.value >= 48 && c.value <= 57) {
                current.unicodeScalars.append(c)
            } else if !current.isEmpty {
                out.append(current)
                current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Weighted logistic regression on standardised features, by Adam over the full batch.
    func fit(_ rows: [[Double]], _ y: [Double], _ w: [Double]) -> ChromeModel.Stage {
        let width = rows.first?.count ?? 0
        var mean = [Double](repeating: 0, count: width)
        var scale = [Double](repeating: 0, count: width)
        let n = Double(max(rows.count, 1))
        for r in rows { for k in 0..<width { mean[k] += r[k] / n } }
        for r in rows { for k in 0..<width { scale[k] += (r[k] - mean[k]) * (r[k] - mean[k]) / n } }
        for k in 0..<width {
            scale[k] = scale[k].squareRoot()
            // The bias column, and any constant one, passes through unstandardised.
            if scale[k] < 1e-9 { mean[k] = 0; scale[k] = 1 }
        }
        let x = rows.map { r in (0..<width).map { (r[$0] - mean[$0]) / scale[$0] } }
        let totalWeight = w.reduce(0, +)
        var beta = [Double](repeating: 0, count: width)
        var m1 = beta
        var m2 = beta
        for step in 1...iterations {
            var grad = [Double](repeating: 0, count: width)
            for (i, r) in x.enumerated() {
                var z = 0.0
                for k in 0..<width { z += beta[k] * r[k] }
                let p = 1 / (1 + exp(-max(-40, min(40, z))))
                let g = (p - y[i]) * w[i] / totalWeight
                for k in 0..<width { grad[k] += g * r[k] }
            }
            for k in 0..<width {
                let g = grad[k] + l2 * beta[k]
                m1[k] = 0.9 * m1[k] + 0.1 * g
                m2[k] = 0.999 * m2[k] + 0.001 * g * g
                let a = m1[k] / (1 - pow(0.9, Double(step)))
                let b = m2[k] / (1 - pow(0.999, Double(step)))
                beta[k] -= learningRate * a / (b.squareRoot() + 1e-8)
            }
        }
        return ChromeModel.Stage(mean: mean, scale: scale, weights: beta)
    }

    public static func encode(_ model: ChromeModel) -> [UInt8] { ChromeModelFile.encode(model) }
}

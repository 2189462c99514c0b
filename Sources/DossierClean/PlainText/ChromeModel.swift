import DossierText
import Foundation

/// The two-stage logistic classifier that tells a scraped page's story units from its chrome:
/// stage one reads each unit and its surroundings (`UnitFeatures.page`), stage two reads stage
/// one's beliefs about the unit's neighbourhood (`UnitFeatures.context`). Weights are trained by
/// `ChromeTrainer` (`dossier train-chrome`) and shipped as `Resources/chrome.bin`.
public struct ChromeModel: Sendable, Equatable {
    /// One standardised logistic regression.
    public struct Stage: Sendable, Equatable {
        public var mean: [Double]
        public var scale: [Double]
        public var weights: [Double]

        func probability(_ row: [Double]) -> Double {
            var z = 0.0
            for k in 0..<min(row.count, weights.count) { z += weights[k] * (row[k] - mean[k]) / scale[k] }
            return 1 / (1 + exp(-max(-40, min(40, z))))
        }
    }

    public var first: Stage
    public var second: Stage

    /// Probability that each unit belongs to the story.
    public func bodyProbabilities(_ units: [TextUnit]) -> [Double] {
        beliefs(units).probabilities
    }

    /// The probabilities with the unit shapes read on the way, which the cleaner reads again.
    func beliefs(_ units: [TextUnit]) -> (probabilities: [Double], shapes: [UnitFeatures.Shape]) {
        guard !units.isEmpty else { return ([], []) }
        let (shapes, rows) = UnitFeatures.page(units)
        let p1 = rows.map(first.probability)
        return (UnitFeatures.context(p1, shapes).map(second.probability), shapes)
    }

    /// The weights shipped in the package, read once on first use.
    public static let shipped: ChromeModel? = {
        guard let url = Bundle.module.url(forResource: "chrome", withExtension: "bin"),
            let data = try? Data(contentsOf: url)
        else { return nil }
        return ChromeModelFile.decode([UInt8](data))
    }()
}

/// The layout of `chrome.bin`, little-endian: magic "DCHM", version 1, then for each stage its
/// width as UInt32 and width Float64 each of means, scales and weights.
enum ChromeModelFile {
    static let magic: [UInt8] = Array("DCHM".utf8)

    static func encode(_ m: ChromeModel) -> [UInt8] {
        var out = magic
        appendUInt32(&out, 1)
        for stage in [m.first, m.second] {
            appendUInt32(&out, UInt32(stage.weights.count))
            for v in stage.mean + stage.scale + stage.weights {
                withUnsafeBytes(of: v.bitPattern.littleEndian) { out += $0 }
            }
        }
        return out
    }

    static func decode(_ b: [UInt8]) -> ChromeModel? {
        guard b.count >= 8, Array(b[0..<4]) == magic, readUInt32(b, 4) == 1 else { return nil }
        var at = 8
        var stages: [ChromeModel.Stage] = []
        for _ in 0..<2 {
            guard at + 4 <= b.count else { return nil }
            let width = Int(readUInt32(b, at))
            at += 4
            guard width > 0, width < 10_000, at + width * 24 <= b.count else { return nil }
            var values: [Double] = []
            for k in 0..<(width * 3) {
                var bits: UInt64 = 0
                for j in 0..<8 { bits |= UInt64(b[at + k * 8 + j]) << (8 * UInt64(j)) }
                values.append(Double(bitPattern: bits))
            }
            at += width * 24
            stages.append(
                .init(
                    mean: Array(values[0..<width]), scale: Array(values[width..<(2 * width)]),
                    weights: Array(values[(2 * width)...])))
        }
        return ChromeModel(first: stages[0], second: stages[1])
    }

    static func appendUInt32(_ out: inout [UInt8], _ v: UInt32) {
        withUnsafeBytes(of: v.littleEndian) { out += $0 }
    }

    static func readUInt32(_ b: [UInt8], _ at: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(b[at + $1]) << (8 * UInt32($1)) }
    }
}

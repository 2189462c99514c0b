import Foundation

/// Words of a sentence and TF-IDF vectors over them: the summary's measure of what sentences share.
enum WordBag {
    /// Lower-cased letter-and-digit runs of three or more scalars (shorter ones are mostly
    /// function words), scanned by Unicode scalar.
    static func words(_ s: String) -> [String] {
        var out: [String] = []
        var cur = String.UnicodeScalarView()
        func flush() {
            if cur.count >= 3 { out.append(String(cur).lowercased()) }
            cur = String.UnicodeScalarView()
        }
        for c in s.unicodeScalars {
            if c.properties.isAlphabetic || c.properties.numericType != nil { cur.append(c) } else { flush() }
        }
        flush()
        return out
    }

    /// One sparse vector per document: term frequency times smoothed inverse document frequency.
    static func tfidf(_ docs: [[String]]) -> [[Int: Double]] {
        var ids: [String: Int] = [:]
        var df: [Int: Int] = [:]
        let encoded: [[Int]] = docs.map { words in
            let e = words.map { w -> Int in
                if let k = ids[w] { return k }
                ids[w] = ids.count
                return ids.count - 1
            }
            for k in Set(e) { df[k, default: 0] += 1 }
            return e
        }
        let n = Double(docs.count)
        return encoded.map { e in
            var v: [Int: Double] = [:]
            for k in e { v[k, default: 0] += 1 }
            for (k, tf) in v { v[k] = tf * (1 + log(n / Double(1 + (df[k] ?? 0)))) }
            return v
        }
    }

    static func cosine(_ a: [Int: Double], _ b: [Int: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var dot = 0.0
        for (k, x) in small { if let y = large[k] { dot += x * y } }
        guard dot > 0 else { return 0 }
        let na = a.values.reduce(0) { $0 + $1 * $1 }, nb = b.values.reduce(0) { $0 + $1 * $1 }
        return dot / (na.squareRoot() * nb.squareRoot())
    }
}

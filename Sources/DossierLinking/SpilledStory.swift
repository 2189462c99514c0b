/// A story taken out of a stream clusterer's memory (`LinkingConfiguration.maxLiveStories`):
/// what scoring a later article against it needs, and the index terms it is found by. The
/// caller keeps it (`bytes` in the store) and hands it back when an article shares those terms.
public struct SpilledStory: Sendable, Equatable {
    /// The story's number in its clusterer, which it keeps when it comes back.
    public var number: Int
    /// The candidate-index terms that pointed at the story when it left.
    public var terms: [UInt64]
    var body: [(UInt64, Float)]
    var names: [(UInt64, Float)]
    var title: [(UInt64, Float)]
    var count: Int
    var firstDay: Int?
    var lastDay: Int?
    var years: [(Int, Int)]

    init(number: Int, terms: [UInt64], cluster c: StoryCluster) {
        self.number = number
        self.terms = terms
        // Sorted so that the bytes (and the sums rebuilt from them) do not depend on hash order.
        body = c.body.weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        names = c.names.weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        title = c.title.weights.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        count = c.count
        firstDay = c.firstDay
        lastDay = c.lastDay
        years = c.years.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The story's state as it was (centroid norms are recomputed from the weights).
    var cluster: StoryCluster {
        var c = StoryCluster()
        func centroid(_ pairs: [(UInt64, Float)]) -> Centroid {
            var out = Centroid()
            out.weights.reserveCapacity(pairs.count)
            for (t, w) in pairs { out.weights[t] = w }
            out.norm2 = pairs.reduce(0) { $0 + $1.1 * $1.1 }
            return out
        }
        c.body = centroid(body)
        c.names = centroid(names)
        c.title = centroid(title)
        c.count = count
        c.firstDay = firstDay
        c.lastDay = lastDay
        for (y, n) in years { c.years[y] = n }
        return c
    }

    public static func == (a: SpilledStory, b: SpilledStory) -> Bool { a.bytes == b.bytes }

    /// A little-endian encoding: counts, then (term, weight) pairs, days and years.
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(16 * (body.count + names.count + title.count + terms.count) + 64)
        func word(_ x: UInt64) { for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: x >> (8 * UInt64(i)))) } }
        func int(_ x: Int) { word(UInt64(bitPattern: Int64(x))) }
        int(number)
        int(count)
        int(firstDay ?? Int.min)
        int(lastDay ?? Int.min)
        int(terms.count)
        for t in terms { word(t) }
        for v in [body, names, title] {
            int(v.count)
            for (t, w) in v {
                word(t)
                word(UInt64(w.bitPattern))
            }
        }
        int(years.count)
        for (y, n) in years {
            int(y)
            int(n)
        }
        return out
    }

    /// Decodes `bytes`; nil for anything malformed (a truncated or foreign blob).
    public init?(bytes b: [UInt8]) {
        var at = 0
        func word() -> UInt64? {
            guard at + 8 <= b.count else { return nil }
            var x: UInt64 = 0
            for i in 0..<8 { x |= UInt64(b[at + i]) << (8 * UInt64(i)) }
            at += 8
            return x
        }
        func int() -> Int? { word().map { Int(truncatingIfNeeded: Int64(bitPattern: $0)) } }
        // A length can never exceed the words left: this bounds every loop below.
        func length() -> Int? {
            guard let n = int(), n >= 0, n <= (b.count - at) / 8 else { return nil }
            return n
        }
        func pairs() -> [(UInt64, Float)]? {
            guard let n = length() else { return nil }
            var out: [(UInt64, Float)] = []
            out.reserveCapacity(n)
            for _ in 0..<n {
                guard let t = word(), let w = word() else { return nil }
                out.append((t, Float(bitPattern: UInt32(truncatingIfNeeded: w))))
            }
            return out
        }
        guard let number = int(), let count = int(), let first = int(), let last = int(), let nt = length() else {
            return nil
        }
        var terms: [UInt64] = []
        for _ in 0..<nt {
            guard let t = word() else { return nil }
            terms.append(t)
        }
        guard let body = pairs(), let names = pairs(), let title = pairs(), let ny = length() else { return nil }
        var years: [(Int, Int)] = []
        for _ in 0..<ny {
            guard let y = int(), let n = int() else { return nil }
            years.append((y, n))
        }
        self.number = number
        self.count = max(0, count)
        self.firstDay = first == Int.min ? nil : first
        self.lastDay = last == Int.min ? nil : last
        self.terms = terms
        self.body = body
        self.names = names
        self.title = title
        self.years = years
    }
}

/// Lines that recur across reports of one outlet: navigation, slogans and notices that a site
/// stamps on every page, told apart from the story because the story changes and they do not.
public enum RecurringLines {
    /// For each body, the lines it shares with other bodies of the same outlet, and in how many
    /// bodies each appears. Bodies with no outlet are compared with no one.
    public static func count(_ bodies: [(outlet: String?, body: String)]) -> [[String: Int]] {
        var perOutlet: [String: [String: Int]] = [:]
        var linesOf: [Set<String>] = []
        for (outlet, body) in bodies {
            var lines = Set<String>()
            for raw in body.split(separator: "\n") {
                let line = raw.trimmingCharacters(in: .whitespaces)
                guard !line.isEmpty, line.unicodeScalars.count <= 300 else { continue }
                lines.insert(line)
            }
            linesOf.append(lines)
            if let outlet {
                for line in lines { perOutlet[outlet, default: [:]][line, default: 0] += 1 }
            }
        }
        return bodies.indices.map { k in
            guard let outlet = bodies[k].outlet, let counts = perOutlet[outlet] else { return [:] }
            var shared: [String: Int] = [:]
            for line in linesOf[k] { if let n = counts[line], n >= 2 { shared[line] = n } }
            return shared
        }
    }
}

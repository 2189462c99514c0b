/// Lines that recur across reports of one outlet: navigation, slogans and notices that a site
/// stamps on every page, told apart from the story because the story changes and they do not.
public enum RecurringLines {
    /// For each body, the lines it shares with other bodies of the same outlet within `reach`
    /// inputs either side, and in how many of those bodies each appears. Bodies with no outlet
    /// are compared with no one.
    public static func count(
        _ bodies: [(outlet: String?, body: String)],
        reach: Int = RecurringLineWindow.defaultReach
    ) -> [[String: Int]] {
        var window = RecurringLineWindow(reach: reach)
        var out: [[String: Int]] = []
        for (outlet, body) in bodies {
            if let counts = window.add(outlet: outlet, body: body) { out.append(counts) }
        }
        return out + window.finish()
    }

    /// The distinct lines of a body that can be template: non-blank, trimmed, not overlong.
    static func lines(of body: String) -> Set<String> {
        var lines = Set<String>()
        for raw in body.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, line.unicodeScalars.count <= 300 else { continue }
            lines.insert(line)
        }
        return lines
    }
}

/// Recurring-line counts over a sliding window of inputs, for a stream.
///
/// The body at position `i` is compared with the bodies of its outlet at positions
/// `i - reach ... i + reach`, so what is removed depends on the inputs around a report and not on
/// how a caller batches its work. Each `add` answers for the body `reach` positions back, once
/// its window is complete; `finish` answers for the rest. Answers come in the order bodies went in.
public struct RecurringLineWindow: Sendable {
    /// Inputs either side a body is compared with. 32 either side spans about the 64 reports the
    /// pipeline used to count over per batch (a site's template lines recur in every report, so a
    /// few reports of the same outlet nearby are enough).
    public static let defaultReach = 32

    public let reach: Int
    /// Bodies from position `first` on, with their outlet and lines.
    private var entries: [(outlet: String?, lines: Set<String>)] = []
    private var first = 0
    /// Position of the next body to answer for.
    private var next = 0
    /// Per outlet, in how many of the bodies in `entries` each line is.
    private var counts: [String: [String: Int]] = [:]

    public init(reach: Int = Self.defaultReach) {
        self.reach = max(0, reach)
    }

    /// Takes the next body in; returns the counts of the body `reach` positions before it, whose
    /// window this body completes (nil while the first `reach` bodies come in).
    public mutating func add(outlet: String?, body: String) -> [String: Int]? {
        let lines = outlet == nil ? [] : RecurringLines.lines(of: body)
        if let outlet {
            for line in lines { counts[outlet, default: [:]][line, default: 0] += 1 }
        }
        entries.append((outlet, lines))
        return first + entries.count - 1 - next >= reach ? answerNext() : nil
    }

    /// Whether a body taken in is still waiting for its counts.
    public var hasPending: Bool { next < first + entries.count }

    /// The counts of every body not yet answered for, in order, over what their windows hold.
    public mutating func finish() -> [[String: Int]] {
        var out: [[String: Int]] = []
        while hasPending { out.append(answerNext()) }
        return out
    }

    private mutating func answerNext() -> [String: Int] {
        // Bodies before the window of `next` leave it.
        while first < next - reach {
            let gone = entries.removeFirst()
            first += 1
            guard let outlet = gone.outlet else { continue }
            for line in gone.lines {
                if let n = counts[outlet]?[line] { counts[outlet]?[line] = n > 1 ? n - 1 : nil }
            }
            if counts[outlet]?.isEmpty == true { counts[outlet] = nil }
        }
        let entry = entries[next - first]
        next += 1
        guard let outlet = entry.outlet, let perLine = counts[outlet] else { return [:] }
        var shared: [String: Int] = [:]
        for line in entry.lines { if let n = perLine[line], n >= 2 { shared[line] = n } }
        return shared
    }
}

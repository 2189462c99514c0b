import DossierLinking
import DossierModel
import Foundation

/// The bulk corpora as articles: Reuters-21578 (SGML, dated 1987) and BBC (plain text, title on
/// the first line, undated, so given synthetic days spread over 2004–05 for the time order).
func readBulkCorpus(_ dir: String) throws -> [Article] {
    var out: [Article] = []
    let fm = FileManager.default
    let reuters = dir + "/reuters21578"
    for f in (try? fm.contentsOfDirectory(atPath: reuters))?.sorted() ?? [] where f.hasSuffix(".sgm") {
        let data = try Data(contentsOf: URL(fileURLWithPath: reuters + "/" + f))
        let sgml = String(decoding: data, as: UTF8.self)
        for (k, chunk) in sgml.components(separatedBy: "<REUTERS").dropFirst().enumerated() {
            guard let body = between(chunk, "<BODY>", "</BODY>"), body.count > 200 else { continue }
            let title = between(chunk, "<TITLE>", "</TITLE>")
            let date = between(chunk, "<DATE>", "</DATE>").flatMap(reutersDate)
            out.append(
                Article(
                    id: "r\(f)-\(k)", source: "\(f)#\(k)", title: title, published: date,
                    text: body.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&amp;", with: "&"))
            )
        }
    }
    let bbc = dir + "/bbc"
    var n = 0
    for topic in (try? fm.contentsOfDirectory(atPath: bbc))?.sorted() ?? [] {
        let path = bbc + "/" + topic
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDir), isDir.boolValue else { continue }
        for f in (try fm.contentsOfDirectory(atPath: path)).sorted() where f.hasSuffix(".txt") {
            let data = try Data(contentsOf: URL(fileURLWithPath: path + "/" + f))
            let text = String(decoding: data, as: UTF8.self)
            let lines = text.split(separator: "\n", maxSplits: 1)
            guard lines.count == 2 else { continue }
            let day = Timestamp.fromDayNumber(Timestamp.dayNumber(year: 2004, month: 1, day: 1) + (n * 7) % 700)
            n += 1
            out.append(
                Article(
                    id: "b\(topic)-\(f)", source: path + "/" + f, title: String(lines[0]),
                    published: Timestamp(year: day.year, month: day.month, day: day.day), text: String(lines[1])))
        }
    }
    return out
}

private func between(_ s: String, _ a: String, _ b: String) -> String? {
    guard let r1 = s.range(of: a), let r2 = s.range(of: b, range: r1.upperBound..<s.endIndex) else { return nil }
    return String(s[r1.upperBound..<r2.lowerBound])
}

private func reutersDate(_ s: String) -> Timestamp? {
    let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    let p = s.trimmingCharacters(in: .whitespaces).prefix(11).split(separator: "-")
    guard p.count == 3, let d = Int(p[0]), let m = months.firstIndex(of: String(p[1])), let y = Int(p[2]) else {
        return nil
    }
    return Timestamp(year: y, month: m + 1, day: d)
}

/// Copy `r` of a base article: dates moved on by `r` × 800 days (a later news cycle), and about
/// one word in twenty dropped or replaced, so repeats are near copies of an old text, not exact ones.
func perturbed(_ a: Article, round r: Int, seed: UInt64) -> Article {
    guard r > 0 else { return a }
    var state = seed &+ UInt64(r) &* 0x9e37_79b9_7f4a_7c15
    func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
    let fillers = ["also", "reportedly", "meanwhile", "officials", "again", "still", "further"]
    var words: [Substring] = []
    for w in a.text.split(separator: " ", omittingEmptySubsequences: false) {
        let x = next() % 40
        if x == 0 { continue }
        if x == 1 { words.append(Substring(fillers[Int(next() % UInt64(fillers.count))])) }
        words.append(w)
    }
    var b = a
    b.id = "\(a.id)~\(r)"
    b.text = words.joined(separator: " ")
    if let p = a.published {
        let d = Timestamp.fromDayNumber(p.dayNumber + r * 800)
        b.published = Timestamp(year: d.year, month: d.month, day: d.day)
    }
    return b
}

/// CPU seconds (user + system) used by this process so far.
func cpuSeconds() -> Double {
    var u = rusage()
    #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
    #else
    getrusage(RUSAGE_SELF, &u)
    #endif
    return Double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + Double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6
}

/// Peak resident memory of this process, from /proc (Linux).
func peakResidentMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Double(line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? 0) / 1024
    }
    return 0
}

/// `link-scale BULK_DIR COUNT [key=value...]`: streams COUNT articles (the bulk corpora, repeated
/// with perturbations) through copy detection and online clustering, in time order, and prints
/// time per article, stories, copies and peak memory. Run once per COUNT for the growth table.
let linkScaleBench: @Sendable ([String]) throws -> Void = { args in
    guard args.count >= 2, let count = Int(args[1]) else {
        throw InputError(input: "link-scale", problem: "usage: link-scale BULK_DIR COUNT [key=value...]")
    }
    let base = try readBulkCorpus(args[0]).sorted {
        ($0.published ?? Timestamp(year: 1000, month: 1, day: 1))
            < ($1.published ?? Timestamp(year: 1000, month: 1, day: 1))
    }
    guard !base.isEmpty else { throw InputError(input: args[0], problem: "no articles found") }
    let baseMB = peakResidentMB()
    var clusterer = StorylineClusterer(configuration: linkingConfiguration(Array(args.dropFirst(2))))
    var copies = 0
    let t0 = Date()
    let c0 = cpuSeconds()
    var checkpoints: [(Int, Double)] = []
    for i in 0..<count {
        let a = perturbed(base[i % base.count], round: i / base.count, seed: 42)
        if clusterer.add(a).copyOf != nil { copies += 1 }
        if (i + 1) % 10_000 == 0 { checkpoints.append((i + 1, cpuSeconds() - c0)) }
    }
    let elapsed = Date().timeIntervalSince(t0)
    let cpu = cpuSeconds() - c0
    var last = (0, 0.0)
    for (n, t) in checkpoints {
        print(
            String(
                format: "  %7d articles  %6.1f s CPU  this 10k: %5.0f µs CPU/article", n, t,
                (t - last.1) / Double(n - last.0) * 1e6))
        last = (n, t)
    }
    print(
        String(
            format: "link-scale: %d articles (base %d) in %.1f s wall, %.1f s CPU = %.0f µs CPU/article; "
                + "%d stories (%d retired), %d events (%d event clusters retired), %d copies; "
                + "peak RSS %.0f MB (after loading the base corpus: %.0f MB)",
            count, base.count, elapsed, cpu, cpu / Double(count) * 1e6,
            clusterer.stories.clusterCount, clusterer.stories.retiredCount,
            clusterer.eventCount, clusterer.events.retiredCount, copies, peakResidentMB(), baseMB))
}

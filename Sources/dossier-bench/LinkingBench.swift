import DossierLanguage
import DossierLinking
import DossierModel
import Foundation

/// Reads JSONL input records (id, title, text, published) into articles, paragraphs split on blank lines.
func readJSONLArticles(_ path: String, analyze: Bool) throws -> [Article] {
    let data = try String(contentsOfFile: path, encoding: .utf8)
    var out: [Article] = []
    let analyzer = LanguageAnalyzer()
    for (n, line) in data.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
        guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
        let text = obj["text"] as? String ?? ""
        var a = Article(
            id: obj["id"] as? String ?? ContentID.make(text), source: "\(path):\(n + 1)",
            url: obj["url"] as? String, outlet: obj["outlet"] as? String, title: obj["title"] as? String,
            published: (obj["published"] as? String).flatMap(parseDay), text: text,
            paragraphs: blankLineParagraphs(text))
        if analyze { analyzer.analyze(&a) }
        out.append(a)
    }
    return out
}

func parseDay(_ s: String) -> Timestamp? {
    let p = s.prefix(10).split(separator: "-").compactMap { Int($0) }
    guard p.count == 3, Timestamp.isValid(year: p[0], month: p[1], day: p[2]) else { return nil }
    return Timestamp(year: p[0], month: p[1], day: p[2])
}

func blankLineParagraphs(_ text: String) -> [Span] {
    let s = Array(text.unicodeScalars)
    var out: [Span] = []
    var start = 0, i = 0
    while i < s.count {
        if s[i] == "\n" {
            var j = i
            var newlines = 0
            while j < s.count && s[j].properties.isWhitespace { if s[j] == "\n" { newlines += 1 }; j += 1 }
            if newlines >= 2 {
                if i > start { out.append(Span(start, i)) }
                start = j
            }
            i = j
        } else {
            i += 1
        }
    }
    if start < s.count { out.append(Span(start, s.count)) }
    return out
}

/// `key=value` overrides of the linking parameters, for fitting them from the command line.
func linkingConfiguration(_ args: [String]) -> LinkingConfiguration {
    var c = LinkingConfiguration()
    for arg in args {
        let kv = arg.split(separator: "=", maxSplits: 1).map(String.init)
        guard kv.count == 2, let v = Double(kv[1]) else { continue }
        switch kv[0] {
        case "join": c.joinThreshold = v
        case "merge": c.mergeThreshold = v
        case "body": c.bodyWeight = v
        case "name": c.nameWeight = v
        case "title": c.titleWeight = v
        case "boost": c.nameBoost = Float(v)
        case "index": c.indexTerms = Int(v)
        case "halflife": c.vocabularyHalfLifeDays = v
        case "window": c.storyWindowDays = v
        case "eventhalflife": c.storyHalfLifeDays = v
        case "fromfirst": c.windowFromFirstDay = v != 0
        case "year": c.otherYearFactor = v
        case "sameyear": c.sameYearFactor = v
        case "refine": c.refineSweeps = Int(v)
        case "scored": c.maxScoredCandidates = Int(v)
        case "entities": c.entityNames = v != 0
        case "dateyears": c.dateYears = v != 0
        case "prime": c.primeVocabulary = v != 0
        case "modulus": c.sampleModulus = UInt64(v)
        case "sjoin": c.storyline.joinThreshold = v
        case "scohesion": c.storyline.cohesionFactor = v
        case "cohesion": c.cohesionFactor = v
        case "smerge": c.storyline.mergeThreshold = v
        case "sbody": c.storyline.bodyWeight = v
        case "sname": c.storyline.nameWeight = v
        case "swindow": c.storyline.windowDays = v
        case "shalflife": c.storyline.halfLifeDays = v
        case "ssameyear": c.storyline.sameYearFactor = v
        case "svocab": c.storyline.vocabularyHalfLifeDays = v
        default: FileHandle.standardError.write("unknown parameter \(kv[0])\n".data(using: .utf8)!)
        }
    }
    return c
}

/// `link-stories INPUT.jsonl OUTPUT.json [--analyze] [--events] [key=value...]`: clusters a JSONL corpus
/// with `StoryLinker` and writes `{"stories":[{"id","title","articles":[{"id"}]}]}` for score_clusters.py;
/// with `--events`, the events (the finer level) in that shape instead.
let linkStoriesBench: @Sendable ([String]) throws -> Void = { args in
    guard args.count >= 2 else {
        throw InputError(
            input: "link-stories", problem: "usage: link-stories INPUT.jsonl OUTPUT.json [--analyze] [key=value...]")
    }
    let t0 = Date()
    let articles = try readJSONLArticles(args[0], analyze: args.contains("--analyze"))
    let t1 = Date()
    let linker = StoryLinker(configuration: linkingConfiguration(Array(args.dropFirst(2))))
    let stories: [[String]]
    if args.contains("--events") {
        stories = linker.eventGroups(articles)
    } else {
        stories = linker.link(articles).map { $0.articles.map(\.id) }
    }
    let t2 = Date()
    let json: [String: Any] = [
        "stories": stories.enumerated().map { n, ids in
            ["id": String(n), "articles": ids.map { ["id": $0] }] as [String: Any]
        }
    ]
    try JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]).write(to: URL(fileURLWithPath: args[1]))
    FileHandle.standardError.write(
        String(
            format: "%d articles, %d stories; read %.2fs, link %.2fs\n", articles.count, stories.count,
            t1.timeIntervalSince(t0), t2.timeIntervalSince(t1)
        ).data(using: .utf8)!)
}

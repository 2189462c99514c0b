import DossierClean
import DossierLanguage
import DossierModel
import DossierTraining
import Foundation

/// News text for throughput runs: the stories of every corpus file under a folder.
enum BulkText {
    static func read(directory: String) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: directory) else { return [] }
        for case let rel as String in walker where NewsCorpusFormat.isStoryFile(rel) {
            guard let data = fm.contents(atPath: directory + "/" + rel) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            out += NewsCorpusFormat.stories(fileNamed: rel, contents: text)
        }
        return out
    }
}

/// `tokens-vs-spaces INPUT.jsonl`: lists the tokens where the tokenizer differs from splitting
/// on spaces, for text that is already tokenised (CoNLL).
func tokensVersusSpaces(_ args: [String]) throws {
    guard let path = args.first else { throw BenchUsage("tokens-vs-spaces INPUT.jsonl") }
    var differ: [String: Int] = [:]
    var total = 0
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
        guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = obj["text"] as? String
        else { continue }
        let st = ScalarText(text)
        let mine = Set(Tokenizer.tokenize(st))
        var start = 0
        for i in 0...st.count where i == st.count || st[i] == " " || st[i] == "\n" {
            if i > start {
                total += 1
                if !mine.contains(Span(start, i)) { differ[st[Span(start, i)], default: 0] += 1 }
            }
            start = i + 1
        }
    }
    print("tokens \(total), differing \(differ.values.reduce(0, +))")
    for (w, n) in differ.sorted(by: { $0.value > $1.value }).prefix(60) { print(n, w) }
}

/// `language DIR...`: on one core, over the bulk news texts under each DIR, times tokens and
/// sentences alone, then with entities, then the whole language stage (`LanguageAnalyzer`:
/// entities, dates, quotes, amounts), and reports tokens per second for each.
func languageThroughput(_ args: [String]) throws {
    guard !args.isEmpty else { throw BenchUsage("language DIR...") }
    let texts = try args.flatMap { try BulkText.read(directory: $0) }
    let recognizer = EntityRecognizer.shared
    // CPU time of this thread, not wall time: the machines are shared, and a per-core figure
    // should not count time spent waiting for a core.
    let clock = ThreadCPUClock()
    func seconds(_ d: Double) -> Double { d }
    let scalarTexts = texts.map { ScalarText($0) }
    let paragraphs = texts.map { Paragraphs.spans(in: $0) }
    var tokens: [[Span]] = [], sentences: [[Span]] = []
    let split = clock.measure {
        for (k, t) in scalarTexts.enumerated() {
            let tk = Tokenizer.tokenize(t)
            tokens.append(tk)
            sentences.append(SentenceSplitter.split(t, tokens: tk, paragraphs: paragraphs[k]))
        }
    }
    var entities = 0
    let ner = clock.measure {
        for (k, t) in scalarTexts.enumerated() {
            entities += recognizer.recognize(t, tokens: tokens[k], sentences: sentences[k]).count
        }
    }
    let analyzer = LanguageAnalyzer()
    var articles = texts.enumerated().map {
        Article(id: "\($0.offset)", source: "bench", text: $0.element, paragraphs: paragraphs[$0.offset])
    }
    let full = clock.measure {
        for k in articles.indices { analyzer.analyze(&articles[k]) }
    }
    let n = Double(tokens.reduce(0) { $0 + $1.count })
    func rate(_ s: Double) -> String { "\(Int(n / s)) tokens/s" }
    print("\(articles.count) articles, \(Int(n)) tokens, \(entities) entities")
    print("tokens+sentences:          \(String(format: "%6.2f", seconds(split))) s  \(rate(seconds(split)))")
    print(
        "  + entities:              \(String(format: "%6.2f", seconds(split + ner))) s  \(rate(seconds(split + ner)))")
    print("whole language stage:      \(String(format: "%6.2f", seconds(full))) s  \(rate(seconds(full)))")
}

/// Measures the CPU time the calling thread spends in a closure.
struct ThreadCPUClock {
    func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    func measure(_ body: () -> Void) -> Double {
        let start = now()
        body()
        return now() - start
    }
}

import DossierLanguage
import DossierModel
import Foundation

/// `train-entities TRAIN VALIDATE OUTPUT [--epochs N] [--bulk DIR]...`: trains the entity tagger
/// on CoNLL column files, with word clusters learned from the text files under each DIR
/// (Reuters-21578 SGML bodies and plain-text stories) and the training text itself.
func trainEntities(_ args: [String]) throws {
    guard args.count >= 3 else { throw BenchUsage("train-entities TRAIN.conll VALIDATE.conll OUTPUT.bin [--epochs N] [--bulk DIR]...") }
    let log: (String) -> Void = { FileHandle.standardError.write(($0 + "\n").data(using: .utf8)!) }
    let train = CoNLLFormat.parse(try String(contentsOfFile: args[0], encoding: .utf8))
    let validate = CoNLLFormat.parse(try String(contentsOfFile: args[1], encoding: .utf8))
    var trainer = EntityTrainer()
    var bulk: [String] = []
    var k = 3
    while k + 1 < args.count {
        switch args[k] {
        case "--epochs": trainer.epochs = Int(args[k + 1]) ?? trainer.epochs
        case "--bulk": bulk.append(args[k + 1])
        default: throw BenchUsage("train-entities: unknown option \(args[k])")
        }
        k += 2
    }
    if !bulk.isEmpty {
        var texts = try bulk.flatMap { try BulkText.read(directory: $0) }
        texts += train.map { $0.text.string }
        trainer.lexicon = WordClusters().build(texts, log: log)
    }
    let bytes = trainer.train(train, validate: validate, log: log)
    try Data(bytes).write(to: URL(fileURLWithPath: args[2]))
    log("wrote \(bytes.count) bytes to \(args[2])")
}

/// News text for unsupervised learning and throughput runs: Reuters-21578 `.sgm` files give
/// their TITLE and BODY elements, other files their whole text.
enum BulkText {
    static func read(directory: String) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: directory) else { return [] }
        for case let rel as String in walker {
            let path = directory + "/" + rel
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDir), !isDir.boolValue else { continue }
            guard let data = fm.contents(atPath: path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            if rel.hasSuffix(".sgm") {
                out += sgmlBodies(text)
            } else if rel.hasSuffix(".txt") && !rel.uppercased().hasPrefix("README") && !rel.contains("/README")
                        && !rel.hasPrefix("all-") && !rel.contains("SOURCE") && !rel.contains("cat-desc") && !rel.contains("feldman") {
                out.append(text)
            }
        }
        return out
    }

    static func sgmlBodies(_ sgml: String) -> [String] {
        var out: [String] = []
        for part in sgml.components(separatedBy: "<REUTERS").dropFirst() {
            var story = ""
            if let t = part.range(of: "<TITLE>"), let e = part.range(of: "</TITLE>"), t.upperBound < e.lowerBound {
                story += part[t.upperBound..<e.lowerBound] + "\n"
            }
            if let b = part.range(of: "<BODY>"), let e = part.range(of: "</BODY>"), b.upperBound < e.lowerBound {
                story += part[b.upperBound..<e.lowerBound]
            }
            guard !story.isEmpty else { continue }
            out.append(story.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&#3;", with: ""))
        }
        return out
    }
}


/// `entities-jsonl INPUT.jsonl`: runs the language stage on each record ({"id","text"}) and
/// prints {"id","text","entities"} per line, the shape `score_entities.py` reads.
func entitiesJSONL(_ args: [String]) throws {
    guard let path = args.first else { throw BenchUsage("entities-jsonl INPUT.jsonl") }
    struct Record: Encodable { var id: String; var text: String; var entities: [Entity] }
    let encoder = JSONEncoder()
    let analyzer = LanguageAnalyzer()
    var out = Data()
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
        guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = obj["text"] as? String else { continue }
        let id = (obj["id"] as? String) ?? "\(obj["id"] ?? "")"
        var article = Article(id: id, source: path, text: text, paragraphs: lineParagraphs(text))
        analyzer.analyze(&article)
        out.append(try encoder.encode(Record(id: id, text: text, entities: article.annotations.entities)))
        out.append(0x0A)
    }
    FileHandle.standardOutput.write(out)
}

/// One paragraph per non-empty line, as scalar spans.
func lineParagraphs(_ text: String) -> [Span] {
    var out: [Span] = []
    var start = 0, i = 0
    for c in text.unicodeScalars {
        if c == "\n" {
            if i > start { out.append(Span(start, i)) }
            start = i + 1
        }
        i += 1
    }
    if i > start { out.append(Span(start, i)) }
    return out
}

/// `tokens-vs-spaces INPUT.jsonl`: lists the tokens where the tokenizer differs from splitting
/// on spaces, for text that is already tokenised (CoNLL).
func tokensVersusSpaces(_ args: [String]) throws {
    guard let path = args.first else { throw BenchUsage("tokens-vs-spaces INPUT.jsonl") }
    var differ: [String: Int] = [:]
    var total = 0
    for line in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n") {
        guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = obj["text"] as? String else { continue }
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

/// `language DIR...`: runs the whole language stage (`LanguageAnalyzer`) over the bulk news
/// texts under each DIR on one core and reports tokens per second.
func languageThroughput(_ args: [String]) throws {
    guard !args.isEmpty else { throw BenchUsage("language DIR...") }
    let texts = try args.flatMap { try BulkText.read(directory: $0) }
    let analyzer = LanguageAnalyzer()
    _ = EntityRecognizer.shared
    var articles = texts.enumerated().map { Article(id: "\($0.offset)", source: "bench", text: $0.element, paragraphs: lineParagraphs($0.element)) }
    let clock = ContinuousClock()
    var tokens = 0, entities = 0
    let elapsed = clock.measure {
        for k in articles.indices {
            analyzer.analyze(&articles[k])
            tokens += articles[k].annotations.tokens.count
            entities += articles[k].annotations.entities.count
        }
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    print("\(articles.count) articles, \(tokens) tokens, \(entities) entities in \(String(format: "%.2f", seconds)) s: \(Int(Double(tokens) / seconds)) tokens/s")
}

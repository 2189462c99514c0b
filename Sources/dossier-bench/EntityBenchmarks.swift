import DossierLanguage
import DossierModel
import Foundation

/// `train-entities TRAIN VALIDATE OUTPUT`: trains the entity tagger on CoNLL column files.
func trainEntities(_ args: [String]) throws {
    guard args.count >= 3 else { throw BenchUsage("train-entities TRAIN.conll VALIDATE.conll OUTPUT.bin [EPOCHS]") }
    let train = CoNLLFormat.parse(try String(contentsOfFile: args[0], encoding: .utf8))
    let validate = CoNLLFormat.parse(try String(contentsOfFile: args[1], encoding: .utf8))
    var trainer = EntityTrainer()
    if args.count > 3, let e = Int(args[3]) { trainer.epochs = e }
    let bytes = trainer.train(train, validate: validate) { line in
        FileHandle.standardError.write((line + "\n").data(using: .utf8)!)
    }
    try Data(bytes).write(to: URL(fileURLWithPath: args[2]))
    FileHandle.standardError.write("wrote \(bytes.count) bytes to \(args[2])\n".data(using: .utf8)!)
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

import DossierLanguage
import DossierModel
import Foundation

/// `dates-jsonl INPUT.jsonl`: runs the temporal tagger over JSONL records (id, text, published)
/// and prints one `{"id","text","dates"}` line each, the shape `score_dates.py` reads.
func datesJSONL(_ args: [String]) throws {
    guard let path = args.first else { throw BenchUsage("dates-jsonl INPUT.jsonl") }
    let data = try String(contentsOfFile: path, encoding: .utf8)
    var out = ""
    for line in data.split(separator: "\n") {
        guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = obj["text"] as? String else { continue }
        let anchor = (obj["published"] as? String).flatMap(parseISODate)
        let st = ScalarText(text)
        let tokens = Tokenizer.tokenize(st)
        let sentences = SentenceSplitter.split(st, tokens: tokens, paragraphs: [])
        let dates = TemporalTagger.tag(st, sentences: sentences, anchor: anchor)
        let rec: [String: Any] = [
            "id": obj["id"] ?? "",
            "text": text,
            "dates": dates.map { ["text": $0.text, "type": $0.type.rawValue, "value": $0.value, "span": [$0.span.start, $0.span.end]] },
        ]
        out += String(decoding: try JSONSerialization.data(withJSONObject: rec, options: [.sortedKeys]), as: UTF8.self)
        out += "\n"
    }
    FileHandle.standardOutput.write(out.data(using: .utf8)!)
}

/// "2024-03-05", "2024-03-05T09:14", "2024-03-05T09:14:00Z": the calendar day and time of day.
func parseISODate(_ s: String) -> Timestamp? {
    let u = Array(s.utf8)
    func num(_ from: Int, _ len: Int) -> Int? {
        guard from + len <= u.count else { return nil }
        var v = 0
        for k in from..<from + len {
            guard u[k] >= 48 && u[k] <= 57 else { return nil }
            v = v * 10 + Int(u[k] - 48)
        }
        return v
    }
    guard let y = num(0, 4), let m = num(5, 2), let d = num(8, 2), Timestamp.isValid(year: y, month: m, day: d) else { return nil }
    var ts = Timestamp(year: y, month: m, day: d)
    if u.count >= 16, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: " "), let h = num(11, 2), let mi = num(14, 2) {
        ts.hour = h
        ts.minute = mi
        ts.second = num(17, 2)
    }
    return ts
}

/// `dates-text [ANCHOR]`: tags the text on standard input, one expression per line.
func datesText(_ args: [String]) throws {
    let anchor = args.first.flatMap(parseISODate)
    var text = ""
    while let line = readLine(strippingNewline: false) { text += line }
    let st = ScalarText(text)
    let tokens = Tokenizer.tokenize(st)
    let sentences = SentenceSplitter.split(st, tokens: tokens, paragraphs: [])
    for d in TemporalTagger.tag(st, sentences: sentences, anchor: anchor) {
        print("\(d.span.start)-\(d.span.end)\t\(d.type.rawValue)\t\(d.value)\t\(d.text)")
    }
}

/// `amounts-text`: extracts amounts from the text on standard input, one per line.
func amountsText(_ args: [String]) throws {
    var text = ""
    while let line = readLine(strippingNewline: false) { text += line }
    let st = ScalarText(text)
    let tokens = Tokenizer.tokenize(st)
    let sentences = SentenceSplitter.split(st, tokens: tokens, paragraphs: [])
    for a in AmountExtractor.extract(st, tokens: tokens, sentences: sentences) {
        print("\(a.value)\t\(a.high.map { "\($0)" } ?? "-")\t\(a.unit ?? "-")\t\(a.modifier ?? "-")\t[\(a.text)]")
    }
}

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

/// `numbers-time PATH...`: throughput of the temporal tagger and amount extractor together, on
/// the texts of plain files and of Reuters SGML `<BODY>` elements under the given paths.
/// Tokens and sentences are computed beforehand; only the two components are timed.
func numbersTimeBench(_ args: [String]) throws {
    guard !args.isEmpty else { throw BenchUsage("numbers-time PATH...") }
    var texts: [String] = []
    let fm = FileManager.default
    var files: [String] = []
    for p in args {
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: p, isDirectory: &isDir) else { continue }
        if isDir.boolValue {
            let e = fm.enumerator(atPath: p)
            while let f = e?.nextObject() as? String { files.append(p + "/" + f) }
        } else {
            files.append(p)
        }
    }
    for f in files.sorted() {
        guard let data = fm.contents(atPath: f) else { continue }
        let s = String(decoding: data, as: UTF8.self)
        if f.hasSuffix(".sgm") {
            var rest = s[...]
            while let open = rest.range(of: "<BODY>") {
                guard let close = rest.range(of: "</BODY>", range: open.upperBound..<rest.endIndex) else { break }
                texts.append(String(rest[open.upperBound..<close.lowerBound]))
                rest = rest[close.upperBound...]
            }
        } else if f.hasSuffix(".txt") {
            texts.append(s)
        }
    }
    let prepared = texts.map { t -> (ScalarText, [Span], [Span]) in
        let st = ScalarText(t)
        let tokens = Tokenizer.tokenize(st)
        return (st, tokens, SentenceSplitter.split(st, tokens: tokens, paragraphs: []))
    }
    let bytes = texts.reduce(0) { $0 + $1.utf8.count }
    let anchor = Timestamp(year: 2005, month: 6, day: 15)
    var dates = 0, amounts = 0, rounds = 0
    let clock = ContinuousClock()
    var elapsed = Duration.zero
    var cpu = 0.0
    while elapsed < .seconds(3) || rounds < 2 {
        dates = 0; amounts = 0
        let t0 = clock.now
        let c0 = threadCPUSeconds()
        for (st, tokens, sentences) in prepared {
            dates += TemporalTagger.tag(st, sentences: sentences, anchor: anchor).count
            amounts += AmountExtractor.extract(st, tokens: tokens, sentences: sentences).count
        }
        cpu += threadCPUSeconds() - c0
        elapsed += clock.now - t0
        rounds += 1
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let mb = Double(bytes * rounds) / 1_000_000
    print("\(texts.count) texts, \(String(format: "%.1f", Double(bytes) / 1e6)) MB; \(dates) dates, \(amounts) amounts per round")
    // CPU time is the per-core figure on a shared machine; wall time is shown beside it.
    print("numbers-time: \(String(format: "%.1f", mb / cpu)) MB/s per core by CPU time, \(String(format: "%.1f", mb / seconds)) MB/s wall (\(rounds) rounds)")
}

/// CPU time consumed by the calling thread.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

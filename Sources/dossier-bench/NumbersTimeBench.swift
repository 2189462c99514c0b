import DossierLanguage
import DossierModel
import DossierText
import Foundation

/// `dates-text [ANCHOR]`: tags the text on standard input, one expression per line.
func datesText(_ args: [String]) throws {
    let anchor = args.first.flatMap(DateParsing.parseWhole)
    let (st, _, sentences) = standardInputSentences()
    for d in TemporalTagger.tag(st, sentences: sentences, anchor: anchor) {
        print("\(d.span.start)-\(d.span.end)\t\(d.type.rawValue)\t\(d.value)\t\(d.text)")
    }
}

/// `amounts-text`: extracts amounts from the text on standard input, one per line.
func amountsText(_ args: [String]) throws {
    let (st, _, _) = standardInputSentences()
    for a in AmountExtractor.extract(st) {
        print("\(a.value)\t\(a.high.map { "\($0)" } ?? "-")\t\(a.unit ?? "-")\t\(a.modifier ?? "-")\t[\(a.text)]")
    }
}

/// The text on standard input, tokenized and split into sentences.
private func standardInputSentences() -> (text: ScalarText, tokens: [Span], sentences: [Span]) {
    var text = ""
    while let line = readLine(strippingNewline: false) { text += line }
    let st = ScalarText(text)
    let tokens = Tokenizer.tokenize(st)
    return (st, tokens, SentenceSplitter.split(st, tokens: tokens, paragraphs: []))
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
        for (st, _, sentences) in prepared {
            dates += TemporalTagger.tag(st, sentences: sentences, anchor: anchor).count
            amounts += AmountExtractor.extract(st).count
        }
        cpu += threadCPUSeconds() - c0
        elapsed += clock.now - t0
        rounds += 1
    }
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let mb = Double(bytes * rounds) / 1_000_000
    print(
        "\(texts.count) texts, \(String(format: "%.1f", Double(bytes) / 1e6)) MB; \(dates) dates, \(amounts) amounts "
            + "per round"
    )
    // CPU time is the per-core figure on a shared machine; wall time is shown beside it.
    print(
        "numbers-time: \(String(format: "%.1f", mb / cpu)) MB/s per core by CPU time, "
            + "\(String(format: "%.1f", mb / seconds)) MB/s wall (\(rounds) rounds)"
    )
}

/// CPU time consumed by the calling thread.
func threadCPUSeconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

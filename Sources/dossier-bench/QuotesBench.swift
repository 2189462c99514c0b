import DossierLanguage
import DossierModel
import Foundation

/// `quotes INPUT.jsonl [OUTPUT.jsonl]`: runs the language stage over JSONL records (id, text),
/// writes each record's quotes in the analyze output's shape, and reports throughput.
@Sendable func quotesBench(_ args: [String]) throws {
    guard let input = args.first else { throw QuotesBenchError.usage("quotes INPUT.jsonl [OUTPUT.jsonl]") }
    let lines = try String(contentsOfFile: input, encoding: .utf8).split(separator: "\n")
    var articles: [Article] = []
    for line in lines {
        guard let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let text = obj["text"] as? String
        else { continue }
        let id = (obj["id"] as? String) ?? "\(articles.count)"
        articles.append(Article(id: id, source: input, text: text, paragraphs: paragraphSpans(text)))
    }
    let analyzer = LanguageAnalyzer()
    let t0 = Date()
    var tokens = 0
    for i in articles.indices {
        analyzer.analyze(&articles[i])
        tokens += articles[i].annotations.tokens.count
    }
    let dt = Date().timeIntervalSince(t0)
    // The quote step alone, over the annotations the full stage produced, best of three.
    var best = Double.infinity
    var found = 0
    for _ in 0..<3 {
        let t1 = Date()
        found = 0
        for a in articles {
            let text = ScalarText(a.text)
            found +=
                QuoteExtractor.extract(
                    text, tokens: a.annotations.tokens, sentences: a.annotations.sentences,
                    paragraphs: a.paragraphs, entities: a.annotations.entities
                ).count
        }
        best = min(best, Date().timeIntervalSince(t1))
    }
    let line =
        "\(articles.count) articles, \(tokens) tokens: language stage \(Int(Double(tokens) / dt)) tokens/s; quotes "
        + "alone \(Int(Double(tokens) / best)) tokens/s (\(found) quotes)\n"
    FileHandle.standardError.write(line.data(using: .utf8)!)
    guard args.count > 1 else { return }
    var out = ""
    let enc = JSONEncoder()
    enc.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    struct Record: Encodable { let id: String; let text: String; let quotes: [Quote] }
    for a in articles {
        let data = try enc.encode(Record(id: a.id, text: a.text, quotes: a.annotations.quotes))
        out += String(decoding: data, as: UTF8.self) + "\n"
    }
    try out.write(toFile: args[1], atomically: true, encoding: .utf8)
}

/// Paragraphs split on blank lines, or on single newlines when the text has no blank line.
fileprivate func paragraphSpans(_ text: String) -> [Span] {
    let s = Array(text.unicodeScalars)
    var blank = false
    for i in 0..<max(0, s.count - 1) where s[i] == "\n" && s[i + 1] == "\n" { blank = true; break }
    var out: [Span] = []
    var start = 0
    var i = 0
    while i <= s.count {
        let isBreak: Bool
        if i == s.count {
            isBreak = true
        } else if blank {
            isBreak = s[i] == "\n" && i + 1 < s.count && s[i + 1] == "\n"
        } else {
            isBreak = s[i] == "\n"
        }
        if isBreak {
            var a = start, b = i
            while a < b && s[a].properties.isWhitespace { a += 1 }
            while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
            if a < b { out.append(Span(a, b)) }
            i += blank ? 2 : 1
            start = i
        } else {
            i += 1
        }
    }
    return out
}

enum QuotesBenchError: Error { case usage(String) }

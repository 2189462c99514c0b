import DossierModel
import DossierOutput
import DossierStore

/// CSV and JSON Lines exports of searches and of a story's articles, quotes and figures.
enum Exporter {
    enum Format: String, CaseIterable { case csv, jsonl }

    /// Rows as CSV (RFC 4180) or JSON Lines; `header` names the columns of both.
    static func table(_ header: [String], _ rows: [[String?]], format: Format) -> String {
        var out = ""
        switch format {
        case .csv:
            out += header.map(csvField).joined(separator: ",") + "\r\n"
            for r in rows { out += r.map { csvField($0 ?? "") }.joined(separator: ",") + "\r\n" }
        case .jsonl:
            for r in rows {
                let fields = zip(header, r).map { ($0, JSONValue.string($1)) }
                out += JSONValue.object(fields).rendered() + "\n"
            }
        }
        return out
    }

    /// Quoted when needed; a leading `= + - @` is prefixed with `'` so spreadsheets don't run it.
    static func csvField(_ s: String) -> String {
        var v = s
        if let f = v.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { v = "'" + v }
        let needsQuotes = v.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
    }

    static func search(_ hits: [SearchHit], format: Format) -> String {
        table(
            ["kind", "article_id", "quote_ordinal", "title", "outlet", "published", "speaker", "snippet", "score"],
            hits.map { h in
                [
                    h.kind.rawValue, h.articleID, h.ordinal.map(String.init), h.title, h.outlet, h.published, h.speaker,
                    h.plainSnippet, String(h.score),
                ]
            }, format: format)
    }

    enum StoryPart: String, CaseIterable { case articles, quotes, figures }

    static func story(_ s: Story, part: StoryPart, format: Format) -> String {
        switch part {
        case .articles:
            return table(
                ["id", "outlet", "published", "title", "url", "source"],
                s.articles.map { [$0.id, $0.outlet, $0.published, $0.title, $0.url, $0.source] },
                format: format)
        case .quotes:
            return table(
                ["speaker", "speaker_named", "speaker_description", "kind", "text", "sources", "articles"],
                s.quotes.map { q in
                    [
                        q.speaker, String(q.speakerNamed), q.speakerDescription, q.kind.rawValue, q.text,
                        String(q.sources.count),
                        (q.sources + q.reprints).map(\.article).joined(separator: " "),
                    ]
                }, format: format)
        case .figures:
            var rows: [[String?]] = []
            for c in s.claims {
                for f in c.figures {
                    rows.append([
                        c.unit, c.verdict.rawValue, f.amount.text, JSONValue.number(f.amount.value).rendered(),
                        f.amount.claimant, f.outlet, f.article, f.sentence,
                    ])
                }
            }
            return table(
                ["unit", "verdict", "figure", "value", "claimant", "outlet", "article", "sentence"], rows,
                format: format)
        }
    }
}

import Foundation

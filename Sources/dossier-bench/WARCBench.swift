import DossierClean
import DossierIngest
import DossierModel
import Foundation

/// `warc FILE...`: streams each WARC, extracts every HTML page, prints one line per page or
/// error, then pages/second and the peak resident memory (to check that memory stays flat).
@Sendable func warcBench(_ args: [String]) throws {
    let quiet = args.contains("--quiet")
    var pages = 0, errors = 0, chars = 0
    let start = Date()
    for path in args where path != "--quiet" {
        for item in WARCReader(path: path) {
            switch item {
            case .failure(let e):
                errors += 1
                print("error \(e)")
            case .success(let doc):
                guard case .html(let bytes, let charset) = doc.body else { continue }
                let x = HTMLExtractor.extract(html: bytes, url: doc.article.url, contentTypeCharset: charset)
                pages += 1
                chars += x.text.unicodeScalars.count
                if !quiet {
                    print(
                        "\(doc.article.source) \(doc.article.id) \(doc.article.url ?? "-") charset=\(x.charset) "
                            + "chars=\(x.text.unicodeScalars.count) title=\(x.title ?? "-")"
                    )
                }
            }
        }
    }
    let secs = Date().timeIntervalSince(start)
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let hwm = status.split(separator: "\n").first { $0.hasPrefix("VmHWM") } ?? "VmHWM: ?"
    FileHandle.standardError.write(
        "\(pages) pages, \(errors) errors, \(chars) chars in \(String(format: "%.2f", secs)) s; \(hwm)\n".data(
            using: .utf8)!)
}

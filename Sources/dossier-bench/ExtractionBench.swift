import DossierClean
import DossierIngest
import Foundation

/// `extract-html [--repeat N] [--quiet] FILE...`: extracts each (optionally gzipped) HTML page and
/// writes one {"id","source","text"} JSON line per page to stdout (the input of score_extraction.py;
/// none with --quiet), then the pages/second of the fastest of N passes on stderr. Files are read
/// before the clock starts so the figure is extraction alone.
@Sendable func extractHTMLBench(_ args: [String]) throws {
    var paths: [String] = []
    var repeatCount = 1
    var quiet = false
    var i = 0
    while i < args.count {
        if args[i] == "--repeat", i + 1 < args.count { repeatCount = Int(args[i + 1]) ?? 1; i += 2; continue }
        if args[i] == "--quiet" { quiet = true; i += 1; continue }
        paths.append(args[i]); i += 1
    }
    var pages: [(String, [UInt8])] = []
    for p in paths {
        guard let bytes = try readPage(p) else { continue }
        pages.append((p, bytes))
    }
    var out = ""
    var fastest = Double.infinity
    for r in 0..<repeatCount {
        let start = Date()
        for (p, bytes) in pages {
            let x = HTMLExtractor.extract(html: bytes, url: nil, contentTypeCharset: nil)
            if r == 0, !quiet {
                let rec: [String: String] = ["id": (p as NSString).lastPathComponent, "source": p, "text": x.text]
                let d = try JSONSerialization.data(withJSONObject: rec, options: [.sortedKeys])
                out += String(decoding: d, as: UTF8.self) + "\n"
            }
        }
        fastest = min(fastest, Date().timeIntervalSince(start))
    }
    FileHandle.standardOutput.write(out.data(using: .utf8)!)
    FileHandle.standardError.write(
        String(
            format: "dossier: %d pages in %.3f s (fastest of %d passes), %.1f pages/s\n",
            pages.count, fastest, repeatCount, Double(pages.count) / fastest
        ).data(using: .utf8)!)
}

/// `trace-html FILE`: the extractor's per-block decisions for one page (diagnostics).
@Sendable func traceHTMLBench(_ args: [String]) throws {
    for p in args {
        guard let bytes = try readPage(p) else { continue }
        print(HTMLExtractor.trace(html: bytes))
    }
}

/// `reduce-html FILE...` or `reduce-html --out DIR FILE...`: the page as libxml2 is given it, after
/// the markup reducer (diagnostics; with `--out`, one reduced file per page under DIR).
@Sendable func reduceHTMLBench(_ args: [String]) throws {
    var files = args
    var outDir: String?
    if files.first == "--out", files.count >= 2 { outDir = files[1]; files.removeFirst(2) }
    guard !files.isEmpty else { throw BenchUsage("reduce-html [--out DIR] FILE...") }
    for f in files {
        guard let bytes = try readPage(f) else { throw BenchUsage("reduce-html FILE... (cannot read \(f))") }
        let reduced = Data(HTMLExtractor.reducedMarkup(html: bytes))
        if let outDir {
            let name = (f as NSString).lastPathComponent.replacingOccurrences(of: ".gz", with: "")
            try reduced.write(to: URL(fileURLWithPath: outDir).appendingPathComponent(name))
        } else {
            FileHandle.standardOutput.write(reduced)
        }
    }
}

/// `reduce-speed FILE...`: the markup reducer alone, pages per second (diagnostics).
@Sendable func reduceSpeedBench(_ args: [String]) throws {
    var pages: [[UInt8]] = []
    for p in args {
        guard let bytes = try readPage(p) else { continue }
        pages.append(bytes)
    }
    let start = Date()
    var total = 0
    for _ in 0..<5 { for p in pages { total &+= HTMLExtractor.reducedMarkup(html: p).count } }
    let secs = Date().timeIntervalSince(start)
    FileHandle.standardError.write(
        String(format: "reducer: %.1f pages/s (%d bytes out)\n", Double(pages.count * 5) / secs, total / 5).data(
            using: .utf8)!)
}

/// A page's bytes, gunzipped when they are gzip; nil when the file cannot be read.
func readPage(_ path: String) throws -> [UInt8]? {
    guard let d = FileManager.default.contents(atPath: path) else { return nil }
    let bytes = [UInt8](d)
    return Gzip.isGzip(bytes) ? try Gzip.decompress(bytes, limit: 64 << 20) : bytes
}

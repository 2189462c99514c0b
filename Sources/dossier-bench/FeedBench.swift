import DossierIngest
import DossierModel
import Foundation

/// `feeds DIR|FILE...`: reads every file as a feed; prints one line per file (items or the
/// error), then totals and files/second.
@Sendable func feedBench(_ args: [String]) throws {
    let quiet = args.contains("--quiet")
    var files: [String] = []
    for a in args where a != "--quiet" {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: a, isDirectory: &isDir), isDir.boolValue {
            let e = FileManager.default.enumerator(atPath: a)
            while let rel = e?.nextObject() as? String {
                let full = (a as NSString).appendingPathComponent(rel)
                var d: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &d), !d.boolValue { files.append(full) }
            }
        } else {
            files.append(a)
        }
    }
    files.sort()
    var ok = 0, failed = 0, items = 0
    let start = Date()
    for f in files {
        guard let d = FileManager.default.contents(atPath: f) else { failed += 1; print("\(f): unreadable"); continue }
        let (arts, errs) = FeedReader.read([UInt8](d), source: f)
        items += arts.count
        if let e = errs.first {
            failed += 1
            print("error \(e)")
        } else {
            ok += 1
            if !quiet {
                let first =
                    arts.first.map {
                        "\($0.title ?? "-") | \($0.url ?? "-") | \($0.published?.iso8601 ?? "-") | "
                            + "\($0.byline ?? "-") | \($0.text.prefix(60))"
                    } ?? ""
                print("ok \(f) items=\(arts.count) \(first)".replacingOccurrences(of: "\n", with: " "))
            }
        }
    }
    let secs = Date().timeIntervalSince(start)
    let seconds = String(format: "%.2f", secs)
    FileHandle.standardError.write(
        "\(files.count) files: \(ok) parsed (\(items) items), \(failed) reported, in \(seconds) s\n".data(using: .utf8)!
    )
}

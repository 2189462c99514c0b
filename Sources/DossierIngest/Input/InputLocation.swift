import DossierModel
import Foundation

/// One place to read from: a file, or standard input (`-`).
public enum InputLocation: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case standardInput
    /// An http(s) page or feed, fetched when read.
    case url(String)

    public var description: String {
        switch self {
        case .file(let p), .url(let p): return p
        case .standardInput: return "-"
        }
    }
}

/// Turns command-line arguments into input locations: files as given, folders walked recursively
/// in sorted order (so output order is stable), `-` for stdin, http(s) URLs to fetch.
public enum InputCollector {
    /// File endings taken from folders; a file named explicitly is read whatever its ending.
    public static let folderExtensions: Set<String> = [
        "txt", "text", "json", "jsonl", "ndjson", "html", "htm", "xhtml", "xml", "rss", "atom", "rdf", "warc",
    ]

    public static func expand(_ arguments: [String]) -> (locations: [InputLocation], errors: [InputError]) {
        var locations: [InputLocation] = []
        var errors: [InputError] = []
        let fm = FileManager.default
        for arg in arguments {
            if arg == "-" { locations.append(.standardInput); continue }
            if RemoteInput.isURL(arg) { locations.append(.url(arg)); continue }
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: arg, isDirectory: &isDir) else {
                errors.append(InputError(input: arg, problem: "no such file or folder"))
                continue
            }
            guard isDir.boolValue else { locations.append(.file(arg)); continue }
            var found: [String] = []
            if let walker = fm.enumerator(atPath: arg) {
                for case let rel as String in walker {
                    let name = (rel as NSString).lastPathComponent
                    if name.hasPrefix(".") { continue }
                    let full = (arg as NSString).appendingPathComponent(rel)
                    var sub: ObjCBool = false
                    if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue, isTakenFromFolder(name) {
                        found.append(full)
                    }
                }
            }
            if found.isEmpty {
                errors.append(InputError(input: arg, problem: "folder holds no readable inputs (\(folderExtensions.sorted().joined(separator: ", ")))"))
            }
            locations += found.sorted().map { .file($0) }
        }
        return (locations, errors)
    }

    static func isTakenFromFolder(_ name: String) -> Bool {
        var ext = (name as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        return folderExtensions.contains(ext)
    }
}

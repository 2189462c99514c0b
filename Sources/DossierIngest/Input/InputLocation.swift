import DossierModel
import Foundation

/// One place to read from: a file, or standard input (`-`).
public enum InputLocation: Sendable, Equatable, CustomStringConvertible {
    case file(String)
    case standardInput
    /// An http(s) page or feed, fetched when read.
    case url(String)
    /// A file whose path is not valid UTF-8 (legal on Linux): opened by its bytes, named with
    /// U+FFFD where a byte does not decode.
    case rawFile([UInt8])

    public var description: String {
        switch self {
        case .file(let p), .url(let p): return p
        case .standardInput: return "-"
        case .rawFile(let bytes): return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Whether reading it may wait on something other than the disk (standard input, a URL, a
    /// pipe or a device): a reader hands over what it has before opening such an input.
    public var mayBlock: Bool {
        switch self {
        case .standardInput, .url: return true
        case .file(let path): return !FolderWalk.isRegularFile(Array(path.utf8))
        case .rawFile(let path): return !FolderWalk.isRegularFile(path)
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
            let found = FolderWalk.files(under: Array(arg.utf8)).filter {
                isTakenFromFolder(InputLocation.rawFile($0).description)
            }
            if found.isEmpty {
                errors.append(
                    InputError(
                        input: arg,
                        problem:
                            "folder holds no readable inputs (\(folderExtensions.sorted().joined(separator: ", ")))"))
            }
            for path in found {
                // Paths that are valid UTF-8 (nearly all) stay plain strings.
                if let s = String(validating: path, as: UTF8.self) {
                    locations.append(.file(s))
                } else {
                    locations.append(.rawFile(path))
                }
            }
        }
        return (locations, errors)
    }

    static func isTakenFromFolder(_ name: String) -> Bool {
        var ext = (name as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        return folderExtensions.contains(ext)
    }
}

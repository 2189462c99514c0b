import Glibc

/// Lists the files below a folder by their path bytes, sorted, hidden names skipped.
///
/// Why not FileManager: on Linux its enumerator decodes names as UTF-8 and a name that is not
/// (a legal file name, common in old archives) comes back altered, so the file silently drops
/// out of the batch. Here every name is kept as the bytes the system gave.
enum FolderWalk {
    /// Folders nested deeper than this are not entered (a symlink loop or a hostile tree).
    static let maxDepth = 64

    static func files(under root: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = []
        walk(root, depth: 0, into: &out)
        return out.sorted { $0.lexicographicallyPrecedes($1) }
    }

    private static func walk(_ dir: [UInt8], depth: Int, into out: inout [[UInt8]]) {
        guard depth <= maxDepth, let handle = opendir(cString(dir)) else { return }
        defer { closedir(handle) }
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            // Hidden files and folders (".git", ".DS_Store") and the . and .. entries.
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        for name in names {
            var path = dir
            if path.last != UInt8(ascii: "/") { path.append(UInt8(ascii: "/")) }
            path += name
            var st = stat()
            guard stat(cString(path), &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR: walk(path, depth: depth + 1, into: &out)
            case S_IFREG: out.append(path)
            default: break
            }
        }
    }

    /// A regular file, or a path that cannot be looked at (reading it will say why).
    static func isRegularFile(_ path: [UInt8]) -> Bool {
        var st = stat()
        guard stat(cString(path), &st) == 0 else { return true }
        return st.st_mode & S_IFMT == S_IFREG
    }

    static func cString(_ bytes: [UInt8]) -> [CChar] {
        bytes.map { CChar(bitPattern: $0) } + [0]
    }
}

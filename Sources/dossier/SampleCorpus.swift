import Foundation

/// Finds the built-in sample corpus wherever `dossier demo` is run from.
enum SampleCorpus {
    static func locate() -> String? {
        let fm = FileManager.default
        var candidates: [String] = []
        if let env = ProcessInfo.processInfo.environment["DOSSIER_SAMPLES"] { candidates.append(env) }
        candidates.append("Samples/corpus")
        // The checkout this binary was built from: Sources/dossier/SampleCorpus.swift → repo root.
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        candidates.append(repo.appendingPathComponent("Samples/corpus").path)
        return candidates.first { path in
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
        }
    }
}

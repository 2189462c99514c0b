import DossierFuzzTargets
import Foundation

// Built normally, dossier-fuzz replays inputs: `dossier-fuzz TARGET FILE...` runs each file
// through the target and says how many articles came out (a crash is the finding). Built with
// -sanitize=fuzzer -DFUZZING (scripts/fuzz), this entry point is left out and libFuzzer's own
// main drives FuzzEntry.swift. (A type, not main.swift: top-level code is parsed even where
// #if leaves it out, and libFuzzer must be the only main.)
#if !FUZZING
@main
enum Replay {
    static func main() {
        let arguments = CommandLine.arguments.dropFirst()
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name) else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            FileHandle.standardError.write(Data("usage: dossier-fuzz \(names) FILE...\n".utf8))
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("dossier-fuzz: \(path): cannot read\n".utf8))
                exit(1)
            }
            print("\(path): \(target.run([UInt8](data))) articles")
        }
    }
}
#endif

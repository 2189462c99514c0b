#if FUZZING
import DossierFuzzTargets
import Foundation

/// The target named by DOSSIER_FUZZ_TARGET, read once.
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["DOSSIER_FUZZ_TARGET"] ?? ""
    guard let t = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("dossier-fuzz: set DOSSIER_FUZZ_TARGET to one of \(names)\n".utf8))
        exit(2)
    }
    return t
}()

/// libFuzzer's entry point: one input, any bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    target.run(bytes)
    return 0
}
#endif

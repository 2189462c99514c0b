import DossierModel
import Foundation

/// Buffered stdout and one-line stderr reports, shared by the commands.
enum Console {
    nonisolated(unsafe) private static var buffer: [UInt8] = []

    static func write(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    static func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func report(_ e: InputError) { error("dossier: \(e.description)") }
}

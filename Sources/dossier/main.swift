import ArgumentParser
import Foundation

// ArgumentParser exits 64 on usage errors; the contract is 2. Help and version still exit 0.
do {
    var command = try DossierCommand.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Foundation.exit(exit.rawValue)
} catch {
    let code = DossierCommand.exitCode(for: error)
    if code == .success {
        DossierCommand.exit(withError: error)
    }
    if code == .validationFailure || error is ValidationError || code.rawValue == 64 {
        FileHandle.standardError.write(Data((DossierCommand.fullMessage(for: error) + "\n").utf8))
        Foundation.exit(2)
    }
    FileHandle.standardError.write(Data("dossier: \(DossierCommand.message(for: error))\n".utf8))
    Foundation.exit(1)
}

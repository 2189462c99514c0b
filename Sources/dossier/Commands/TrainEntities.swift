import ArgumentParser
import DossierLanguage
import Foundation

struct TrainEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-entities",
        abstract: "Rebuild the named-entity tagger's weights (Sources/DossierLanguage/Resources/entities.bin).",
        discussion: """
            Learns word clusters and capitalisation habits from unlabelled news text (each --bulk \
            folder: Reuters-21578 .sgm files or one story per .txt file, plus the training text), \
            then trains an averaged structured perceptron on CoNLL-2003 column files, keeping the \
            epoch that scores best on the validation file. Deterministic for the same inputs.

            Example (unpack the bulk tarballs outside the repository first):
              dossier train-entities --train /work/shared/data/entities/conll2003/eng.train \\
                --validate /work/shared/data/entities/conll2003/eng.testa \\
                --bulk /tmp/bulk/reuters21578 --bulk /tmp/bulk/bbc
            """
    )

    @Option(help: "CoNLL-2003 training file (IOB1 or IOB2 tags in the last column).")
    var train: String

    @Option(help: "CoNLL-2003 file to choose the epoch on.")
    var validate: String

    @Option(help: "Folder of unlabelled news text for word clusters; repeatable.")
    var bulk: [String] = []

    @Option(help: "Training passes over the data.")
    var epochs: Int = 15

    @Option(help: "Where to write the model.")
    var output: String = "Sources/DossierLanguage/Resources/entities.bin"

    func run() throws {
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let trainDocs = CoNLLFormat.parse(try String(contentsOfFile: train, encoding: .utf8))
        let validDocs = CoNLLFormat.parse(try String(contentsOfFile: validate, encoding: .utf8))
        var trainer = EntityTrainer(epochs: epochs)
        if !bulk.isEmpty {
            var texts: [String] = []
            for dir in bulk { texts += try stories(under: dir) }
            texts += trainDocs.map { $0.text.string }
            trainer.lexicon = WordClusters().build(texts, log: log)
        }
        let bytes = trainer.train(trainDocs, validate: validDocs, log: log)
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        log("wrote \(bytes.count) bytes to \(output)")
    }

    private func stories(under directory: String) throws -> [String] {
        let fm = FileManager.default
        guard let walker = fm.enumerator(atPath: directory) else {
            throw ValidationError("cannot read folder \(directory)")
        }
        var out: [String] = []
        for case let rel as String in walker where NewsCorpusFormat.isStoryFile(rel) {
            guard let data = fm.contents(atPath: directory + "/" + rel) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            out += rel.hasSuffix(".sgm") ? NewsCorpusFormat.reutersStories(text) : [text]
        }
        return out
    }
}

import ArgumentParser
import DossierLanguage
import DossierTraining
import Foundation

struct TrainEntities: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-entities",
        abstract: "Rebuild the named-entity tagger's weights (Sources/DossierLanguage/Resources/entities.bin).",
        discussion: """
            Learns word clusters and capitalisation habits from unlabelled news text (each --bulk \
            folder: Reuters-21578 .sgm files or one story per .txt file; or a --bulk file: JSON lines \
            in the input format, or an extraction ground truth {id: {"articleBody"}}; plus the \
            training text), then trains an averaged structured perceptron on CoNLL-2003 column files, keeping the \
            epoch that scores best on the validation file. Deterministic for the same inputs.

            Place names and demonyms come from Resources/gazetteers.txt (scripts/build-gazetteers), \
            read as features in training and tagging alike.

            The shipped weights (unpack the bulk tarballs outside the repository first):
              dossier train-entities --train ../shared/data/entities/conll2003/eng.train \\
                --validate ../shared/data/entities/conll2003/eng.testa \\
                --bulk /tmp/bulk/reuters21578 --bulk /tmp/bulk/bbc \\
                --bulk ../shared/data/quotes/polnear/data/train/text \\
                --bulk ../shared/data/clustering/ecbplus/ecbplus.jsonl \\
                --bulk ../shared/data/dev/extraction/ground-truth.json \\
                --bulk ../shared/data/dev/stories/wikiref220.jsonl
            """
    )

    @Option(help: "CoNLL-2003 training file (IOB1 or IOB2 tags in the last column).")
    var train: String

    @Option(help: "CoNLL-2003 file to choose the epoch on.")
    var validate: String

    @Option(help: "Folder or file of unlabelled news text for word clusters; repeatable.")
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
        var isFolder: ObjCBool = false
        if fm.fileExists(atPath: directory, isDirectory: &isFolder), !isFolder.boolValue {
            guard let data = fm.contents(atPath: directory) else { throw ValidationError("cannot read \(directory)") }
            return NewsCorpusFormat.stories(fileNamed: directory, contents: String(decoding: data, as: UTF8.self))
        }
        guard let walker = fm.enumerator(atPath: directory) else {
            throw ValidationError("cannot read folder \(directory)")
        }
        var out: [String] = []
        // Sorted, so that the clusters (and so the weights) do not depend on directory order.
        let files = walker.compactMap { $0 as? String }.filter(NewsCorpusFormat.isStoryFile).sorted()
        for rel in files {
            guard let data = fm.contents(atPath: directory + "/" + rel) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            out += NewsCorpusFormat.stories(fileNamed: rel, contents: text)
        }
        return out
    }
}

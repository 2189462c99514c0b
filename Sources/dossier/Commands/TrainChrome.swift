import ArgumentParser
import DossierClean
import DossierIngest
import DossierModel
import DossierOutput
import Foundation

struct TrainChrome: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train-chrome",
        abstract: "Rebuild the scraped-page chrome classifier (Sources/DossierClean/Resources/chrome.bin).",
        discussion: """
            Trains the two-stage line classifier on whole pages dumped to text (--pages, one \
            ID.txt each) and their article bodies (--gold, {ID: {"articleBody"}}). Deterministic: \
            the same files give the same bytes.

            With --folds (a JSON {ID: group}, e.g. the site of each page from \
            scripts/scraped-groups.py), trains once per held-out fold instead and writes each held-out \
            page as cleaned by the model that never saw its group, as analyze records, to \
            --predictions: score that file with ../shared/eval/score_extraction.py.

            Example:
              dossier train-chrome --pages ../shared/data/dev/scraped/pages \\
                --gold ../shared/data/dev/scraped/ground-truth.json
            """
    )

    @Option(help: "Folder of pages dumped to text, ID.txt each.")
    var pages: String

    @Option(help: "JSON {ID: {\"articleBody\": ...}} with each page's article body.")
    var gold: String

    @Option(help: "Where to write the model.")
    var output: String = "Sources/DossierClean/Resources/chrome.bin"

    @Option(help: "JSON {ID: group}: cross-validate with whole groups held out instead of writing a model.")
    var folds: String?

    @Option(help: "Number of cross-validation folds.")
    var foldCount: Int = 5

    @Option(help: "Where cross-validation writes the held-out pages' records (JSONL).")
    var predictions: String = "/dev/stdout"

    func run() throws {
        let log: (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
        let goldData = try Data(contentsOf: URL(fileURLWithPath: gold))
        guard let goldJSON = try JSONSerialization.jsonObject(with: goldData) as? [String: Any] else {
            throw ValidationError("\(gold) is not a JSON object")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: pages).filter { $0.hasSuffix(".txt") }.sorted()
        var set: [ChromeTrainer.Page] = []
        for name in names {
            let id = String(name.dropLast(4))
            guard let entry = goldJSON[id] as? [String: Any],
                let body = entry["articleBody"] as? String
            else { continue }
            let data = try Data(contentsOf: URL(fileURLWithPath: pages + "/" + name))
            set.append(.init(id: id, text: String(decoding: data, as: UTF8.self), body: body))
        }
        log("\(set.count) pages with a gold body")
        guard let folds else {
            let bytes = ChromeTrainer.encode(ChromeTrainer().train(set, log: log))
            try Data(bytes).write(to: URL(fileURLWithPath: output))
            log("wrote \(bytes.count) bytes to \(output)")
            return
        }
        let groupData = try Data(contentsOf: URL(fileURLWithPath: folds))
        guard let groups = try JSONSerialization.jsonObject(with: groupData) as? [String: String] else {
            throw ValidationError("\(folds) is not a JSON object of strings")
        }
        // Groups in name order, dealt round the folds: a whole group is always held out together.
        let groupNames = Set(set.map { groups[$0.id] ?? $0.id }).sorted()
        let foldOf = Dictionary(uniqueKeysWithValues: groupNames.enumerated().map { ($1, $0 % max(1, foldCount)) })
        var out = ""
        for fold in 0..<max(1, foldCount) {
            let inFold = { (p: ChromeTrainer.Page) in foldOf[groups[p.id] ?? p.id] == fold }
            let model = ChromeTrainer().train(set.filter { !inFold($0) }, log: log)
            for page in set where inFold(page) {
                guard case .success(let doc) = PlainTextReader.document(text: page.text, source: page.id + ".txt"),
                    case .plainText(let body) = doc.body
                else { continue }
                var article = doc.article
                TextCleaner.clean(body: body, into: &article, model: model, wholePage: doc.wholePage)
                out += AnalyzeRecord.json(article).rendered() + "\n"
            }
            log("fold \(fold + 1) of \(foldCount) done")
        }
        try Data(out.utf8).write(to: URL(fileURLWithPath: predictions))
    }
}

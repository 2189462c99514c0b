import ArgumentParser
import DossierIngest
import DossierLinking
import DossierOutput
import DossierPipeline
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the whole pipeline on the built-in sample corpus and write its dossier.",
        discussion: """
            Reads Samples/corpus (found from the working directory, $DOSSIER_SAMPLES, or the \
            source checkout this binary was built from), links the reports into stories, and writes \
            the largest story's dossier as Markdown and HTML, plus stories.json.
            """
    )

    @Option(help: "Folder to write the dossier into.")
    var out: String = "dossier-demo"

    @Option(help: "Sample corpus folder (default: found automatically).")
    var samples: String?

    func run() throws {
        guard let corpus = samples ?? SampleCorpus.locate() else {
            Console.error("dossier: cannot find the sample corpus; run from the repository root or pass --samples PATH")
            throw ExitCode(1)
        }
        let result = Pipeline().collect(InputCollector.expand([corpus]).locations)
        result.errors.forEach(Console.report)
        let stories = StoryLinker().link(result.articles)
        guard let top = stories.first else {
            Console.error("dossier: the sample corpus produced no story")
            throw ExitCode(1)
        }
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        let brief = BriefBuilder.build(top, articles: result.articles, failures: result.errors.map(\.description))
        let md = (out as NSString).appendingPathComponent("brief.md")
        let html = (out as NSString).appendingPathComponent("brief.html")
        let json = (out as NSString).appendingPathComponent("stories.json")
        try brief.rendered(.markdown).write(toFile: md, atomically: true, encoding: .utf8)
        try brief.rendered(.html).write(toFile: html, atomically: true, encoding: .utf8)
        try (StoriesDocument.json(stories).rendered(pretty: true) + "\n").write(
            toFile: json, atomically: true, encoding: .utf8)
        Console.write(
            """
            Read \(result.articles.count) reports from \(corpus)
            Found \(stories.count) stories; the largest: "\(top.title)" (\(top.articles.count) reports)
            Dossier written to:
              \(md)
              \(html)
              \(json) (all stories)

            """)
        Console.flush()
        if !result.errors.isEmpty { throw ExitCode(1) }
    }
}

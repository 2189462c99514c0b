import DossierModel
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads `dossier analyze` records (JSON Lines, gzipped or not) back as analysed articles, for
/// `stories --analysed` and `brief --analysed`: the text, spans and annotations are taken as written,
/// so linking a corpus that was analysed once does not clean and analyse it a second time.
///
/// A record is trusted no further than a stored article: every span must fit the record's text
/// (in scalars), else the record is reported and skipped, so nothing downstream indexes past it.
public enum AnalysedRecordReader {
    /// The articles of one input in file order, and one error per record (or input) that could not be read.
    public static func read(
        _ location: InputLocation, limits: InputLimits = .standard
    )
        -> (articles: [Article], errors: [InputError])
    {
        let name = location.description
        let raw: ByteSource
        switch location {
        case .standardInput:
            raw = HandleSource(FileHandle.standardInput)
        case .url:
            return ([], [InputError(input: name, problem: "analysed records are read from files or -, not URLs")])
        case .file(let path):
            guard let file = FileSource(path: path) else {
                return ([], [InputError(input: name, problem: "cannot open file (missing or unreadable)")])
            }
            raw = file
        case .rawFile(let path):
            let fd = Glibc.open(FolderWalk.cString(path), O_RDONLY)
            guard fd >= 0 else {
                return ([], [InputError(input: name, problem: "cannot open file (missing or unreadable)")])
            }
            raw = HandleSource(FileHandle(fileDescriptor: fd, closeOnDealloc: true))
        }
        var magic: [UInt8] = []
        while magic.count < 2, raw.read(into: &magic, max: 2 - magic.count) > 0 {}
        var source: ByteSource = ReplaySource(prefix: magic, rest: raw)
        if Gzip.isGzip(magic) {
            guard let gunzip = GunzipSource(source) else {
                return ([], [InputError(input: name, problem: "zlib initialisation failed")])
            }
            source = gunzip
        }
        var articles: [Article] = []
        var errors: [InputError] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        for line in LineReader(source: source, maxLine: limits.lineBytes) {
            lineNumber += 1
            let at = "\(name):\(lineNumber)"
            if line.cut {
                errors.append(DocumentReader.overLineLimit(name, limits, line: lineNumber))
                continue
            }
            if line.bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if articles.count + errors.count >= limits.recordsPerFile {
                errors.append(
                    InputError(
                        input: name,
                        problem:
                            "more than \(limits.recordsPerFile) records (the --max-records limit); the rest skipped"))
                break
            }
            switch article(line.bytes, decoder: decoder) {
            case .success(let a): articles.append(a)
            case .failure(let problem): errors.append(InputError(input: at, problem: problem.text))
            }
        }
        if let damage = source.damage {
            errors.append(InputError(input: name, problem: "\(damage); the records before it were read"))
        }
        return (articles, errors)
    }

    /// Why a line is not an analysed record.
    public struct Problem: Error {
        public var text: String
    }

    /// One `analyze` record as an article, or why it is not one.
    public static func article(_ line: [UInt8], decoder: JSONDecoder = JSONDecoder()) -> Result<Article, Problem> {
        let record: Record
        do {
            record = try decoder.decode(Record.self, from: Data(line))
        } catch {
            return .failure(Problem(text: "not a dossier analyze record: \(describe(error))"))
        }
        var published: Timestamp?
        if let p = record.published {
            guard let t = Timestamp(iso8601: p) else {
                return .failure(Problem(text: "\"published\" is not an ISO 8601 date as analyze writes it: \(p)"))
            }
            published = t
        }
        var ann = Annotations()
        ann.sentences = record.sentences
        ann.entities = record.entities
        ann.quotes = record.quotes
        ann.amounts = record.amounts
        ann.dates = record.dates
        let scalars = record.text.unicodeScalars.count
        let spans =
            record.paragraphs + ann.sentences + ann.entities.flatMap(\.mentions) + ann.quotes.map(\.span)
            + ann.amounts.map(\.span) + ann.dates.map(\.span)
        if let bad = spans.first(where: { $0.end > scalars }) {
            return .failure(
                Problem(text: "span [\(bad.start), \(bad.end)] runs past the text's \(scalars) scalars; skipped"))
        }
        return .success(
            Article(
                id: record.id, source: record.source, url: record.url, outlet: record.outlet, title: record.title,
                byline: record.byline, published: published, language: record.language, text: record.text,
                paragraphs: record.paragraphs, removed: record.removed, annotations: ann))
    }

    /// A decoding error in one line: which field, and what is wrong with it.
    static func describe(_ error: Error) -> String {
        func path(_ keys: [CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case DecodingError.keyNotFound(let key, let c):
            return "no \"\(key.stringValue)\" field" + (c.codingPath.isEmpty ? "" : " in \(path(c.codingPath))")
        case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c):
            return "\(path(c.codingPath)) has the wrong type or is null"
        case DecodingError.dataCorrupted(let c):
            return c.codingPath.isEmpty ? "malformed JSON" : "\(path(c.codingPath)): \(c.debugDescription)"
        default:
            return JSONErrorText.describe(error)
        }
    }

    /// The fields of `AnalyzeRecord.json` that make up an article; `null` reads as nil.
    struct Record: Decodable {
        var id: String
        var source: String
        var url: String?
        var outlet: String?
        var title: String?
        var byline: String?
        var published: String?
        var language: String?
        var text: String
        var removed: [String]
        var paragraphs: [Span]
        var sentences: [Span]
        var entities: [Entity]
        var quotes: [Quote]
        var amounts: [Amount]
        var dates: [TimeExpression]
    }
}

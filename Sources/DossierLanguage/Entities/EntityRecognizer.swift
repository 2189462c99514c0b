import DossierModel
import Foundation

/// One name the tagger found: where it stands, its type and the tokens it covers.
public struct NameMention: Sendable, Equatable {
    public var span: Span
    public var type: EntityType
    /// Indices into the token array the recognizer was given.
    public var tokens: Range<Int>

    public init(span: Span, type: EntityType, tokens: Range<Int>) {
        self.span = span
        self.type = type
        self.tokens = tokens
    }
}

/// Finds the people, organisations, places and other names (CoNLL-2003 types) in an article
/// and groups the mentions of each referent into one `Entity`.
///
/// Names are tagged by a sequence model trained on CoNLL-2003 English (see `EntityTrainer`
/// and `dossier train-entities`); `NameResolver` then links "Mara Lindqvist", "Lindqvist"
/// and "LINDQVIST" to one entity and attaches the role the text gives her.
/// Mention spans follow the CoNLL convention: a title such as "Ms" stays outside the span,
/// but "Ms Lindqvist" is kept among the entity's aliases. `EntityIndex` maps a token or span
/// back to its entity and gives a person's gender where the text signals it.
public struct EntityRecognizer: Sendable {
    let model: EntityModel

    /// The weights shipped in the package, read once on first use.
    public static let shared: EntityRecognizer = {
        guard let url = Bundle.module.url(forResource: "entities", withExtension: "bin"),
            let data = try? Data(contentsOf: url)
        else {
            fatalError("DossierLanguage resource entities.bin is missing; rebuild it with `dossier train-entities`")
        }
        do {
            return try EntityRecognizer(modelBytes: [UInt8](data))
        } catch {
            fatalError("DossierLanguage resource entities.bin is unreadable: \(error)")
        }
    }()

    public init(modelBytes: [UInt8]) throws {
        model = try EntityModelFile.decode(modelBytes)
    }

    public func recognize(_ text: ScalarText, tokens: [Span], sentences: [Span]) -> [Entity] {
        let ranges = EntityRecognizer.tokenRanges(tokens: tokens, sentences: sentences)
        let lexicon = model.lexicon
        let consistent = MentionConsistency.apply(
            mentions(text, tokens: tokens, sentences: sentences), text: text,
            tokens: tokens, sentences: ranges
        ) { k in
            // Capitalised in at least 95% of mid-sentence uses, or too rare to say.
            let bucket = (lexicon.entry(WordForm.lexKey(text[tokens[k]])) >> 24) & 0xF
            return bucket == 0 || bucket >= 5
        }
        let names = NamesInContext.apply(consistent, text: text, tokens: tokens, sentences: ranges, gazetteer: .shared)
        return NameResolver(text: text, tokens: tokens, sentences: sentences).resolve(names)
    }

    /// The tagger's names in text order, before they are grouped into entities.
    public func mentions(_ text: ScalarText, tokens: [Span], sentences: [Span]) -> [NameMention] {
        guard !tokens.isEmpty else { return [] }
        let ranges = EntityRecognizer.tokenRanges(tokens: tokens, sentences: sentences)
        var doc = EntityFeatures(text: text, tokens: tokens, sentences: ranges, lexicon: model.lexicon)
        let tags = model.tag(&doc, sentences: ranges)
        var out: [NameMention] = []
        for r in ranges {
            for (span, type) in EntityTags.spans(Array(tags[r])) {
                let first = r.lowerBound + span.lowerBound, last = r.lowerBound + span.upperBound - 1
                out.append(
                    NameMention(
                        span: Span(tokens[first].start, tokens[last].end), type: EntityTags.types[type],
                        tokens: first..<last + 1))
            }
        }
        return out
    }

    /// Sentences as ranges of token indices; tokens outside every sentence form their own runs,
    /// so every token is tagged exactly once.
    static func tokenRanges(tokens: [Span], sentences: [Span]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var t = 0
        for s in sentences {
            let runStart = t
            while t < tokens.count && tokens[t].start < s.start { t += 1 }
            if t > runStart { out.append(runStart..<t) }
            let first = t
            while t < tokens.count && tokens[t].start < s.end { t += 1 }
            if t > first { out.append(first..<t) }
        }
        if t < tokens.count { out.append(t..<tokens.count) }
        return out
    }
}

import DossierModel

/// Reads CoNLL-2003 column files ("word POS chunk tag" per line, blank lines between
/// sentences, `-DOCSTART-` between documents) into training documents.
///
/// Accepts both IOB1 (B- only between two adjacent names of one type) and IOB2 tags. Each
/// document's text is its tokens joined by spaces and its sentences by newlines, which is
/// how the evaluation sets present CoNLL text as articles.
public enum CoNLLFormat {
    public static func parse(_ contents: String) -> [EntityTrainingDocument] {
        var docs: [EntityTrainingDocument] = []
        var text = String.UnicodeScalarView()
        var offset = 0
        var tokens: [Span] = []
        var sentences: [Range<Int>] = []
        var names: [(tokens: Range<Int>, type: EntityType)] = []
        var sentenceStart = 0
        var open: (start: Int, type: EntityType)? = nil

        func closeName() {
            if let o = open { names.append((o.start..<tokens.count, o.type)) }
            open = nil
        }
        func closeSentence() {
            closeName()
            if tokens.count > sentenceStart { sentences.append(sentenceStart..<tokens.count) }
            sentenceStart = tokens.count
        }
        func closeDocument() {
            closeSentence()
            if !tokens.isEmpty {
                docs.append(
                    EntityTrainingDocument(text: String(text), tokens: tokens, sentences: sentences, names: names))
            }
            text = String.UnicodeScalarView()
            offset = 0
            tokens = []
            sentences = []
            names = []
            sentenceStart = 0
        }

        for line in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            let cols = line.split(separator: " ")
            if cols.isEmpty { closeSentence(); continue }
            if cols[0] == "-DOCSTART-" { closeDocument(); continue }
            let word = cols[0]
            let tag = cols[cols.count - 1]
            if !tokens.isEmpty {
                text.append(tokens.count == sentenceStart ? "\n" : " ")
                offset += 1
            }
            let n = word.unicodeScalars.count
            text.append(contentsOf: word.unicodeScalars)

            var type: EntityType? = nil
            switch tag.dropFirst(2) {
            case "PER": type = .person
            case "ORG": type = .organization
            case "LOC": type = .location
            case "MISC": type = .misc
            default: type = nil
            }
            if let type {
                if tag.hasPrefix("B-") || open?.type != type { closeName(); open = (tokens.count, type) }
            } else {
                closeName()
            }
            tokens.append(Span(offset, offset + n))
            offset += n
        }
        closeDocument()
        return docs
    }
}

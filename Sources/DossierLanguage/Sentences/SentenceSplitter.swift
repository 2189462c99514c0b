import DossierModel

/// Finds sentence boundaries from tokens, never crossing a paragraph boundary.
///
/// A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes or brackets after it)
/// when the next token could open a sentence. Titles ("Dr.") never end one; other
/// abbreviations ("U.S.", "Sept.") end one only before a word that usually opens sentences.
public enum SentenceSplitter {
    public static func split(_ text: ScalarText, tokens: [Span], paragraphs: [Span]) -> [Span] {
        let s = text.scalars
        var out: [Span] = []
        let paras = paragraphs.isEmpty ? [Span(0, s.count)] : paragraphs
        var t = 0
        for para in paras {
            while t < tokens.count && tokens[t].end <= para.start { t += 1 }
            var sentStart: Int? = nil
            while t < tokens.count && tokens[t].start < para.end {
                let tok = tokens[t]
                if sentStart == nil { sentStart = tok.start }
                var endsHere = false
                var endIndex = t
                if isTerminator(s, tok) {
                    // Absorb closing quotes and brackets.
                    while endIndex + 1 < tokens.count && tokens[endIndex + 1].start < para.end
                        && tokens[endIndex + 1].length == 1 && isCloser(s[tokens[endIndex + 1].start])
                    {
                        endIndex += 1
                    }
                    endsHere =
                        endIndex + 1 >= tokens.count || tokens[endIndex + 1].start >= para.end
                        || canOpen(s, tokens[endIndex + 1])
                    // A period with a letter straight after it is inside an initialism or a name
                    // ("D-N.Y.", "bbc.co.uk"), not at the end of a sentence.
                    if endsHere && endIndex == t && endIndex + 1 < tokens.count
                        && tokens[endIndex + 1].start == tok.end && s[tok.start] == "."
                        && s[tokens[endIndex + 1].start].properties.isAlphabetic
                    {
                        endsHere = false
                    }
                } else if tok.length > 1 && s[tok.end - 1] == "." {
                    // A token carrying its own period ("U.S.", "Sept.").
                    let word = Tokenizer.lowercased(s, tok.start, tok.end - 1)
                    if !Abbreviations.isTitle(word) && t + 1 < tokens.count && tokens[t + 1].start < para.end {
                        endsHere = opensSentenceStrongly(text[tokens[t + 1]])
                    }
                }
                if endsHere {
                    out.append(Span(sentStart!, tokens[endIndex].end))
                    sentStart = nil
                    t = endIndex + 1
                } else {
                    t += 1
                }
            }
            if let st = sentStart {
                out.append(Span(st, tokens[t - 1].end))
            }
        }
        return out
    }

    private static func isTerminator(_ s: [Unicode.Scalar], _ tok: Span) -> Bool {
        let c = s[tok.start]
        return (tok.length == 1 && (c == "." || c == "!" || c == "?" || c == "\u{2026}"))
            || (tok.length == 3 && c == ".")
    }

    private static func isCloser(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]" || c == "\u{00BB}"
    }

    private static func canOpen(_ s: [Unicode.Scalar], _ tok: Span) -> Bool {
        let c = s[tok.start]
        return c.properties.isUppercase || Tokenizer.isDigit(c) || c == "\"" || c == "\u{201C}" || c == "'"
            || c == "\u{2018}" || c == "(" || c == "\u{00AB}" || c == "-" || c == "\u{2014}"
            || !c.properties.isAlphabetic && !c.properties.isLowercase && c.value > 0x2E7F
    }

    private static let strongOpeners: Set<String> = [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "But", "And",
        "In", "On", "At", "His", "Her", "Their", "Its", "There", "When", "While", "After", "Before", "However", "Mr.",
        "Ms.", "Mrs.", "Dr.",
    ]

    private static func opensSentenceStrongly(_ word: String) -> Bool { strongOpeners.contains(word) }
}

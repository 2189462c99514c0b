import DossierText
import Foundation

/// Teaser labels a site's editor pastes inside a story paragraph: "ALSO READ: <another story's
/// headline>" between two sentences, or a bare "WATCH:" closing a paragraph above a video.
enum InlineTeasers {
    /// The unit's text with any inline teaser cut out, and the teasers, verbatim; nil when it has none.
    static func cut(_ text: Substring) -> (kept: String, removed: [String])? {
        let words = wordRanges(text)
        guard words.count >= 3 else { return nil }
        for (k, w) in words.enumerated() where k > 0 {
            // A label: one to three capitalised words, the last ending in a colon, after a sentence end.
            // (The sentence end is tested first: it is the cheaper test, and both must hold.)
            let previous = text[words[k - 1]]
            guard let end = previous.unicodeScalars.last, ".!?\u{201D}\"".unicodeScalars.contains(end) else { continue }
            guard let labelEnd = labelEnd(text, words, from: k) else { continue }
            let before = text[..<w.lowerBound].trimmingCharacters(in: .whitespaces)
            let afterLabel = labelEnd + 1
            if afterLabel >= words.count {
                return (before, [text[w.lowerBound...].trimmingCharacters(in: .whitespaces)])
            }
            guard let stop = headlineEnd(text, words, from: afterLabel) else { continue }
            let teaserEnd = stop < words.count ? words[stop].lowerBound : text.endIndex
            let teaser = text[w.lowerBound..<teaserEnd].trimmingCharacters(in: .whitespaces)
            let rest = stop < words.count ? text[words[stop].lowerBound...].trimmingCharacters(in: .whitespaces) : ""
            return ([before, rest].filter { !$0.isEmpty }.joined(separator: " "), [teaser])
        }
        return nil
    }

    /// Index of the word that closes a capitals label starting at `k` ("ALSO READ:"), if one does.
    static func labelEnd(_ text: Substring, _ words: [Range<Substring.Index>], from k: Int) -> Int? {
        for j in k..<min(words.count, k + 3) {
            let w = text[words[j]]
            var letters = 0
            var lower = false
            for c in w.unicodeScalars where ScalarTests.isAlphabetic(c) {
                letters += 1
                if ScalarTests.isLowercase(c) { lower = true }
            }
            guard letters >= 2, !lower else { return nil }
            if w.hasSuffix(":") { return j }
        }
        return nil
    }

    /// Where a pasted headline ends: before the first capitalised word that a lowercase word follows
    /// and a lowercase word precedes (the next sentence), or at the end when no sentence follows.
    static func headlineEnd(_ text: Substring, _ words: [Range<Substring.Index>], from start: Int) -> Int? {
        func lower(_ i: Int) -> Bool { text[words[i]].unicodeScalars.first?.properties.isLowercase ?? false }
        func upper(_ i: Int) -> Bool { text[words[i]].unicodeScalars.first?.properties.isUppercase ?? false }
        var i = start + 2
        while i + 1 < words.count && i - start <= 25 {
            if upper(i) && lower(i + 1) && lower(i - 1) { return i }
            i += 1
        }
        // No next sentence in sight: the teaser runs to the end only when nothing there ends a sentence.
        let tail = text[words[start].lowerBound...]
        return tail.contains(where: { $0 == "." || $0 == "!" || $0 == "?" }) ? nil : words.count
    }

    static func wordRanges(_ text: Substring) -> [Range<Substring.Index>] {
        var out: [Range<Substring.Index>] = []
        var start: Substring.Index?
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == " " || text[i] == "\n" {
                if let s = start { out.append(s..<i); start = nil }
            } else if start == nil {
                start = i
            }
            i = text.index(after: i)
        }
        if let s = start { out.append(s..<text.endIndex) }
        return out
    }
}

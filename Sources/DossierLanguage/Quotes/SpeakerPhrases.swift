import DossierModel

/// Speaker phrases of the forms other outlets and countries use, kept apart from the source-phrase
/// readers they extend (`sourceLeft`, `sourceRight`, `resolve`): lower-case roles before a name after
/// an inverted cue, names given by "identified as", post-nominal titles, and role nouns that carry
/// on the speaker just quoted.
extension QuoteScan {
    /// Titles written after a name in Irish, British and Canadian news: "Eamon Kelly TD", "Jo Roe MP".
    static let postNominals: Set<String> = ["td", "mp", "mla", "mpp", "msp", "mep", "qc", "kc", "mna"]

    /// Verbs that, before "as", give the name of someone the text first described: "a woman,
    /// identified only as Maria", "a golfer, who wished to be known as Adrian".
    static let namingVerbs: Set<String> = ["identified", "known", "named", "called", "described"]

    /// Role nouns for a person quoted for what they know: after a named speaker, "the expert
    /// explained" goes on with that speaker rather than bringing in someone new.
    static let continuingRoles: Set<String> = [
        "expert", "analyst", "economist", "professor", "academic", "scientist", "researcher", "historian",
        "scholar", "lecturer", "specialist",
    ]

    /// "said police spokesperson Joanne Pike", "said report author Dr Ben Alcott", "according to
    /// scientists such as Rhona Kerr": up to three lower-case role words ("such as" passed over), then
    /// titles, then a person's name. Returns the name's mention. A noun that is also a cue ("report")
    /// may stand among the role words: the name after them settles it.
    func roleBeforeName(from start: Int, limit: Int) -> SourceMention? {
        var k = start
        var words = 0
        while k < limit && words < 3 {
            let w = lower[k]
            if w == "such" && k > start && k + 1 < limit && lower[k + 1] == "as" {
                k += 2; continue
            }
            guard !w.isEmpty, regionOf[k] < 0, !isCapitalised(k), names.byToken[k] < 0,
                !ReportingCues.phraseBreakers.contains(w), !ReportingCues.determiners.contains(w),
                !ReportingCues.subjectPronouns.contains(w),
                !SourceNames.calendar.contains(w), !ReportingCues.timeWords.contains(w), !isAdverb(k)
            else { break }
            k += 1; words += 1
        }
        guard k > start else { return nil }
        while k < limit && k - start < 6 && isTitleWord(k) && names.byToken[k] < 0 { k += 1 }
        guard k < limit, names.byToken[k] >= 0 else { return nil }
        let m = names.mentions[Int(names.byToken[k])]
        guard m.lo >= start, m.isPerson == true, !m.isMisc, m.hi <= limit else { return nil }
        return m
    }

    /// The name an appositive gives a described source, between the source phrase and its cue: "A
    /// woman, identified only as Maria, told …", "a golfer, who wished to be known as Adrian, said".
    /// The appositive may follow the cue too: "“…,” said a golfer, who wished to be known as Adrian."
    func identifiedName(after np: (lo: Int, hi: Int), before cue: Int) -> SourceMention? {
        let cue = cue > np.hi ? cue : min(tokens.count, np.hi + 12)
        guard np.hi < cue, cue - np.hi <= 12, isPunct(np.hi, ",") else { return nil }
        var a = np.hi + 1
        while a < cue {
            if regionOf[a] >= 0 || isTerminator(a) { return nil }
            if lower[a] == "as", a + 1 < cue, a - 1 > np.hi {
                let v = lower[a - 1] == "only" || lower[a - 1] == "simply" ? a - 2 : a - 1
                guard v > np.hi, QuoteScan.namingVerbs.contains(lower[v]), names.byToken[a + 1] >= 0 else { return nil }
                let m = names.mentions[Int(names.byToken[a + 1])]
                guard m.lo == a + 1, m.isPerson != false, !m.isMisc, m.hi <= cue,
                    m.hi == cue || isPunct(m.hi, ",") || isTerminator(m.hi)
                else { return nil }
                return m
            }
            a += 1
        }
        return nil
    }

    /// Where a name ends once post-nominal titles after it are left out: "Eamon Kelly TD" ends at "Kelly".
    func endBeforePostNominals(_ lo: Int, _ hi: Int) -> Int {
        var e = hi
        while e - 1 > lo && QuoteScan.postNominals.contains(lower[e - 1]) && isCapitalised(e - 1) { e -= 1 }
        return e
    }

    /// "Li Wei of Fenmore University said … ¶ “…,” the expert explained.": a role noun for someone
    /// quoted for their knowledge, that points back to no one the article describes so, continues the
    /// last named speaker when that speaker is a person quoted within the last three paragraphs.
    func continuingSpeaker(head: String, at lo: Int) -> SourceMention? {
        guard QuoteScan.continuingRoles.contains(head), let ls = lastSource, ls.hi > ls.lo, ls.hi <= lo,
            Int(paragraphOf[lo]) - Int(paragraphOf[ls.lo]) <= 3
        else { return nil }
        var found: SourceMention? = nil
        for j in ls.lo..<ls.hi where names.byToken[j] >= 0 {
            let m = names.mentions[Int(names.byToken[j])]
            if m.isPerson == true && !m.isMisc { found = m }
        }
        return found
    }

    /// Whether the phrase's last word belongs to a person's name ("the lawyer, Ana Roy" has a role
    /// before the name; "Ana Roy, Tom Hale" does not).
    func endsInPerson(_ np: (lo: Int, hi: Int)) -> Bool {
        let mi = names.byToken[np.hi - 1]
        return mi >= 0 && names.mentions[Int(mi)].isPerson == true
    }

    /// British and Irish news refer back to a person by age or family: "Jane Hale, 45, … the
    /// 45-year-old told the court", "the mother-of-three said". An age points to the person given that
    /// age (", 45,") within the last three paragraphs, and to no one when none was; "mother-of-…" and
    /// "father-of-…" to the nearest person of that gender.
    func describedPerson(_ np: (lo: Int, hi: Int)) -> SourceMention? {
        guard np.hi - np.lo >= 2, np.hi - np.lo <= 9, lower[np.lo] == "the" else { return nil }
        let floor = paragraphFloor(np.lo, back: 3)
        var age: String? = nil
        for j in (np.lo + 1)..<np.hi {
            // Numbers have no lower-case form in `lower`: the token's own text is read.
            let w = Tokenizer.isDigit(s[tokens[j].start]) ? text[tokens[j]].lowercased() : lower[j]
            // "45-year-old" as one token, or as "45", "-", "year", … when split at the hyphens.
            if w.hasSuffix("-year-old"), let f = w.unicodeScalars.first, Tokenizer.isDigit(f) {
                age = String(String.UnicodeScalarView(w.unicodeScalars.prefix(while: { Tokenizer.isDigit($0) })))
            } else if w == "year", j - 2 > np.lo, Tokenizer.isDigit(s[tokens[j - 2].start]) {
                age = text[tokens[j - 2]]
            }
        }
        if let age {
            var i = SourceNames.lastMention(names.mentions, before: np.lo)
            while i >= 0 {
                let m = names.mentions[i]
                if m.lo < floor { break }
                if m.isPerson == true, m.hi + 1 < np.lo, isPunct(m.hi, ","), text[tokens[m.hi + 1]] == age { return m }
                i -= 1
            }
            return nil
        }
        // "mother-of-three" as one token, or split at the hyphens ("mother", "-", "of", …).
        for j in (np.lo + 1)..<np.hi {
            let w = lower[j]
            let split = j + 2 < np.hi && lower[j + 2] == "of"
            if w.hasPrefix("mother-of-") || w.hasPrefix("grandmother-of-")
                || ((w == "mother" || w == "grandmother") && split)
            {
                return names.antecedent(of: "she", before: np.lo, notBefore: floor)
            }
            if w.hasPrefix("father-of-") || w.hasPrefix("grandfather-of-")
                || ((w == "father" || w == "grandfather") && split)
            {
                return names.antecedent(of: "he", before: np.lo, notBefore: floor)
            }
        }
        return nil
    }
}

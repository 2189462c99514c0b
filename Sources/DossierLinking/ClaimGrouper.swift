import DossierModel

/// Groups the figures a story's articles give about the same thing and says how they relate.
/// Two figures count the same thing when they have the same unit head (the counted noun), a
/// clause about the same subject (its qualifiers: "deployed to the border" is not "called up
/// nationwide"), no different holder or place (the names in their clauses, when both name one)
/// and the same order of magnitude. A figure is compared clause by clause with the group's
/// figures, not with the union of their words, so that a group does not drift. Each figure is
/// for a time (a date in its sentence, else its publication day): figures that disagree for the
/// same time are a `conflict`, for different times a `changed` quantity (listed in date order).
/// Each independent source gives one figure per group; its reprints are cited with it.
enum ClaimGrouper {
    struct Draft {
        var unit: String
        var context: Set<UInt64>
        /// Clauses of the figures after the first, each compared in its own right.
        var otherContexts: [Set<UInt64>] = []
        var holders: Set<UInt64>
        /// What the unit is of ("tonnes of crude oil"): part of the counted noun.
        var noun: Set<UInt64>
        var day: Int?
        var figures: [ClaimGroup.Figure] = []
        var intervals: [ClosedRange<Double>] = []
        /// When each figure holds, nil when nothing dates it.
        var times: [FigureTime?] = []
        var roots: [String] = []
        /// Where each root's figure is in `figures` (a root gives one figure per group).
        var rootSlot: [String: Int] = [:]
        /// The clauses already kept (`context` and `otherContexts`): a clause repeated by a near
        /// copy cannot raise the group's best resemblance, so it is compared once.
        var seenContexts: Set<Set<UInt64>> = []
        /// Where each word of `otherContexts` is (their positions): a clause sharing no word with
        /// one cannot be about its subject, so only those sharing one are compared.
        var otherContextsByWord: [UInt64: [Int]] = [:]

        mutating func addContext(_ c: Set<UInt64>) {
            guard seenContexts.insert(c).inserted else { return }
            for w in c { otherContextsByWord[w, default: []].append(otherContexts.count) }
            otherContexts.append(c)
        }
    }

    /// The groups of one unit, with what finds them without comparing a figure with every group:
    /// the first group holding each root's figure, and the groups each clause word appears in.
    struct UnitIndex {
        var drafts: [Int] = []
        var firstWithRoot: [String: Int] = [:]
        var byWord: [UInt64: [Int]] = [:]

        mutating func add(draft k: Int, root: String, context: Set<UInt64>) {
            firstWithRoot[root] = min(firstWithRoot[root] ?? k, k)
            for w in context where byWord[w]?.last != k { byWord[w, default: []].append(k) }
        }
    }

    /// `eventDates` gives the date of the event each article reports (`StoryEvent.date`): a figure
    /// whose sentence names no date is for its event's time, so two reports of one happening a day
    /// apart give figures for the same time.
    static func claims(
        _ sources: StorySources, tolerance: Double, windowDays: Int?,
        eventDates: [String: String] = [:],
        lagDays: Int = LinkingConfiguration().claimReportLagDays,
        unstatedDays: Int = LinkingConfiguration().claimUnstatedSameDays,
        rules: ClaimParameters = .init()
    ) -> [ClaimGroup] {
        var drafts: [Draft] = []
        var byUnit: [String: UnitIndex] = [:]
        // A clause can only be about the same subject as a group's clause when they share a word
        // (every threshold of `subjectScore` is then above zero): groups sharing none are skipped.
        let sharedWordNeeded =
            rules.subjectJaccard > 0 && (rules.sharedSubjectWords >= 1 || rules.sharedSubjectJaccard > 0)
        for item in sources.items(where: { !$0.annotations.amounts.isEmpty }) {
            for amount in item.article.annotations.amounts {
                guard let rawUnit = amount.unit, !rawUnit.isEmpty else { continue }
                let unit = unitKey(rawUnit)
                let span = StorySources.sentence(containing: amount.span, in: item)
                let sentence = item.text[span]
                let clauseSpan = clause(around: amount.span, in: span, item.text)
                let clauseText = item.text[clauseSpan]
                let after = Span(min(amount.span.end, clauseSpan.end), clauseSpan.end)
                let noun = complement(item.text[after], unit: rawUnit)
                var context = subjectStems(clauseText)
                context.subtract(contentStems(rawUnit))
                context.subtract(noun)
                let holders = holderStems(clauseText).subtracting(personStems(item.article))
                let cite = Citation(article: item.article.id, span: amount.span)
                let (time, dateText) = figureTime(
                    amount: amount, clause: clauseSpan, item: item,
                    eventDate: eventDates[item.article.id])
                let figure = ClaimGroup.Figure(
                    amount: amount, article: item.article.id, outlet: item.article.outlet,
                    sentence: sentence, modifier: amount.modifier, claimant: amount.claimant,
                    date: dateText, sources: [cite])
                let day = item.article.published?.dayNumber
                // A reprint's figure is its original's: cited with it, not counted again.
                if item.root != item.article.id, let k = byUnit[unit]?.firstWithRoot[item.root],
                    let f = drafts[k].rootSlot[item.root],
                    drafts[k].figures[f].amount.value == amount.value
                {
                    drafts[k].figures[f].sources.append(cite)
                    continue
                }
                // The group whose closest clause is most alike (the first one on a tie).
                var candidates: [Int]
                if sharedWordNeeded {
                    var found = Set<Int>()
                    if let index = byUnit[unit] { for w in context { found.formUnion(index.byWord[w] ?? []) } }
                    candidates = found.sorted()
                } else {
                    candidates = byUnit[unit]?.drafts ?? []
                }
                var best: (k: Int, score: Double)?
                for k in candidates {
                    guard
                        let score = closestClause(
                            drafts[k], item.root, amount, holders, noun, day, context,
                            windowDays: windowDays, rules: rules, sharedWordNeeded: sharedWordNeeded)
                    else { continue }
                    if score > (best?.score ?? -1) { best = (k, score) }
                }
                if let k = best?.k {
                    drafts[k].rootSlot[item.root] = drafts[k].figures.count
                    drafts[k].roots.append(item.root)
                    drafts[k].figures.append(figure)
                    drafts[k].intervals.append(interval(amount, tolerance: tolerance, rules: rules))
                    drafts[k].times.append(time)
                    drafts[k].addContext(context)
                    drafts[k].holders.formUnion(holders)
                    byUnit[unit, default: UnitIndex()].add(draft: k, root: item.root, context: context)
                } else {
                    let k = drafts.count
                    byUnit[unit, default: UnitIndex()].drafts.append(k)
                    byUnit[unit, default: UnitIndex()].add(draft: k, root: item.root, context: context)
                    drafts.append(
                        Draft(
                            unit: unit, context: context, holders: holders, noun: noun, day: day,
                            figures: [figure],
                            intervals: [interval(amount, tolerance: tolerance, rules: rules)], times: [time],
                            roots: [item.root], rootSlot: [item.root: 0], seenContexts: [context]))
                }
            }
        }
        return drafts.filter { Set($0.roots).count >= 2 }
            .map { verdict($0, lagDays: lagDays, unstatedDays: unstatedDays) }
    }

    /// The resemblance of a figure's clause to the closest clause of group `d` about the same
    /// subject, or nil when the figure cannot join it (same root, scale, holder, noun or time).
    static func closestClause(
        _ d: borrowing Draft, _ root: String, _ amount: Amount, _ holders: Set<UInt64>, _ noun: Set<UInt64>,
        _ day: Int?, _ context: Set<UInt64>, windowDays: Int?, rules: ClaimParameters, sharedWordNeeded: Bool = false
    ) -> Double? {
        guard d.rootSlot[root] == nil, sameScale(d.figures[0].amount, amount, rules: rules),
            d.holders.isEmpty || holders.isEmpty || !d.holders.isDisjoint(with: holders),
            d.noun.isEmpty || noun.isEmpty || !d.noun.isDisjoint(with: noun),
            sameTime(d.day, day, window: windowDays)
        else { return nil }
        var score = subjectScore(d.context, context, rules: rules)
        // The best score is the same whichever order the clauses are compared in; when a shared
        // word is needed, clauses sharing none (nil) are not compared at all.
        if sharedWordNeeded && d.otherContexts.count > 1 {
            var sharing = Set<Int>()
            for w in context { sharing.formUnion(d.otherContextsByWord[w] ?? []) }
            for c in sharing {
                if let s = subjectScore(d.otherContexts[c], context, rules: rules), s > (score ?? -1) { score = s }
            }
            return score
        }
        for c in d.otherContexts {
            if let s = subjectScore(c, context, rules: rules), s > (score ?? -1) { score = s }
        }
        return score
    }

    /// Sentences about the same subject share content words beyond the unit itself: `jaccard(a, b)`
    /// when they are about the same subject, else nil; the shared words counted once.
    static func subjectScore(_ a: Set<UInt64>, _ b: Set<UInt64>, rules: ClaimParameters) -> Double? {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0
        for w in small where large.contains(w) { shared += 1 }
        let j = a.isEmpty && b.isEmpty ? 0 : Double(shared) / Double(a.count + b.count - shared)
        let same = (shared >= rules.sharedSubjectWords && j >= rules.sharedSubjectJaccard) || j >= rules.subjectJaccard
        return same ? j : nil
    }

    /// Agreement when every pair of figures overlaps; a disagreement between figures for the same
    /// time (or one without a time) is a conflict; otherwise the quantity changed, in date order.
    static func verdict(_ d: Draft, lagDays: Int, unstatedDays: Int) -> ClaimGroup {
        var conflict = false, changed = false
        for i in d.intervals.indices {
            for j in d.intervals.indices where j > i && !d.intervals[i].overlaps(d.intervals[j]) {
                if let a = d.times[i], let b = d.times[j],
                    !sameTime(a, b, lagDays: lagDays, unstatedDays: unstatedDays)
                {
                    changed = true
                } else {
                    conflict = true
                }
            }
        }
        if conflict { return ClaimGroup(unit: d.unit, verdict: .conflict, figures: d.figures) }
        if !changed { return ClaimGroup(unit: d.unit, verdict: .agree, figures: d.figures) }
        let order = d.figures.indices.sorted {
            (d.times[$0]?.days.lowerBound ?? Int.max, $0) < (d.times[$1]?.days.lowerBound ?? Int.max, $1)
        }
        return ClaimGroup(unit: d.unit, verdict: .changed, figures: order.map { d.figures[$0] })
    }

    /// When a figure holds: stated ("on Thursday") or taken from its report's event or publication.
    struct FigureTime: Equatable {
        var days: ClosedRange<Int>
        var stated: Bool
    }

    /// Two stated days must match; a stated day and a report's day may be `lagDays` apart; two
    /// figures neither of which states its day are one fact unless their reports are more than
    /// `unstatedDays` apart (`LinkingConfiguration.claimReportLagDays`, `claimUnstatedSameDays`).
    static func sameTime(_ a: FigureTime, _ b: FigureTime, lagDays: Int, unstatedDays: Int) -> Bool {
        if a.stated && b.stated { return a.days.overlaps(b.days) }
        let gap = max(0, b.days.lowerBound - a.days.upperBound, a.days.lowerBound - b.days.upperBound)
        return gap <= (a.stated || b.stated ? lagDays : unstatedDays)
    }

    static let timePrepositions: Set<UInt64> = Set(["on", "of", "by", "until", "till"].map { WordScanner.hash($0) })

    /// The time a figure holds: a day or month its own clause states with "on", "as of", "by" or
    /// "until" ("30 ships on Thursday") and that is not after publication (a hearing "in June" is
    /// not when a claim was made; "the March 3 leak" names another happening); else the date of
    /// the event its article reports; else its publication day. With the date as written.
    static func figureTime(
        amount: Amount, clause: Span, item: StorySources.Item,
        eventDate: String?
    ) -> (FigureTime?, String?) {
        let published = item.article.published?.dayNumber
        let stated = item.article.annotations.dates.filter { d in
            guard d.type == .date, d.span.start >= clause.start, d.span.end <= clause.end,
                StoryTimeline.isDayOrMonth(d.value), let r = dayRange(d.value)
            else { return false }
            if let published, r.lowerBound > published { return false }
            var previous: UInt64?
            let before = Span(max(clause.start, d.span.start - 12), d.span.start)
            WordScanner.scan(item.text[before]) { previous = $0.surface }
            return previous.map { timePrepositions.contains($0) } ?? false
        }
        if let d = stated.min(by: { abs($0.span.start - amount.span.start) < abs($1.span.start - amount.span.start) }),
            let r = dayRange(d.value)
        {
            return (FigureTime(days: r, stated: true), d.value)
        }
        if let e = eventDate, let r = dayRange(e) { return (FigureTime(days: r, stated: false), e) }
        guard let pub = item.article.published else { return (nil, nil) }
        return (FigureTime(days: pub.dayNumber...pub.dayNumber, stated: false), pub.dayString)
    }

    /// "2024-03-05" → that day; "2024-03" → the month; "2024-03-05/2024-03-07" → those days.
    static func dayRange(_ value: String) -> ClosedRange<Int>? {
        let ends = value.split(separator: "/").map(String.init)
        guard ends.count == 1 || ends.count == 2 else { return nil }
        var lo = Int.max, hi = Int.min
        for e in ends {
            let p = e.split(separator: "-").compactMap { Int($0) }
            guard p.count == 2 || p.count == 3,
                Timestamp.isValid(year: p[0], month: p[1], day: p.count == 3 ? p[2] : 1)
            else { return nil }
            let first = Timestamp(year: p[0], month: p[1], day: p.count == 3 ? p[2] : 1).dayNumber
            var last = first
            if p.count == 2 {
                let next =
                    p[1] == 12
                    ? Timestamp(year: p[0] + 1, month: 1, day: 1)
                    : Timestamp(year: p[0], month: p[1] + 1, day: 1)
                last = next.dayNumber - 1
            }
            lo = min(lo, first)
            hi = max(hi, last)
        }
        return lo <= hi ? lo...hi : nil
    }

    /// Words that do not name a holder or place though capitalised: days and months.
    static let calendarWords: Set<UInt64> = Set(
        [
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december",
        ].flatMap { w -> [UInt64] in
            var h: [UInt64] = []; WordScanner.scan(w) { h.append($0.stem) }; return h
        })

    /// Name words of the people an article mentions: a speaker named in a figure's clause gives
    /// the figure, it does not hold it.
    static func personStems(_ a: Article) -> Set<UInt64> {
        var out = Set<UInt64>()
        for e in a.annotations.entities where e.type == .person {
            for n in [e.name] + e.aliases { WordScanner.scan(n) { out.insert($0.stem) } }
        }
        return out
    }

    static let ofHash = WordScanner.hash("of")

    /// The words of an "of" phrase right after a figure ("tonnes of crude oil", "percent of the
    /// vote"): they say what is counted, so they are matched as part of the counted noun and
    /// not as the clause's qualifiers. Stops at the first function word after the content.
    static func complement(_ after: String, unit: String) -> Set<UInt64> {
        let unitStems = contentStems(unit)
        var out = Set<UInt64>()
        var state = 0  // 0: before "of", 1: inside the phrase, 2: done
        WordScanner.scan(after) { w in
            switch state {
            case 0:
                if w.surface == ofHash { state = 1 } else if !unitStems.contains(w.stem) { state = 2 }
            case 1:
                if w.isStopword || w.isNumber {
                    if !out.isEmpty { state = 2 }
                } else if out.count < 4 {
                    out.insert(w.stem)
                } else {
                    state = 2
                }
            default: break
            }
        }
        return out
    }

    /// Names in a figure's clause: its holder or place ("Kessvik's port", "in Norland").
    static func holderStems(_ s: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        WordScanner.scan(s) { w in
            if w.isName && !w.isNumber && !calendarWords.contains(w.stem) { out.insert(w.stem) }
        }
        return out
    }

    /// "Passengers" and "passenger" are one unit; currency codes and "percent" stay as they are.
    static func unitKey(_ unit: String) -> String {
        var u = unit.lowercased().trimmingCharacters(in: .whitespaces)
        if let last = u.split(separator: " ").last { u = String(last) }
        let b = Array(u.utf8)
        return String(decoding: b[0..<WordScanner.stemLength(b)], as: UTF8.self)
    }

    /// The clause holding a figure: what it counts is said there, not in the rest of a sentence
    /// that may give other figures ("30 died, and 120 were rescued").
    static func clause(around amount: Span, in sentence: Span, _ text: ScalarText) -> Span {
        let s = text.scalars
        let stops: Set<Unicode.Scalar> = [
            ",", ";", ":", "(", ")", "\u{2014}", "\u{2013}", "\"", "\u{201C}", "\u{201D}",
        ]
        var a = max(sentence.start, min(amount.start, s.count)), b = min(max(amount.end, a), min(sentence.end, s.count))
        while a > sentence.start && !stops.contains(s[a - 1]) && !endsConjunction(s, a, sentence.start) { a -= 1 }
        while b < sentence.end && b < s.count && !stops.contains(s[b]) && !startsConjunction(s, b, sentence.end) {
            b += 1
        }
        return Span(a, b)
    }

    static let conjunctions = ["while", "whereas", "but", "and"].map { Array($0.unicodeScalars) }

    /// Whether the words just before `i` end in " while " and the like.
    private static func endsConjunction(_ s: [Unicode.Scalar], _ i: Int, _ floor: Int) -> Bool {
        guard s[i - 1] == " " else { return false }
        for c in conjunctions {
            let start = i - 1 - c.count
            if start > floor, s[start - 1] == " ",
                Array(s[start..<(i - 1)]).map({ $0.properties.lowercaseMapping.unicodeScalars.first! }) == c
            {
                return true
            }
        }
        return false
    }

    private static func startsConjunction(_ s: [Unicode.Scalar], _ i: Int, _ ceiling: Int) -> Bool {
        guard s[i] == " " else { return false }
        for c in conjunctions {
            let end = i + 1 + c.count
            if end < ceiling, s[end] == " ", Array(s[(i + 1)..<end]) == c { return true }
        }
        return false
    }

    /// A count that changes over a story ("ships waiting at anchor") is not in conflict with
    /// itself a week later: with a window, figures are compared within it of the group's first one.
    static func sameTime(_ a: Int?, _ b: Int?, window: Int?) -> Bool {
        guard let a, let b, let window else { return true }
        return abs(a - b) <= window
    }

    /// What a clause says a figure counts: its common content words. Names are left out, since
    /// the same few names run through every sentence of a story ("the Port of Kessvik Authority
    /// offered a €2m fund" and "a €6.5m claim against the Port of Kessvik Authority").
    static func subjectStems(_ s: String) -> Set<UInt64> {
        var out = Set<UInt64>()
        WordScanner.scan(s) { w in if !w.isStopword && !w.isNumber && !w.isName { out.insert(w.stem) } }
        return out
    }

    /// Figures orders of magnitude apart count different things ("$100 million" of oil against
    /// "$100 billion" of trade), however alike their sentences; a conflict is a smaller gap.
    static func sameScale(_ a: Amount, _ b: Amount, rules: ClaimParameters = .init()) -> Bool {
        let x = max(abs(a.value), 1e-9), y = max(abs(b.high ?? b.value), abs(b.value), 1e-9)
        return max(x, y) / min(x, y) <= rules.maxScaleRatio
    }

    static let lowerBounds: Set<String> = [
        "at least", "more than", "over", "above", "in excess of", "upwards of", "exceeding", "no fewer than",
        "no less than",
    ]
    static let upperBounds: Set<String> = [
        "up to", "less than", "under", "below", "fewer than", "at most", "no more than",
    ]
    static let nearlies: Set<String> = ["nearly", "almost", "just under", "close to"]

    /// The values a figure allows, widened by the tolerance.
    static func interval(_ a: Amount, tolerance t: Double, rules: ClaimParameters = .init()) -> ClosedRange<Double> {
        var lo = a.value, hi = a.high ?? a.value
        let m = a.modifier?.lowercased() ?? ""
        if lowerBounds.contains(m) {
            hi = .infinity
        } else if upperBounds.contains(m) {
            lo = 0
        } else if nearlies.contains(m) {
            lo = a.value * (1 - rules.nearlyWidening * t)
        } else if !m.isEmpty {  // about, around, roughly, some, an estimated
            lo = a.value * (1 - rules.approximateWidening * t);
            hi = (a.high ?? a.value) * (1 + rules.approximateWidening * t)
        }
        // A stated bound is exact: "at least 12,000" does not allow 11,500, whatever the tolerance.
        if !lowerBounds.contains(m) { lo *= (1 - t) }
        if !upperBounds.contains(m) { hi *= (1 + t) }
        return min(lo, hi)...max(lo, hi)
    }
}

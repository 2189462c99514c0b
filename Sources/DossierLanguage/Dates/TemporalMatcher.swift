import DossierModel

/// The matcher behind `TemporalTagger`: a scan of `WordScan` tokens, each classified once by
/// `TemporalLexicon`, tried at every token by the rules of the `TemporalMatcher+…` files.
struct TemporalMatcher {
    let scalars: [Unicode.Scalar]
    let tokens: [ScanToken]
    let words: [TemporalWord]
    let tokenCount: Int
    let calendar: TemporalCalendar
    let sentences: [Span]
    /// The latest fiscal quarter the text named, as (year, quarter): "a year earlier" in an
    /// earnings report means that quarter a year back.
    var refQuarter: (year: Int, q: Int)?
    /// The latest year the text named in digits: "the following year" and "that year" count
    /// from it, as narrative does, rather than from publication.
    var refYear: Int?

    init(_ scalars: [Unicode.Scalar], scan tokens: [ScanToken], sentences: [Span], anchor: Timestamp?) {
        self.scalars = scalars
        self.tokens = tokens
        let table = TemporalLexicon.table
        self.words = tokens.map { $0.kind == .word ? table[$0.key] : table.missing }
        self.tokenCount = tokens.count
        self.calendar = TemporalCalendar(anchor: anchor)
        self.sentences = sentences
    }

    // MARK: token predicates

    @inline(__always) func wordClass(_ i: Int) -> TW { i >= 0 && i < tokenCount ? words[i].cls : .none }
    @inline(__always) func argument(_ i: Int) -> Int { Int(words[i].arg) }
    @inline(__always) func isNum(_ i: Int) -> Bool { i >= 0 && i < tokenCount && tokens[i].kind == .number }
    @inline(__always) func isPunct(_ i: Int, _ ch: Unicode.Scalar) -> Bool {
        i >= 0 && i < tokenCount && tokens[i].kind == .punct && tokens[i].key == UInt64(ch.value)
    }
    /// Tokens i and i+1 touch (no space between).
    @inline(__always) func touching(_ i: Int) -> Bool {
        i >= 0 && i + 1 < tokenCount && tokens[i].end == tokens[i + 1].start
    }
    @inline(__always) func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < tokenCount && tokens[i].kind == .word && tokens[i].key == key
    }

    /// A hyphen joining two tokens: "two-year", "mid-1990s".
    func isHyphen(_ i: Int) -> Bool {
        guard i > 0, i + 1 < tokenCount, tokens[i].kind == .punct, touching(i - 1), touching(i) else { return false }
        let v = tokens[i].key
        return v == 0x2D || v == 0x2010 || v == 0x2011 || v == 0x2013
    }

    static let kS = WordScan.key("s"), kSt = WordScan.key("st"), kNd = WordScan.key("nd"), kRd = WordScan.key("rd")
    static let kTh = WordScan.key("th"), kSecond = WordScan.key("second"), kA = WordScan.key("a"),
        kM = WordScan.key("m")
    static let kP = WordScan.key("p"), kAm = WordScan.key("am"), kPm = WordScan.key("pm"), kAs = WordScan.key("as")
    static let kNight = WordScan.key("night"), kNights = WordScan.key("nights"), kYear = WordScan.key("year")
    static let kQuarter = WordScan.key("quarter"), kDay = WordScan.key("day"), kEve = WordScan.key("eve")
    static let kNew = WordScan.key("new"), kThanksgiving = WordScan.key("thanksgiving"), kRight = WordScan.key("right")
    static let kTime = WordScan.key("time"), kMay = WordScan.key("may"), kMarch = WordScan.key("march")
    static let kPercent = WordScan.key("percent"), kMillion = WordScan.key("million"),
        kBillion = WordScan.key("billion")
    static let kCents = WordScan.key("cents"), kDollars = WordScan.key("dollars"), kShare = WordScan.key("share")
    static let kAhead = WordScan.key("ahead"), kMoment = WordScan.key("moment"), kDays = WordScan.key("days")
    static let dayVerbs: Set<UInt64> = Set(
        [
            "end", "ended", "ending", "ends", "finish", "finished", "close", "closed", "start", "started", "began",
            "begin", "opened", "open",
        ].map(WordScan.key))
    static let kThat = WordScan.key("that"), kThese = WordScan.key("these"), kQ = WordScan.key("q"),
        kH = WordScan.key("h")
    static let kUTC = WordScan.key("utc"), kGMT = WordScan.key("gmt")
    static let kOver = WordScan.key("over"), kFinal = WordScan.key("final"), kEnded = WordScan.key("ended"),
        kEnding = WordScan.key("ending")
    static let kOld = WordScan.key("old"), kFy = WordScan.key("fy"), kElection = WordScan.key("election"),
        kOther = WordScan.key("other")

    // MARK: driver

    mutating func run() -> [TemporalMatch] {
        var out: [TemporalMatch] = []
        var i = 0
        while i < tokenCount {
            // Only words in the lexicon and numbers can start an expression.
            if (tokens[i].kind == .punct && !(isPunct(i, "'") || isPunct(i, "\u{2019}")))
                || (tokens[i].kind == .word && words[i].cls == .none && tokens[i].length > 1 && !isHolidayStart(i))
            {
                i += 1
                continue
            }
            if let m = matchAt(i), m.end > m.start, m.end > i {
                out.append(m)
                noteExplicitYear(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    mutating func noteExplicitYear(_ m: TemporalMatch) {
        guard m.value.count >= 4, let y = Int(m.value.prefix(4)) else { return }
        for k in m.start..<m.end where tokens[k].kind == .number && tokens[k].length == 4 && tokens[k].value == y {
            refYear = y
            return
        }
    }

    mutating func matchAt(_ i: Int) -> TemporalMatch? {
        // "about three weeks", "at least 72 hours", "around 7:15 p.m."
        if let k = approximator(i), let m = durationOrAgo(k) ?? timeOfDay(k) {
            return TemporalMatch(start: i, end: m.end, type: m.type, value: m.value)
        }
        if wordClass(i) == .the, let m = core(i + 1, afterThe: true) {
            if m.takesThe { return TemporalMatch(start: i, end: m.end, type: m.type, value: m.value) }
            return m
        }
        return core(i, afterThe: false)
    }

    /// The index after "about", "at least", "more than", "no more than", "up to"...
    func approximator(_ i: Int) -> Int? {
        switch wordClass(i) {
        case .approx: return i + 1
        case .at where wordClass(i + 1) == .least || wordClass(i + 1) == .most: return i + 2
        case .more, .less, .fewer: return wordClass(i + 1) == .than ? i + 2 : nil
        case .up where wordClass(i + 1) == .to: return i + 2
        case .no where wordClass(i + 1) == .more || wordClass(i + 1) == .less:
            return wordClass(i + 2) == .than ? i + 3 : nil
        default:
            if isWord(i, Self.kAs), i + 2 < tokenCount, tokens[i + 1].kind == .word, isWord(i + 2, Self.kAs) {
                return i + 3
            }
            return nil
        }
    }
}

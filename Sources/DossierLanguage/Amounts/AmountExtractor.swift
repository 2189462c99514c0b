import DossierModel

/// Finds numeric claims — counts, percentages, sums of money, and ranges of them — with what
/// they count and how they are hedged.
///
/// Conventions:
/// - `unit` is "percent" for percentages, an ISO 4217 code for money ("USD", "EUR", "RUB"; cents
///   and pence are converted to the main unit), otherwise the lowercased head noun of what is
///   counted ("passengers", "flights cancelled", "staff").
/// - Vague plurals are read as ranges from twice to ten times the base: "hundreds of thousands"
///   is 200,000 to 1,000,000, "dozens" 24 to 120.
/// - "3.000" counts as three thousand only where a decimal reading is unlikely (three digits after
///   the point and no scale word or percent after it); "3,5 million" reads the comma as a decimal.
/// - Years, days of dates, clock times, ordinals, labels ("page 12", "Flight 370"), names ("Apollo
///   11", "G7") and spans of time ("three weeks", which the temporal tagger reports) are left out.
public enum AmountExtractor {
    /// Every amount in `text`, in text order.
    public static func extract(_ text: ScalarText) -> [Amount] {
        extract(text, scan: WordScan.tokens(text.scalars))
    }

    /// The same over a word scan already made: `LanguageAnalyzer` scans once for dates and amounts.
    static func extract(_ text: ScalarText, scan: [ScanToken]) -> [Amount] {
        var m = AmountMatcher(text, scan: scan)
        return m.run()
    }
}

struct AmountMatcher {
    let text: ScalarText
    let s: [Unicode.Scalar]
    let t: [ScanToken]
    let w: [AmountWord]
    let n: Int

    /// The text writes numbers the English way ("3,000", "3.5"): a point then three digits is
    /// a decimal here ("$38.875"), and only in texts with no such evidence may it group thousands.
    let englishNumbers: Bool

    init(_ text: ScalarText, scan t: [ScanToken]) {
        self.text = text
        self.s = text.scalars
        self.t = t
        var english = false
        var k = 0
        while k + 2 < t.count {
            if t[k].kind == .number, t[k + 2].kind == .number, t[k].end == t[k + 1].start,
                t[k + 1].end == t[k + 2].start,
                t[k + 1].kind == .punct
            {
                let sep = t[k + 1].key, len = t[k + 2].length
                if (sep == 0x2C && len == 3) || (sep == 0x2E && len != 3) { english = true; break }
            }
            k += 1
        }
        self.englishNumbers = english
        let table = AmountLexicon.table
        self.w = t.map { $0.kind == .word ? table[$0.key] : table.missing }
        self.n = t.count
    }

    @inline(__always) func c(_ i: Int) -> AW { i >= 0 && i < n ? w[i].cls : .none }
    @inline(__always) func isNum(_ i: Int) -> Bool { i >= 0 && i < n && t[i].kind == .number }
    @inline(__always) func isP(_ i: Int, _ ch: Unicode.Scalar) -> Bool {
        i >= 0 && i < n && t[i].kind == .punct && t[i].key == UInt64(ch.value)
    }
    @inline(__always) func touching(_ i: Int) -> Bool { i >= 0 && i + 1 < n && t[i].end == t[i + 1].start }
    @inline(__always) func isWord(_ i: Int, _ key: UInt64) -> Bool {
        i >= 0 && i < n && t[i].kind == .word && t[i].key == key
    }

    func isDash(_ i: Int) -> Bool {
        guard i >= 0, i < n, t[i].kind == .punct else { return false }
        let v = t[i].key
        return v == 0x2D || v == 0x2013 || v == 0x2014 || v == 0x2010 || v == 0x2011
    }

    static let timeUnits: Set<UInt64> = Set(
        [
            "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
            "week", "weeks", "month", "months", "year", "years", "decade", "decades",
            "century", "centuries", "weekend", "weekends", "night", "nights",
            "quarter", "quarters", "am", "pm", "yr", "yrs", "hrs", "mins",
        ].map(WordScan.key))
    /// Participles that, after a counted noun, say what happened to it.
    static let participles: Set<UInt64> = Set(
        [
            "cancelled", "canceled", "killed", "injured", "wounded", "affected",
            "displaced", "evacuated", "arrested", "detained", "destroyed", "damaged", "delayed", "grounded", "recalled",
            "vaccinated", "infected", "confirmed", "rescued", "stranded", "trapped", "deployed", "laid", "hospitalized",
            "hospitalised", "sacked", "fired", "shed", "cut", "lost", "sold", "shipped", "delivered", "produced",
            "planned",
            "reported", "registered", "recorded", "seized", "approved", "rejected", "counted", "estimated", "expected",
            "required", "needed", "allocated", "pledged", "promised", "raised", "spent", "owed",
        ].map(WordScan.key))
    static let kPoints = WordScan.key("points"), kPoint = WordScan.key("point"), kOld = WordScan.key("old")
    static let kOne = WordScan.key("one"), kUS = WordScan.key("us"), kC = WordScan.key("c"), kA = WordScan.key("a")
    static let kHK = WordScan.key("hk"), kNZ = WordScan.key("nz"), kS = WordScan.key("s"), kR = WordScan.key("r")
    static let kCts = WordScan.key("cts"), kCents = WordScan.key("cents"), kCent = WordScan.key("cent"),
        kPence = WordScan.key("pence")
    static let kAU = WordScan.key("au"), kP = WordScan.key("p"), kM = WordScan.key("m")

    /// Two- and three-word modifiers, by first word.
    static let multiModifiers: [[String]] = [
        ["at", "least"], ["at", "most"], ["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"],
        ["as", "many", "as"], ["as", "much", "as"], ["as", "few", "as"], ["as", "little", "as"], ["close", "to"],
        ["upwards", "of"], ["in", "excess", "of"], ["no", "more", "than"], ["no", "fewer", "than"],
        ["no", "less", "than"],
        ["not", "more", "than"], ["well", "over"], ["well", "above"], ["just", "over"], ["just", "under"],
        ["an", "estimated"], ["a", "total", "of"], ["nearly"], ["about"], ["around"], ["almost"], ["approximately"],
        ["roughly"], ["some"], ["over"], ["under"], ["estimated"], ["circa"], ["only"], ["just"], ["barely"],
        ["exactly"], ["precisely"], ["more", "or", "less"],
    ]
    static let modifierKeys: [[UInt64]] = multiModifiers.map { $0.map(WordScan.key) }
    static let modifierEnds: Set<UInt64> = Set(multiModifiers.map { WordScan.key($0.last!) })

    mutating func run() -> [Amount] {
        var out: [Amount] = []
        var i = 0
        while i < n {
            let tok = t[i]
            // Only numbers, number words and currency marks can start the number itself; a modifier
            // or "between" before it is picked up by looking back.
            let starts =
                tok.kind == .number
                || (tok.kind == .word
                    && (w[i].cls == .small || w[i].cls == .tens
                        || w[i].cls == .a || w[i].cls == .dozen || w[i].cls == .half || w[i].cls == .scales
                        || w[i].cls == .code))
                || (tok.kind == .punct && currencySymbol(i) != nil)
            if tok.kind == .number, let skip = digitRunEnd(i) {
                i = max(skip, i + 1)
                continue
            }
            if starts, let a = amountAt(i) {
                out.append(a.amount)
                i = max(a.end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    // MARK: currency

    /// A currency sign at i: "$", "€", "£", "¥", "₹", "₽", with letter prefixes ("US$", "C$").
    func currencySymbol(_ i: Int) -> String? {
        guard i >= 0, i < n, t[i].kind == .punct else { return nil }
        switch t[i].key {
        case 0x24:
            if i > 0, touching(i - 1), t[i - 1].kind == .word {
                let k = t[i - 1].key
                if k == Self.kC { return "CAD" }
                if k == Self.kA || k == Self.kAU { return "AUD" }
                if k == Self.kHK { return "HKD" }
                if k == Self.kNZ { return "NZD" }
                if k == Self.kS { return "SGD" }
                if k == Self.kR { return "BRL" }
            }
            return "USD"
        case 0x20AC: return "EUR"
        case 0xA3: return "GBP"
        case 0xA5: return "JPY"
        case 0x20B9: return "INR"
        case 0x20BD: return "RUB"
        case 0x20A9: return "KRW"
        case 0x20BA: return "TRY"
        default: return nil
        }
    }

    /// The start token of a currency sign including its letter prefix ("US$" starts at "US").
    func currencyStart(_ i: Int) -> Int {
        if i > 0, touching(i - 1), t[i - 1].kind == .word, t[i - 1].upper, t[i - 1].length <= 2 { return i - 1 }
        return i
    }

    // MARK: numbers

    struct Number {
        var value: Double
        var start: Int
        /// Token index after the number (and its scale word).
        var end: Int
        var hasScale: Bool
        var isWords: Bool
        /// A bare integer of four digits with no separators: possibly a year.
        var bareFourDigits: Bool
        var digits: Int
        /// Vague plural ("hundreds of thousands"): the high end.
        var vagueHigh: Double?
    }

    /// A number in digits ("3,000", "3.5", "3.000") or words ("forty-four", "a dozen"), with a
    /// following scale ("million", "bn", touching "m").
    func number(_ i: Int) -> Number? {
        guard i < n else { return nil }
        if t[i].kind == .number {
            // "000", "007": the tail of a number or a code, never a figure's start.
            if t[i].length > 1 && s[t[i].start] == "0" { return nil }
            var v = Double(t[i].value)
            var k = i + 1
            var digits = t[i].length
            var separators = false
            var decimal = false
            // Thousands with no-break or thin spaces: "3 000 000".
            while t[i].length <= 3, isNum(k), t[k].length == 3, t[k].start == t[k - 1].end + 1,
                isNarrowSpace(s[t[k - 1].end])
            {
                v = v * 1000 + Double(t[k].value)
                digits += 3
                k += 1
                separators = true
            }
            // Thousands with commas: "3,000,000".
            while isP(k, ","), touching(k - 1), touching(k), isNum(k + 1), t[k + 1].length == 3, t[i].length <= 3 {
                v = v * 1000 + Double(t[k + 1].value)
                digits += 3
                k += 2
                separators = true
            }
            // Thousands with points: "3.000.000" always; "3.000" only where no scale follows and the
            // text gives no sign of writing decimals with a point.
            if !separators, t[i].length <= 3, isP(k, "."), touching(k - 1), touching(k), isNum(k + 1),
                t[k + 1].length == 3
            {
                var kk = k
                var vv = v
                var groups = 0
                while isP(kk, "."), touching(kk - 1), touching(kk), isNum(kk + 1), t[kk + 1].length == 3 {
                    vv = vv * 1000 + Double(t[kk + 1].value)
                    kk += 2
                    groups += 1
                }
                let scaleAfter = scaleAt(kk) != nil || isP(kk, "%") || c(kk) == .percent
                let dollarLike = i > 0 && (isP(i - 1, "$") || isP(i - 1, "\u{00A3}"))
                if groups >= 2 || (!scaleAfter && !englishNumbers && !dollarLike) {
                    v = vv; k = kk; separators = true
                }
            }
            if !separators && !decimal, isP(k, "."), touching(k - 1), touching(k), isNum(k + 1) {
                let frac = t[k + 1]
                v = Self.withFraction(v, frac)
                k += 2
                decimal = true
            } else if !separators, t[i].length <= 3, isP(k, ","), touching(k - 1), touching(k), isNum(k + 1),
                t[k + 1].length <= 2, scaleAt(k + 2) != nil
            {
                // "3,5 million"
                let frac = t[k + 1]
                v = Self.withFraction(v, frac)
                k += 2
                decimal = true
            }
            if separators, isP(k, "."), touching(k - 1), touching(k), isNum(k + 1) {
                let frac = t[k + 1]
                v = Self.withFraction(v, frac)
                k += 2
            }
            var num = Number(
                value: v, start: i, end: k, hasScale: false, isWords: false,
                bareFourDigits: !separators && !decimal && t[i].length == 4, digits: digits, vagueHigh: nil)
            applyScale(&num)
            return num
        }
        return numberWords(i)
    }

    @inline(__always) func isNarrowSpace(_ c: Unicode.Scalar) -> Bool {
        c.value == 0xA0 || c.value == 0x202F || c.value == 0x2009
    }

    /// `whole` with a decimal fraction written as `frac` digits, divided once so that "3.53"
    /// is the double nearest 3.53 rather than 3 + 0.53's rounding error.
    static func withFraction(_ whole: Double, _ frac: ScanToken) -> Double {
        guard frac.length <= 15 else { return whole }
        var p = 1.0
        for _ in 0..<frac.length { p *= 10 }
        return (whole * p + Double(frac.value)) / p
    }

    /// A scale word at k: "million", "bn", "m".
    func scaleAt(_ k: Int) -> Double? {
        guard k < n, t[k].kind == .word else { return nil }
        if c(k) == .scale { return w[k].scale }
        if c(k) == .hundred { return 100 }
        return nil
    }

    func applyScale(_ num: inout Number) {
        var k = num.end
        // "one and a half million"
        if c(k) == .and, c(k + 1) == .a, c(k + 2) == .half, scaleAt(k + 3) != nil {
            num.value += 0.5
            k += 3
        }
        guard let sc = scaleAt(k) else { return }
        // Abbreviations ("m", "bn", "k") attach to digits only ("44m", "$4 bn"), and a single
        // letter only when it touches them.
        let abbreviation = c(k) == .scale && t[k].length <= 3
        if abbreviation && (num.isWords || (t[k].length == 1 && !touching(k - 1))) { return }
        // Rounded to thousandths: "4.1 billion" is 4,100,000,000, not 4,099,999,999.9999995.
        var v = (num.value * sc * 1000).rounded() / 1000
        var e = k + 1
        // "3 million 200 thousand" is rare; "two hundred thousand" is handled by the word parser.
        if sc == 100, let sc2 = scaleAt(e), sc2 > 100 { v *= sc2; e += 1 }
        num.value = v
        num.end = e
        num.hasScale = true
        num.bareFourDigits = false
    }

    /// "forty-four million", "a hundred thirty", "two hundred and fifty thousand", "a dozen",
    /// "half a million", "hundreds of thousands".
    func numberWords(_ i: Int) -> Number? {
        var total = 0.0
        var current = 0.0
        var k = i
        var any = false
        var sawHundredOrScale = false
        // "hundreds of thousands", "dozens", "thousands of"
        if c(k) == .scales {
            var base = w[k].scale
            var e = k + 1
            if c(e) == .of, c(e + 1) == .scales, w[e + 1].scale > base {
                base *= w[e + 1].scale
                e += 2
            }
            return Number(
                value: 2 * base, start: i, end: e, hasScale: true, isWords: true, bareFourDigits: false,
                digits: 0, vagueHigh: 10 * base)
        }
        // "half a million"
        if c(k) == .half, c(k + 1) == .a, let sc = scaleAt(k + 2), sc >= 1000 {
            return Number(
                value: 0.5 * sc, start: i, end: k + 3, hasScale: true, isWords: true, bareFourDigits: false, digits: 0,
                vagueHigh: nil)
        }
        if c(k) == .half {
            // "half of the residents", "half the staff"; not "the second half" or "half time".
            guard c(k + 1) == .of || c(k + 1) == .determiner, c(k - 1) != .determiner && c(k - 1) != .a else {
                return nil
            }
            return Number(
                value: 0.5, start: i, end: k + 1, hasScale: false, isWords: true, bareFourDigits: false, digits: 0,
                vagueHigh: nil)
        }
        // "Six Nations", "the Big Four": a capitalised number word inside a sentence is a name.
        if t[k].upper, !sentenceStart(k), c(k) == .small || c(k) == .tens { return nil }
        if c(k) == .a {
            // "a dozen", "a hundred", "a million"; never a bare "a".
            guard c(k + 1) == .dozen || c(k + 1) == .hundred || (c(k + 1) == .scale && t[k + 1].length > 3) else {
                return nil
            }
            current = 1
            k += 1
            any = true
        }
        while k < n {
            switch c(k) {
            case .small:
                guard current.truncatingRemainder(dividingBy: 100) == 0 || current == 0 else { break }
                current += w[k].scale
                k += 1; any = true
                continue
            case .tens:
                guard current.truncatingRemainder(dividingBy: 100) == 0 else { break }
                current += w[k].scale
                k += 1; any = true
                if isDash(k), touching(k - 1), touching(k), c(k + 1) == .small, w[k + 1].scale >= 1, w[k + 1].scale <= 9
                {
                    current += w[k + 1].scale
                    k += 2
                } else if c(k) == .small, w[k].scale >= 1, w[k].scale <= 9 {
                    current += w[k].scale
                    k += 1
                }
                continue
            case .hundred:
                guard any else { break }
                current = max(current, 1) * 100
                k += 1; sawHundredOrScale = true
                continue
            case .dozen:
                guard any || k == i else { break }
                current = max(current, 1) * 12
                k += 1; any = true; sawHundredOrScale = true
                continue
            case .scale where t[k].length > 3:
                guard any else { break }
                if c(k - 1) == .and { break }
                // "one and a half million" handled below via "and a half".
                total += max(current, 1) * w[k].scale
                current = 0
                k += 1; sawHundredOrScale = true
                continue
            case .and:
                // "two hundred and fifty"
                if sawHundredOrScale, c(k + 1) == .small || c(k + 1) == .tens { k += 1; continue }
                if any, c(k + 1) == .a, c(k + 2) == .half {
                    if let sc = scaleAt(k + 3), t[k + 3].length > 3 {
                        total += (current + 0.5) * sc
                        current = 0
                        k += 4
                        sawHundredOrScale = true
                        continue
                    }
                }
            default:
                break
            }
            break
        }
        guard any else { return nil }
        let v = total + current
        // A lone "one" is rarely a figure anyone reports ("one of the", "no one").
        if v == 1 && !sawHundredOrScale && k == i + 1 { return nil }
        if v == 0 { return nil }
        return Number(
            value: v, start: i, end: k, hasScale: total > 0 || v >= 1000, isWords: true, bareFourDigits: false,
            digits: 0, vagueHigh: nil)
    }

    // MARK: whole amounts

    struct Found {
        var amount: Amount
        var end: Int
    }

    mutating func amountAt(_ i0: Int) -> Found? {
        var i = i0
        var currency: String? = nil
        var spanStart = i0
        // "$4bn", "US$5", "€300,000", "USD 5 million"
        if t[i].kind == .punct {
            guard let cur = currencySymbol(i), isNum(i + 1) else { return nil }
            currency = cur
            spanStart = currencyStart(i)
            i += 1
        } else if c(i) == .code {
            guard t[i].upper, isNum(i + 1) else { return nil }
            currency = w[i].code
            i += 1
        }
        guard var lo = number(i) else { return nil }
        if excluded(lo, currency: currency) { return nil }
        var k = lo.end
        var high: Double? = lo.vagueHigh
        // Ranges: "3,000 to 4,000", "7–8 million", "between 10 and 12", "$3 to $4 billion".
        let rangeStartsWithBetween = c(spanStart - 1) == .between
        let joiner: Bool = {
            if isDash(k) { return true }
            if c(k) == .to { return true }
            if c(k) == .and && rangeStartsWithBetween { return true }
            return false
        }()
        if joiner, high == nil {
            var j = k + 1
            if currencySymbol(j) != nil { j += 1 }
            let yearLike = lo.bareFourDigits && lo.value >= 1000 && lo.value <= 2100
            if let hi = number(j), !hi.bareFourDigits || lo.hasScale || currency != nil, !yearLike || hi.bareFourDigits
            {
                // "7–8 million": the scale of the high end applies to the low end too.
                var loValue = lo.value
                if hi.hasScale && !lo.hasScale, !hi.isWords || lo.isWords {
                    loValue = (loValue * (hi.value / rangeBase(hi)) * 1000).rounded() / 1000
                }
                if hi.value > loValue {
                    lo.value = loValue
                    // A dash between numbers of different lengths with nothing after is a phone
                    // number or a reference, not a range.
                    let plain = isDash(k) && !hi.hasScale && !lo.hasScale && lo.digits != hi.digits && currency == nil
                    if !plain && !(isDash(k) && (!touching(k - 1) && touching(k) || lo.digits > 4)) {
                        high = hi.value
                        k = hi.end
                        lo.hasScale = lo.hasScale || hi.hasScale
                    } else if isDash(k) && touching(k) && touching(k - 1) {
                        // "555-1234", "12-3456": a code, not a figure.
                        return nil
                    }
                } else if isDash(k) && !hi.hasScale {
                    // "3-1" scores, "555-1234" numbers.
                    return nil
                }
            }
        }
        // "555-1234", "12-3456" with no range read: a code, not a figure.
        if high == nil, isDash(k), touching(k - 1), touching(k), isNum(k + 1) { return nil }
        if lo.bareFourDigits && !lo.hasScale && currency == nil && high == nil {
            // Four plain digits read as a year unless a percent sign or modifier says otherwise.
            let v = lo.value
            if v >= 1000 && v <= 2100 && !(isP(k, "%") || c(k) == .percent) && modifier(before: spanStart) == nil {
                return nil
            }
        }
        var unit: String? = nil
        // Percent.
        if isP(k, "%") {
            unit = "percent"; k += 1
        } else if c(k) == .percent {
            unit = "percent"; k += 1
        } else if c(k) == .per, c(k + 1) == .cent {
            unit = "percent"; k += 2
        } else if c(k) == .percentage, isWord(k + 1, Self.kPoints) || isWord(k + 1, Self.kPoint) {
            unit = "percentage points"; k += 2
        }
        // Money after the number: "1.2 trillion roubles", "500 USD", "30 cents".
        if unit == nil, currency == nil {
            if c(k) == .currency || (c(k) == .code && t[k].upper) {
                currency = w[k].code
                let wk = t[k].key
                if wk == Self.kCents || wk == Self.kCent || wk == Self.kPence || wk == Self.kCts {
                    lo.value /= 100
                    if let h = high { high = h / 100 }
                }
                k += 1
            }
        } else if unit == nil, currency != nil, c(k) == .currency || (c(k) == .code && t[k].upper) {
            // "$5 US dollars": the trailing word repeats the currency.
            k += 1
        }
        if let currency { unit = currency }
        var start = spanStart
        // Count nouns.
        if unit == nil {
            // "three weeks", "12 days": spans of time are the temporal tagger's.
            if k < n, t[k].kind == .word, Self.timeUnits.contains(t[k].key) { return nil }
            if let (u, e) = unitNoun(k) {
                if c(k) == .of && Self.timeUnits.contains(t[e - 1].key) { return nil }
                unit = u
                k = e
            } else if let (u, s0) = unitBefore(spanStart) {
                unit = u
                start = s0
            }
            if unit == nil && lo.isWords && !lo.hasScale && lo.vagueHigh == nil && lo.value < 100 {
                // A bare number word with nothing counted ("the two met") is not a figure.
                return nil
            }
        }
        // Modifier and range opener before the number.
        var modifierText: String? = nil
        var p = start
        if start == spanStart, c(p - 1) == .between || (c(p - 1) == .from && high != nil) {
            p -= 1
        }
        if let (m, ms) = modifier(before: p) {
            modifierText = m
            p = ms
        }
        if start == spanStart { start = p }
        let span = Span(t[start].start, t[k - 1].end)
        let amount = Amount(
            value: lo.value, high: high, unit: unit, modifier: modifierText, text: text[span], span: span)
        return Found(amount: amount, end: k)
    }

    /// The base a scaled number was multiplied by: 8 million → 1e6.
    func rangeBase(_ hi: Number) -> Double {
        var k = hi.end - 1
        while k > hi.start {
            if let sc = scaleAt(k) { return hi.value / sc }
            k -= 1
        }
        return hi.value
    }

    /// Numbers that are not amounts: dates, times, ordinals, labels, names, ages.
    func excluded(_ num: Number, currency: String?) -> Bool {
        let i = num.start
        let e = num.end
        if num.isWords { return false }
        // Ordinals "3rd", decades "1980s", "10:35", "6 a.m.", "44-year-old", "G7", "A320".
        if touching(e - 1), e < n {
            let nx = t[e]
            if nx.kind == .word && (c(e) == .ordinalSuffix || c(e) == .meridiem) { return true }
            if isP(e, ":") && isNum(e + 1) { return true }
            if isDash(e), e + 1 < n, t[e + 1].kind == .word, touching(e), c(e + 1) != .scale { return true }
        }
        if !num.hasScale, c(e) == .meridiem { return true }
        // "9 a.m.", "6 p.m."
        if !num.hasScale, isWord(e, Self.kA) || isWord(e, Self.kP), isP(e + 1, "."), touching(e), isWord(e + 2, Self.kM)
        {
            return true
        }
        if i > 0, currency == nil {
            let p = t[i - 1]
            if touching(i - 1) {
                if p.kind == .word { return true }  // "G7", "A320"
                if isP(i - 1, ":") || isP(i - 1, "/") || isP(i - 1, "#") { return true }
                if isDash(i - 1), i >= 2, t[i - 2].kind == .word || t[i - 2].kind == .number, touching(i - 2) {
                    return true
                }  // "F-16", "3-1"
                if isP(i - 1, ".") && isNum(i - 2) { return true }
            }
            // "No. 1", "Nos. 3"
            if isP(i - 1, "."), i >= 2, t[i - 2].kind == .word, touching(i - 2),
                c(i - 2) == .label || c(i - 2) == .modifierLead,
                t[i - 2].upper || c(i - 2) == .label
            {
                return true
            }
            if p.kind == .word {
                // "iPhone 4", "eBay 2": a capital inside the word marks a product name.
                if !num.hasScale && hasInnerCapital(i - 1) { return true }
                switch c(i - 1) {
                case .label, .month: if !num.hasScale { return true }
                case .none:
                    // "Apollo 11", "Expo 2020": a capitalised name word. Sentence openers before a
                    // figure ("Some", "Nearly") are all in the lexicon.
                    if p.upper && !num.hasScale { return true }
                default: break
                }
            }
        }
        // "March 5": a day after a month name was caught above; "5 March" here.
        if !num.hasScale, c(e) == .month || (c(e) == .of && c(e + 1) == .month), num.value <= 31 { return true }
        return false
    }

    func hasInnerCapital(_ k: Int) -> Bool {
        let tok = t[k]
        guard tok.length > 1 else { return false }
        for j in (tok.start + 1)..<tok.end where s[j].value &- 0x41 < 26 { return true }
        return false
    }

    /// Phone numbers and similar codes: digit groups run together with spaces, dots, dashes or
    /// parentheses and no words ("+44 20 7946 0958", "(212) 555 0100"). Returns the token
    /// after the run, or nil when the number at i is not part of one.
    func digitRunEnd(_ i: Int) -> Int? {
        var k = i
        var groups = 0
        let plus = isP(i - 1, "+") && touching(i - 1)
        while isNum(k) {
            groups += 1
            var j = k + 1
            while j < n, t[j].kind == .punct, isP(j, "-") || isP(j, ".") || isP(j, "(") || isP(j, ")"), j - k < 3 {
                j += 1
            }
            guard isNum(j), t[j].start - t[j - 1].end <= 1 else { k += 1; break }
            // "3 000 000" with no-break or thin spaces is one number.
            if j == k + 1, t[j].length == 3, t[j].start == t[k].end + 1, isNarrowSpace(s[t[k].end]) { return nil }
            // A decimal or a thousands group belongs to one number, not to a code.
            if j == k + 2, isP(k + 1, "."), touching(k), touching(k + 1) { k += 1; break }
            k = j
        }
        return plus || groups >= 3 ? k : nil
    }

    func sentenceStart(_ i: Int) -> Bool { WordScan.startsSentence(t, s, at: i) }

    /// A modifier ending right before token `p`: its text and start token.
    func modifier(before p: Int) -> (String, Int)? {
        // Every modifier ends in a word the lexicon knows (or "least", "than", "of"...): a cheap
        // test before trying them all.
        guard p >= 1, t[p - 1].kind == .word, c(p - 1) != .none || Self.modifierEnds.contains(t[p - 1].key) else {
            return nil
        }
        var best: (String, Int)? = nil
        for (idx, keys) in Self.modifierKeys.enumerated() {
            let m = keys.count
            let st = p - m
            guard st >= 0 else { continue }
            var ok = true
            for (j, key) in keys.enumerated() where !(t[st + j].kind == .word && t[st + j].key == key) {
                ok = false; break
            }
            if ok, best == nil || st < best!.1 {
                best = (Self.multiModifiers[idx].joined(separator: " "), st)
            }
        }
        return best
    }

    /// The counted noun after the number: "passengers", "flights cancelled", or through "of":
    /// "4,500 of its staff".
    func unitNoun(_ k0: Int) -> (String, Int)? {
        var k = k0
        if c(k) == .of {
            k += 1
            if c(k) == .determiner { k += 1 }
        }
        var words: [Int] = []
        while k < n, words.count < 4, t[k].kind == .word, c(k) == .none || c(k) == .currency || c(k) == .label,
            t[k].length >= 2, k == 0 || !lineBreakBefore(k)
        {
            // A capitalised word after lowercase ones starts a name, not the counted thing; so do
            // two capitalised words in a row ("550,000 First Capital shares").
            if !words.isEmpty && t[k].upper { break }
            if words.isEmpty && t[k].upper, k + 1 < n, t[k + 1].kind == .word, t[k + 1].upper { break }
            words.append(k)
            k += 1
            // Hyphenated compounds: "long-range missiles".
            if isDash(k), touching(k - 1), touching(k), k + 1 < n, t[k + 1].kind == .word {
                words.append(k + 1); k += 2
            }
        }
        guard !words.isEmpty else { return nil }
        // The counted thing is plural: the first plural-looking word heads the phrase ("3,000 new
        // jobs", "trees along"); failing one, the first word ("15,000 sheep graze").
        guard var h = words.first(where: { !endsWithEd($0) }) else { return nil }
        for k in words where looksPlural(k) { h = k; break }
        // "flights cancelled", "people killed": a participle that says what happened to what is
        // counted; "workers joined the strike" is a verb with its object.
        let p = h + 1
        if p < n, t[p].kind == .word, Self.participles.contains(t[p].key) {
            let after = p + 1
            let takesObject =
                after < n
                && (c(after) == .determiner || c(after) == .a || t[after].kind == .number
                    || (t[after].kind == .word && c(after) == .none))
            if !takesObject { return (lower(Span(t[h].start, t[p].end)), p + 1) }
        }
        return (lower(Span(t[h].start, t[h].end)), h + 1)
    }

    /// A blank line between token k-1 and token k: a noun phrase does not run across a paragraph
    /// or a headline, though it may across the hard line wraps of wire copy.
    func lineBreakBefore(_ k: Int) -> Bool {
        var j = t[k - 1].end
        var newlines = 0
        while j < t[k].start {
            if s[j] == "\n" { newlines += 1 }
            j += 1
        }
        return newlines >= 2
    }

    func looksPlural(_ k: Int) -> Bool {
        let tok = t[k]
        guard tok.length > 2, s[tok.end - 1].value | 0x20 == 0x73 else { return false }
        let b = s[tok.end - 2].value | 0x20
        return b != 0x73 && b != 0x75 && b != 0x69  // not "-ss", "-us", "-is"
    }

    /// "a workforce of 12,000": the noun before "of" when nothing counted follows the number.
    func unitBefore(_ start: Int) -> (String, Int)? {
        let of = start - 1
        guard c(of) == .of, of >= 1, t[of - 1].kind == .word, c(of - 1) == .none,
            !t[of - 1].upper || sentenceStart(of - 1)
        else { return nil }
        var s0 = of - 1
        if c(s0 - 1) == .a || c(s0 - 1) == .determiner { s0 -= 1 }
        return (lower(Span(t[of - 1].start, t[of - 1].end)), s0)
    }

    func endsWithEd(_ k: Int) -> Bool {
        let tok = t[k]
        return tok.length > 3 && s[tok.end - 1].value | 0x20 == 0x64 && s[tok.end - 2].value | 0x20 == 0x65
    }

    func lower(_ span: Span) -> String {
        var out = String.UnicodeScalarView()
        for k in span.start..<span.end { out.append(WordScan.lower(s[k])) }
        return String(out)
    }
}

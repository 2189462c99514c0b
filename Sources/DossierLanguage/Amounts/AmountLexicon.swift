/// The words the amount extractor reacts to, keyed by `WordScan.key`.
enum AW: UInt8 {
    case none
    case small  // zero ... nineteen, value in `scale`
    case tens  // twenty ... ninety
    case hundred
    case scale  // thousand, million, billion, trillion and abbreviations: value in `scale`
    case scales  // plural scales for vague amounts: "hundreds", "thousands", "dozens"
    case dozen
    case half
    case a  // "a", "an": one, before a scale
    case and
    case percent  // "percent", "pct"
    case per  // "per" (in "per cent")
    case cent  // "cent" after "per"
    case percentage  // "percentage" (points)
    case currency  // currency word after the number: dollars, euros, roubles
    case code  // ISO code: USD, EUR
    case modifier  // single-word modifiers: about, nearly, some...
    case modifierLead  // first word of a two- or three-word modifier: at, more, less, up, as, no...
    case between, from, to, or
    case label  // page, chapter, flight, No.: the number after it is a label
    case month
    case stop  // function words that end a unit noun phrase
    case determiner  // its, their, the: skipped in "4,500 of its staff"
    case of
    case meridiem  // am, pm, GMT: the number is a time
    case ordinalSuffix  // st, nd, rd, th
}

struct AmountWord: Sendable {
    var cls: AW
    /// Numeric value for number words and scales; unused otherwise.
    var scale: Double
    /// Index into `AmountLexicon.codes` for currency words and codes, or -1. An index rather
    /// than the string keeps the entry free of reference counting in the hot loop.
    var codeIndex: Int16

    /// ISO currency code for currency words and codes.
    var code: String? { codeIndex >= 0 ? AmountLexicon.codes[Int(codeIndex)] : nil }
}

enum AmountLexicon {
    static let table = WordTable(built.entries, missing: AmountWord(cls: .none, scale: 0, codeIndex: -1))
    static let codes: [String] = built.codes

    private static let built: (entries: [UInt64: AmountWord], codes: [String]) = {
        var t: [UInt64: AmountWord] = [:]
        var codes: [String] = []
        func add(_ w: String, _ c: AW, _ v: Double = 0, _ code: String? = nil) {
            var idx: Int16 = -1
            if let code {
                if let k = codes.firstIndex(of: code) {
                    idx = Int16(k)
                } else {
                    codes.append(code); idx = Int16(codes.count - 1)
                }
            }
            t[WordScan.key(w)] = AmountWord(cls: c, scale: v, codeIndex: idx)
        }
        let ones = [
            "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
        ]
        for (i, w) in ones.enumerated() { add(w, .small, Double(i)) }
        for (i, w) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() {
            add(w, .tens, Double(20 + 10 * i))
        }
        add("hundred", .hundred, 100)
        for (w, v) in [
            ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12),
            ("m", 1e6), ("mn", 1e6), ("mln", 1e6), ("mio", 1e6), ("bn", 1e9), ("bln", 1e9), ("b", 1e9),
            ("k", 1e3), ("tn", 1e12), ("trn", 1e12), ("crore", 1e7), ("lakh", 1e5),
        ] {
            add(w, .scale, v)
        }
        for (w, v) in [
            ("hundreds", 1e2), ("thousands", 1e3), ("millions", 1e6), ("billions", 1e9), ("dozens", 12), ("tens", 10),
        ] {
            add(w, .scales, v)
        }
        add("dozen", .dozen, 12); add("half", .half, 0.5); add("a", .a); add("an", .a); add("and", .and)
        add("percent", .percent); add("pct", .percent); add("per", .per); add("cent", .cent);
        add("percentage", .percentage)
        for (w, c) in [
            ("dollar", "USD"), ("dollars", "USD"), ("euro", "EUR"), ("euros", "EUR"), ("pound", "GBP"),
            ("pounds", "GBP"), ("sterling", "GBP"), ("yen", "JPY"), ("yuan", "CNY"), ("renminbi", "CNY"),
            ("rouble", "RUB"), ("roubles", "RUB"), ("ruble", "RUB"), ("rubles", "RUB"), ("krona", "SEK"),
            ("kronor", "SEK"), ("krone", "NOK"), ("kroner", "NOK"), ("franc", "CHF"), ("francs", "CHF"),
            ("rupee", "INR"), ("rupees", "INR"), ("peso", "MXN"), ("pesos", "MXN"), ("won", "KRW"),
            ("real", "BRL"), ("reais", "BRL"), ("rand", "ZAR"), ("lira", "TRY"), ("hryvnia", "UAH"),
            ("zloty", "PLN"), ("zlotys", "PLN"), ("shekel", "ILS"), ("shekels", "ILS"), ("dinar", "DZD"),
            ("dinars", "DZD"), ("riyal", "SAR"), ("riyals", "SAR"), ("dirham", "AED"), ("dirhams", "AED"),
            ("guilders", "NLG"), ("marks", "DEM"), ("cents", "USD"), ("cent", "USD"), ("pence", "GBP"),
            ("bitcoin", "BTC"), ("baht", "THB"), ("ringgit", "MYR"), ("rupiah", "IDR"), ("naira", "NGN"),
            ("shilling", "KES"), ("shillings", "KES"), ("dong", "VND"), ("forint", "HUF"), ("koruna", "CZK"),
            ("kuna", "HRK"), ("lei", "RON"), ("leu", "RON"), ("lev", "BGN"), ("tenge", "KZT"), ("cedi", "GHS"),
            ("kwacha", "ZMW"), ("taka", "BDT"), ("ringgits", "MYR"), ("dlrs", "USD"),
            ("dlr", "USD"), ("stg", "GBP"), ("cts", "USD"), ("yuans", "CNY"),
        ] {
            if t[WordScan.key(w)] == nil { add(w, .currency, 0, c) }
        }
        for c in [
            "USD", "EUR", "GBP", "JPY", "CNY", "RUB", "SEK", "NOK", "DKK", "CHF", "INR", "CAD", "AUD", "NZD",
            "HKD", "SGD", "BRL", "MXN", "ZAR", "TRY", "KRW", "PLN", "UAH", "ILS", "SAR", "AED", "ISK", "CZK", "HUF",
        ] {
            add(c.lowercased(), .code, 0, c)
        }
        for w in [
            "about", "around", "nearly", "almost", "approximately", "roughly", "some", "over", "under",
            "estimated", "approx", "circa", "only", "just", "barely", "exactly", "precisely", "maximum", "minimum",
        ] {
            add(w, .modifier)
        }
        for w in ["at", "more", "less", "fewer", "up", "as", "no", "close", "upwards", "in", "well", "an", "not"]
        where t[WordScan.key(w)] == nil {
            add(w, .modifierLead)
        }
        add("between", .between); add("from", .from); add("to", .to); add("or", .or); add("of", .of)
        for w in [
            "page", "pages", "p", "pp", "chapter", "section", "article", "no", "nos", "number", "room", "flight",
            "route", "version", "model", "vol", "volume", "platform", "gate", "highway", "interstate", "phase",
            "episode", "verse", "clause", "paragraph", "figure", "fig", "table", "exit", "channel", "apartment",
            "suite", "unit", "level", "tier", "grade", "category", "class", "type", "item", "rule", "line", "bus",
            "track", "act", "scene", "season", "round", "stage", "year", "years", "age", "aged", "ages", "week",
            "day", "hour", "minute", "rank", "ranked", "top", "number", "nr", "ref", "code", "postcode", "zip",
            "tel", "phone", "fax", "ext", "box", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
            "oct", "nov", "dec", "wednesday",
            "monday", "tuesday", "thursday", "friday", "saturday", "sunday", "fiscal", "spring", "summer",
            "autumn", "fall", "winter",
        ] where t[WordScan.key(w)] == nil {
            add(w, .label)
        }
        for m in [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ] {
            add(m, .month)
        }
        for w in ["am", "pm", "gmt", "utc", "est", "edt", "cet", "bst", "pst", "pdt", "cst", "cdt", "hrs", "h"]
        where t[WordScan.key(w)] == nil {
            add(w, .meridiem)
        }
        for w in ["st", "nd", "rd", "th", "s"] where t[WordScan.key(w)] == nil { add(w, .ordinalSuffix) }
        for w in [
            "the", "its", "their", "his", "her", "our", "your", "my", "these", "those", "this", "that", "whom",
            "which", "them",
        ] where t[WordScan.key(w)] == nil {
            add(w, .determiner)
        }
        for w in [
            "in", "on", "for", "with", "by", "was", "were", "is", "are", "be", "been", "has", "have", "had",
            "will", "would", "could", "can", "may", "might", "should", "said", "says", "say", "who", "which",
            "that", "than", "than", "at", "into", "onto", "per", "each", "while", "when", "where", "after",
            "before", "since", "until", "last", "this", "next", "ago", "a", "an", "the", "and", "or", "but",
            "not", "also", "so", "if", "as", "its", "their", "it", "they", "he", "she", "we", "you", "i",
            "more", "less", "fewer", "most", "least", "about", "over", "under", "up", "down", "out", "off",
            "from", "to", "of", "because", "there", "here", "then", "now", "yesterday", "today", "tomorrow",
            "did", "do", "does", "according", "against", "among", "between", "through", "across", "toward",
            "towards", "within", "without", "during", "including", "compared", "versus", "vs", "like", "such",
            "other", "others", "another", "all", "both", "every", "some", "any", "no", "only", "just", "even",
            "still", "already", "again", "year", "years", "month", "months", "week", "weeks", "day", "days",
            "time", "times", "what", "how", "why", "these", "those", "being", "having", "rose", "fell", "rise",
            "fall", "fell", "dropped", "increased", "decreased", "grew", "jumped", "climbed", "declined",
        ]
        where t[WordScan.key(w)] == nil {
            add(w, .stop)
        }
        return (t, codes)
    }()
}

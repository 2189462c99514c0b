/// The element kinds the extractor tells apart; everything else is `.other` (treated as a block container).
package enum HTMLTag: UInt8 {
    case html, head, body, title, meta, link, base
    case script, style, noscript, template, svg, math, iframe, object, embed, canvas, video, audio, picture, source, map
    case select, option, textarea, button, input, label, form
    case nav, aside, footer, header, menu, dialog
    case main, article, section, div, p, center, address, hgroup
    case h1, h2, h3, h4, h5, h6
    case ul, ol, li, dl, dt, dd
    case blockquote, pre, hr, br
    case table, thead, tbody, tfoot, tr, td, th, caption
    case figure, figcaption, img, details, summary, fieldset, legend
    case a, span, em, strong, b, i, u, s, small, big, sup, sub, font, abbr, acronym, cite, q, code, mark, time, del,
        ins, tt, kbd, var_, dfn, wbr, nobr
    case ruby, rb, rt, rp, bdi, bdo, samp, strike, data
    case other

    package static let byName: [String: HTMLTag] = {
        var m = [String: HTMLTag]()
        let all: [(String, HTMLTag)] = [
            ("html", .html), ("head", .head), ("body", .body), ("title", .title), ("meta", .meta), ("link", .link),
            ("base", .base),
            ("script", .script), ("style", .style), ("noscript", .noscript), ("template", .template), ("svg", .svg),
            ("math", .math),
            ("iframe", .iframe), ("object", .object), ("embed", .embed), ("canvas", .canvas), ("video", .video),
            ("audio", .audio),
            ("picture", .picture), ("source", .source), ("map", .map),
            ("select", .select), ("option", .option), ("textarea", .textarea), ("button", .button), ("input", .input),
            ("label", .label), ("form", .form),
            ("nav", .nav), ("aside", .aside), ("footer", .footer), ("header", .header), ("menu", .menu),
            ("dialog", .dialog),
            ("main", .main), ("article", .article), ("section", .section), ("div", .div), ("p", .p),
            ("center", .center), ("address", .address), ("hgroup", .hgroup),
            ("h1", .h1), ("h2", .h2), ("h3", .h3), ("h4", .h4), ("h5", .h5), ("h6", .h6),
            ("ul", .ul), ("ol", .ol), ("li", .li), ("dl", .dl), ("dt", .dt), ("dd", .dd),
            ("blockquote", .blockquote), ("pre", .pre), ("hr", .hr), ("br", .br),
            ("table", .table), ("thead", .thead), ("tbody", .tbody), ("tfoot", .tfoot), ("tr", .tr), ("td", .td),
            ("th", .th), ("caption", .caption),
            ("figure", .figure), ("figcaption", .figcaption), ("img", .img), ("details", .details),
            ("summary", .summary), ("fieldset", .fieldset), ("legend", .legend),
            ("a", .a), ("span", .span), ("em", .em), ("strong", .strong), ("b", .b), ("i", .i), ("u", .u), ("s", .s),
            ("small", .small), ("big", .big),
            ("sup", .sup), ("sub", .sub), ("font", .font), ("abbr", .abbr), ("acronym", .acronym), ("cite", .cite),
            ("q", .q), ("code", .code),
            ("mark", .mark), ("time", .time), ("del", .del), ("ins", .ins), ("tt", .tt), ("kbd", .kbd), ("var", .var_),
            ("dfn", .dfn), ("wbr", .wbr), ("nobr", .nobr),
            ("ruby", .ruby), ("rb", .rb), ("rt", .rt), ("rp", .rp), ("bdi", .bdi), ("bdo", .bdo), ("samp", .samp),
            ("strike", .strike), ("data", .data),
        ]
        for (k, v) in all { m[k] = v }
        return m
    }()

    /// Never holds article text: skipped with everything inside.
    package var isDropped: Bool {
        switch self {
        case .head, .title, .meta, .link, .base, .script, .style, .noscript, .template, .svg, .math, .iframe, .object,
            .embed,
            .canvas, .video, .audio, .picture, .source, .map, .select, .option, .textarea, .button, .input, .dialog,
            // Ruby annotations (furigana readings) would split every annotated word of the base text.
            .rt, .rp:
            return true
        default: return false
        }
    }

    /// Flows inside a line: does not break the text into a new block.
    package var isInline: Bool {
        switch self {
        case .a, .span, .em, .strong, .b, .i, .u, .s, .small, .big, .sup, .sub, .font, .abbr, .acronym, .cite, .q,
            .code, .mark,
            .time, .del, .ins, .tt, .kbd, .var_, .dfn, .wbr, .nobr, .img, .label, .ruby, .rb, .bdi, .bdo, .samp,
            .strike, .data:
            return true
        default: return false
        }
    }

    package var headingLevel: Int {
        switch self {
        case .h1: return 1
        case .h2: return 2
        case .h3: return 3
        case .h4: return 4
        case .h5: return 5
        case .h6: return 6
        default: return 0
        }
    }

    /// Elements whose own text is a paragraph of the article (rather than a container's loose text).
    package var isParagraphLike: Bool {
        switch self {
        case .p, .pre, .li, .dd, .dt, .blockquote, .h1, .h2, .h3, .h4, .h5, .h6, .figcaption, .caption, .address, .th,
            .summary, .legend:
            return true
        default: return false
        }
    }
}

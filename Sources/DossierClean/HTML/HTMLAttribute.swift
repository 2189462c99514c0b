/// The attributes the page walker reads; every other one is `.other`, and `MarkupReducer` drops
/// those before libxml2 sees the page.
enum HTMLAttribute: UInt8, CaseIterable {
    case other
    case class_, id, style, hidden, ariaHidden, role
    case itemprop, content, datetime, lang, xmlLang, rel, type
    case property, name, httpEquiv
    /// Read on `<link>` only (the canonical URL).
    case href

    var name: String {
        switch self {
        case .other: return ""
        case .class_: return "class"
        case .id: return "id"
        case .style: return "style"
        case .hidden: return "hidden"
        case .ariaHidden: return "aria-hidden"
        case .role: return "role"
        case .itemprop: return "itemprop"
        case .content: return "content"
        case .datetime: return "datetime"
        case .lang: return "lang"
        case .xmlLang: return "xml:lang"
        case .rel: return "rel"
        case .type: return "type"
        case .property: return "property"
        case .name: return "name"
        case .httpEquiv: return "http-equiv"
        case .href: return "href"
        }
    }

    static let byName: [String: HTMLAttribute] = Dictionary(uniqueKeysWithValues: allCases.filter { $0 != .other }.map { ($0.name, $0) })
}

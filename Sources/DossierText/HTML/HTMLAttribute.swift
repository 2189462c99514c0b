/// The attributes the page walker reads; every other one is `.other`, and `MarkupReducer` drops
/// those before libxml2 sees the page.
package enum HTMLAttribute: UInt8, CaseIterable {
    case other
    case class_, id, style, hidden, ariaHidden, role
    case itemprop, content, datetime, lang, xmlLang, rel, type
    case property, name, httpEquiv
    /// Read on `<link>` only (the canonical URL).
    case href
    /// Written by `MarkupReducer` in place of `class` and `id`: the index of their reading in
    /// `MarkupReducer.Page.namings` (short, as libxml2 reads names a character at a time). The
    /// reducer drops the page's own attributes of that name, and the walker reads it only on a
    /// reduced page.
    case naming

    package var name: String {
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
        case .naming: return "dn"
        }
    }

    package static let byName: [String: HTMLAttribute] = Dictionary(
        uniqueKeysWithValues: allCases.filter { $0 != .other }.map { ($0.name, $0) })
}

extension HTMLAttribute {
    /// `display:none` or `visibility:hidden` in a style attribute's value, ignoring case and blanks.
    package static func styleHides(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        var squeezed: [UInt8] = []
        squeezed.reserveCapacity(value.count)
        for c in value where c != 0x20 && c != 0x09 && c != 0x0A { squeezed.append(c >= 65 && c <= 90 ? c | 0x20 : c) }
        func has(_ needle: StaticString) -> Bool {
            let n = needle.utf8CodeUnitCount
            guard squeezed.count >= n else { return false }
            let b = needle.utf8Start
            outer: for i in 0...(squeezed.count - n) {
                for k in 0..<n where squeezed[i + k] != b[k] { continue outer }
                return true
            }
            return false
        }
        return has("display:none") || has("visibility:hidden")
    }
}

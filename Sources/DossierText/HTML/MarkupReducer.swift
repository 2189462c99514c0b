import DossierModel
import Glibc

/// Cuts a page down to what `PageWalker` reads before libxml2 parses it: script and style bodies
/// (JSON-LD kept), comments, attributes the walker never looks at, and runs of blanks in text; once
/// libxml2 has settled where the head ends, whole scripts, styles, non-canonical links and body
/// images; and each element's `class` and `id`, read here once per distinct spelling (see
/// `ClassSignals`) and left as a short `dn=N`.
///
/// Why: on news pages those make some five sixths of the bytes, and libxml2 spends most of its time
/// on them (it copies every attribute value and walks script bodies a character at a time), while
/// the extractor throws them away. Parsing the reduced page takes about a third as long.
///
/// The reduction must not change how libxml2 reads the page, so tags are found exactly as libxml2
/// 2.9's HTML parser finds them in recovery mode: a start tag is `<` and an ASCII letter; attribute
/// values are quoted only right after `=`; a stray character in attribute position is skipped up to
/// the next blank or `>`; a repeated attribute counts once, the first; script and style bodies run
/// to the end tag that names them; an end tag runs to the next `>`; a comment runs from `<!--` to
/// the first `-->` or `--!>` after it. Anything the scanner is unsure of (an unterminated comment, a
/// tag cut off by the end of the file, a value with character references) is kept verbatim, so the
/// worst case is a page that is reduced less. Tests compare the walker's reading of pages with and
/// without the reducer, on fixtures and on pages stitched at random from awkward markup.
package enum MarkupReducer {
    /// The reduced page, NUL bytes read as blanks, and what its `dn` attributes stand for.
    package struct Page {
        package var bytes: [UInt8]
        /// The class/id naming of elements, read once per distinct spelling (see `readsNames`).
        package var namings = ClassNamings()
    }

    /// - Parameters:
    ///   - readsNames: read each element's `class` and `id` here, once per distinct spelling, and
    ///     leave a short `dn=N` in their place. Class names are most of the attribute bytes left,
    ///     and libxml2 copies attribute values a character at a time.
    ///   - dropsNeutralNames: write no `dn` at all where the names say nothing (`ClassSignals.isNeutral`),
    ///     which the walker reads as it reads an element without names: most elements, whose
    ///     attribute libxml2 would otherwise parse, copy and free for nothing. Off for diagnostics
    ///     that show every element's names.
    package static func reduce(
        _ input: UnsafeBufferPointer<UInt8>, readsNames: Bool = true, dropsNeutralNames: Bool = true
    ) -> Page {
        guard let src = input.baseAddress, input.count > 0 else { return Page(bytes: []) }
        // libxml2 ends the document at a NUL byte; browsers drop them. Stray NULs (padding left by a
        // CMS) would otherwise cut the page off before its article.
        if memchr(src, 0, input.count) != nil {
            return input.map { $0 == 0 ? 0x20 : $0 }.withUnsafeBufferPointer {
                reduce($0, readsNames: readsNames, dropsNeutralNames: dropsNeutralNames)
            }
        }
        let n = input.count
        var namings = ClassNamings()
        // The page shrinks in practice, but may grow: a blank is written before every attribute kept
        // and before `/>`, where the source may have none. Each such byte follows at least three
        // source bytes of its own, so a third more always suffices.
        let capacity = n + n / 2 + 16
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            byteClasses.withUnsafeBufferPointer { classes in
                var s = Scanner(
                    src: src, n: n, out: buffer.baseAddress!, capacity: capacity, readsNames: readsNames,
                    dropsNeutralNames: dropsNeutralNames,
                    classes: classes.baseAddress!)
                s.run()
                count = s.written
                namings = s.namings
            }
        }
        return Page(bytes: bytes, namings: namings)
    }

    /// Attributes `PageWalker` reads, but `href`, which it reads on `<link>` only.
    package static let attributesRead: [[UInt8]] = HTMLAttribute.allCases.filter {
        $0 != .other && $0 != .href && $0 != .naming
    }.map { Array($0.name.utf8) }

    /// `attributesRead` by length.
    package static let attributesByLength: [[[UInt8]]] = (0...(attributesRead.map(\.count).max() ?? 0)).map { len in
        attributesRead.filter { $0.count == len }
    }

    /// Names of the elements `PageWalker` reads as part of a line (`HTMLTag.isInline`), by length.
    package static let inlineNamesByLength: [[[UInt8]]] = {
        let names = HTMLTag.byName.filter { $0.value.isInline }.map { Array($0.key.utf8) }
        return (0...(names.map(\.count).max() ?? 0)).map { len in names.filter { $0.count == len } }
    }()

    package static let blank: UInt8 = 1, nameStart: UInt8 = 2, nameChar: UInt8 = 4
    /// Each byte's classes: blank as libxml2 skips them; libxml2's `htmlParseHTMLName` takes a letter,
    /// `_`, `:` or `.` first, then also digits and `-`.
    package static let byteClasses: [UInt8] = (0..<256).map { i in
        let c = UInt8(i)
        var k: UInt8 = 0
        if c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D { k |= blank }
        let letter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
        if letter || c == 0x5F || c == 0x3A || c == 0x2E { k |= nameStart | nameChar }
        if c >= 0x30 && c <= 0x39 || c == 0x2D { k |= nameChar }
        return k
    }

    /// A `class` or `id` attribute's source bytes and its value's.
    package typealias NamingAttribute = (attribute: Range<Int>, value: Range<Int>?)

    private struct Scanner {
        let src: UnsafePointer<UInt8>
        let n: Int
        let out: UnsafeMutablePointer<UInt8>
        let capacity: Int
        var written = 0
        let readsNames: Bool
        let dropsNeutralNames: Bool
        var namings = ClassNamings()
        /// A `<body` start tag has been seen.
        var inBody = false
        /// An element other than `html` has been kept, so libxml2 has settled whether the head is open.
        var structureSettled = false

        /// Byte classes from `MarkupReducer.byteClasses`.
        let classes: UnsafePointer<UInt8>
        @inline(__always) func isBlank(_ c: UInt8) -> Bool { classes[Int(c)] & MarkupReducer.blank != 0 }
        @inline(__always) func isNameStart(_ c: UInt8) -> Bool { classes[Int(c)] & MarkupReducer.nameStart != 0 }
        @inline(__always) func isNameChar(_ c: UInt8) -> Bool { classes[Int(c)] & MarkupReducer.nameChar != 0 }
        @inline(__always) static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

        @inline(__always) mutating func emit(_ c: UInt8) {
            assert(written < capacity)
            out[written] = c
            written += 1
        }

        @inline(__always) mutating func copy(_ from: Int, _ to: Int) {
            guard to > from else { return }
            assert(written + to - from <= capacity)
            memcpy(out + written, src + from, to - from)
            written += to - from
        }

        /// Index of the next `byte` at or after `from`, or `n`.
        @inline(__always) func find(_ byte: UInt8, from: Int) -> Int {
            guard from < n, let p = memchr(src + from, Int32(byte), n - from) else { return n }
            return src.distance(to: p.assumingMemoryBound(to: UInt8.self))
        }

        mutating func run() {
            var i = 0
            while i < n {
                let lt = copyText(from: i)
                guard lt < n else { return }
                i = lt
                let c1: UInt8 = i + 1 < n ? src[i + 1] : 0
                if Self.isLetter(c1) {
                    i = startTag(i)
                } else if c1 == 0x2F, i + 2 < n, Self.isLetter(src[i + 2]) {
                    let gt = find(0x3E, from: i + 2)
                    let end = min(n, gt + 1)
                    copy(i, end)
                    i = end
                } else if c1 == 0x21, i + 3 < n, src[i + 2] == 0x2D, src[i + 3] == 0x2D {
                    guard let close = commentEnd(from: i + 4) else { copy(i, n); return }
                    i = close
                } else {
                    // `</` before a non-letter, `<!DOCTYPE`, `<?`, or a lone `<`: libxml2 reads on from the
                    // next byte, and so does the scanner.
                    emit(0x3C)
                    i += 1
                }
            }
        }

        @inline(__always) func word(_ at: Int) -> UInt64 { UnsafeRawPointer(src + at).loadUnaligned(as: UInt64.self) }

        /// Whether any byte of `w` is `b` (bit tricks on the whole word; exact as a yes/no).
        @inline(__always) static func has(_ w: UInt64, _ b: UInt8) -> Bool {
            let x = w ^ (0x0101_0101_0101_0101 &* UInt64(b))
            return (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080 != 0
        }

        /// 0x80 in each byte of `w` that is zero, and nothing else (exact, unlike `has`).
        @inline(__always) static func zeroBytes(_ w: UInt64) -> UInt64 {
            let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
            return ~(((w & low7) &+ low7) | w | low7)
        }

        /// Copies text up to the next `<` (returned), each run of blanks as one (a single blank as it was).
        mutating func copyText(from: Int) -> Int {
            var k = from
            // Whether the byte last written is a blank that began a run (so the next blank joins it).
            var inRun: UInt8 = 0
            while true {
                // Eight bytes at a time while none is `<` or a control byte (below 0x20), and every
                // space stands alone (none next to another, nor first after a blank): such words are
                // copied as they are, which is most running text.
                while k + 8 <= n {
                    let w = word(k)
                    if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 || Self.has(w, 0x3C) { break }
                    let spaces = Self.zeroBytes(w ^ 0x2020_2020_2020_2020)
                    if spaces & (spaces &>> 8) != 0 || inRun != 0 && spaces & 0x80 != 0 { break }
                    assert(written + 8 <= capacity)
                    UnsafeMutableRawPointer(out + written).storeBytes(of: w, as: UInt64.self)
                    written += 8
                    k += 8
                    inRun = UInt8(truncatingIfNeeded: spaces &>> 63)
                }
                // Then byte by byte without branching on blanks: a blank after a blank turns the one
                // written into a space instead of adding itself.
                let stop = min(n, k + 32)
                while k < stop {
                    let c = src[k]
                    if c == 0x3C { return k }
                    let blank = classes[Int(c)] & MarkupReducer.blank
                    let join = blank & inRun
                    let at = written &- Int(join)
                    assert(at < capacity)
                    out[at] = join != 0 ? 0x20 : c
                    written = at &+ 1
                    inRun = blank
                    k += 1
                }
                if k >= n { return n }
            }
        }

        /// Index of the next `q` at or after `from`, or `n`: eight bytes a step, as attribute values
        /// are short, the byte found within the word from its mask (the lowest bit set marks the
        /// first `q`: a borrow can set bits only above a byte that matched).
        @inline(__always) func findShort(_ q: UInt8, from: Int) -> Int {
            var k = from
            let pattern = 0x0101_0101_0101_0101 &* UInt64(q)
            while k + 8 <= n {
                let x = word(k) ^ pattern
                let found = (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
                if found != 0 { return k &+ found.trailingZeroBitCount &>> 3 }
                k &+= 8
            }
            while k < n && src[k] != q { k += 1 }
            return k
        }

        /// The index just past the `-->` (or `--!>`, which libxml2 accepts too) that closes a comment
        /// whose body starts at `from`.
        func commentEnd(from: Int) -> Int? {
            var k = from
            while k + 2 < n {
                let dash = find(0x2D, from: k)
                guard dash + 2 < n else { return nil }
                if src[dash + 1] == 0x2D {
                    if src[dash + 2] == 0x3E { return dash + 3 }
                    if src[dash + 2] == 0x21, dash + 3 < n, src[dash + 3] == 0x3E { return dash + 4 }
                }
                k = dash + 1
            }
            return nil
        }

        /// Copies a start tag with only the attributes the walker reads; returns where parsing goes on.
        mutating func startTag(_ lt: Int) -> Int {
            let mark = written
            var j = lt + 1
            while j < n && isNameChar(src[j]) { j += 1 }
            let name = (lt + 1)..<j
            copy(lt, j)
            let isLink = matches(name, "link")
            var typeValue: Range<Int>?, relValue: Range<Int>?
            var classAttr: NamingAttribute?, idAttr: NamingAttribute?
            var idFirst = false
            var closed = false, selfClosed = false
            while true {
                while j < n && isBlank(src[j]) { j += 1 }
                guard j < n else { break }
                let c = src[j]
                if c == 0x3E { j += 1; closed = true; break }
                if c == 0x2F, j + 1 < n, src[j + 1] == 0x3E { j += 2; closed = true; selfClosed = true; break }
                if isNameStart(c) {
                    let nameStart = j
                    j += 1
                    while j < n && isNameChar(src[j]) { j += 1 }
                    let attr = nameStart..<j
                    var end = j
                    var value: Range<Int>?
                    var k = j
                    while k < n && isBlank(src[k]) { k += 1 }
                    if k < n && src[k] == 0x3D {
                        k += 1
                        while k < n && isBlank(src[k]) { k += 1 }
                        if k < n && (src[k] == 0x22 || src[k] == 0x27) {
                            let close = findShort(src[k], from: k + 1)
                            value = (k + 1)..<close
                            end = min(n, close + 1)
                        } else {
                            var e = k
                            while e < n && !isBlank(src[e]) && src[e] != 0x3E { e += 1 }
                            value = k..<e
                            end = e
                        }
                        j = end
                    }
                    if readsNames, matches(attr, "class") || matches(attr, "id") {
                        // libxml2 keeps the first of a repeated attribute.
                        if matches(attr, "id") {
                            if idAttr == nil {
                                idAttr = (nameStart..<end, value); if classAttr == nil { idFirst = true }
                            }
                        } else if classAttr == nil {
                            classAttr = (nameStart..<end, value)
                        }
                    } else if keeps(attr, element: name, isLink: isLink, value: value) {
                        emit(0x20)
                        copy(nameStart, end)
                        if matches(attr, "type") { typeValue = value }
                        if matches(attr, "rel") { relValue = value }
                    }
                } else {
                    // Not an attribute: libxml2 drops it up to the next blank or end of tag.
                    while j < n {
                        let d = src[j]
                        if isBlank(d) || d == 0x3E || d == 0x2F && j + 1 < n && src[j + 1] == 0x3E { break }
                        j += 1
                    }
                }
            }
            guard closed else {
                // Cut off by the end of the file: leave it as it was.
                written = mark
                copy(lt, n)
                return n
            }
            // The walker never reads a link's names (`a` is judged by its text and place), and reads
            // those of another element in a line only when they call it furniture.
            if classAttr != nil || idAttr != nil, !(dropsNeutralNames && matches(name, "a")) {
                let inline = dropsNeutralNames && isInline(name)
                if idFirst {
                    emitNaming(idAttr, classAttr, inline: inline)
                } else {
                    emitNaming(classAttr, idAttr, inline: inline)
                }
            }
            // A blank before `/>`, which the source had unless a quote or the name came first: without
            // it an unquoted value kept last would run on into the slash.
            if selfClosed { emit(0x20); emit(0x2F) }
            emit(0x3E)
            // Whole elements the walker passes over go too, once libxml2 can no longer read them as the
            // start of the head: scripts, styles and links other than the canonical one after the first
            // element, and empty elements (which close an open head) inside the body.
            let settled = structureSettled
            if matches(name, "body") { inBody = true }
            if settled,
                isLink && !(relValue.map { contains($0, "canonical") || contains($0, "&") } ?? false)
                    || inBody
                        && (matches(name, "img") || matches(name, "input") || matches(name, "source")
                            || matches(name, "wbr"))
            {
                written = mark
                return j
            }
            if !matches(name, "html") { structureSettled = true }
            guard !selfClosed else { return j }
            return rawBodyIfAny(name: name, from: j, typeValue: typeValue, dropWhole: settled, mark: mark)
        }

        /// `class` and `id` as one `dn=N`, N indexing the reading of their names (lowercased, each
        /// followed by a blank, in attribute order, as the walker reads them). Values with character
        /// references stay as they are, since libxml2 decodes them first.
        mutating func emitNaming(_ first: NamingAttribute?, _ second: NamingAttribute?, inline: Bool = false) {
            func writeOut(_ a: NamingAttribute?) {
                guard let a else { return }
                emit(0x20)
                copy(a.attribute.lowerBound, a.attribute.upperBound)
            }
            // The names lowercased, each followed by a blank; a '&' anywhere sends both out as they are.
            namings.scratch.count = 0
            var reference = false
            func add(_ a: NamingAttribute?) {
                guard let v = a?.value else { return }
                if namings.add(UnsafeBufferPointer(start: src + v.lowerBound, count: v.count)) { reference = true }
            }
            add(first)
            add(second)
            if reference {
                writeOut(first)
                writeOut(second)
                return
            }
            // No value at all reads as no naming.
            guard !namings.scratch.isEmpty else { return }
            let index = namings.index()
            if dropsNeutralNames, namings.readings[index].isNeutral || inline && !namings.readings[index].boilerplate {
                return
            }
            var digits = 1, rest = index / 10
            while rest > 0 { digits += 1; rest /= 10 }
            // Only where it is no longer than the attributes written out, which bounds the page's growth.
            let replaced = (first.map { 1 + $0.attribute.count } ?? 0) + (second.map { 1 + $0.attribute.count } ?? 0)
            guard 4 + digits <= replaced else {
                writeOut(first)
                writeOut(second)
                return
            }
            emit(0x20); emit(0x64); emit(0x6E); emit(0x3D)  // " dn="
            var power = 1
            for _ in 1..<digits { power *= 10 }
            var value = index
            while power > 0 {
                emit(0x30 + UInt8(value / power))
                value %= power
                power /= 10
            }
        }

        /// After a script or style start tag, its body: JSON-LD is kept, any other is dropped, with
        /// its tags too when `dropWhole`. Returns where scanning goes on.
        mutating func rawBodyIfAny(
            name: Range<Int>, from j: Int, typeValue: Range<Int>?, dropWhole: Bool, mark: Int = 0
        ) -> Int {
            guard matches(name, "script") || matches(name, "style") else { return j }
            // A type spelt with character references ("ld&#x2B;json") is kept too: libxml2 decodes it.
            let jsonLD =
                matches(name, "script") && typeValue.map { contains($0, "ld+json") || contains($0, "&") } == true
            let endTag = rawBody(from: j, element: name, keep: jsonLD)
            guard !jsonLD, dropWhole else { return endTag }
            written = mark
            guard endTag < n else { return n }
            return min(n, find(0x3E, from: endTag) + 1)
        }

        /// A script or style body: libxml2 takes everything up to the end tag that names the element
        /// as text. Dropped, unless it is JSON-LD metadata. Returns the index of that end tag.
        mutating func rawBody(from: Int, element: Range<Int>, keep: Bool) -> Int {
            var k = from
            while true {
                let lt = find(0x3C, from: k)
                if lt >= n { break }
                if lt + 1 < n, src[lt + 1] == 0x2F {
                    var e = lt + 2
                    while e < n && isNameChar(src[e]) { e += 1 }
                    if sameName((lt + 2)..<e, element) {
                        if keep { copy(from, lt) }
                        return lt
                    }
                }
                k = lt + 1
            }
            if keep { copy(from, n) }
            return n
        }

        /// Whether the walker reads this attribute here: some only on one element (`type` on
        /// `<script>`, the meta names on `<meta>`), `style` only when it hides the element.
        func keeps(_ attr: Range<Int>, element: Range<Int>, isLink: Bool, value: Range<Int>?) -> Bool {
            let len = attr.count
            if isLink, matches(attr, "href") { return true }
            switch len {
            case 4 where matches(attr, "type"): return matches(element, "script")
            case 4 where matches(attr, "name"), 8 where matches(attr, "property"), 10 where matches(attr, "http-equiv"):
                return matches(element, "meta")
            case 5 where matches(attr, "style"):
                // A value with character references is kept: libxml2 decodes them before the walker looks.
                guard let value else { return false }
                return contains(value, "&")
                    || HTMLAttribute.styleHides(UnsafeBufferPointer(start: src + value.lowerBound, count: value.count))
            default: break
            }
            // Longer than any name read ("aria-hidden"): most data-* attributes stop here.
            guard len < MarkupReducer.attributesByLength.count else { return false }
            for a in MarkupReducer.attributesByLength[len] {
                var i = 0
                while i < len
                    && (src[attr.lowerBound + i] | (Self.isLetter(src[attr.lowerBound + i]) ? 0x20 : 0)) == a[i]
                { i += 1 }
                if i == len { return true }
            }
            return false
        }

        /// Whether the element name is one the walker reads as part of a line (`HTMLTag.isInline`).
        func isInline(_ r: Range<Int>) -> Bool {
            guard r.count < MarkupReducer.inlineNamesByLength.count else { return false }
            outer: for w in MarkupReducer.inlineNamesByLength[r.count] {
                for i in 0..<r.count {
                    let c = src[r.lowerBound + i]
                    if (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) != w[i] { continue outer }
                }
                return true
            }
            return false
        }

        /// Whether the bytes spell `word` (lowercase ASCII), ignoring case.
        @inline(__always) func matches(_ r: Range<Int>, _ word: StaticString) -> Bool {
            guard r.count == word.utf8CodeUnitCount else { return false }
            let w = word.utf8Start
            for i in 0..<r.count where src[r.lowerBound + i] | 0x20 != w[i] { return false }
            return true
        }

        func sameName(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
            guard a.count == b.count else { return false }
            for i in 0..<a.count where src[a.lowerBound + i] | 0x20 != src[b.lowerBound + i] | 0x20 { return false }
            return true
        }

        func contains(_ r: Range<Int>, _ needle: StaticString) -> Bool {
            let m = needle.utf8CodeUnitCount, w = needle.utf8Start
            guard r.count >= m else { return false }
            outer: for s in r.lowerBound...(r.upperBound - m) {
                for i in 0..<m where src[s + i] | (Self.isLetter(src[s + i]) ? 0x20 : 0) != w[i] { continue outer }
                return true
            }
            return false
        }
    }
}

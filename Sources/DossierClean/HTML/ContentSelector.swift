import DossierText

/// Picks the article's blocks out of a walked page.
///
/// Two stages. First the container: Readability's scoring, where every paragraph-sized block
/// votes for its ancestors by length and comma count and each candidate is discounted by its link
/// density, followed by the sibling pass that picks up article parts split across containers.
/// Then the blocks inside: link-heavy blocks, named furniture and short tails that look like
/// share bars or credits go; headings, lists and quotes that sit among kept text stay.
struct ContentSelector {
    var elements: [PageElement]
    let blocks: [TextBlock]
    /// Whether named/semantic furniture is excluded (relaxed when that would leave almost nothing).
    let honourBoiler: Bool
    /// The highest-scoring candidate before climbing: its ancestors are wrappers of the article whatever they are
    /// called.
    var best = 0

    init(elements: [PageElement], blocks: [TextBlock], honourBoiler: Bool) {
        self.elements = elements
        self.blocks = blocks
        self.honourBoiler = honourBoiler
    }

    private func isBoiler(_ b: TextBlock) -> Bool { honourBoiler && b.boiler }

    private func tagBase(_ t: HTMLTag) -> Double {
        switch t {
        case .div, .article, .main, .section: return 5
        case .pre, .td, .blockquote: return 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: return -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: return -5
        default: return 0
        }
    }

    private func linkDensity(_ e: PageElement) -> Double {
        e.chars == 0 ? 0 : Double(e.linkChars) / Double(e.chars)
    }

    /// Scores candidates and returns the chosen container (element index).
    mutating func chooseContainer() -> Int? {
        for b in blocks where !isBoiler(b) && b.headingLevel == 0 && b.chars >= 25 && !b.codeLike {
            if b.linkDensity > 0.5 { continue }
            // List items vote at half weight: a long reference list or link roll has the commas
            // of prose without being the article.
            let score = (1 + Double(b.commas) + min(Double(b.chars) / 100, 3)) * (b.inList ? 0.5 : 1)
            var e = Int(b.owner)
            if elements[e].tag.isParagraphLike { e = Int(elements[e].parent) }
            var level = 0
            while e > 0 && level < 5 {
                if !elements[e].scored {
                    elements[e].scored = true
                    elements[e].score = tagBase(elements[e].tag) + Double(elements[e].classWeight)
                }
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                elements[e].score += score / divider
                e = Int(elements[e].parent)
                level += 1
            }
        }
        var ranked: [Int] = []
        for i in elements.indices where elements[i].scored {
            if honourBoiler && elements[i].boiler { elements[i].scored = false; continue }
            elements[i].score *= 1 - linkDensity(elements[i])
            ranked.append(i)
        }
        guard !ranked.isEmpty else { return nil }
        ranked.sort { elements[$0].score > elements[$1].score }
        var top = ranked[0]
        best = top

        // Several strong candidates under one ancestor: the article is that ancestor.
        let close = ranked.prefix(5).dropFirst().filter { elements[$0].score / elements[top].score >= 0.75 }
        if close.count >= 2 {
            var p = Int(elements[top].parent)
            while p > 0 {
                let inside = close.filter { isAncestor(p, of: $0) }.count
                if inside >= 2 { top = p; break }
                p = Int(elements[p].parent)
            }
        }
        // Climb while the parent scores comparably (the article split into sub-containers).
        var lastScore = elements[top].score
        let threshold = lastScore / 3
        var p = Int(elements[top].parent)
        while p > 0 {
            if !elements[p].scored { p = Int(elements[p].parent); continue }
            let ps = elements[p].score
            if ps < threshold { break }
            if ps > lastScore { top = p }
            lastScore = ps
            p = Int(elements[p].parent)
        }
        // A lone child holds the same text as its parent: the parent is the real container.
        while top > 0 {
            let p = Int(elements[top].parent)
            if p <= 0 || elements[p].chars != elements[top].chars { break }
            top = p
        }
        return top
    }

    func isAncestor(_ a: Int, of b: Int) -> Bool {
        a <= b && b < Int(elements[a].endElement)
    }

    /// Block indices of the container and the siblings that belong with it, in document order.
    func gather(top: Int) -> [Int] {
        let parent = Int(elements[top].parent)
        let topScore = elements[top].score
        let threshold = max(10, topScore * 0.2)
        var chosen: [Int] = []
        guard parent >= 0 else { return Array(Int(elements[top].firstBlock)..<Int(elements[top].endBlock)) }
        // Walk the parent's block range: blocks under a child element decide by that child, loose ones by themselves.
        var j = parent + 1
        var cursor = Int(elements[parent].firstBlock)
        let end = Int(elements[parent].endBlock)
        func looseBlocks(upTo limit: Int) {
            while cursor < limit {
                let b = blocks[cursor]
                if b.owner == Int32(parent), paragraphWorthy(b) { chosen.append(cursor) }
                cursor += 1
            }
        }
        while j < Int(elements[parent].endElement) {
            let e = elements[j]
            looseBlocks(upTo: Int(e.firstBlock))
            var take = j == top
            if !take, !e.hardBoiler, !e.nameBoiler, e.chars > 0 {
                if e.scored && e.score >= threshold {
                    take = true
                } else if e.tag.isParagraphLike || e.tag == .div && !e.scored {
                    take = paragraphWorthy(elementText: e)
                }
            }
            if take { chosen.append(contentsOf: Int(e.firstBlock)..<Int(e.endBlock)) }
            cursor = max(cursor, Int(e.endBlock))
            j = Int(e.endElement)
        }
        looseBlocks(upTo: end)
        return chosen
    }

    private func paragraphWorthy(_ b: TextBlock) -> Bool {
        if isBoiler(b) { return false }
        if b.chars > 80 { return b.linkDensity < 0.25 }
        return b.linkChars == 0 && endsSentence(b.text) && b.chars > 20
    }

    private func paragraphWorthy(elementText e: PageElement) -> Bool {
        let range = Int(e.firstBlock)..<Int(e.endBlock)
        guard !range.isEmpty else { return false }
        if e.chars > 80 { return linkDensity(e) < 0.25 }
        return e.linkChars == 0 && range.count == 1 && endsSentence(blocks[range.lowerBound].text) && e.chars > 20
    }

    func endsSentence(_ s: String) -> Bool {
        guard let last = s.utf8.last else { return false }
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x22 || last == 0x3A
            || s.hasSuffix("”") || s.hasSuffix("’") || s.hasSuffix("。")
    }

    /// Whether an element between the block and `root` (exclusive) is marked as furniture.
    /// Inside the chosen container every mark counts, even on a wrapper large enough to escape
    /// the page-level pass (a photo gallery with more caption text than the article has).
    func markedBelow(_ b: TextBlock, root: Int) -> Bool {
        var e = Int(b.owner)
        while e > root {
            if elements[e].hardBoiler || elements[e].nameBoiler && !isAncestor(e, of: best) { return true }
            e = Int(elements[e].parent)
        }
        return false
    }

    /// A photo credit or copyright line standing alone ("(Photo: A. Name)", "Image: X via Flickr",
    /// "© 2017 Publisher. All rights reserved.", "Name | Agency | Getty Images").
    static func isCreditLine(_ b: TextBlock) -> Bool {
        guard b.chars < 160 else { return false }
        // Compared as UTF-8 bytes: String.hasPrefix and Foundation's contains cost far more per block.
        let t = Array(b.text.lowercased().utf8)
        for opening in creditOpenings where t.starts(with: opening) { return true }
        return b.chars < 120 && contains(t, gettyImages) || contains(t, allRightsReserved)
    }

    private static let creditOpenings: [[UInt8]] = [
        "(photo", "photo:", "photo :", "image:", "credit:", "credits:", "photograph:", "picture:", "pic:",
        "[featured image", "©", "copyright ©", "(image",
        "(credit", "photograph by", "photo by", "photos:", "crédit photo", "crédits photo", "foto:", "fotos:",
        "bild:",
        "beitragsbild", "bildquelle",
    ].map { Array($0.utf8) }
    private static let gettyImages = Array("getty images".utf8)
    private static let allRightsReserved = Array("all rights reserved".utf8)

    private static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count, let first = needle.first else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    /// Drops furniture from the gathered blocks.
    func filter(_ chosen: [Int], top: Int) -> (kept: [Int], dropped: [Int]) {
        var kept: [Int] = []
        var dropped: [Int] = []
        let root = max(0, Int(elements[top].parent))
        for i in chosen {
            let b = blocks[i]
            var keep = !b.codeLike && !markedBelow(b, root: root) && !Self.isCreditLine(b)
            if keep {
                if b.headingLevel > 0 {
                    keep = b.linkDensity <= 0.5
                } else if b.linkDensity > 0.5 {
                    keep = false
                } else if b.inList && b.linkDensity > 0.3 {
                    keep = false
                }
            }
            if keep { kept.append(i) } else { dropped.append(i) }
        }
        return (kept, dropped)
    }
}

@testable import DossierClean
import DossierModel
@testable import DossierText
import Testing

/// The reduced markup, class and id left as they are (their reading is tested on its own below).
private func reduced(_ html: String) -> String {
    String(decoding: HTMLExtractor.reducedMarkup(html: Array(html.utf8), readsNames: false), as: UTF8.self)
}

/// The reduced page with every element's names read, neutral ones included.
private func reducedReadingNames(_ html: String) -> MarkupReducer.Page {
    Array(html.utf8).withUnsafeBufferPointer { MarkupReducer.reduce($0, dropsNeutralNames: false) }
}

/// A body opening that settles the head, so that later script, link and img tags may go whole.
private let opening = "<html><head><title>T</title></head><body>"

@Suite("Markup reducer")
struct MarkupReducerTests {
    @Test("comments go, including ones closed by --!>, and their tags with them")
    func comments() {
        #expect(reduced("<p>a<!-- <div>x</div> -->b</p>") == "<p>ab</p>")
        #expect(reduced("<p>a<!-- x --!>b</p>") == "<p>ab</p>")
        // libxml2 does not close `<!-->` at its own '>': the comment runs to the next "-->".
        #expect(reduced("<p>a<!-->b-->c</p>") == "<p>ac</p>")
        #expect(reduced("<p>a<!---->b</p>") == "<p>ab</p>")
    }

    @Test("an unterminated comment or a tag cut off by the end of the file is left as it was")
    func unterminated() {
        #expect(reduced("<p>a</p><!-- never closed <p>b</p>") == "<p>a</p><!-- never closed <p>b</p>")
        #expect(
            reduced("<p>a</p><div class=\"x\" data-y=\"never closed")
                == "<p>a</p><div class=\"x\" data-y=\"never closed")
    }

    @Test("attributes the walker does not read go; those it reads stay verbatim")
    func attributes() {
        #expect(
            reduced("<div class=\"a b\" data-x=\"1\" onclick=\"f()\" id=main>t</div>")
                == "<div class=\"a b\" id=main>t</div>")
        #expect(reduced("<a href=\"/x\" rel=\"author\" target=_blank>n</a>") == "<a rel=\"author\">n</a>")
        #expect(
            reduced("<meta property=\"og:title\" content=\"A &amp; B\">")
                == "<meta property=\"og:title\" content=\"A &amp; B\">")
        // A '>' inside a quoted value does not end the tag.
        #expect(reduced("<div title=\"a>b\" class=c>t</div>") == "<div class=c>t</div>")
        // Some are read on one element only, and a style only when it hides the element.
        #expect(
            reduced("<script type=\"module\"></script><a name=top type=x>t</a>")
                == "<script type=\"module\"></script><a>t</a>")
        #expect(reduced("<div style=\"color: red\" class=x>t</div>") == "<div class=x>t</div>")
        #expect(reduced("<div style=\"Display : None\">t</div>") == "<div style=\"Display : None\">t</div>")
        #expect(reduced("<div style=\"display&#58;none\">t</div>") == "<div style=\"display&#58;none\">t</div>")
        // A stray quote in attribute position is skipped to the next blank, as libxml2 does.
        #expect(reduced("<div \"x>y\" class=c>t</div>") == "<div>y\" class=c>t</div>")
    }

    @Test("a self-closing tag keeps a blank before the slash, so an unquoted value does not swallow it")
    func selfClosing() {
        #expect(reduced("<meta name=a content=b />") == "<meta name=a content=b />")
        // Without a blank the slash belongs to the value and the tag is not self-closing.
        #expect(reduced("<span class=x/>t</span>") == "<span class=x/>t</span>")
    }

    @Test("script and style bodies go, JSON-LD stays, also when its type is spelt with references")
    func rawText() {
        #expect(reduced("<script>var s = \"</div>\"; if (a<b) {}</script><p>t</p>") == "<script></script><p>t</p>")
        #expect(reduced("<style>p { color: red }</style><p>t</p>") == "<style></style><p>t</p>")
        let ld = "<script type=\"application/ld+json\">{\"headline\": \"A  B\"}</script>"
        #expect(reduced(ld) == ld)
        let encoded = "<script type=\"application&#x2F;ld&#x2B;json\">{\"a\": 1}</script>"
        #expect(reduced(encoded) == encoded)
        // Only an end tag naming the element closes it.
        #expect(reduced("<script>a</scriptx>b</script><p>t</p>") == "<script></script><p>t</p>")
    }

    @Test("once the head is settled, scripts, styles, other links and body images go whole")
    func wholeElements() {
        // The first element decides whether libxml2 opens a head, so it stays (emptied).
        #expect(reduced("<script>x</script><p>t</p>") == "<script></script><p>t</p>")
        #expect(
            reduced(
                opening + "<script src=a.js></script><p>t<img src=i.png alt=x>u</p><link rel=stylesheet href=s.css>")
                == opening + "<p>tu</p>")
        #expect(
            reduced(opening + "<link rel=\"canonical\" href=\"https://example.org/a\">")
                == opening + "<link rel=\"canonical\" href=\"https://example.org/a\">")
        // In the head an image closes the head, so it stays.
        #expect(
            reduced("<html><head><title>T</title><img src=x><meta name=a content=b>")
                == "<html><head><title>T</title><img><meta name=a content=b>")
    }

    @Test("blank runs in text become one blank, a single blank stays as it was, NUL bytes read as blanks")
    func blanks() {
        #expect(reduced("<p>a  \r\n\t b\nc</p>") == "<p>a b\nc</p>")
        #expect(reduced("<p>a\u{0}b</p>") == "<p>a b</p>")
    }

    @Test("text that only looks like markup is left alone")
    func lookalikes() {
        #expect(reduced("<p>1 < 2 and </ b> and <!x></p>") == "<p>1 < 2 and </ b> and <!x></p>")
    }

    @Test("class and id are read once per spelling and left as a short index")
    func namings() {
        let page = reducedReadingNames(
            "<div class=\"Story-Body\" id=\"main\"><p class=\"story-body main\">a</p><p id=main "
                + "class=Story-Body>b</p></div>"
        )
        #expect(String(decoding: page.bytes, as: UTF8.self) == "<div dn=0><p dn=0>a</p><p dn=1>b</p></div>")
        #expect(
            page.namings.texts.map { String(decoding: $0, as: UTF8.self) } == ["story-body main ", "main story-body "])
        #expect(page.namings.readings[0].contentLike)
        // libxml2 keeps the first of a repeated attribute, and so does the reading.
        let repeated = reducedReadingNames("<div class=\"share-bar\" class=\"article\">x</div>")
        #expect(repeated.namings.texts.map { String(decoding: $0, as: UTF8.self) } == ["share-bar "])
        #expect(repeated.namings.readings[0].strongName)
        // Character references are left for libxml2 to decode; an index longer than the names is not written.
        #expect(
            String(decoding: reducedReadingNames("<div class=\"a&amp;b\">x</div>").bytes, as: UTF8.self)
                == "<div class=\"a&amp;b\">x</div>")
        let tenNames = (0..<10).map { "<i class=c\($0)>t</i>" }.joined()
        #expect(
            String(decoding: reducedReadingNames(tenNames + "<b id=x>y</b>").bytes, as: UTF8.self).hasSuffix(
                "<b id=x>y</b>"))
        #expect(String(decoding: reducedReadingNames("<b id=x>y</b>").bytes, as: UTF8.self) == "<b dn=0>y</b>")
        // The page's own attribute of that name never reaches the walker.
        #expect(String(decoding: reducedReadingNames("<p dn=7>t</p>").bytes, as: UTF8.self) == "<p>t</p>")
    }

    @Test("names that say nothing leave no dn, and the walker reads them as no names")
    func neutralNames() {
        let html = "<div class=\"row\"><p class=\"share-bar\">a</p><p id=\"x1\">b</p><p class=row>c</p></div>"
        let page = Array(html.utf8).withUnsafeBufferPointer { MarkupReducer.reduce($0) }
        #expect(String(decoding: page.bytes, as: UTF8.self) == "<div><p dn=1>a</p><p>b</p><p>c</p></div>")
        #expect(page.namings.readings[0].isNeutral && !page.namings.readings[1].isNeutral)
        let bytes = Array(html.utf8)
        let viaReducer = HTMLExtractor.walk(utf8: bytes)
        let original = bytes.withUnsafeBufferPointer { PageWalker.parse($0, keepLabels: false, noscriptIsText: false) }
        #expect(viaReducer.elements.map(\.classWeight) == original.elements.map(\.classWeight))
        #expect(viaReducer.elements.map(\.nameBoiler) == original.elements.map(\.nameBoiler))
        #expect(viaReducer.elements.map(\.nameBoiler) == [false, false, false, false, true, false, false])
        // In a line only furniture names are read, and a link's never.
        let line = "<p><a class=\"share\">x</a><span class=\"share-bar\">y</span> <SPAN class=\"main\">z</SPAN></p>"
        let reducedLine = Array(line.utf8).withUnsafeBufferPointer { MarkupReducer.reduce($0) }
        #expect(
            String(decoding: reducedLine.bytes, as: UTF8.self) == "<p><a>x</a><span dn=0>y</span> <SPAN>z</SPAN></p>")
        let lineBytes = Array(line.utf8)
        let lineViaReducer = HTMLExtractor.walk(utf8: lineBytes)
        let lineOriginal = lineBytes.withUnsafeBufferPointer {
            PageWalker.parse($0, keepLabels: false, noscriptIsText: false)
        }
        #expect(lineViaReducer.blocks.map(\.text) == lineOriginal.blocks.map(\.text))
        #expect(lineViaReducer.blocks.map(\.text) == ["x z"])
    }

    @Test("the reduced page may grow by a blank before attributes the source ran together, within its room")
    func growth() {
        #expect(reduced("<a class=\"x\"id=\"y\"/>") == "<a class=\"x\" id=\"y\" />")
        // A page of nothing but such tags (the worst case) is written out in full.
        let tags = String(repeating: "<a class=\"x\"id=\"y\"role=\"z\"/>", count: 200)
        let expected = String(repeating: "<a class=\"x\" id=\"y\" role=\"z\" />", count: 200)
        #expect(reduced(tags) == expected)
    }

    /// The point of the reducer: the walker reads the reduced page as it reads the original.
    @Test("the walker reads a reduced page as it reads the original")
    func sameReading() {
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head>
            <script>var x = "<p>not text</p>";</script>
            <meta charset="utf-8"><meta property="og:title" content="Harbour  cranes idle">
            <link rel="stylesheet" href="/s.css"><link rel="canonical" href="https://example.org/a">
            <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Harbour cranes idle"}</script>
            <title>Harbour
               cranes idle</title>
            <style>.a { display: none }</style>
            </head>
            <body class="article-page">
            <!-- <div class="article">commented out</div> -->
            <nav role="navigation"><ul><li><a href="/" data-track="1">Home</a></li></ul></nav>
            <article class="story-body" data-id="7">
            <h1 itemprop="headline">Harbour cranes idle</h1>
            <time datetime="2024-03-05T10:00:00Z" title="a>b">5 March</time>
            <p>Dockers walked out on Tuesday, <a href="/x" onclick="t()">leaving</a> the cranes idle.<img \
            src="c.jpg" alt="crane"></p>
            <p class=lead data-x='1'>A second   paragraph,
            with a line break and 1 < 2.<br>After the break.</p>
            <div style="display: none">hidden text</div>
            <div aria-hidden="true">also hidden</div>
            <script>document.write("</div>")</script>
            <p>Third<!-- inline comment --!> paragraph <span class="share-bar">Share</span>ends here.</p>
            <input type="text" name="q"><wbr>
            </article>
            <footer class="site-footer"><p>© The Kessvik Gazette</p></footer>
            </body></html>
            """
        let bytes = Array(page.utf8)
        let viaReducer = HTMLExtractor.walk(utf8: bytes)
        let original = bytes.withUnsafeBufferPointer { PageWalker.parse($0, keepLabels: false, noscriptIsText: false) }
        #expect(viaReducer.blocks.map(\.text) == original.blocks.map(\.text))
        #expect(viaReducer.blocks.map(\.ownerTag) == original.blocks.map(\.ownerTag))
        #expect(viaReducer.blocks.map(\.boiler) == original.blocks.map(\.boiler))
        #expect(viaReducer.blocks.map(\.linkChars) == original.blocks.map(\.linkChars))
        #expect(viaReducer.elements.map(\.tag) == original.elements.map(\.tag))
        #expect(viaReducer.elements.map(\.classWeight) == original.elements.map(\.classWeight))
        #expect(viaReducer.elements.map(\.nameBoiler) == original.elements.map(\.nameBoiler))
        #expect(viaReducer.elements.map(\.contentLike) == original.elements.map(\.contentLike))
        #expect(viaReducer.signals.meta.map(\.key) == original.signals.meta.map(\.key))
        #expect(viaReducer.signals.meta.map(\.value) == original.signals.meta.map(\.value))
        #expect(viaReducer.signals.jsonLD == original.signals.jsonLD)
        #expect(viaReducer.signals.title == original.signals.title)
        #expect(viaReducer.signals.htmlLang == original.signals.htmlLang)
        #expect(viaReducer.signals.canonical == original.signals.canonical)
        #expect(viaReducer.signals.times.map(\.datetime) == original.signals.times.map(\.datetime))
        #expect(viaReducer.signals.itemprops.map(\.value) == original.signals.itemprops.map(\.value))
        // And the page was read at all: the article's paragraphs are there.
        #expect(original.blocks.contains { $0.text.hasPrefix("Dockers walked out") })
        #expect(original.signals.canonical == "https://example.org/a")
    }
}

/// Pages stitched at random from awkward pieces of markup: the reducer must stay within its room
/// (debug builds assert it) and the walker must read every reduced page as it reads the original.
@Suite("Markup reducer on stitched pages")
struct MarkupReducerStitchedTests {
    static let pieces = [
        "<p>", "</p>", "<div class=\"story-body\">", "<div class='share-bar' id=top>", "</div>", "<span>", "</span>",
        "<a href=\"/x\" rel=author>", "</a>", "<li>", "<ul>", "</ul>", "<br>", "<br/>", "<img src=a.png alt=\"x>y\">",
        "<script>if (a<b) { s = \"</div>\"; }</script>",
        "<script type=\"application/ld+json\">{\"headline\": \"H\"}</script>",
        "<style>p { color: red }</style>", "<!-- <p>gone</p> -->", "<!-- x --!>", "<!---->",
        "<link rel=canonical href=/c>",
        "<link rel=stylesheet href=s.css>", "<meta property=\"og:title\" content=\"T\">",
        "<time datetime=\"2024-03-05\">",
        "</time>", "<h1>", "</h1>", "<input type=text name=q>", "<div style=\"display:none\">", "<div hidden>",
        "<nav>", "</nav>", "<blockquote>", "</blockquote>", "<b class=\"x\"id=\"y\">", "</b>",
        "<div \"odd=1\" class=z>",
        "Harbour cranes idle, ", "said the union. ", "  \n\t  ", "1 < 2 ", "a &amp; b ", "&nbsp;", "</ b>", "<!x>",
        "<body class=main>", "<html lang=en>", "<head>", "</head>", "<title>Page</title>",
        "<span class=\"A B\" class=c>",
        "<noscript><p>no script</p></noscript>", "<table><tr><td>cell</td></tr></table>", "<p class=ad-slot>buy</p>",
        "<script src=x.js />", "<SCRIPT>x</scriptx>y</SCRIPT>", "<meta name=a content=b/>", "<p dn=5 dn0>",
        "<i class=\"a&amp;b\">",
        "<textarea>t <b>x</b></textarea>", "<svg><title>icon</title><path d=\"M0\"/></svg>",
        "<select><option>o</select>",
        "<figure><figcaption>Photo: AP</figcaption></figure>", "<aside class=related>", "</aside>", "\r\n", "<p id=x>",
    ]

    @Test("600 stitched pages: within room, and read the same")
    func stitched() {
        var rng = SplitMix(seed: 20261121)
        for _ in 0..<600 {
            let count = 5 + Int(rng.next() % 40)
            let page = (0..<count).map { _ in Self.pieces[Int(rng.next() % UInt64(Self.pieces.count))] }.joined()
            let bytes = Array(page.utf8)
            let viaReducer = HTMLExtractor.walk(utf8: bytes)
            let original = bytes.withUnsafeBufferPointer {
                PageWalker.parse($0, keepLabels: false, noscriptIsText: false)
            }
            #expect(viaReducer.blocks.map(\.text) == original.blocks.map(\.text), "\(page)")
            #expect(viaReducer.blocks.map(\.boiler) == original.blocks.map(\.boiler), "\(page)")
            #expect(viaReducer.blocks.map(\.linkChars) == original.blocks.map(\.linkChars), "\(page)")
            #expect(viaReducer.signals.jsonLD == original.signals.jsonLD, "\(page)")
            #expect(viaReducer.signals.canonical == original.signals.canonical, "\(page)")
            #expect(viaReducer.signals.title == original.signals.title, "\(page)")
        }
    }
}

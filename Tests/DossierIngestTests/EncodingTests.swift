import DossierClean
import DossierIngest
import DossierText
import Testing

@Suite struct EncodingTests {
    @Test func legacyEncodingsDecode() {
        // "café – “quoted”" in windows-1252.
        #expect(
            Charset.decode([0x63, 0x61, 0x66, 0xE9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94], charset: "windows-1252")
                == "café – “q”")
        // ISO-8859-1 is read as windows-1252, as browsers do.
        #expect(Charset.decode([0x80], charset: "ISO-8859-1") == "€")
        // "Łódź" in ISO-8859-2.
        #expect(Charset.decode([0xA3, 0xF3, 0x64, 0xBC], charset: "iso-8859-2") == "Łódź")
        // "Москва" in KOI8-R.
        #expect(Charset.decode([0xED, 0xCF, 0xD3, 0xCB, 0xD7, 0xC1], charset: "KOI8-R") == "Москва")
        // "中文" in GB2312.
        #expect(Charset.decode([0xD6, 0xD0, 0xCE, 0xC4], charset: "gb2312") == "中文")
        // "日本" in Shift_JIS.
        #expect(Charset.decode([0x93, 0xFA, 0x96, 0x7B], charset: "Shift_JIS") == "日本")
        // "한국" in EUC-KR.
        #expect(Charset.decode([0xC7, 0xD1, 0xB1, 0xB9], charset: "euc-kr") == "한국")
    }

    @Test func invalidBytesAreReplacedNeverFatal() {
        #expect(Charset.decode([0x61, 0xFF, 0x62], charset: "utf-8") == "a\u{FFFD}b")
        // 0x81 0x20 is not a Shift_JIS character: one replacement, then decoding resumes.
        #expect(Charset.decode([0x41, 0x81, 0x20, 0x93, 0xFA], charset: "shift_jis") == "A\u{FFFD} 日")
        // An unknown label falls back to windows-1252.
        #expect(Charset.decode([0x41, 0xE9], charset: "x-no-such-charset") == "Aé")
    }

    @Test func detectionOrder() {
        let metaLatin = Array("<html><head><meta charset=\"iso-8859-2\"></head><body>\u{00}</body></html>".utf8).filter
        { $0 != 0 }
        // BOM beats everything.
        #expect(Charset.detect([0xEF, 0xBB, 0xBF] + metaLatin, declared: "koi8-r") == "utf-8")
        // The HTTP charset beats the meta tag.
        #expect(Charset.detect(metaLatin, declared: "koi8-r") == "koi8-r")
        // Then the meta tag, in either form.
        #expect(Charset.detect(metaLatin, declared: nil) == "iso-8859-2")
        let httpEquiv = Array(#"<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">"#.utf8)
        #expect(Charset.detect(httpEquiv, declared: nil) == "shift_jis")
        // Then a guess: valid UTF-8 or windows-1252.
        #expect(Charset.detect(Array("naïve".utf8), declared: nil) == "utf-8")
        #expect(Charset.detect([0x6E, 0x61, 0xEF, 0x76, 0x65], declared: nil) == "windows-1252")
        // A page re-encoded to UTF-8 whose meta still says latin-1 is read as UTF-8.
        #expect(Charset.detect(Array("<meta charset=\"iso-8859-1\"><p>naïve</p>".utf8), declared: nil) == "utf-8")
        // XML declarations and BOM-less UTF-16.
        #expect(
            Charset.detect(
                Array(#"<?xml version="1.0" encoding="windows-1251"?><rss/>"#.utf8), declared: nil, xml: true)
                == "windows-1251")
        #expect(Charset.detect([0x3C, 0x00, 0x3F, 0x00], declared: nil, xml: true) == "utf-16le")
    }

    @Test func contentTypeCharset() {
        #expect(Charset.fromContentType("text/html; charset=\"ISO-8859-1\"") == "iso-8859-1")
        #expect(Charset.fromContentType("text/html;charset=utf-8; foo=bar") == "utf-8")
        #expect(Charset.fromContentType("text/html") == nil)
    }

    @Test func extractorUsesTheDetectedCharset() {
        // A windows-1252 page declared by its meta tag: "Grüße aus Köln".
        var page = Array(#"<html><head><meta charset="windows-1252"><title>t</title></head><body><p>Gr"#.utf8)
        page +=
            [0xFC, 0xDF, 0x65] + Array(" aus K".utf8) + [0xF6]
            + Array("ln, wo die Sonne heute wieder scheint und alle draussen sind.</p></body></html>".utf8)
        let x = HTMLExtractor.extract(html: page, url: nil, contentTypeCharset: nil)
        #expect(x.charset == "windows-1252")
        #expect(x.text == "Grüße aus Köln, wo die Sonne heute wieder scheint und alle draussen sind.")
    }
}

@Suite struct TextDecodingTests {
    @Test func plainTextInAnyEncoding() {
        #expect(TextDecoding.decode(Array("Grüße".utf8)) == ("Grüße", "utf-8"))
        #expect(TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41]) == ("A", "utf-8"))
        #expect(TextDecoding.decode([0xFF, 0xFE, 0x41, 0x00, 0x42, 0x00]) == ("AB", "utf-16le"))
        #expect(TextDecoding.decode([0x47, 0x72, 0xFC, 0xDF, 0x65]) == ("Grüße", "windows-1252"))
        // "привет мир" in KOI8-R and in windows-1251.
        let koi: [UInt8] = [0xD0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4, 0x20, 0xCD, 0xC9, 0xD2]
        #expect(TextDecoding.decode(koi) == ("привет мир", "koi8-r"))
        let cp1251: [UInt8] = [0xEF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x20, 0xEC, 0xE8, 0xF0]
        #expect(TextDecoding.decode(cp1251) == ("привет мир", "windows-1251"))
        #expect(TextDecoding.decode([0xD6, 0xD0], declared: "gb2312") == ("中", "gb18030"))
    }

    /// All-ASCII inputs whose length is a multiple of 32 once read a byte past their end (a
    /// bounds trap in debug builds; random verdicts in release).
    @Test func utf8CheckStaysInsideTheBuffer() {
        for n in [0, 8, 31, 32, 33, 64, 96, 1024] {
            let ascii = [UInt8](repeating: 0x61, count: n)
            #expect(Charset.isValidUTF8(ascii))
            #expect(TextDecoding.decode(ascii).charset == "utf-8")
            #expect(!Charset.isValidUTF8(ascii + [0xFF]))
        }
        let text = Array(String(repeating: "Kessvik café, 32 bytes of text. ", count: 4).utf8)
        #expect(Charset.isValidUTF8(text))
    }
}

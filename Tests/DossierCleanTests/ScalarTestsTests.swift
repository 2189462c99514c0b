import DossierText
import Foundation
import XCTest
@testable import DossierClean

/// The byte-level tests must answer as the Unicode-aware slow paths they replace, including on
/// combining marks, prepended marks, canonical equivalents and the capitals that lowercase to ASCII.
final class ScalarTestsTests: XCTestCase {
    static let alphabet: [String] = [
        "a", "c", "h", "t", "p", "w", ".", ",", " ", "(", ")", "[", "]", "l", "r", "s", "e", "o", "y", "g", "i",
        "A", "C", "L", "R", "I", "K", "\u{00A9}", "\u{0301}", "\u{0307}", "\u{0600}", "\u{00AD}", "\u{200D}",
        "\u{037E}", "\u{212A}", "\u{0130}", "\u{00E9}", "\u{FF48}", "\r", "\n", "\u{1F600}",
    ]
    static let needles = ["](", "http", "www.", "[", " , ", " ( ", "\u{00A9} ", " told ", "e\u{0301}"]
    static let lowerNeedles = ["(c) ", "all rights reserved", "copyright", "ri"]

    func testAnswersAsTheSlowPathsDo() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<20_000 {
            let length = Int.random(in: 0...12, using: &rng)
            var text = (0..<length).map { _ in Self.alphabet.randomElement(using: &rng)! }.joined()
            // Plant a needle now and then so that matches are exercised, not only misses.
            if round % 2 == 0 {
                let planted = (Self.needles + Self.lowerNeedles).randomElement(using: &rng)!
                let cut = text.unicodeScalars.index(
                    text.unicodeScalars.startIndex,
                    offsetBy: Int.random(in: 0...text.unicodeScalars.count))
                text =
                    String(text.unicodeScalars[..<cut]) + (Bool.random() ? planted.uppercased() : planted)
                    + String(text.unicodeScalars[cut...])
            }
            let s = Substring(text)
            for n in Self.needles {
                let what = "\(n.debugDescription) in \(text.debugDescription)"
                XCTAssertEqual(ScalarTests.contains(s, n), s.contains(n), "contains " + what)
                XCTAssertEqual(ScalarTests.hasSuffix(s, n), s.hasSuffix(n), "suffix " + what)
            }
            for n in Self.lowerNeedles {
                XCTAssertEqual(
                    ScalarTests.lowercasedContains(s, n), s.lowercased().contains(n),
                    "lowercased contains \(n.debugDescription) in \(text.debugDescription)")
                XCTAssertEqual(
                    ScalarTests.lowercasedHasPrefix(s, n), s.lowercased().hasPrefix(n),
                    "lowercased prefix \(n.debugDescription) of \(text.debugDescription)")
            }
        }
    }

    func testClassesMatchUnicodeProperties() {
        for v in UInt32(0)..<0x3000 {
            guard let c = Unicode.Scalar(v) else { continue }
            XCTAssertEqual(ScalarTests.isAlphabetic(c), c.properties.isAlphabetic, "\(v)")
            XCTAssertEqual(ScalarTests.isLowercase(c), c.properties.isLowercase, "\(v)")
            XCTAssertEqual(ScalarTests.isUppercase(c), c.properties.isUppercase, "\(v)")
            XCTAssertEqual(ScalarTests.isWhitespace(c), c.properties.isWhitespace, "\(v)")
        }
    }
}

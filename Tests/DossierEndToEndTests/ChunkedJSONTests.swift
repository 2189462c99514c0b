import DossierOutput
import Testing

/// `stories --db` writes each story in pieces (`JSONValue.write(to:pretty:indent:chunk:flush:)`):
/// the pieces, joined, must be the document written whole.
@Suite struct ChunkedJSONTests {
    static let value: JSONValue = .object([
        ("id", .string("s-1")),
        ("title", .string("Floods \"close\" the valley road")),
        (
            "articles",
            .array(
                (0..<40).map { k in
                    .object([
                        ("id", .string("a-\(k)")), ("span", .array([.int(k), .int(k + 3)])),
                        ("score", .double(Double(k) / 8)), ("copy", k % 3 == 0 ? .null : .bool(k % 2 == 0)),
                    ])
                })
        ),
        ("empty", .array([])), ("none", .object([])),
    ])

    @Test(arguments: [1, 7, 64, 1 << 16])
    func piecesJoinedAreTheWholeDocument(chunk: Int) {
        for pretty in [true, false] {
            var whole = "["
            Self.value.write(to: &whole, pretty: pretty, indent: 2)
            var pieces: [String] = []
            var out = "["
            Self.value.write(to: &out, pretty: pretty, indent: 2, chunk: chunk, flush: { pieces.append($0) })
            pieces.append(out)
            #expect(pieces.joined() == whole)
            if chunk < 64 { #expect(pieces.count > 10) }
            // No piece but the last is left below the chunk size.
            for p in pieces.dropLast() { #expect(p.utf8.count >= chunk) }
        }
    }
}

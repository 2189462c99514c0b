/// Paging of every list: an opaque cursor token (a page's `next_cursor`) and a page size bounded
/// by the configuration.
public struct Paging: Sendable, Equatable {
    public var offset: Int
    public var limit: Int

    /// Offsets beyond this are refused: no list is that long, and it bounds SQL OFFSET work.
    static let maxOffset = 9_999_999

    public init(offset: Int, limit: Int) {
        self.offset = offset
        self.limit = limit
    }

    /// Reads `cursor` and `limit` fields; a malformed value is the client's error, said plainly.
    public init(_ fields: FormFields, configuration: ServeConfiguration) throws {
        var limit = configuration.pageSize
        if let l = fields.raw("limit") {
            guard let n = Int(l), n >= 1, n <= configuration.maxPageSize else {
                throw APIError.badRequest("limit must be a whole number from 1 to \(configuration.maxPageSize)")
            }
            limit = n
        }
        var offset = 0
        if let c = fields.raw("cursor") {
            guard let o = Self.decode(c) else {
                throw APIError.badRequest("cursor is not one this server issued: pass next_cursor from a previous page")
            }
            offset = o
        }
        self.init(offset: offset, limit: limit)
    }

    /// The token for an offset. Clients treat it as opaque; today it is the offset in decimal.
    public static func encode(_ offset: Int) -> String { String(offset) }

    public static func decode(_ token: String) -> Int? {
        guard (1...7).contains(token.utf8.count), token.utf8.allSatisfy({ (48...57).contains($0) }),
            let n = Int(token), n <= maxOffset
        else { return nil }
        return n
    }
}

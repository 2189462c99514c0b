import DossierStore

/// The watcher's spilled stories in PostgreSQL (`watch_spill`), as SQLite's
/// `ArticleStore+Spill`: opaque bytes (sent and read as hex, whatever `bytea_output` says) and
/// the index terms they are found by.
extension PostgresStore {
    public func clearSpilledStories() throws {
        try transaction { c in
            try c.exec("DELETE FROM watch_spill")
            try c.exec("DELETE FROM watch_spill_term")
        }
    }

    public func saveSpilledStories(level: Int, save: [ArticleStore.SpilledRow], forget: [Int]) throws {
        guard !save.isEmpty || !forget.isEmpty else { return }
        let numbers = Self.integerArray(forget + save.map(\.number))
        try transaction { c in
            try c.exec(
                "DELETE FROM watch_spill WHERE level = $1 AND number = ANY($2::bigint[])",
                [.integer(level), numbers])
            try c.exec(
                "DELETE FROM watch_spill_term WHERE level = $1 AND number = ANY($2::bigint[])",
                [.integer(level), numbers])
            for row in save {
                try c.exec(
                    "INSERT INTO watch_spill (level, number, data) VALUES ($1, $2, decode($3, 'hex'))",
                    [.integer(level), .integer(row.number), .text(Self.hex(row.bytes))])
                let terms = Set(row.terms).map { Int64(bitPattern: $0) }
                guard !terms.isEmpty else { continue }
                try c.exec(
                    "INSERT INTO watch_spill_term (level, term, number) SELECT $1, unnest($2::bigint[]), $3",
                    [.integer(level), Self.integerArray(terms), .integer(row.number)])
            }
        }
    }

    public func spilledStories(level: Int, terms: [UInt64], limit: Int) throws -> [[UInt8]] {
        let unique = Set(terms).map { Int64(bitPattern: $0) }
        guard !unique.isEmpty, limit > 0 else { return [] }
        return try withConnection { c in
            try c.exec(
                """
                SELECT encode(s.data, 'hex') AS data FROM (
                    SELECT number, COUNT(*) AS n FROM watch_spill_term WHERE level = $1 AND term = ANY($2::bigint[])
                    GROUP BY number ORDER BY n DESC, number DESC LIMIT $3
                ) AS top JOIN watch_spill s ON s.level = $1 AND s.number = top.number
                ORDER BY top.n DESC, top.number DESC
                """, [.integer(level), Self.integerArray(unique), .integer(limit)]
            ).rows.map { Self.bytes(hex: ($0.first ?? nil) ?? "") }
        }
    }

    public func spilledStoryCount(level: Int) throws -> Int {
        try withConnection { c in
            Int(try c.exec("SELECT COUNT(*) FROM watch_spill WHERE level = $1", [.integer(level)]).firstValue ?? "0")
                ?? 0
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count * 2)
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Bytes of `encode(…, 'hex')` output; a stray odd digit or non-digit ends the bytes there.
    static func bytes(hex: String) -> [UInt8] {
        func nibble(_ u: UInt8) -> UInt8? {
            switch u {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return u - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return u - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return u - UInt8(ascii: "A") + 10
            default: return nil
            }
        }
        let u = Array(hex.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(u.count / 2)
        var k = 0
        while k + 1 < u.count, let hi = nibble(u[k]), let lo = nibble(u[k + 1]) {
            out.append(hi << 4 | lo)
            k += 2
        }
        return out
    }
}

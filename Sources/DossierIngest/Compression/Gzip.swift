import CZlib
import DossierModel

/// gzip / zlib / raw-deflate decompression with zlib, capped so a bomb cannot exhaust memory.
public enum Gzip {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// Whether `data` starts with the gzip magic bytes.
    public static func isGzip(_ data: some Collection<UInt8>) -> Bool {
        var it = data.makeIterator()
        return it.next() == 0x1F && it.next() == 0x8B
    }

    /// Decompresses every member of a gzip file (WARC files concatenate one member per record),
    /// or a zlib stream. Throws when the output would pass `limit` bytes or the data is corrupt;
    /// a stream cut short returns what was recovered, since truncated crawls are common.
    public static func decompress(_ data: [UInt8], limit: Int) throws -> [UInt8] {
        try inflate(data, limit: limit, windowBits: 15 + 32)
    }

    /// Raw deflate (HTTP `Content-Encoding: deflate` as many servers send it) or zlib-wrapped deflate.
    public static func inflateDeflate(_ data: [UInt8], limit: Int) throws -> [UInt8] {
        let zlibWrapped = data.count >= 2 && data[0] & 0x0F == 8 && (UInt16(data[0]) << 8 | UInt16(data[1])) % 31 == 0
        return try inflate(data, limit: limit, windowBits: zlibWrapped ? 15 : -15)
    }

    /// One gzip member holding `data` (for writing `.gz` outputs and building test archives).
    public static func compress(_ data: [UInt8], level: Int32 = 6) -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(data.count))) + 32)
        var input = data
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                stream.next_in = inBuf.baseAddress
                stream.avail_in = UInt32(inBuf.count)
                stream.next_out = outBuf.baseAddress
                stream.avail_out = UInt32(outBuf.count)
                _ = deflate(&stream, Z_FINISH)
                return outBuf.count - Int(stream.avail_out)
            }
        }
        return Array(out[0..<produced])
    }

    static func inflate(_ data: [UInt8], limit: Int, windowBits: Int32) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, max(data.count * 4, 1024)))
        var stream = z_stream()
        guard inflateInit2_(&stream, windowBits, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure(description: "zlib initialisation failed")
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: 65536)
        try data.withUnsafeBufferPointer { inBuf in
            guard let base = inBuf.baseAddress else { return }
            var offset = 0
            while offset < inBuf.count {
                stream.next_in = UnsafeMutablePointer(mutating: base + offset)
                stream.avail_in = UInt32(min(inBuf.count - offset, Int(UInt32.max)))
                var rc: Int32 = Z_OK
                repeat {
                    rc = chunk.withUnsafeMutableBufferPointer { o -> Int32 in
                        stream.next_out = o.baseAddress
                        stream.avail_out = UInt32(o.count)
                        return CZlib.inflate(&stream, Z_NO_FLUSH)
                    }
                    let produced = chunk.count - Int(stream.avail_out)
                    if out.count + produced > limit {
                        throw Failure(description: "decompressed size exceeds \(limit) bytes")
                    }
                    out.append(contentsOf: chunk[0..<produced])
                } while rc == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
                let consumed = inBuf.count - offset - Int(stream.avail_in)
                offset += consumed
                switch rc {
                case Z_STREAM_END:
                    // Another member may follow; trailing zero padding ends the file.
                    guard offset < inBuf.count, inBuf[offset...].contains(where: { $0 != 0 }) else { return }
                    if windowBits > 15,
                        !(inBuf[offset] == 0x1F && offset + 1 < inBuf.count && inBuf[offset + 1] == 0x8B)
                    {
                        return
                    }
                    inflateReset(&stream)
                case Z_OK, Z_BUF_ERROR:
                    // Input exhausted mid-stream: a truncated file; keep what came out.
                    if stream.avail_in == 0 { return }
                    if consumed == 0 { return }
                default:
                    if out.isEmpty { throw Failure(description: "corrupt compressed data (zlib error \(rc))") }
                    return
                }
            }
        }
        return out
    }
}

import CZlib
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A forward-only stream of bytes read in chunks, so large inputs never sit whole in memory.
protocol ByteSource: AnyObject {
    /// Appends up to `max` bytes to `buffer`; returns how many, 0 at the end.
    func read(into buffer: inout [UInt8], max: Int) -> Int
    /// Set once the stream ended early or held bytes that could not be read (e.g. a damaged gzip member).
    var damage: String? { get }
}

/// A file read with stdio in 256 KB chunks.
final class FileSource: ByteSource {
    private let file: UnsafeMutablePointer<FILE>
    private var chunk = [UInt8](repeating: 0, count: 1 << 18)
    private(set) var damage: String?

    init?(path: String) {
        guard let f = fopen(path, "rb") else { return nil }
        file = f
    }

    deinit { fclose(file) }

    func read(into buffer: inout [UInt8], max: Int) -> Int {
        while true {
            let n = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, Swift.min(max, $0.count), file) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                return n
            }
            guard ferror(file) != 0 else { return 0 }
            // A signal during the read is not the end of the file: read again. Any other error
            // is, and is said, so that a file cut short by the disk is never taken as whole.
            let code = errno
            clearerr(file)
            if code == EINTR || code == EAGAIN { continue }
            damage = damage ?? "read error (\(String(cString: strerror(code))))"
            return 0
        }
    }
}

/// Streaming gunzip over another source, member after member (a `.warc.gz` is one gzip member
/// per record). A truncated last member yields what it held; garbage between members is skipped
/// up to the next gzip header. Either is noted in `damage`.
final class GunzipSource: ByteSource {
    private let inner: ByteSource
    private var stream = z_stream()
    private var input: [UInt8] = []
    private var inputPos = 0
    private var innerDone = false
    private var finished = false
    private var out = [UInt8](repeating: 0, count: 1 << 18)
    private(set) var damage: String?
    /// Bytes consumed so far from the compressed input (for error positions).
    private var consumedBefore = 0

    init?(_ inner: ByteSource) {
        self.inner = inner
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            return nil
        }
    }

    deinit { inflateEnd(&stream) }

    private func refill() -> Bool {
        if inputPos > 0 {
            consumedBefore += inputPos
            input.removeFirst(inputPos)
            inputPos = 0
        }
        if innerDone { return false }
        let n = inner.read(into: &input, max: 1 << 18)
        if n == 0 { innerDone = true }
        return n > 0
    }

    /// After a damaged member: drop input up to the next gzip magic and restart the inflater.
    private func resync() -> Bool {
        var i = inputPos + 1
        while true {
            while i + 2 < input.count {
                if input[i] == 0x1F && input[i + 1] == 0x8B && input[i + 2] == 0x08 {
                    inputPos = i
                    inflateReset(&stream)
                    return true
                }
                i += 1
            }
            // Keep the last two bytes: a magic may straddle the refill.
            inputPos = Swift.max(inputPos, input.count - 2)
            let shift = inputPos
            if !refill() { return false }
            i = Swift.max(0, i - shift)
        }
    }

    func read(into buffer: inout [UInt8], max: Int) -> Int {
        while !finished {
            if inputPos >= input.count && !refill() {
                if !atMemberBoundary { damage = damage ?? "truncated gzip data at byte \(consumedBefore + inputPos)" }
                finished = true
                break
            }
            let availIn = input.count - inputPos
            let want = Swift.min(max, out.count)
            var produced = 0
            var rc: Int32 = Z_OK
            input.withUnsafeMutableBufferPointer { inBuf in
                out.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_in = inBuf.baseAddress! + inputPos
                    stream.avail_in = UInt32(availIn)
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = UInt32(want)
                    rc = inflate(&stream, Z_NO_FLUSH)
                    produced = want - Int(stream.avail_out)
                }
            }
            let consumed = availIn - Int(stream.avail_in)
            inputPos += consumed
            if consumed > 0 || produced > 0 { atMemberBoundary = false }
            switch rc {
            case Z_STREAM_END:
                inflateReset(&stream)
                atMemberBoundary = true
                // Zero padding after a member is allowed.
                while true {
                    while inputPos < input.count && input[inputPos] == 0 { inputPos += 1 }
                    if inputPos < input.count || !refill() { break }
                }
            case Z_OK:
                break
            case Z_BUF_ERROR:
                if produced == 0 && !refill() {
                    if !atMemberBoundary {
                        damage = damage ?? "truncated gzip data at byte \(consumedBefore + inputPos)"
                    }
                    finished = true
                }
            default:
                damage = damage ?? "damaged gzip data near byte \(consumedBefore + inputPos)"
                if resync() { atMemberBoundary = true } else { finished = true }
            }
            if produced > 0 {
                buffer.append(contentsOf: out[0..<produced])
                return produced
            }
        }
        return 0
    }

    private var atMemberBoundary = true
}

/// Line and length-delimited reads over a byte source, holding only the unread window.
final class BufferedReader {
    private let source: ByteSource
    private var buf: [UInt8] = []
    private var pos = 0
    private var eof = false
    /// Bytes consumed before `buf[0]`, so `offset` is the position in the (decompressed) stream.
    private var base = 0

    init(_ source: ByteSource) { self.source = source }

    var offset: Int { base + pos }
    var damage: String? { source.damage }

    private func fill() -> Bool {
        if eof { return false }
        if pos > 0 && pos >= buf.count / 2 {
            base += pos
            buf.removeFirst(pos)
            pos = 0
        }
        let n = source.read(into: &buf, max: 1 << 18)
        if n == 0 { eof = true }
        return n > 0
    }

    /// The next line without its LF / CRLF; nil at the end. Lines longer than `limit` are cut.
    func readLine(limit: Int = 1 << 16) -> [UInt8]? {
        var scanFrom = pos
        while true {
            if let nl = buf[scanFrom...].firstIndex(of: 0x0A) {
                var end = nl
                if end > pos && buf[end - 1] == 0x0D { end -= 1 }
                let line = Array(buf[pos..<min(end, pos + limit)])
                pos = nl + 1
                return line
            }
            scanFrom = buf.count
            if buf.count - pos > limit {
                let line = Array(buf[pos..<(pos + limit)])
                pos += limit
                return line
            }
            let before = buf.count - pos
            if !fill() {
                guard buf.count > pos else { return nil }
                let line = Array(buf[pos...])
                pos = buf.count
                return line
            }
            scanFrom = pos + before
        }
    }

    /// Up to `n` bytes (fewer only at the end of the stream).
    func read(_ n: Int) -> [UInt8] {
        while buf.count - pos < n && fill() {}
        let k = min(n, buf.count - pos)
        let out = Array(buf[pos..<(pos + k)])
        pos += k
        return out
    }

    /// Skips up to `n` bytes; returns how many were skipped.
    func skip(_ n: Int) -> Int {
        var left = n
        while left > 0 {
            if pos >= buf.count && !fill() { break }
            let k = min(left, buf.count - pos)
            pos += k
            left -= k
        }
        return n - left
    }
}

/// Bytes already read for sniffing, put back in front of the rest of the source.
final class ReplaySource: ByteSource {
    private var prefix: [UInt8]
    private let rest: ByteSource
    var damage: String? { rest.damage }

    init(prefix: [UInt8], rest: ByteSource) {
        self.prefix = prefix
        self.rest = rest
    }

    func read(into buffer: inout [UInt8], max: Int) -> Int {
        if !prefix.isEmpty {
            let n = min(max, prefix.count)
            buffer.append(contentsOf: prefix[0..<n])
            prefix.removeFirst(n)
            return n
        }
        return rest.read(into: &buffer, max: max)
    }
}

/// A `FileHandle` (standard input, or a file opened by its path bytes) as a byte source.
final class HandleSource: ByteSource {
    private let handle: FileHandle
    private(set) var damage: String?

    init(_ handle: FileHandle) { self.handle = handle }

    func read(into buffer: inout [UInt8], max: Int) -> Int {
        // The throwing read: the older readData(ofLength:) traps on an I/O error.
        do {
            guard let data = try handle.read(upToCount: max), !data.isEmpty else { return 0 }
            buffer.append(contentsOf: data)
            return data.count
        } catch {
            damage = damage ?? "read error (\(error.localizedDescription))"
            return 0
        }
    }
}

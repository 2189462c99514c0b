import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 (or another loopback address: Linux answers all of
/// 127.0.0.0/8, which gives tests several hosts) for the fetch and watcher tests: one request per
/// connection, each on a thread of its own, answered by `handler`, every request recorded.
public final class LoopbackServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        public var headers: [String: String]
        public var body: [UInt8]
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Sent after the head in place of `body`, with no length, `repeats` times (or until the
        /// client hangs up): a body with no end, which the client must cut.
        public var endless: (chunk: [UInt8], repeats: Int)?

        public init(_ status: Int = 200, _ headers: [(String, String)] = [], _ body: String = "") {
            self.init(status, headers, bytes: Array(body.utf8))
        }

        public init(_ status: Int = 200, _ headers: [(String, String)] = [], bytes: [UInt8]) {
            self.status = status
            self.headers = headers
            self.body = bytes
        }
    }

    public let port: Int
    public let address: String
    private let fd: Int32
    private let lock = NSLock()
    private var _requests: [Request] = []
    private var handler: @Sendable (Request) -> Response
    private var closed = false

    public var requests: [Request] { lock.withLock { _requests } }
    public var url: String { "http://\(address):\(port)" }

    public func setHandler(_ h: @escaping @Sendable (Request) -> Response) { lock.withLock { handler = h } }

    public init(address: String = "127.0.0.1", handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        self.address = address
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr(address)
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) }
        }
        guard bound == 0, listen(fd, 128) == 0 else { throw NSError(domain: "LoopbackServer", code: 1) }
        _ = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) }
        }
        self.fd = fd
        port = Int(UInt16(bigEndian: addr.sin_port))
        let t = Thread { [self] in acceptLoop() }
        t.start()
    }

    public func close() {
        lock.withLock { closed = true }
        shutdown(fd, Int32(SHUT_RDWR))
        Glibc.close(fd)
    }

    private func acceptLoop() {
        while true {
            let c = accept(fd, nil, nil)
            if c < 0 { if lock.withLock({ closed }) { return }; continue }
            DispatchQueue.global().async { [self] in serve(c) }
        }
    }

    private func serve(_ c: Int32) {
        defer { Glibc.close(c) }
        var data: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        while headerEnd == nil {
            let n = read(c, &buf, buf.count)
            if n <= 0 { return }
            data += buf[0..<n]
            headerEnd = find(data, Array("\r\n\r\n".utf8))
        }
        guard let he = headerEnd else { return }
        let head = String(decoding: data[0..<he], as: UTF8.self).components(separatedBy: "\r\n")
        let parts = head.first?.split(separator: " ") ?? []
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        let length = Int(headers["content-length"] ?? "0") ?? 0
        var body = Array(data[(he + 4)...])
        while body.count < length {
            let n = read(c, &buf, buf.count)
            if n <= 0 { break }
            body += buf[0..<n]
        }
        let req = Request(
            method: parts.count > 0 ? String(parts[0]) : "", path: parts.count > 1 ? String(parts[1]) : "",
            headers: headers, body: body)
        let h = lock.withLock {
            _requests.append(req); return handler
        }
        let r = h(req)
        var out = "HTTP/1.1 \(r.status) X\r\n"
        if r.endless == nil { out += "Content-Length: \(r.body.count)\r\n" }
        out += "Connection: close\r\n"
        for (k, v) in r.headers { out += "\(k): \(v)\r\n" }
        out += "\r\n"
        guard send(c, Array(out.utf8) + (r.endless == nil ? r.body : [])) else { return }
        if let endless = r.endless {
            for _ in 0..<endless.repeats { guard send(c, endless.chunk) else { return } }
        }
    }

    /// Writes all of `bytes`; false once the client has gone (no SIGPIPE: the test process lives on).
    private func send(_ c: Int32, _ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(c, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n <= 0 { return false }
            sent += n
        }
        return true
    }

    private func find(_ hay: [UInt8], _ needle: [UInt8]) -> Int? {
        guard hay.count >= needle.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i..<(i + needle.count)].elementsEqual(needle) { return i }
        return nil
    }
}

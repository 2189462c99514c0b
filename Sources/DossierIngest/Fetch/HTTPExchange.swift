import CCurl
import Foundation

/// One http(s) exchange that reports what the server said instead of throwing on a non-2xx
/// status: the watcher needs 304, 429, 503 and their headers (ETag, Last-Modified,
/// Cache-Control, Retry-After) to poll politely, and webhooks need a POST.
public struct HTTPResponse: Sendable {
    public var status: Int
    /// Headers of the last response of the redirect chain, names lower-cased, in order.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]
    public var finalURL: String
    public var contentType: String?

    /// The first value of a header, by lower-case name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }
}

extension Fetcher {
    /// A GET (or a POST when `postBody` is given) with extra request header lines ("Name: value").
    /// Throws only when no response came: a bad URL, a network error, the timeout, an
    /// oversized body, too many redirects.
    public static func request(
        _ url: String, headers: [String] = [], postBody: [UInt8]? = nil, userAgent: String = Fetcher.userAgent,
        timeout: Double = 30, maxBytes: Int = 32 << 20
    ) throws -> HTTPResponse {
        guard let u = URL(string: url), let scheme = u.scheme?.lowercased(), scheme == "http" || scheme == "https",
            u.host != nil
        else {
            throw Failure(description: "not an http(s) URL")
        }
        // Header lines with a line break would smuggle a second header: refused.
        for h in headers where h.utf8.contains(where: { $0 == 10 || $0 == 13 }) {
            throw Failure(description: "request header with a line break")
        }
        let sink = ExchangeSink(maxBytes: maxBytes)
        var result = dossier_fetch_result()
        let seconds = max(1, Int(timeout.rounded(.up)))
        // A trailing nil keeps the array non-empty; C is told the real count.
        let cHeaders: [UnsafePointer<CChar>?] = headers.map { UnsafePointer(strdup($0)) } + [nil]
        defer { for p in cHeaders { free(UnsafeMutableRawPointer(mutating: p)) } }
        // A trailing NUL keeps the buffer non-empty, so its address is never nil.
        let post = (postBody ?? []) + [0]
        let postCount = Int64(postBody?.count ?? 0)
        let code: Int32 = withExtendedLifetime(sink) {
            cHeaders.withUnsafeBufferPointer { hp in
                post.withUnsafeBufferPointer { pb in
                    pb.withMemoryRebound(to: CChar.self) { pc in
                        dossier_request(
                            url, seconds, 10, Int64(maxBytes), userAgent, accept, hp.baseAddress, Int32(headers.count),
                            postBody == nil ? nil : pc.baseAddress, postCount,
                            { data, size, context in
                                guard let data, let context else { return 0 }
                                let sink = Unmanaged<ExchangeSink>.fromOpaque(context).takeUnretainedValue()
                                return sink.take(UnsafeRawBufferPointer(start: data, count: size)) ? size : 0
                            },
                            { data, size, context in
                                guard let data, let context else { return }
                                let sink = Unmanaged<ExchangeSink>.fromOpaque(context).takeUnretainedValue()
                                sink.header(UnsafeRawBufferPointer(start: data, count: size))
                            },
                            Unmanaged.passUnretained(sink).toOpaque(), &result)
                    }
                }
            }
        }
        let contentType = cString(&result.content_type)
        let finalURL = cString(&result.final_url)
        switch CURLcodeName(rawValue: code) {
        case .ok:
            break
        case .writeError where sink.overflowed, .fileSizeExceeded:
            throw Failure(description: "body exceeds the \(maxBytes)-byte limit")
        case .timedOut:
            throw Failure(description: "timed out after \(Int(timeout)) s")
        case .tooManyRedirects:
            throw Failure(description: "more than 10 redirects")
        case .unsupportedProtocol:
            throw Failure(description: "redirect to a non-http(s) URL")
        default:
            throw Failure(description: cString(&result.error))
        }
        return HTTPResponse(
            status: result.status, headers: sink.headers, body: sink.body,
            finalURL: finalURL.isEmpty ? url : finalURL, contentType: contentType.isEmpty ? nil : contentType)
    }

    static func cString<T>(_ tuple: inout T) -> String {
        withUnsafeBytes(of: &tuple) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
    }

    /// Body and headers as they arrive; each new status line (a redirect's next response)
    /// starts the header list again, so what is kept belongs to the last response.
    private final class ExchangeSink {
        let maxBytes: Int
        var body: [UInt8] = []
        var headers: [(name: String, value: String)] = []
        var overflowed = false
        /// Header lines kept per response: a bound on what a hostile server can make us hold.
        static let maxHeaders = 200

        init(maxBytes: Int) { self.maxBytes = maxBytes }

        func take(_ bytes: UnsafeRawBufferPointer) -> Bool {
            guard body.count + bytes.count <= maxBytes else {
                overflowed = true
                return false
            }
            body.append(contentsOf: bytes)
            return true
        }

        func header(_ bytes: UnsafeRawBufferPointer) {
            let line = String(decoding: bytes.prefix(8192), as: UTF8.self)
            if line.hasPrefix("HTTP/") { headers.removeAll(); body.removeAll(); return }
            guard headers.count < Self.maxHeaders, let colon = line.firstIndex(of: ":") else { return }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers.append((name, value))
        }
    }
}

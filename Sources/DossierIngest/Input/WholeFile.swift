import Glibc

/// A regular file read whole with one `read` into a buffer of its size, and inflated in one call
/// when it is gzip (`WholeGzip`): for inputs read whole anyway (pages, feeds, `.txt`, `.json`), in
/// place of the chunked stream, whose copies from chunk to buffer and from buffer to a growing
/// array, and zlib's inflate, cost more than parsing a page's markup.
///
/// Anything out of the ordinary (not a regular file, over the limit, damaged or truncated gzip, a
/// read error, a file that changes size while read) gives nil, and the caller reads it through the
/// stream, which reports it as it always has.
enum WholeFile {
    /// The file's bytes, inflated if they are gzip, when within `limit` and plainly readable.
    static func read(_ path: UnsafePointer<CChar>, limit: Int) -> [UInt8]? {
        // Looked at before it is opened: opening a pipe (and closing it again to let the stream
        // read it) would lose what a writer sent in between, or leave the stream waiting for ever.
        var before = stat()
        guard stat(path, &before) == 0, before.st_mode & S_IFMT == S_IFREG else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, st.st_mode & S_IFMT == S_IFREG, st.st_size > 0, st.st_size <= limit else {
            return nil
        }
        let size = Int(st.st_size)
        var complete = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            guard let base = buffer.baseAddress else { return }
            while count < size {
                let n = Glibc.read(fd, base + count, size - count)
                if n > 0 {
                    count += n
                } else if n < 0 && (errno == EINTR || errno == EAGAIN) {
                    continue
                } else {
                    return
                }
            }
            // One byte more would mean the file grew after `fstat`: the stream reads it as it is.
            var extra: UInt8 = 0
            complete = Glibc.read(fd, &extra, 1) == 0
        }
        guard complete else { return nil }
        guard Gzip.isGzip(bytes) else { return bytes }
        return bytes.withUnsafeBufferPointer { WholeGzip.inflate($0, limit: limit) }
    }
}

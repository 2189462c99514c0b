/// The bounds every reader and stage keeps, so that one input costs at most its own line of stderr
/// and never the batch: an input over a limit is reported with the limit it passed and skipped.
///
/// The defaults are far above real news (the largest of the 1,752 extraction pages in
/// ../shared/data is 1.6 MB, the longest dev JSONL record 59 KB) and below what breaks the 1 GB
/// budget of one input; every command takes them as options (`--max-input-bytes` and the rest).
public struct InputLimits: Sendable, Equatable {
    /// Bytes of one input read whole (a page, a feed, a `.txt`, a `.json`, a fetched URL); JSONL and
    /// WARC files stream, so they are bounded per line and per record instead.
    public var inputBytes = 32 << 20
    /// Bytes one WARC page body may expand to after content decoding (whole compressed inputs are
    /// bounded by `inputBytes` once inflated).
    public var decompressedBytes = 256 << 20
    /// Bytes of one line: a JSONL record, or one line of a text.
    public var lineBytes = 16 << 20
    /// Bytes of one article's text (before cleaning), the most the clean and language stages take
    /// on: analysis holds about a hundred times the text's size at its peak.
    public var textBytes = 4 << 20
    /// Records taken from one file (JSONL lines, JSON array items, feed items, WARC records).
    public var recordsPerFile = 1_000_000
    /// Seconds one article may spend in cleaning and analysis before it is given up.
    public var secondsPerInput = 60.0

    /// The defaults given above (the same as `standard`); commands then set each limit from its option.
    public init() {}

    /// The defaults.
    public static let standard = InputLimits()
}

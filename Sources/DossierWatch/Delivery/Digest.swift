import DossierModel
import DossierOutput
import DossierStore
import Foundation

/// A brief of what changed since a time, in Markdown or HTML: alerts by watchlist with the span
/// that triggered each and its sources, the stories that grew, and sources that keep failing.
public enum Digest {
    public enum Format: String, Sendable, CaseIterable {
        case markdown = "md", html

        public var fileExtension: String { self == .markdown ? "md" : "html" }
    }

    /// What a digest says, read from the store once and rendered in either format.
    struct Content {
        struct Alert {
            var title: String
            var kind: String
            var trigger: String
            /// Outlet (or URL, or article id) and URL of up to five sources.
            var sources: [(label: String, url: String?)]
        }
        struct Story {
            var id: String
            var title: String
            var new: Int
            var articles: Int
            var trend: Double
        }
        var since: Double
        var now: Double
        var alertCount = 0
        var alerts: [(watchlist: String, items: [Alert])] = []
        var stories: [Story] = []
        var failing: [WatchSource] = []

        /// `until`: an end to the period as well (a scheduled digest leaves what came later to the next).
        init(_ store: any WatchStoring, since: Double, now: Double, until: Double?, failingAfter: Int) throws {
            self.since = since
            self.now = now
            let end = until ?? .infinity
            let alerts = try store.alerts(watchlist: nil, since: since, limit: 10_000).filter { $0.created < end }
            alertCount = alerts.count
            let titles = Dictionary(
                try store.articleSummaries(ids: alerts.map(\.articleId)).map { ($0.id, $0.title ?? $0.id) },
                uniquingKeysWith: { a, _ in a })
            for name in alerts.map(\.watchlist).uniqued() {
                self.alerts.append(
                    (
                        name,
                        alerts.filter { $0.watchlist == name }.map { a in
                            Alert(
                                title: titles[a.articleId] ?? a.articleId, kind: a.kind.rawValue,
                                trigger: a.triggerText,
                                sources: a.sources.prefix(5).map { ($0.outlet ?? $0.url ?? $0.articleId, $0.url) })
                        }
                    ))
            }
            let times = try store.watchStoryTimes()
            stories = try store.watchStories(updatedSince: since, limit: 200).map { s in
                Story(
                    id: s.id, title: s.title ?? s.id,
                    new: times[s.id]?.filter { $0 >= since && $0 < end }.count ?? 0,
                    articles: s.articles, trend: TrendScore(times: times[s.id] ?? [], now: now).score)
            }.filter { $0.new > 0 }
            failing = try store.sources().filter { $0.failures >= failingAfter }
        }
    }

    public static func render(
        _ store: any WatchStoring, since: Double, now: Double, format: Format, until: Double? = nil,
        failingAfter: Int = 5
    ) throws -> String {
        let c = try Content(store, since: since, now: now, until: until, failingAfter: failingAfter)
        return format == .markdown ? markdown(c) : html(c)
    }

    static func markdown(_ c: Content) -> String {
        func esc(_ s: String) -> String { MarkdownText.escape(s) }
        var md = "# Dossier digest\n\nSince \(AtomWriter.rfc3339(c.since)) (as of \(AtomWriter.rfc3339(c.now))).\n"
        md += "\n## Alerts (\(c.alertCount))\n"
        if c.alerts.isEmpty { md += "\nNone.\n" }
        for (name, items) in c.alerts {
            md += "\n### \(esc(name))\n\n"
            for a in items {
                md += "- **\(esc(a.title))** (\(a.kind)): “\(esc(a.trigger))”"
                let cited = a.sources.map { s in
                    s.url.flatMap { HTMLText.safeHref($0) }.map { "[\(esc(s.label))](\(MarkdownText.linkTarget($0)))" }
                        ?? esc(s.label)
                }
                if !cited.isEmpty { md += " — " + cited.joined(separator: ", ") }
                md += "\n"
            }
        }
        md += "\n## Stories updated (\(c.stories.count))\n\n"
        if c.stories.isEmpty { md += "None.\n" }
        for s in c.stories {
            // A code span shows backslashes as they are: the id goes in unescaped, backticks dropped.
            let id = s.id.replacingOccurrences(of: "`", with: "")
            md +=
                "- \(esc(s.title)) (`\(id)`): \(s.new) new of \(s.articles) articles, trend "
                + String(format: "%.1f", s.trend) + "\n"
        }
        if !c.failing.isEmpty {
            md += "\n## Sources failing (\(c.failing.count))\n\n"
            for s in c.failing {
                md += "- \(esc(s.url)): \(s.failures) failures in a row, last: \(esc(s.lastError ?? ""))\n"
            }
        }
        return md
    }

    /// A standalone page (no scripts, no outside resources) that mail clients and browsers show as is.
    static func html(_ c: Content) -> String {
        func e(_ s: String) -> String { HTMLText.escape(s) }
        var h = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dossier digest</title>"
        h += "<style>body{font-family:sans-serif;max-width:48em;margin:1em auto;padding:0 1em}"
        h += "q{font-style:italic}.muted{color:#555}</style></head><body>\n<h1>Dossier digest</h1>\n"
        h += "<p class=\"muted\">Since <time>\(AtomWriter.rfc3339(c.since))</time> "
        h += "(as of <time>\(AtomWriter.rfc3339(c.now))</time>).</p>\n"
        h += "<h2>Alerts (\(c.alertCount))</h2>\n"
        if c.alerts.isEmpty { h += "<p>None.</p>\n" }
        for (name, items) in c.alerts {
            h += "<h3>\(e(name))</h3>\n<ul>\n"
            for a in items {
                h += "<li><strong>\(e(a.title))</strong> (\(e(a.kind))): <q>\(e(a.trigger))</q>"
                let cited = a.sources.map { s in
                    s.url.flatMap { HTMLText.safeHref($0) }.map { "<a href=\"\(e($0))\">\(e(s.label))</a>" }
                        ?? e(s.label)
                }
                if !cited.isEmpty { h += " — " + cited.joined(separator: ", ") }
                h += "</li>\n"
            }
            h += "</ul>\n"
        }
        h += "<h2>Stories updated (\(c.stories.count))</h2>\n"
        if c.stories.isEmpty { h += "<p>None.</p>\n" } else { h += "<ul>\n" }
        for s in c.stories {
            h += "<li>\(e(s.title)) (<code>\(e(s.id))</code>): \(s.new) new of \(s.articles) articles, trend "
            h += String(format: "%.1f", s.trend) + "</li>\n"
        }
        if !c.stories.isEmpty { h += "</ul>\n" }
        if !c.failing.isEmpty {
            h += "<h2>Sources failing (\(c.failing.count))</h2>\n<ul>\n"
            for s in c.failing {
                h += "<li>\(e(s.url)): \(s.failures) failures in a row, last: \(e(s.lastError ?? ""))</li>\n"
            }
            h += "</ul>\n"
        }
        return h + "</body></html>\n"
    }
}

/// Writes a digest to a directory every `every` seconds (`dossier watch --digest-every`).
///
/// Periods are aligned to the Unix epoch (every 24 h: midnight UTC to midnight UTC) and each
/// file is named for the end of its period, so the schedule needs no state of its own: after
/// a restart, a period whose file exists is not written again, and the last period that ended
/// while the watcher was down is written at once.
public struct DigestSchedule: Sendable {
    public var every: Double
    public var directory: String
    public var format: Digest.Format

    public init(every: Double, directory: String, format: Digest.Format) {
        self.every = every
        self.directory = directory
        self.format = format
    }

    /// The end of the last period that has ended at `now`.
    public func lastEnd(now: Double) -> Double {
        guard every > 0, every.isFinite, now.isFinite else { return now }
        return (now / every).rounded(.down) * every
    }

    public func nextEnd(now: Double) -> Double { lastEnd(now: now) + max(every, 1) }

    /// "digest-20261207T000000Z.md": the period's end, sortable.
    public func fileName(end: Double) -> String {
        let stamp = AtomWriter.rfc3339(end).replacingOccurrences(of: "-", with: "")
            .replacingOccurrences(of: ":", with: "")
        return "digest-\(stamp).\(format.fileExtension)"
    }

    /// Writes the last ended period's digest unless it exists; returns the path written, if any.
    /// Written to a temporary name and renamed, so a reader never sees half a digest.
    @discardableResult
    public func writeDue(_ store: any WatchStoring, now: Double, failingAfter: Int = 5) throws -> String? {
        try write(store, end: lastEnd(now: now), failingAfter: failingAfter)
    }

    /// Writes the digest of the period ending at `end` unless its file exists; returns the path
    /// written, if any.
    @discardableResult
    public func write(_ store: any WatchStoring, end: Double, failingAfter: Int = 5) throws -> String? {
        let dir = URL(fileURLWithPath: directory)
        let path = dir.appendingPathComponent(fileName(end: end)).path
        let fm = FileManager.default
        if fm.fileExists(atPath: path) { return nil }
        try fm.createDirectory(at: dir, withIntermediateDirectories: true)
        let text = try Digest.render(
            store, since: end - every, now: end, format: format, until: end, failingAfter: failingAfter)
        let temp = path + ".part"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temp))
        if fm.fileExists(atPath: path) { try? fm.removeItem(atPath: temp); return nil }
        try fm.moveItem(atPath: temp, toPath: path)
        return path
    }

    /// Why the directory cannot take a digest, in a few words naming the path: the first
    /// existing path on the way is a file, or is not writable; else what the error says.
    public func problem(_ error: any Error) -> String {
        let fm = FileManager.default
        var path = URL(fileURLWithPath: directory).standardizedFileURL.path
        // Up to the nearest existing ancestor (bounded by the path's depth).
        for _ in 0..<256 {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: path, isDirectory: &isDir) {
                if !isDir.boolValue { return "\(path) is a file, not a directory" }
                if !fm.isWritableFile(atPath: path) { return "\(path) is not writable" }
                break
            }
            let parent = (path as NSString).deletingLastPathComponent
            if parent == path || parent.isEmpty { break }
            path = parent
        }
        return "\(directory): \(error.localizedDescription)"
    }
}

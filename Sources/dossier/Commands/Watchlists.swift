import ArgumentParser
import DossierOutput
import DossierStore
import DossierText
import DossierWatch
import Foundation

struct Watchlists: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watchlist",
        abstract: "Saved searches and followed names that raise alerts as `dossier watch` takes in articles.",
        subcommands: [Add.self, List.self, Remove.self, Alerts.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add (or replace) a watchlist: exactly one of --query, --person, --org, --place, --keyword.",
            discussion: """
                --query takes the web app's search syntax (words, "phrases", AND/OR/NOT, person:, outlet:, \
                from:, to:). Alerts are POSTed as JSON to --webhook, signed with --secret \
                (X-Dossier-Signature: sha256=HMAC of the body).

                Example: dossier watchlist add floods --keyword flood --webhook https://hooks.example/x --secret s
                """)
        @OptionGroup var database: DatabaseOption
        @Argument var name: String
        @Option var query: String?
        @Option var person: String?
        @Option var org: String?
        @Option var place: String?
        @Option var keyword: String?
        @Option(help: "URL to POST each alert to.")
        var webhook: String?
        @Option(help: "Shared secret for the webhook signature.")
        var secret: String?

        var chosen: [(Watchlist.Kind, String)] {
            [(Watchlist.Kind.query, query), (.person, person), (.org, org), (.place, place), (.keyword, keyword)]
                .compactMap { k, v in v.map { (k, $0) } }
        }

        func validate() throws {
            guard chosen.count == 1 else {
                throw ValidationError("give exactly one of --query, --person, --org, --place, --keyword")
            }
            guard let v = chosen.first?.1, !v.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ValidationError("the watched value is empty")
            }
            guard !name.isEmpty, name.unicodeScalars.count <= 200 else {
                throw ValidationError("name must be 1 to 200 characters")
            }
            if let w = webhook, !w.lowercased().hasPrefix("http://") && !w.lowercased().hasPrefix("https://") {
                throw ValidationError("--webhook must be an http(s) URL")
            }
        }

        func run() throws {
            guard let (kind, value) = chosen.first else { return }
            let store = try database.open()
            try store.saveWatchlist(
                Watchlist(
                    name: name, kind: kind, value: value, webhook: webhook, secret: secret,
                    created: Date().timeIntervalSince1970))
            Console.error("dossier: watchlist \(name) (\(kind.rawValue): \(value)) saved")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the watchlists and their alert counts.")
        @OptionGroup var database: DatabaseOption

        func run() throws {
            let store = try database.open(mode: .existing)
            for w in try store.watchlists() {
                let n = try store.alerts(watchlist: w.name, since: -.infinity, limit: 1_000_000).count
                Console.write("\(w.name)\t\(w.kind.rawValue)\t\(w.value)\t\(n) alerts\t\(w.webhook ?? "-")\n")
            }
            Console.flush()
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a watchlist and its alerts.")
        @OptionGroup var database: DatabaseOption
        @Argument var name: String

        func run() throws {
            let store = try database.open(mode: .existing)
            guard try store.removeWatchlist(name) else {
                Console.error("dossier: no watchlist \(name)"); throw ExitCode(1)
            }
        }
    }

    struct Alerts: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print alerts as JSON lines, newest first.")
        @OptionGroup var database: DatabaseOption
        @Argument(help: "Only this watchlist's alerts.")
        var name: String?
        @Option(help: "Only alerts since this time (ISO 8601, or seconds ago as e.g. 3600s).")
        var since: String?

        func run() throws {
            let store = try database.open(mode: .existing)
            let from = try since.map { try TimeArgument.parse($0) } ?? -.infinity
            for a in try store.alerts(watchlist: name, since: from, limit: 100_000) {
                let art = try store.article(id: a.articleId).map(WebhookSender.ArticleRef.init)
                Console.write(WebhookSender.alertJSON(a, article: art).rendered() + "\n")
            }
            Console.flush()
        }
    }
}

/// Times on the command line: ISO 8601 (a day or a full time) or "N s/m/h/d" ago.
enum TimeArgument {
    /// A length of time: seconds, or a number with s, m, h or d ("24h").
    static func duration(_ s: String) throws -> Double {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let n = Double(t), n.isFinite, n >= 0 { return n }
        if let unit = t.last, "smhd".contains(unit), let n = Double(t.dropLast()), n.isFinite, n >= 0 {
            return n * (unit == "s" ? 1 : unit == "m" ? 60 : unit == "h" ? 3_600 : 86_400)
        }
        throw ValidationError("not a length of time: \(s) (seconds, or such as 90m, 24h, 7d)")
    }

    static func parse(_ s: String, now: Double = Date().timeIntervalSince1970) throws -> Double {
        let t = s.trimmingCharacters(in: .whitespaces)
        if let unit = t.last, "smhd".contains(unit), let n = Double(t.dropLast()), n.isFinite, n >= 0 {
            let scale: Double = unit == "s" ? 1 : unit == "m" ? 60 : unit == "h" ? 3_600 : 86_400
            return now - n * scale
        }
        if let ts = DossierText.DateParsing.parse(t), let e = PollSchedule.epochSeconds(ts) { return e }
        throw ValidationError("not a time: \(s) (ISO 8601, or an age such as 24h)")
    }
}

import Hummingbird

/// Checks the write token: `Authorization: Bearer TOKEN` or `X-Dossier-Token: TOKEN` on API
/// calls, the `token` field on browser forms. With no token configured every write is refused,
/// so a server started without one is read-only.
struct TokenGuard: Sendable {
    let token: String?

    func check(_ presented: String?) throws {
        guard let token else {
            throw APIError(
                .forbidden,
                "this server is read-only: start `dossier serve` with --token "
                    + "(or DOSSIER_TOKEN) to allow writes")
        }
        guard let presented, Self.constantTimeEqual(presented, token) else {
            throw APIError(
                .unauthorized,
                presented == nil
                    ? "writes need the server's token: send the header `Authorization: Bearer TOKEN`"
                    : "the token sent does not match the server's: check --token or DOSSIER_TOKEN")
        }
    }

    static func presented(_ request: Request) -> String? {
        if let auth = request.headers[.authorization] {
            let parts = auth.split(separator: " ", maxSplits: 1)
            if parts.count == 2, parts[0].lowercased() == "bearer" {
                return String(parts[1]).trimmingCharacters(in: .whitespaces)
            }
        }
        for field in request.headers where field.name.canonicalName == "x-dossier-token" { return field.value }
        return nil
    }

    /// Comparison whose time does not depend on where the strings first differ.
    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        var diff = UInt8(x.count == y.count ? 0 : 1)
        for i in 0..<max(x.count, y.count) {
            diff |= (i < x.count ? x[i] : 0) ^ (i < y.count ? y[i] : 0)
        }
        return diff == 0
    }
}

import Foundation

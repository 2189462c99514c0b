import Foundation

/// The "Expected facts" tables of Samples/README.md, read as data so the tests check the
/// corpus's own documented quotes, speakers, amounts and dates.
struct SampleFacts {
    let readme: String

    init() throws {
        readme = try String(contentsOfFile: Repo.root.appendingPathComponent("Samples/README.md").path, encoding: .utf8)
    }

    /// Rows (cells without the leading `#` column header) of the first table after `heading`.
    func table(after heading: String) -> [[String]] {
        guard let start = readme.range(of: heading) else { return [] }
        var rows: [[String]] = []
        for line in readme[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                if !rows.isEmpty { break }
                if line.hasPrefix("#") { break }
                continue
            }
            let cells = line.dropFirst().dropLast().split(separator: "|", omittingEmptySubsequences: false)
                .map { $0.trimmingCharacters(in: .whitespaces) }
            if cells.first?.hasPrefix("---") == true || cells.first == "#" || cells.first == "File" { continue }
            rows.append(cells)
        }
        return rows
    }

    /// "`text`" → "text".
    static func code(_ cell: String) -> String {
        var s = Substring(cell)
        if s.hasPrefix("`") { s = s.dropFirst() }
        if let end = s.firstIndex(of: "`") { s = s[..<end] }
        return String(s)
    }

    /// The analyze record a table's file label ("01", "05a", "B02") refers to.
    static func record(_ label: String, in records: [[String: Any]]) -> [String: Any]? {
        if label == "05a" { return records.first { $0["id"] as? String == "hl-2024-0312-kessvik-anchorage" } }
        if label == "05b" { return records.first { $0["id"] as? String == "hl-2024-0328-qadira-claim" } }
        let folder = label.hasPrefix("B") ? "orrenby-stadium-vote/" : "kessvik-tanker-leak/"
        let number = label.hasPrefix("B") ? String(label.dropFirst()) : label
        return records.first { ($0["source"] as? String)?.contains(folder + number + "-") == true }
    }
}

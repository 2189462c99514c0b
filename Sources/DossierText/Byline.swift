import Foundation

/// Byline lines as header zones and header lines of plain-text reports write them.
public enum Byline {
    /// "By Mara Lindqvist" or "By Mara Lindqvist, Defence correspondent": the name part as written.
    public static func name(in line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("By ") || trimmed.hasPrefix("by ") || trimmed.hasPrefix("BY ") else { return nil }
        let rest = trimmed.dropFirst(3).trimmingCharacters(in: .whitespaces)
        let words = rest.split(separator: " ")
        guard (1...12).contains(words.count), let first = rest.unicodeScalars.first,
            first.properties.isUppercase
        else { return nil }
        if rest.hasSuffix(".") && words.count > 6 { return nil }
        return rest
    }
}

import Foundation

/// A rule or word table read from `Resources/Lexicons/NAME.tsv`.
///
/// Format: one row a line, cells separated by tabs; `#` starts a comment line; blank lines are skipped.
/// Adding a title, a speech verb or a month name is a change to one of these files, not to code.
public struct Lexicon: Sendable {
    public let name: String
    public let rows: [[String]]

    public init(name: String, rows: [[String]]) {
        self.name = name
        self.rows = rows
    }

    /// Parses TSV text.
    public init(name: String, tsv: String) {
        var rows: [[String]] = []
        for line in tsv.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = Lexicon.trimmingSpaces(line)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            rows.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(Lexicon.trimmingSpaces))
        }
        self.init(name: name, rows: rows)
    }

    /// `trimmingCharacters(in: .whitespaces)` (Unicode's space separators and the tab) on Unicode scalars:
    /// Foundation's bridges every cell to an NSString, which made loading the lexicons (at start-up, and
    /// the merge's name tables on first use) slow.
    static func trimmingSpaces(_ s: Substring) -> String {
        func space(_ c: Unicode.Scalar) -> Bool { c == "\t" || c.properties.generalCategory == .spaceSeparator }
        let u = s.unicodeScalars
        guard let first = u.firstIndex(where: { !space($0) }), let last = u.lastIndex(where: { !space($0) }) else { return "" }
        return String(Substring(u[first...last]))
    }

    /// Loads a bundled lexicon. A missing or unreadable bundled file is a packaging error, reported
    /// as ``LexiconError``.
    public static func bundled(_ name: String) throws(LexiconError) -> Lexicon {
        guard let url = Bundle.module.url(forResource: name, withExtension: "tsv", subdirectory: "Lexicons") else {
            throw .missing(name: name)
        }
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) else {
            throw .unreadable(name: name, path: url.path)
        }
        return Lexicon(name: name, tsv: text)
    }

    /// The first cell of every row, lower-cased.
    public var firstColumnSet: Set<String> { Set(rows.compactMap { $0.first?.lowercased() }) }

    /// First cell → second cell (lower-cased keys; later rows win).
    public var mapping: [String: String] {
        var m: [String: String] = [:]
        for row in rows where row.count >= 2 { m[row[0].lowercased()] = row[1] }
        return m
    }
}

/// A bundled lexicon could not be loaded: the build is broken, not the input.
public enum LexiconError: Error, CustomStringConvertible, Equatable {
    case missing(name: String)
    case unreadable(name: String, path: String)

    public var description: String {
        switch self {
        case .missing(let name): return "lexicon \(name).tsv is missing from the Dateline resources (reinstall or rebuild)"
        case .unreadable(let name, let path): return "lexicon \(name).tsv at \(path) is not readable UTF-8"
        }
    }
}

import Foundation
import Yams

/// An analyst's fixes to the actors, read from `dateline.yml` beside the articles and applied by the
/// merge on every run.
///
/// ```yaml
/// actors:
///   - name: Anna Meyer            # any name or alias the actor has
///     aliases: [A. Meyer]         # more names: actors called so join it
///     kind: person                # person | organization | country | place | group
///     rename: Anna S. Meyer       # the canonical name to show
/// merge:                          # these are one actor
///   - [Sean Alexander, Shawn Alexander]
/// separate:                       # these are never joined
///   - [Tom Reyes, Tim Reyes]
/// ```
public struct Curation: Sendable, Equatable {
    /// Fixes for one actor.
    public struct ActorRule: Sendable, Equatable {
        public var name: String
        public var aliases: [String]
        public var kind: ActorKind?
        public var rename: String?

        public init(name: String, aliases: [String] = [], kind: ActorKind? = nil, rename: String? = nil) {
            self.name = name
            self.aliases = aliases
            self.kind = kind
            self.rename = rename
        }
    }

    public var actors: [ActorRule]
    /// Groups of names that are one actor.
    public var merges: [[String]]
    /// Groups of names that are different actors.
    public var separations: [[String]]
    /// Where it was read from.
    public var path: String?

    public init(actors: [ActorRule] = [], merges: [[String]] = [], separations: [[String]] = [], path: String? = nil) {
        self.actors = actors
        self.merges = merges
        self.separations = separations
        self.path = path
    }

    public var isEmpty: Bool { actors.isEmpty && merges.isEmpty && separations.isEmpty }

    /// The file name looked for in a corpus folder.
    public static let fileName = "dateline.yml"

    /// Parses the YAML text of a curation file.
    ///
    /// - Throws: ``CurationError`` naming the file and what to fix.
    public init(yaml: String, path: String) throws(CurationError) {
        let file: File
        do {
            file = try YAMLDecoder().decode(File.self, from: yaml)
        } catch let error as DecodingError {
            throw .invalid(path: path, reason: CurationError.explain(error))
        } catch {
            throw .invalid(path: path, reason: "\(error)")
        }
        var rules: [ActorRule] = []
        for (n, a) in (file.actors ?? []).enumerated() {
            guard let name = a.name?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                throw .invalid(path: path, reason: "actors[\(n)] has no name (write `- name: <an actor's name>`)")
            }
            var kind: ActorKind?
            if let k = a.kind {
                guard let parsed = ActorKind(rawValue: k.lowercased()) else {
                    throw .invalid(path: path, reason: "actors[\(n)] (\(name)): kind `\(k)` is not one of person, organization, country, place, group")
                }
                kind = parsed
            }
            rules.append(ActorRule(name: name, aliases: a.aliases ?? [], kind: kind, rename: a.rename))
        }
        for (n, g) in (file.merge ?? []).enumerated() where g.count < 2 {
            throw .invalid(path: path, reason: "merge[\(n)] needs at least two names, as in `- [Name one, Name two]`")
        }
        for (n, g) in (file.separate ?? []).enumerated() where g.count < 2 {
            throw .invalid(path: path, reason: "separate[\(n)] needs at least two names, as in `- [Name one, Name two]`")
        }
        self.init(actors: rules, merges: file.merge ?? [], separations: file.separate ?? [], path: path)
    }

    /// Reads `dateline.yml` from a folder; nil when there is none.
    public static func load(folder: String) throws(CurationError) -> Curation? {
        let path = (folder as NSString).appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        guard let text = String(data: data, encoding: .utf8) else { throw .invalid(path: path, reason: "it is not UTF-8 text") }
        return try Curation(yaml: text, path: path)
    }

    /// Rules of several folders in one.
    public static func combined(_ list: [Curation]) -> Curation? {
        guard !list.isEmpty else { return nil }
        var out = Curation(path: list.compactMap(\.path).joined(separator: ", "))
        for c in list {
            out.actors += c.actors
            out.merges += c.merges
            out.separations += c.separations
        }
        return out
    }

    struct File: Decodable {
        struct Actor: Decodable {
            var name: String?
            var aliases: [String]?
            var kind: String?
            var rename: String?
        }
        var actors: [Actor]?
        var merge: [[String]]?
        var separate: [[String]]?
    }
}

/// A curation file that cannot be used. The run goes on without it.
public enum CurationError: Error, CustomStringConvertible, Equatable, Sendable {
    case unreadable(path: String)
    case invalid(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path): return "\(path): cannot be read (check its permissions); no curation applied"
        case .invalid(let path, let reason): return "\(path): \(reason); no curation applied"
        }
    }

    static func explain(_ error: DecodingError) -> String {
        func at(_ path: [any CodingKey]) -> String {
            path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .typeMismatch(_, let c), .valueNotFound(_, let c):
            return "\(at(c.codingPath)): \(c.debugDescription) (see the example in README.md)"
        case .keyNotFound(let k, let c):
            return "\(at(c.codingPath + [k])) is missing"
        case .dataCorrupted(let c):
            return "not valid YAML: \(c.underlyingError.map { "\($0)" } ?? c.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}

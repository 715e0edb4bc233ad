/// Which events a chart shows: `--from`/`--to`, `--actor` (repeatable), `--kind`, `--min-sources`.
public struct ChartFilter: Sendable, Equatable {
    /// Keep events whose dates reach on or after this day.
    public var from: Day?
    /// Keep events whose dates start on or before this day.
    public var to: Day?
    /// Keep events involving any of these actors (by id, name or alias, any case).
    public var actors: [String]
    /// Keep events of these kinds (`meeting`, `statement` …).
    public var kinds: [String]
    /// Keep events stated by at least this many different documents.
    public var minSources: Int

    public init(from: Day? = nil, to: Day? = nil, actors: [String] = [], kinds: [String] = [], minSources: Int = 0) {
        self.from = from
        self.to = to
        self.actors = actors
        self.kinds = kinds
        self.minSources = minSources
    }

    public var isEmpty: Bool { from == nil && to == nil && actors.isEmpty && kinds.isEmpty && minSources <= 1 }

    /// The actor ids that `actors` names, or an error naming the first that matches nothing.
    public func resolveActors(in graph: EventGraph) throws(ChartInputError) -> Set<String> {
        var ids: Set<String> = []
        for wanted in actors {
            let key = ChartFilter.fold(wanted)
            let matches = graph.actors.filter { a in
                ChartFilter.fold(a.id) == key || ChartFilter.fold(a.name) == key || a.aliases.contains { ChartFilter.fold($0) == key }
            }
            if matches.isEmpty {
                let near = graph.actors
                    .filter { a in ([a.name] + a.aliases).contains { ChartFilter.fold($0).contains(key) || key.contains(ChartFilter.fold($0)) } }
                    .map(\.name).sorted().prefix(5)
                throw .unknownActor(name: wanted, suggestions: Array(near))
            }
            for m in matches { ids.insert(m.id) }
        }
        return ids
    }

    /// Lowercased, with runs of spaces collapsed, for matching names typed on a command line.
    static func fold(_ s: String) -> String { TextMetrics.collapse(s).lowercased() }

    /// What the filter keeps, for a chart's subtitle: `from 1 Mar 2025 · kinds: meeting, threat`.
    public func describe(actorNames: [String]) -> String? {
        var parts: [String] = []
        switch (from, to) {
        case let (f?, t?): parts.append("\(DateText.day(f)) to \(DateText.day(t))")
        case let (f?, nil): parts.append("from \(DateText.day(f))")
        case let (nil, t?): parts.append("up to \(DateText.day(t))")
        default: break
        }
        if !actorNames.isEmpty { parts.append("involving " + actorNames.joined(separator: ", ")) }
        if !kinds.isEmpty { parts.append("kinds: " + kinds.map { ChartStyle.event($0).label.lowercased() }.joined(separator: ", ")) }
        if minSources > 1 { parts.append("in at least \(minSources) articles") }
        return parts.isEmpty ? nil : "Filtered: " + parts.joined(separator: " · ")
    }
}

/// Why chart input could not be used.
public enum ChartInputError: Error, Equatable, CustomStringConvertible, Sendable {
    case unknownActor(name: String, suggestions: [String])
    case badFilter(message: String)

    public var description: String {
        switch self {
        case .unknownActor(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: ", ") + "?"
            return "--actor \"\(name)\": no actor has that name or alias in this corpus\(hint) (actors.csv lists every actor)"
        case .badFilter(let message):
            return message
        }
    }
}

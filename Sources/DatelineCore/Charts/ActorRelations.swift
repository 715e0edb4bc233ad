/// Links between actors, aggregated by relation: every event adds to the link of its kind between the
/// actors it involves (`met`, `threatened`, `spoke about` …), counting events and keeping their dates.
public struct ActorRelation: Sendable, Equatable {
    /// For an undirected relation `a < b`; otherwise `a` acts on `b`.
    public var a: String
    public var b: String
    public var relation: RelationStyle
    public var events: [String]
    public var first: Day?
    public var last: Day?
    /// Up to eight event labels with their dates, for tooltips.
    public var examples: [String]

    public var count: Int { events.count }
}

/// How a relation is named and drawn.
public struct RelationStyle: Sendable, Equatable, Hashable {
    public var name: String
    public var color: String
    public var directed: Bool
    public var order: Int
}

public enum ActorRelations {
    /// kind → relation name, colour, directed. Kinds not listed relate their actors as `involved with`.
    private static let rows: [(String, String, String, Bool)] = [
        ("meeting", "met", ChartStyle.Palette.blue, false),
        ("agreement", "agreed with", ChartStyle.Palette.blue, false),
        ("visit", "visited", ChartStyle.Palette.blue, true),
        ("ceasefire", "truce with", ChartStyle.Palette.green, false),
        ("ceasefire_phase", "truce with", ChartStyle.Palette.green, false),
        ("release", "released", ChartStyle.Palette.green, true),
        ("threat", "threatened", ChartStyle.Palette.vermillion, true),
        ("attack", "attacked", ChartStyle.Palette.vermillion, true),
        ("military", "military action against", ChartStyle.Palette.vermillion, true),
        ("statement", "spoke about", ChartStyle.Palette.sky, true),
        ("speech", "spoke about", ChartStyle.Palette.sky, true),
        ("announcement", "spoke about", ChartStyle.Palette.sky, true),
        ("criticism", "criticised", ChartStyle.Palette.purple, true),
        ("arrest", "arrested", ChartStyle.Palette.vermillion, true),
        ("legal", "legal action against", ChartStyle.Palette.purple, true),
        ("report", "reported on", ChartStyle.Palette.orange, true),
        ("revelation", "revealed", ChartStyle.Palette.orange, true),
        ("designation", "designated", ChartStyle.Palette.purple, true),
        ("policy", "policy on", ChartStyle.Palette.purple, true),
    ]

    static let styles: [String: RelationStyle] = {
        var out: [String: RelationStyle] = [:]
        var order: [String: Int] = [:]
        for r in rows {
            let o = order[r.1] ?? order.count
            order[r.1] = o
            out[r.0] = RelationStyle(name: r.1, color: r.2, directed: r.3, order: o)
        }
        return out
    }()

    public static let involved = RelationStyle(name: "involved with", color: ChartStyle.Palette.grey, directed: false, order: 99)

    public static func style(_ kind: String) -> RelationStyle { styles[kind] ?? involved }

    /// Roles that act rather than undergo.
    static let agentRoles: Set<String> = ["speaker", "host", "agent", "source"]
    /// Roles an action is aimed at.
    static let patientRoles: Set<String> = ["target", "subject", "patient"]

    /// The links among `actors` (every actor when nil), strongest first.
    public static func build(_ data: ChartData, among actors: Set<String>? = nil) -> [ActorRelation] {
        var table: [String: ActorRelation] = [:]
        var keys: [String] = []
        func add(_ a: String, _ b: String, _ style: RelationStyle, _ e: ChartEvent?, _ event: Event) {
            guard a != b else { return }
            if let actors, !actors.contains(a) || !actors.contains(b) { return }
            let (x, y) = style.directed || a < b ? (a, b) : (b, a)
            let key = "\(x)\t\(y)\t\(style.name)"
            if table[key] == nil {
                keys.append(key)
                table[key] = ActorRelation(a: x, b: y, relation: style, events: [], first: nil, last: nil, examples: [])
            }
            guard var r = table[key], !r.events.contains(event.id) else { return }
            r.events.append(event.id)
            if let e {
                r.first = r.first.map { min($0, e.first) } ?? e.first
                r.last = r.last.map { max($0, e.last) } ?? e.last
                if r.examples.count < 8 {
                    let when = e.isSpan ? DateText.eventDate(e.event.date) : DateText.day(e.first)
                    r.examples.append("\(when): " + TextMetrics.truncate(e.label, maxWidth: 700, size: 10))
                }
            } else if r.examples.count < 8 {
                r.examples.append("undated: " + TextMetrics.truncate(EventLabel.line(event, actors: data.actorsByID), maxWidth: 700, size: 10))
            }
            table[key] = r
        }
        var charted: [String: ChartEvent] = [:]
        for e in data.events { charted[e.event.id] = e }
        for event in data.graph.events {
            let style = style(event.kind)
            let e = charted[event.id]
            let ids = uniq(event.participants.map(\.actor))
            if style.directed {
                var agents = uniq(event.participants.filter { agentRoles.contains($0.role) }.map(\.actor))
                var patients = uniq(event.participants.filter { patientRoles.contains($0.role) }.map(\.actor))
                if agents.isEmpty, let f = ids.first { agents = [f] }
                if patients.isEmpty { patients = ids.filter { !agents.contains($0) } }
                if let place = event.place, event.kind == "visit", !patients.contains(place) { patients.append(place) }
                for a in agents { for b in patients { add(a, b, style, e, event) } }
            } else {
                for i in ids.indices { for j in ids.indices where j > i { add(ids[i], ids[j], style, e, event) } }
            }
        }
        return keys.compactMap { table[$0] }.sorted { x, y in
            if x.count != y.count { return x.count > y.count }
            if x.relation.order != y.relation.order { return x.relation.order < y.relation.order }
            return (x.a, x.b) < (y.a, y.b)
        }
    }

    static func uniq(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }

    /// The tooltip of a link: who, relation, how often, when, examples.
    public static func tooltip(_ r: ActorRelation, _ data: ChartData) -> String {
        var lines = ["\(data.name(r.a)) \(r.relation.name) \(data.name(r.b)): " + DateText.plural(r.count, "event", "events")]
        if let f = r.first, let l = r.last { lines.append(f == l ? DateText.day(f) : DateText.range(f, l)) }
        lines += r.examples.map { "• " + $0 }
        if r.count > r.examples.count { lines.append("… and \(r.count - r.examples.count) more") }
        return lines.joined(separator: "\n")
    }
}

/// The actor graph as DOT: actors as nodes, an edge for every pair of actors sharing an event.
public struct ActorGraphChart: Sendable {
    public var title: String

    public init(title: String) { self.title = title }

    public func dot(_ graph: EventGraph) -> String {
        var pairs: [String: Int] = [:]
        for e in graph.events {
            let ids = Array(Set(e.participants.map(\.actor))).sorted()
            for a in 0..<ids.count { for b in (a + 1)..<max(a + 1, ids.count) { pairs[ids[a] + "\t" + ids[b], default: 0] += 1 } }
        }
        var w = DOTWriter()
        w.open("graph \(DOTWriter.quote("actors"))")
        w.set("graph", [("label", title), ("labelloc", "t"), ("fontname", "Helvetica"), ("overlap", "false")])
        w.set("node", [("fontname", "Helvetica"), ("fontsize", "10")])
        let shapes: [ActorKind: String] = [.person: "ellipse", .organization: "box", .country: "hexagon", .place: "house", .group: "octagon"]
        for a in graph.actors {
            w.node(a.id, [("label", a.name), ("shape", shapes[a.kind] ?? "ellipse")])
        }
        for key in pairs.keys.sorted() {
            let p = key.split(separator: "\t").map(String.init)
            guard p.count == 2, let n = pairs[key] else { continue }
            w.edge(p[0], p[1], directed: false, [("penwidth", String(min(6, n)))])
        }
        w.close()
        return w.text
    }
}

/// The dated timeline as DOT: one column per date on a left-to-right axis, events stacked under their date.
public struct TimelineChart: Sendable {
    public var title: String

    public init(title: String) { self.title = title }

    public func dot(_ graph: EventGraph) -> String {
        let dated = graph.events.filter { $0.date?.midpoint != nil && $0.kind != "statement" }
        let days = Array(Set(dated.compactMap { $0.date?.midpoint })).sorted()
        var w = DOTWriter()
        w.open("digraph \(DOTWriter.quote("timeline"))")
        w.set("graph", [("rankdir", "LR"), ("label", title), ("labelloc", "t"), ("fontname", "Helvetica"), ("nodesep", "0.15")])
        w.set("node", [("fontname", "Helvetica"), ("fontsize", "10")])
        for (i, d) in days.enumerated() {
            w.node("d\(i)", [("label", d.description), ("shape", "box"), ("style", "filled"), ("fillcolor", "#eeeeee")])
            if i > 0 { w.edge("d\(i - 1)", "d\(i)", [("style", "bold")]) }
        }
        let names = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id, $0.name) })
        for e in dated {
            guard let d = e.date?.midpoint, let i = days.firstIndex(of: d) else { continue }
            let who = e.participants.compactMap { names[$0.actor] }.prefix(3).joined(separator: ", ")
            let label = e.summary.isEmpty ? "\(e.kind): \(who)" : e.summary
            w.node(e.id, [("label", label), ("shape", "note"), ("tooltip", e.sources.first?.text ?? "")])
            w.edge("d\(i)", e.id, [("arrowhead", "none")])
        }
        w.close()
        return w.text
    }
}

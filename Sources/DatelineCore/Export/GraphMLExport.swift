/// The actor graph as GraphML for Gephi, yEd or NetworkX: every actor a node (`label`, `kind`,
/// `mentions`, `events`, `aliases`), every aggregated relation an edge (`relation`, `weight` = number
/// of events, `first`/`last` dates, `events` ids). Not capped: the chart shows the top actors, this
/// file holds them all. Every text is XML-escaped; the same graph gives the same bytes.
public enum GraphMLExport {
    public static func text(_ graph: EventGraph, title: String = "actors") -> String {
        let data = (try? ChartData(graph: graph, title: title, placeUndated: true))
        var events: [String: Int] = [:]
        for e in graph.events {
            for id in ActorRelations.uniq(e.participants.map(\.actor) + (e.place.map { [$0] } ?? [])) { events[id, default: 0] += 1 }
        }
        var out = """
        <?xml version="1.0" encoding="UTF-8"?>
        <graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
        xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
          <key id="label" for="node" attr.name="label" attr.type="string"/>
          <key id="kind" for="node" attr.name="kind" attr.type="string"/>
          <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>
          <key id="events" for="node" attr.name="events" attr.type="int"/>
          <key id="aliases" for="node" attr.name="aliases" attr.type="string"/>
          <key id="relation" for="edge" attr.name="relation" attr.type="string"/>
          <key id="weight" for="edge" attr.name="weight" attr.type="double"/>
          <key id="first" for="edge" attr.name="first" attr.type="string"/>
          <key id="last" for="edge" attr.name="last" attr.type="string"/>
          <key id="eventids" for="edge" attr.name="events" attr.type="string"/>

        """
        out += "  <graph id=\"\(x(DOTWriter.safeID(title)))\" edgedefault=\"directed\">\n"
        for a in graph.actors {
            out += "    <node id=\"\(x(a.id))\">"
            out += "<data key=\"label\">\(x(a.name))</data><data key=\"kind\">\(a.kind.rawValue)</data>"
            out += "<data key=\"mentions\">\(a.mentions.count)</data><data key=\"events\">\(events[a.id] ?? 0)</data>"
            if !a.aliases.isEmpty { out += "<data key=\"aliases\">\(x(a.aliases.joined(separator: "; ")))</data>" }
            out += "</node>\n"
        }
        let known = Set(graph.actors.map(\.id))
        let relations = data.map { ActorRelations.build($0) } ?? []
        for (i, r) in relations.enumerated() where known.contains(r.a) && known.contains(r.b) {
            out += "    <edge id=\"r\(i + 1)\" source=\"\(x(r.a))\" target=\"\(x(r.b))\" directed=\"\(r.relation.directed)\">"
            out += "<data key=\"relation\">\(x(r.relation.name))</data><data key=\"weight\">\(r.count)</data>"
            if let f = r.first { out += "<data key=\"first\">\(f)</data>" }
            if let l = r.last { out += "<data key=\"last\">\(l)</data>" }
            out += "<data key=\"eventids\">\(x(r.events.joined(separator: " ")))</data></edge>\n"
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    static func x(_ s: String) -> String { DOTWriter.xmlEscape(s) }
}

/// Events and actors as CSV (RFC 4180) for spreadsheets: one row each, multiple values joined by `; `.
///
/// Cells that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, tab or carriage
/// return) get a leading apostrophe, so an article cannot plant a formula in an analyst's sheet.
public enum CSVExport {
    public static let eventColumns = [
        "id", "kind", "date", "precision", "earliest", "latest", "basis", "status", "label", "summary", "participants", "place",
        "quote", "confidence", "documents", "sources", "publishers", "urls", "first_sentence", "flags",
    ]

    /// Every event of the graph (dated or not), in the graph's order.
    public static func events(_ graph: EventGraph) -> String {
        let actors = Dictionary(graph.actors.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let docs = Dictionary(graph.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = row(eventColumns)
        for e in graph.events {
            let docIDs = ActorRelations.uniq(e.sources.map(\.doc))
            let publishers = ActorRelations.uniq(docIDs.compactMap { docs[$0]?.publisher.map(TextMetrics.collapse) }.filter { !$0.isEmpty })
            let urls = ActorRelations.uniq(docIDs.compactMap { docs[$0]?.url.flatMap(DOTWriter.plainURL) })
            out += row([
                e.id, e.kind, e.date?.value ?? "", e.date?.precision.rawValue ?? "", e.date?.earliest?.description ?? "",
                e.date?.latest?.description ?? "", e.date?.basis.rawValue ?? "", e.status.rawValue, EventLabel.line(e, actors: actors),
                e.summary, e.participants.map { "\(actors[$0.actor]?.name ?? $0.actor) (\($0.role))" }.joined(separator: "; "),
                e.place.map { actors[$0]?.name ?? $0 } ?? "", e.quote ?? "", DOTWriter.number(e.confidence, decimals: 3), String(docIDs.count),
                docIDs.joined(separator: "; "), publishers.joined(separator: "; "), urls.joined(separator: "; "),
                e.sources.first?.text ?? "", e.flags.joined(separator: "; "),
            ])
        }
        return out
    }

    public static let actorColumns = ["id", "name", "kind", "aliases", "descriptions", "mentions", "events", "documents", "first_event", "last_event"]

    /// Every actor, with how many events involve it and when the first and last of them happened.
    public static func actors(_ graph: EventGraph) -> String {
        var events: [String: Int] = [:]
        var first: [String: Day] = [:]
        var last: [String: Day] = [:]
        for e in graph.events {
            for id in ActorRelations.uniq(e.participants.map(\.actor) + (e.place.map { [$0] } ?? [])) {
                events[id, default: 0] += 1
                if let a = e.date?.earliest { first[id] = first[id].map { min($0, a) } ?? a }
                if let b = e.date?.latest { last[id] = last[id].map { max($0, b) } ?? b }
            }
        }
        var out = row(actorColumns)
        for a in graph.actors {
            out += row([
                a.id, a.name, a.kind.rawValue, a.aliases.joined(separator: "; "), a.descriptions.joined(separator: "; "), String(a.mentions.count),
                String(events[a.id] ?? 0), String(Set(a.mentions.map(\.doc)).count), first[a.id]?.description ?? "", last[a.id]?.description ?? "",
            ])
        }
        return out
    }

    /// One CSV line, CRLF-terminated.
    static func row(_ cells: [String]) -> String { cells.map(cell).joined(separator: ",") + "\r\n" }

    /// A cell: formula starts defused, quoted when it holds a comma, quote or line break.
    public static func cell(_ raw: String) -> String {
        var s = ""
        for u in raw.unicodeScalars where !(DOTWriter.isDropped(u) && u != "\n" && u != "\r" && u != "\t") { s.unicodeScalars.append(u) }
        if let f = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(f) { s = "'" + s }
        guard s.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }
}

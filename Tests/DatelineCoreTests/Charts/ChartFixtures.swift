@testable import DatelineCore

/// Small hand-made event graphs for chart tests (invented people and places).
enum ChartFixtures {
    static let hostile = "\"</text><script>alert(1)</script>{}\\N & &nbsp; &#0;"

    static func day(_ s: String) -> Day {
        guard let d = Day(iso: s) else { fatalError("bad test date \(s)") }
        return d
    }

    static func doc(_ id: String, _ published: String, publisher: String, url: String? = nil) -> DocumentRecord {
        var d = DocumentRecord(document: Document(id: id, path: id + ".txt", text: "",
                                                  metadata: DocumentMetadata(published: day(published), publishedBasis: .metadata)))
        d.publisher = publisher
        d.url = url
        return d
    }

    static func span(_ doc: String, _ text: String) -> SourceSpan { SourceSpan(doc: doc, start: 0, end: text.unicodeScalars.count, text: text) }

    /// Four actors, six events: a meeting and a statement on the same day, a threat two days later, a
    /// month-precise agreement, an undated statement, and an attack decades earlier.
    static var graph: EventGraph {
        let docs = [
            doc("d1", "2030-05-05", publisher: "The Harbour Ledger", url: "https://ledger.example/a?x=1&y=2"),
            doc("d2", "2030-05-07", publisher: "Plains Radio", url: "javascript:alert(1)"),
            doc("d3", "2030-05-07", publisher: "Harbour & Hill Times"),
        ]
        let actors = [
            Actor(id: "ana-ruiz", name: "Ana Ruiz", kind: .person, aliases: ["Ruiz"], mentions: [span("d1", "Ana Ruiz"), span("d2", "Ruiz")]),
            Actor(id: "northwind-council", name: "Northwind Council", kind: .organization, mentions: [span("d1", "Northwind Council")]),
            Actor(id: "freedonia", name: "Freedonia", kind: .country, mentions: [span("d2", "Freedonia")]),
            Actor(id: "port-city", name: "Port City", kind: .place, mentions: [span("d1", "Port City")]),
        ]
        let events = [
            Event(id: "e1", kind: "meeting", date: .day(day("2030-05-04"), basis: .stated), place: "port-city",
                  participants: [ActorRole(actor: "ana-ruiz", role: "participant"), ActorRole(actor: "northwind-council", role: "participant")],
                  sources: [span("d1", "Ana Ruiz met the Northwind Council in Port City on Saturday."), span("d2", "Ruiz met the council.")]),
            Event(id: "e2", kind: "statement", date: .day(day("2030-05-04"), basis: .stated), participants: [ActorRole(actor: "ana-ruiz", role: "speaker")],
                  quote: hostile, sources: [span("d1", "“\(hostile)”, Ruiz said.")]),
            Event(id: "e3", kind: "threat", date: .day(day("2030-05-06"), basis: .relative),
                  participants: [ActorRole(actor: "freedonia", role: "speaker"), ActorRole(actor: "northwind-council", role: "target")],
                  sources: [span("d2", "Freedonia threatened the council on Monday.")]),
            Event(id: "e4", kind: "agreement", date: EventDate.month(year: 2030, month: 5, basis: .stated),
                  participants: [ActorRole(actor: "ana-ruiz", role: "participant"), ActorRole(actor: "freedonia", role: "participant")],
                  summary: "Ruiz and Freedonia agree on a corridor", sources: [span("d3", "In May, the two sides agreed on a corridor.")]),
            Event(id: "e5", kind: "statement", date: nil, participants: [ActorRole(actor: "northwind-council", role: "speaker")],
                  quote: "We will wait", sources: [span("d3", "“We will wait,” the council said.")]),
            Event(id: "e6", kind: "attack", date: .day(day("2001-09-11"), basis: .stated), participants: [ActorRole(actor: "freedonia", role: "target")],
                  summary: "Attack on Freedonia", sources: [span("d3", "The attack of September 11, 2001.")]),
        ]
        return EventGraph(documents: docs, actors: actors, timexes: [], events: events)
    }

    static func data(_ filter: ChartFilter = ChartFilter(), placeUndated: Bool = true) throws -> ChartData {
        try ChartData(graph: graph, title: "Corridor talks", filter: filter, placeUndated: placeUndated)
    }
}

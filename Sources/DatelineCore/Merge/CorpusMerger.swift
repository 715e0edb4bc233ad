/// Joins the facts of every document into one event graph: first actors across documents
/// (``ActorResolver``), then events (``EventMerger``).
public struct CorpusMerger: Sendable {
    public var actorResolver: ActorResolver
    public var eventMerger: EventMerger

    public init(actorResolver: ActorResolver = ActorResolver(), eventMerger: EventMerger = EventMerger()) {
        self.actorResolver = actorResolver
        self.eventMerger = eventMerger
    }

    /// Merges the documents' facts; `curation` (from `dateline.yml`) fixes the actors and is reported
    /// in ``EventGraph/curation``.
    public func merge(_ facts: [DocumentFacts], curation: Curation? = nil) -> EventGraph {
        let resolved = actorResolver.resolve(facts, curation: curation)
        var events: [Event] = []
        for f in facts {
            for var e in f.events {
                e.participants = e.participants.compactMap { p in resolved.globalID[p.actor].map { ActorRole(actor: $0, role: p.role) } }
                e.place = e.place.flatMap { resolved.globalID[$0] }
                events.append(e)
            }
        }
        let merged = eventMerger.merge(events, actors: resolved.actors)
        var graph = EventGraph(documents: facts.map(\.document), actors: resolved.actors, timexes: facts.flatMap(\.timexes), events: merged)
        graph.curation = resolved.curation
        return graph
    }
}

/// Joins the facts of every document into one event graph: first actors across documents
/// (``ActorResolver``), then events (``EventMerger``).
public struct CorpusMerger: Sendable {
    public var actorResolver: ActorResolver
    public var eventMerger: EventMerger

    public init(actorResolver: ActorResolver = ActorResolver(), eventMerger: EventMerger = EventMerger()) {
        self.actorResolver = actorResolver
        self.eventMerger = eventMerger
    }

    public func merge(_ facts: [DocumentFacts]) -> EventGraph {
        let resolved = actorResolver.resolve(facts)
        var events: [Event] = []
        for f in facts {
            for var e in f.events {
                e.participants = e.participants.compactMap { p in resolved.globalID[p.actor].map { ActorRole(actor: $0, role: p.role) } }
                e.place = e.place.flatMap { resolved.globalID[$0] }
                events.append(e)
            }
        }
        let merged = eventMerger.merge(events, actors: resolved.actors)
        return EventGraph(documents: facts.map(\.document), actors: resolved.actors, timexes: facts.flatMap(\.timexes), events: merged)
    }
}

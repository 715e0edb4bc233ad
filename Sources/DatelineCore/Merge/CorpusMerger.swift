/// Joins the facts of every document into one event graph: first actors across documents
/// (``ActorResolver``), then events (``EventMerger``).
///
/// Documents can be added one at a time as they are analysed (``Corpus``), each one's facts moved
/// into the corpus's lists rather than copied, so that a run holds one copy of them; only the rules
/// that need the whole corpus wait for the last document.
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
        var corpus = Corpus()
        for f in facts { corpus.add(f) }
        return merge(&corpus, curation: curation)
    }

    /// Merges a corpus gathered document by document, emptying it.
    public func merge(_ corpus: inout Corpus, curation: Curation? = nil, parallelism: Int = 1) -> EventGraph {
        var resolved = actorResolver.resolve(&corpus.work, curation: curation, parallelism: parallelism, keyedByID: false)
        corpus.work = ResolverWork()
        // Participants and places to corpus-wide ids, in place.
        var events = corpus.events
        corpus.events = []
        // A local id is the local's number (see ``Corpus/add(taking:)``); its actor's id is shared.
        let actorIndex = resolved.actorIndex
        let actors = resolved.actors
        func globalID(_ local: String) -> String? {
            guard let n = Int(local), actorIndex.indices.contains(n) else { return nil }
            return actors[actorIndex[n]].id
        }
        Parallel.update(&events, parallelism: parallelism) { _, e in
            e.participants = e.participants.compactMap { p in globalID(p.actor).map { ActorRole(actor: $0, role: p.role) } }
            e.place = e.place.flatMap { globalID($0) }
        }
        resolved.actorIndex = []
        let merged = eventMerger.merge(taking: &events, actors: resolved.actors, parallelism: parallelism)
        var graph = EventGraph(documents: corpus.documents, actors: resolved.actors, timexes: corpus.timexes, events: merged)
        corpus.documents = []
        corpus.timexes = []
        corpus.interner = TextInterner()
        graph.curation = resolved.curation
        return graph
    }

    /// The facts of the documents added so far, as the merge needs them.
    public struct Corpus: Sendable {
        var documents: [DocumentRecord] = []
        var timexes: [TimexRecord] = []
        var events: [Event] = []
        var work = ResolverWork()
        /// Repeated texts stored once.
        var interner = TextInterner()
        /// Documents, bytes and words added.
        public private(set) var count = 0
        public private(set) var bytes = 0
        public private(set) var words = 0

        public init() {}

        /// Adds the next document's facts.
        public mutating func add(_ facts: DocumentFacts) {
            var f = facts
            add(taking: &f)
        }

        /// Adds the next document's facts, moving them out of `facts`.
        mutating func add(taking facts: inout DocumentFacts) {
            count += 1
            bytes += facts.bytes
            words += facts.words
            documents.append(facts.document)
            for var t in facts.timexes {
                t.span = interner.span(t.span)
                timexes.append(t)
            }
            facts.timexes = []
            // Local actor ids made corpus-wide and short (the local's number, kept inline): two
            // documents with the same id (`a.txt`, `a.md`) no longer share `a#0`, and no id string
            // is allocated per actor.
            var actors = facts.actors
            facts.actors = []
            var renamed: [String: String] = [:]
            for i in actors.indices {
                let id = String(work.locals.count + i)
                renamed[actors[i].id] = id
                actors[i].id = id
            }
            // Each event moved out of the document's list, not copied (a retain and a release of
            // each of its texts and lists).
            var incoming = facts.events
            facts.events = []
            for j in incoming.indices {
                var e = Event.moved
                swap(&e, &incoming[j])
                // A new list made here, not the document's changed in place: the corpus's lists are then
                // the merging thread's allocations, so that the analysing threads' heaps are left with
                // nothing live and are handed back before the corpus-wide merge (×100 PolNeAR peak
                // 2.17 GB when the lists stayed in those heaps, 2.0 GB so).
                e.participants = e.participants.map { p in
                    var p = p
                    if let id = renamed[p.actor] { p.actor = id }
                    return p
                }
                if let p = e.place, let id = renamed[p] { e.place = id }
                e.sources = e.sources.map { interner.span($0) }
                e.quote = interner(e.quote)
                e.anonymousSpeaker = interner(e.anonymousSpeaker)
                events.append(e)
            }
            for i in actors.indices {
                actors[i].name = interner(actors[i].name)
                actors[i].aliases = interner.list(actors[i].aliases)
                actors[i].descriptions = interner.list(actors[i].descriptions)
                actors[i].merges = interner.list(actors[i].merges)
                // A new list of the exact size: the one made by appending has room to spare (a third
                // more on average), and mentions are the corpus's most numerous facts.
                actors[i].mentions = actors[i].mentions.map { interner.span($0) }
            }
            work.add(document: facts.document.id, taking: &actors)
        }
    }
}

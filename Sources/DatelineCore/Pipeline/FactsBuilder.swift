/// Turns one document's stage outputs (byte ranges, local indices) into ``DocumentFacts`` (code-point
/// spans, local actor ids `DOC#N`), so that the document's text can be released.
enum FactsBuilder {
    static func build(_ doc: SegmentedDocument, timexes: [Timex], entities: DocumentEntities, events: [LocalEvent]) -> DocumentFacts {
        let d = doc.document
        // One string per local id, shared by every event naming the actor (a copy of a string is a
        // reference, a new one an allocation).
        let ids = entities.entities.indices.map { "\(d.id)#\($0)" }
        let localID = { (i: Int) in ids.indices.contains(i) ? ids[i] : "\(d.id)#\(i)" }
        var actors = entities.entities.map { e in
            Actor(id: localID(e.index), name: e.name, kind: e.kind, aliases: e.aliases, descriptions: e.descriptions, merges: e.evidence)
        }
        for m in entities.mentions where actors.indices.contains(m.entity) {
            actors[m.entity].mentions.append(d.span(m.range, sentence: m.sentence))
        }
        let timexRecords = timexes.map { t in TimexRecord(span: d.span(t.range, sentence: t.sentence), type: t.type, value: t.value, mod: t.mod) }
        var out: [Event] = []
        out.reserveCapacity(events.count)
        // A sentence's span (and text) made once for all the events it states.
        var sentenceSpans: [Int: SourceSpan] = [:]
        for (n, e) in events.enumerated() {
            guard doc.sentences.indices.contains(e.sentence) else { continue }
            let span = sentenceSpans[e.sentence] ?? d.span(doc.sentences[e.sentence].range, sentence: e.sentence)
            sentenceSpans[e.sentence] = span
            var sources = [span]
            for r in e.extraSources { sources.append(d.span(r)) }
            out.append(Event(
                // Local: only told apart from the document's other events (a short string, kept inline).
                id: "!\(n)", kind: e.kind, date: e.date,
                place: e.place.map(localID),
                participants: e.participants.map { ActorRole(actor: localID($0.entity), role: $0.role) },
                quote: e.quote, summary: "", status: e.status, confidence: e.confidence, sources: sources,
                anonymousSpeaker: e.anonymousSpeaker, detail: e.detail))
        }
        let words = doc.tokens.reduce(0) { $0 + ($1.kind == .word || $1.kind == .number ? 1 : 0) }
        return DocumentFacts(document: DocumentRecord(document: d), timexes: timexRecords, actors: actors, events: out,
                             bytes: d.utf8.count, words: words)
    }
}

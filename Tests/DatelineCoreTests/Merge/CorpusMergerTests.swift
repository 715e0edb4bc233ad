import Testing
@testable import DatelineCore

@Suite struct CorpusMergerTests {
    /// A document's facts with one actor (`DOC#0`) taking part in one meeting.
    func meeting(_ doc: String, path: String, actor name: String, at start: Int) -> DocumentFacts {
        var f = facts(doc, [LocalActor(name: name, kind: .person)])
        f.document.path = path
        f.events = [Event(id: "!0", kind: "meeting", date: Day(iso: "2025-03-04").map { EventDate.day($0, basis: .stated) },
                          participants: [ActorRole(actor: "\(doc)#0", role: "participant")],
                          sources: [SourceSpan(doc: doc, start: start, end: start + 5, text: "\(name) met", sentence: 0)])]
        return f
    }

    /// Two files of one name (`a.txt`, `a.md`) give two documents with one id: each one's events keep
    /// its own actors (they used to share `a#0`, so one article's meeting named the other's person).
    @Test func documentsWithOneIdKeepTheirOwnActors() {
        let graph = CorpusMerger().merge([meeting("a", path: "a.txt", actor: "Maria Lind", at: 10),
                                          meeting("a", path: "a.md", actor: "Omar Hadi", at: 20)])
        let names = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id, $0.name) })
        let byStart = Dictionary(uniqueKeysWithValues: graph.events.compactMap { e in e.sources.first.map { ($0.start, e) } })
        #expect(byStart[10]?.participants.map { names[$0.actor] } == ["Maria Lind"])
        #expect(byStart[20]?.participants.map { names[$0.actor] } == ["Omar Hadi"])
    }

    /// The corpus gathered one document at a time merges as the documents' facts given at once.
    @Test func aGatheredCorpusMergesAsTheFactsDo() throws {
        let docs = [meeting("d1", path: "d1.txt", actor: "Maria Lind", at: 10), meeting("d2", path: "d2.txt", actor: "Maria Lind", at: 30)]
        var corpus = CorpusMerger.Corpus()
        for d in docs { corpus.add(d) }
        let gathered = CorpusMerger().merge(&corpus, parallelism: 2)
        let direct = CorpusMerger().merge(docs)
        #expect(try JSONExport.data(gathered) == JSONExport.data(direct))
        #expect(gathered.events.count == 1)
        #expect(gathered.events.first?.sources.count == 2)
    }
}

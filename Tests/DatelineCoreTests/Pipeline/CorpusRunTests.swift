import Foundation
import Testing
@testable import DatelineCore

/// A run streams documents into the merge as they are analysed; it must give exactly the graph of
/// analysing every document first and merging them all at once.
@Suite struct CorpusRunTests {
    func json(_ graph: EventGraph) throws -> String { String(decoding: try JSONExport.data(graph), as: UTF8.self) }

    /// The batch way: every document analysed, then one merge of all the facts.
    func batch(_ folder: String) throws -> EventGraph {
        let reader = CorpusReader()
        let listed = reader.list([folder])
        let facts = try listed.sources.map { try Fixtures.pipeline.analyze(reader.read($0)) }
        return Fixtures.pipeline.merge(facts, curation: reader.curation([folder]).0)
    }

    @Test(arguments: [1, 2, 5])
    func theStreamedGraphIsTheBatchGraph(jobs: Int) async throws {
        let streamed = await CorpusRun(parallelism: jobs).run([Fixtures.exampleFolder], pipeline: Fixtures.pipeline)
        #expect(streamed.problems.isEmpty)
        #expect(streamed.documents == 5)
        #expect(streamed.graph.events.count > 50)
        #expect(try json(streamed.graph) == json(batch(Fixtures.exampleFolder)))
    }

    /// Tasks that analyse several articles in turn hand them back out of order across tasks; the
    /// merge still takes them in input order.
    @Test(arguments: [(1, 2), (2, 2), (2, 3), (3, 4)])
    func articlesAnalysedSeveralATaskGiveTheBatchGraph(jobs: Int, perTask: Int) async throws {
        var run = CorpusRun(parallelism: jobs)
        run.documentsPerTask = perTask
        let streamed = await run.run([Fixtures.exampleFolder], pipeline: Fixtures.pipeline)
        #expect(streamed.problems.isEmpty)
        #expect(streamed.documents == 5)
        #expect(try json(streamed.graph) == json(batch(Fixtures.exampleFolder)))
    }

    @Test func aSmallCorpusGetsOneArticleATaskALargeOneAFew() {
        #expect(CorpusRun.documentsPerTask(5, parallelism: 2) == 1)
        #expect(CorpusRun.documentsPerTask(40, parallelism: 2) == 2)
        #expect(CorpusRun.documentsPerTask(924, parallelism: 2) == 4)
        #expect(CorpusRun.documentsPerTask(924, parallelism: 0) == 4)
    }

    @Test func aRunCountsTheDocumentsItMerged() async throws {
        let reader = CorpusReader()
        let listed = reader.list([Fixtures.exampleFolder])
        let out = await CorpusRun(parallelism: 2).run(sources: listed.sources, pipeline: Fixtures.pipeline)
        let bytes = try listed.sources.map { try reader.read($0).utf8.count }.reduce(0, +)
        #expect(out.bytes == bytes)
        #expect(out.words > 4000)
        #expect(out.events == out.graph.events.count)
    }
}

import Foundation
import Testing
@testable import DatelineCore

/// The JSON written a piece at a time is the JSON encoded whole, byte for byte.
@Suite("JSON export")
struct JSONExportTests {
    func streamed(_ graph: EventGraph) throws -> (data: Data, pieces: Int) {
        var out = Data()
        var pieces = 0
        try JSONExport.write(graph) { out.append($0); pieces += 1 }
        return (out, pieces)
    }

    @Test func theExampleStreamsToTheSameBytes() throws {
        let graph = try ExampleRun.graph(entities: nil)
        #expect(!graph.events.isEmpty && !graph.actors.isEmpty && !graph.timexes.isEmpty)
        #expect(try streamed(graph).data == JSONExport.data(graph))
    }

    @Test func anEmptyGraphStreamsToTheSameBytes() throws {
        let graph = EventGraph(documents: [], actors: [], timexes: [], events: [])
        let out = try streamed(graph).data
        #expect(out == (try JSONExport.data(graph)))
        #expect(String(decoding: out, as: UTF8.self).contains("\"events\" : [\n\n  ],"))
    }

    @Test func aCurationReportStreamsToTheSameBytes() async throws {
        let dir = try CurationRunTests.corpus("actors:\n  - name: Omar Haddad\n    aliases: [Omar Hadad]\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = await CurationRunTests().run(dir)
        let graph = outcome.graph
        #expect(graph.curation != nil)
        #expect(try streamed(graph).data == JSONExport.data(graph))
    }

    @Test func aLargeGraphComesInSeveralPieces() throws {
        let graph = try ExampleRun.graph(entities: nil)
        var big = graph
        // Forty copies of the example's events: several megabytes, so more than one piece.
        big.events = Array(repeating: graph.events, count: 40).flatMap { $0 }
        let (data, pieces) = try streamed(big)
        #expect(pieces > 1)
        #expect(data == (try JSONExport.data(big)))
    }
}

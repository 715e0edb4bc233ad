import Foundation
import Testing
@testable import DatelineCore

/// `dateline.yml` beside the articles, read when the folder is listed and applied by the merge.
@Suite("Curation in a corpus run")
struct CurationRunTests {
    /// A folder with two articles and, when given, a `dateline.yml`.
    static func corpus(_ yaml: String?) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-curation-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("Envoy Omar Haddad met Kenyan officials in Nairobi on Monday, Haddad said.".utf8).write(to: dir.appendingPathComponent("a.txt"))
        try Data("Omar Hadad, the envoy, left Nairobi on Tuesday. The Kestrel Group welcomed the visit.".utf8).write(to: dir.appendingPathComponent("b.txt"))
        if let yaml { try Data(yaml.utf8).write(to: dir.appendingPathComponent("dateline.yml")) }
        return dir
    }

    func run(_ dir: URL) async -> CorpusRun.Outcome {
        await CorpusRun(reader: CorpusReader(defaultPublished: Day(iso: "2025-03-06")), parallelism: 1)
            .run([dir.path], pipeline: Fixtures.pipeline)
    }

    @Test func withoutAFileNothingIsReported() async throws {
        let dir = try Self.corpus(nil)
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = await run(dir)
        #expect(outcome.graph.curation == nil)
        #expect(outcome.problems.isEmpty)
    }

    @Test func aFileIsAppliedOnEveryRunAndReported() async throws {
        let dir = try Self.corpus("""
        # fixes for this corpus
        actors:
          - name: Omar Haddad
            aliases: [Omar Hadad]
            rename: Omar Haddad (envoy)
          - name: Kestrel Group
            kind: group
        """)
        defer { try? FileManager.default.removeItem(at: dir) }
        for _ in 0..<2 {
            let outcome = await run(dir)
            let omar = try #require(outcome.graph.actors.first { $0.name == "Omar Haddad (envoy)" })
            #expect(Set(omar.mentions.map(\.doc)) == ["a", "b"])
            #expect(omar.aliases.contains("Omar Hadad"))
            #expect(omar.merges.contains { $0.hasPrefix("dateline.yml alias:") })
            #expect(outcome.graph.actors.first { $0.name == "Kestrel Group" }?.kind == .group)
            let report = try #require(outcome.graph.curation)
            #expect(report.file.hasSuffix("dateline.yml"))
            #expect(report.applied.contains("renamed Omar Haddad → Omar Haddad (envoy)"))
            #expect(report.unmatched.isEmpty)
        }
    }

    @Test func aBrokenFileIsAProblemAndTheRunGoesOn() async throws {
        let dir = try Self.corpus("actors:\n  - name: Omar Haddad\n    kind: robot\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outcome = await run(dir)
        let path = dir.appendingPathComponent("dateline.yml").path
        #expect(outcome.problems.map(\.description) == [
            "\(path): actors[0] (Omar Haddad): kind `robot` is not one of person, organization, country, place, group; no curation applied",
        ])
        #expect(outcome.graph.curation == nil)
        #expect(outcome.graph.actors.contains { $0.name == "Omar Haddad" })
    }

    @Test func theExampleNeedsNoCurationToBeOneActorPerPerson() async throws {
        // The example corpus ships without a dateline.yml: the rules alone join its spellings.
        let outcome = await CorpusRun(parallelism: 2).run([Fixtures.exampleFolder], pipeline: Fixtures.pipeline)
        let boehler = try #require(outcome.graph.actors.first { $0.name == "Adam Boehler" })
        #expect(boehler.aliases.contains("Adam Bowler"))
        #expect(boehler.merges.contains { $0.hasPrefix("spelling variant:") })
        let edan = try #require(outcome.graph.actors.first { $0.name == "Edan Alexander" })
        #expect(edan.aliases.contains("Aidan Alexander"))
        let netanyahu = try #require(outcome.graph.actors.first { $0.name == "Benjamin Netanyahu" })
        #expect(netanyahu.aliases.contains("Binyamin Netanyahu"))
        let us = try #require(outcome.graph.actors.first { $0.name == "United States" })
        #expect(us.kind == .country)
        #expect(["US", "U.S.", "Washington", "America", "American"].allSatisfy(us.aliases.contains))
        #expect(us.merges.contains { $0.hasPrefix("government:") }, "the Trump administration is the United States")
        #expect(outcome.graph.actors.first { $0.name == "Doha" }?.kind == .place)
        #expect(outcome.graph.curation == nil)
    }
}

import Foundation
import Testing
@testable import DatelineCore

/// Scores the example corpus's actors against the copied gold the way `shared/tools/score.py` does
/// (an actor matches the gold actors any of whose names or aliases equals one of its own, normalised),
/// and holds the figures reached.
@Suite("Example actors against the gold")
struct ExampleGoldScoreTests {
    struct GoldActor: Decodable {
        var name: String
        var kind: String
        var aliases: [String]?
    }

    struct Gold: Decodable { var actors: [GoldActor] }

    /// score.py's `norm`: NFKC, lower case, curly apostrophes straight, other marks to spaces.
    static func norm(_ s: String) -> String {
        let t = s.precomposedStringWithCompatibilityMapping.lowercased()
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
        var out = ""
        for u in t.unicodeScalars {
            let keep = u.properties.isAlphabetic || u.properties.numericType != nil || u == "_" || u == "'" || u == " "
                || u.properties.generalCategory == .nonspacingMark
            out.unicodeScalars.append(keep ? u : " ")
        }
        return out.split(separator: " ").joined(separator: " ")
    }

    struct Figures {
        var recall: [String: Double] = [:]
        var precision = 0.0
        var fragmented = 0
        var conflated = 0
        var fragments: [String] = []
        var conflations: [String] = []
        var unmatched: [String] = []
    }

    static func score(_ graph: EventGraph, gold: Gold) -> Figures {
        var keys: [String: Set<String>] = [:]
        for g in gold.actors {
            for n in [g.name] + (g.aliases ?? []) where !norm(n).isEmpty { keys[norm(n), default: []].insert(g.name) }
        }
        var mapping: [String: Set<String>] = [:]
        for a in graph.actors {
            var hits = Set<String>()
            for n in [a.name] + a.aliases { hits.formUnion(keys[norm(n)] ?? []) }
            mapping[a.id] = hits
        }
        let covered = mapping.values.reduce(into: Set<String>()) { $0.formUnion($1) }
        var f = Figures()
        for kind in ["person", "organization", "country", "place", "all"] {
            let pool = gold.actors.filter { kind == "all" || $0.kind == kind }
            f.recall[kind] = Double(pool.filter { covered.contains($0.name) }.count) / Double(max(1, pool.count))
        }
        f.precision = Double(mapping.values.filter { !$0.isEmpty }.count) / Double(max(1, mapping.count))
        var byGold: [String: [String]] = [:]
        for (id, hits) in mapping { for h in hits { byGold[h, default: []].append(id) } }
        f.fragments = byGold.filter { $0.value.count > 1 }.map { "\($0.key): \($0.value.sorted())" }.sorted()
        f.fragmented = f.fragments.count
        f.conflations = mapping.filter { $0.value.count > 1 }.map { "\($0.key): \($0.value.sorted())" }.sorted()
        f.conflated = f.conflations.count
        f.unmatched = graph.actors.filter { mapping[$0.id]?.isEmpty ?? true }.map(\.name).sorted()
        return f
    }

    @Test func exampleActorsReachTheIssueTargets() async throws {
        let url = try #require(Fixtures.url("gold/us-hamas-talks.json"))
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
        let outcome = await CorpusRun(parallelism: 2).run([Fixtures.exampleFolder], pipeline: Fixtures.pipeline)
        let f = ExampleGoldScoreTests.score(outcome.graph, gold: gold)
        // Issue 4: person ≥ 0.95, organisation ≥ 0.85, country ≥ 0.95, precision ≥ 0.85, ≤ 1 split, none conflated.
        #expect(f.recall["person"] ?? 0 >= 0.95)
        #expect(f.recall["organization"] ?? 0 >= 0.95)
        #expect(f.recall["country"] ?? 0 >= 1.0)
        #expect(f.recall["place"] ?? 0 >= 0.95)
        #expect(f.recall["all"] ?? 0 >= 0.97)
        #expect(f.precision >= 0.93, "not in the gold: \(f.unmatched)")
        #expect(f.fragmented <= 1, "split: \(f.fragments)")
        #expect(f.conflated == 0, "conflated: \(f.conflations)")
    }
}

import Testing
@testable import DatelineCore

/// The indexes the speaker resolver uses must answer exactly as the scans they replace.
@Suite struct MentionIndexTests {
    /// A small deterministic generator (the same cases on every run).
    struct Seeded {
        var state: UInt64
        mutating func next(_ n: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, n)))
        }
    }

    /// Mentions of random lengths (some long, some overlapping, some added out of text order).
    func mentions(_ count: Int, bytes: Int, seed: UInt64) -> [Mention] {
        var g = Seeded(state: seed)
        return (0..<count).map { i in
            let start = g.next(bytes)
            let length = g.next(10) == 0 ? 1 + g.next(1500) : 1 + g.next(40)
            return Mention(range: TextRange(start, min(bytes, start + length)), sentence: g.next(200), form: .name, entity: g.next(30) + (i % 3))
        }
    }

    @Test(arguments: [UInt64(1), 7, 42])
    func queriesEqualScansOfEveryMention(seed: UInt64) {
        let bytes = 20_000
        let all = mentions(600, bytes: bytes, seed: seed)
        var index = MentionIndex(Array(all.prefix(300)), bytes: bytes)
        for (i, m) in all.enumerated().dropFirst(300) { index.add(m, at: i) }
        var g = Seeded(state: seed ^ 0xFF)
        for _ in 0..<400 {
            let a = g.next(bytes)
            let r = TextRange(a, min(bytes, a + g.next(2000)))
            #expect(index.firstOverlapping(r) == all.indices.first { all[$0].range.overlaps(r) })
            #expect(index.contained(in: r) == all.indices.filter { r.contains(all[$0].range) })
            let r2 = TextRange(g.next(bytes), g.next(bytes))
            #expect(index.contained(inAny: [r, r2]) == all.indices.filter { r.contains(all[$0].range) || r2.contains(all[$0].range) })
            // The latest-starting mention before a byte that passes a test (first in array order on ties).
            let even = { (i: Int) in all[i].entity % 2 == 0 }
            var best: Int?
            for i in all.indices where all[i].range.end <= a && even(i) {
                if let b = best, all[i].range.start <= all[b].range.start { continue }
                best = i
            }
            #expect(index.latest(before: a, where: even) == best)
        }
        for e in 0..<34 {
            let s = all.filter { $0.entity == e }.map(\.sentence).max()
            #expect(index.lastSentence(of: e) == s)
        }
    }

    @Test func namesAreFoundAsABackwardScanWouldFindThem() {
        var entities = [
            LocalEntity(index: 0, name: "James Dorsey", kind: .person),
            LocalEntity(index: 1, name: "Dorsey", kind: .person),
            LocalEntity(index: 2, name: "Taher al-Nunu", kind: .person, aliases: ["Al-Nunu"]),
            LocalEntity(index: 3, name: "Dorsey Group", kind: .organization),
            LocalEntity(index: 4, name: "Ann Dorsey", kind: .person),
        ]
        var names = EntityNameIndex(entities)
        #expect(names.last(named: "al-nunu", in: entities) == 2)
        #expect(names.last(named: "dorsey", in: entities) == 1)
        #expect(names.lastPerson(endingWith: ["dorsey"], in: entities) == 4)
        #expect(names.lastPerson(endingWith: ["nunu"], in: entities) == 2)
        #expect(names.lastPerson(named: "dorsey", in: entities) == 1)
        // A one-word name upgraded to a full one is found by its new name only as a full name.
        entities[1].name = "Mary Dorsey"
        entities[1].aliases.append("Dorsey")
        names.register(entities[1], at: 1)
        #expect(names.lastPerson(named: "dorsey", in: entities) == nil)
        #expect(names.last(named: "mary dorsey", in: entities) == 1)
        #expect(names.last(named: "dorsey", in: entities) == 1)
        #expect(names.lastPerson(endingWith: ["dorsey"], in: entities) == 4)
        #expect(names.lastPerson(endingWith: ["mary", "dorsey"], in: entities) == nil)
        // An organisation never answers for a person's surname.
        #expect(names.lastPerson(endingWith: ["group"], in: entities) == nil)
    }

    @Test func postingsFindEveryTextHoldingAllTheWords() {
        let texts: [Set<String>] = [["a", "b", "c"], ["b", "c"], ["a", "c", "d"], ["c"], ["a", "b", "c", "d"]]
        var postings = WordPostings()
        for (i, t) in texts.enumerated() { postings.add(t, as: i) }
        for query: Set<String> in [["a", "c"], ["b"], ["d", "b"], ["e"], ["c"]] {
            let holding = texts.indices.filter { query.isSubset(of: texts[$0]) }
            let candidates = postings.candidates(for: query)
            #expect(candidates == candidates.sorted())
            #expect(Set(holding).isSubset(of: Set(candidates)))
        }
        #expect(postings.candidates(for: ["e"]).isEmpty)
        #expect(postings.candidates(for: ["d", "b"]) == [2, 4])
    }

    @Test(arguments: [UInt64(3), 11])
    func speakerHistoryAnswersAsBackwardScans(seed: UInt64) {
        var g = Seeded(state: seed)
        let words = ["official", "source", "aide", "spokesman", "senior"]
        var previous: [ResolvedSpeaker] = []
        var history = SpeakerHistory()
        for _ in 0..<300 {
            if g.next(3) == 0 {
                let a = (0..<(1 + g.next(3))).map { _ in words[g.next(words.count)] }.joined(separator: " ")
                previous.append(ResolvedSpeaker(entity: nil, anonymous: "a " + a, confidence: 0.9))
            } else {
                previous.append(ResolvedSpeaker(entity: g.next(12), anonymous: nil, confidence: 1))
            }
            if g.next(4) == 0 { continue }
            history.sync(previous)
            for w in words {
                #expect(history.lastAnonymous(describedWith: w)
                    == previous.lastIndex { $0.entity == nil && ($0.anonymous.map { WordSplit.words($0, digits: false).contains(w) } ?? false) })
            }
            for e in 0..<12 {
                #expect(history.lastStatement(of: e) == previous.lastIndex { $0.entity == e })
            }
            let odd = { (e: Int) in e % 2 == 1 }
            let big = { (e: Int) in e > 9 }
            #expect(history.lastSpeaker(where: odd) == previous.last { $0.entity.map(odd) ?? false }?.entity)
            #expect(history.lastSpeaker(where: big) == previous.last { $0.entity.map(big) ?? false }?.entity)
        }
    }
}

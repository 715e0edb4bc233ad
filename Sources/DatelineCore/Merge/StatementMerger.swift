/// Joins statements that report one utterance in several articles: the same speaker, in different
/// documents, dates within the window, and either a near-identical quotation (word overlap ≥ 0.8 both
/// ways, at least five words) or one quotation of at least three words found word for word inside the
/// other (`“you are DEAD”` inside `“If you do, you are DEAD.”`).
///
/// Blocks are speaker + a three-word shingle: every shingle of a quotation (at most the first
/// ``maxShingles``) is indexed, and a statement is compared with the statements sharing its first or
/// last shingle — at most `maxCandidates` of them — so the cost stays near-linear.
struct StatementMerger {
    var maxCandidates: Int
    var maxShingles = 64

    func join(_ events: [Event], _ items: [MergeItem], _ clusters: inout EventClusters, parallelism: Int = 1) {
        // Each quoted statement with a speaker: its words' hashes (made on up to `parallelism` threads).
        let quoted = events.indices.filter { events[$0].kind == "statement" && events[$0].quote != nil }
        var made: [(words: [UInt64], who: UInt64)?] = Parallel.map(quoted.count, parallelism: parallelism) { k in
            let i = quoted[k]
            guard let speaker = events[i].participants.first(where: { $0.role == "speaker" })?.actor else { return nil }
            let w = StatementMerger.wordHashes(events[i].quote ?? "")
            guard w.count >= 3 else { return nil }
            return (w, WordHash.of(speaker))
        }
        // All statements' words in one list, each statement's run of it by its index in `quoted`: no
        // array per statement while the corpus-wide merge holds every event (a list per statement,
        // and one more of up to 64 shingle keys, were a tenth of the ×100 benchmark's peak).
        var flat: [UInt64] = []
        flat.reserveCapacity(made.reduce(0) { $0 + ($1?.words.count ?? 0) })
        var runs = [Range<Int>](repeating: 0..<0, count: quoted.count)
        var who = [UInt64](repeating: 0, count: quoted.count)
        var slot = [Int](repeating: -1, count: events.count)
        var probing: [Int] = []
        for k in quoted.indices {
            guard let m = made[k] else { continue }
            runs[k] = flat.count..<(flat.count + m.words.count)
            flat += m.words
            who[k] = m.who
            made[k] = nil
            slot[quoted[k]] = k
            probing.append(k)
        }
        made = []
        // Shingle `j` of statement `k`: its speaker and three words in a row.
        func key(_ k: Int, _ j: Int) -> UInt64 {
            let b = runs[k].lowerBound + j
            return (who[k] &* 0x9E37_79B9_7F4A_7C15) ^ (flat[b] &+ 3 &* flat[b + 1] &+ 7 &* flat[b + 2])
        }
        func shingles(_ k: Int) -> Int { min(runs[k].count - 2, maxShingles) }
        // A statement probes with its first and last shingle; only the shingles some statement probes
        // with are indexed.
        func probes(_ k: Int) -> [UInt64] {
            let n = shingles(k)
            return n == 1 ? [key(k, 0)] : [key(k, 0), key(k, n - 1)]
        }
        var probed = Set<UInt64>()
        for k in probing { probed.formUnion(probes(k)) }
        var index: [UInt64: [Int]] = [:]
        for k in probing {
            let i = quoted[k]
            for j in 0..<shingles(k) {
                let x = key(k, j)
                if probed.contains(x) && index[x]?.last != i { index[x, default: []].append(i) }
            }
        }
        probed = []
        // `probing` is in index order (`quoted` is).
        for k in probing {
            let i = quoted[k]
            let a = runs[k]
            var seen = Set<Int>()
            for x in probes(k) {
                for j in (index[x] ?? []).prefix(maxCandidates) where j != i && items[i].doc != items[j].doc && seen.insert(j).inserted {
                    guard clusters.find(i) != clusters.find(j), slot[j] >= 0 else { continue }
                    let b = runs[slot[j]]
                    let reason: String
                    if StatementMerger.contains(flat, a.count <= b.count ? b : a, a.count <= b.count ? a : b) {
                        reason = "merged: the same words by the same speaker in \(items[i].doc) and \(items[j].doc)"
                    } else {
                        let sa = Set(flat[a])
                        let sb = Set(flat[b])
                        let inter = sa.intersection(sb).count
                        guard a.count >= 5, b.count >= 5, Double(inter) / Double(sa.count) >= 0.8, Double(inter) / Double(sb.count) >= 0.8 else { continue }
                        reason = "merged: the same quotation by the same speaker in \(items[i].doc) and \(items[j].doc)"
                    }
                    clusters.join(i, j, tolerance: max(items[i].window, items[j].window), note: reason)
                }
            }
        }
    }

    /// The words of run `short` of `words` occur word for word in its run `long`.
    static func contains(_ words: [UInt64], _ long: Range<Int>, _ short: Range<Int>) -> Bool {
        guard !short.isEmpty, short.count <= long.count else { return false }
        for start in long.lowerBound...(long.upperBound - short.count) where words[start] == words[short.lowerBound] {
            var ok = true
            for k in 1..<short.count where words[start + k] != words[short.lowerBound + k] {
                ok = false
                break
            }
            if ok { return true }
        }
        return false
    }

    /// Hashes of the lower-cased words of a quotation (letters and digits; apostrophes dropped), in
    /// one pass over its scalars.
    static func wordHashes(_ text: String) -> [UInt64] {
        var out: [UInt64] = []
        var h = WordHash.offset
        var inWord = false
        for s in text.unicodeScalars {
            let v = s.value
            var c: UInt32?
            if v < 0x80 {
                if (0x61...0x7A).contains(v) || (0x30...0x39).contains(v) { c = v } else if (0x41...0x5A).contains(v) { c = v | 0x20 }
            } else if s.properties.isAlphabetic || s.properties.numericType != nil {
                c = s.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
            }
            if let c {
                h = (h ^ UInt64(c)) &* WordHash.prime
                inWord = true
            } else if v == 0x27 || v == 0x2019 {
                continue
            } else if inWord {
                out.append(h)
                h = WordHash.offset
                inWord = false
            }
        }
        if inWord { out.append(h) }
        return out
    }
}
